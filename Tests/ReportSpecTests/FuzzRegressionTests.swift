import Foundation
import ReportBuilder
import ReportSpec
import Testing
import TestSupport

/// Replays the fuzz seeds and every input that once crashed a fuzz target: each must end in a
/// result or a diagnostic, never a trap.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        var paths: [String] = []
        for dir in ["corpus", "regressions"] {
            let folder = PackagePaths.root + "/Fuzz/\(dir)/\(target)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            paths += names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
        return paths
    }

    /// Whether `path` is a seed written by hand (a named file in Fuzz/corpus), not an input the
    /// fuzzer found and kept (named by its SHA-1, often a broken spec on purpose).
    static func isSeed(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let found = name.count == 40 && name.allSatisfy { $0.isHexDigit }
        return path.contains("/Fuzz/corpus/") && !found
    }

    /// A fresh copy of the fixture folder the fuzz target runs over (Fuzz/fixtures/<name>).
    static func fixtureCopy(_ name: String) throws -> String {
        let folder = try PackagePaths.temporaryFolder("fuzz-\(name)") + "/report"
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Fuzz/fixtures/\(name)", toPath: folder)
        return folder
    }

    /// The data targets: FuzzCSV's inputs are read as CSV, FuzzJSON's as JSON (by the name's extension).
    @Test("every CSV and JSON dataset fuzz input parses or fails with a located diagnostic",
          arguments: [("FuzzCSV", ""), ("FuzzJSON", ".json")])
    func dataInputs(target: String, suffix: String) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty)
        for path in inputs {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            do {
                let dataset = try Dataset(name: "fuzz", file: path + suffix, bytes: bytes)
                for column in dataset.columnNames { _ = try? dataset.numbers(in: column, at: SourceLocation(file: "spec")) }
            } catch let d as Diagnostic {
                #expect(d.location.file == path + suffix)
            }
        }
    }

    @Test("every report fuzz input loads and lays out, or fails with a diagnostic")
    func reportInputs() throws {
        let inputs = Self.inputs("FuzzReport")
        #expect(!inputs.isEmpty)
        let folder = try Self.fixtureCopy("report-data")
        var loadedAny = false
        for path in inputs {
            try Data(contentsOf: URL(fileURLWithPath: path)).write(to: URL(fileURLWithPath: folder + "/report.yaml"))
            do {
                let loaded = try ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: folder)
                loadedAny = true
                let layout = ReportLayout(report: loaded.report, measurer: FixedAdvanceMeasurer())
                _ = try? layout.document()
                _ = try? layout.standaloneFigures()
            } catch let failure as LoadFailure {
                // A diagnostic is a correct outcome for a broken spec, but a seed must load, or the
                // fuzzer starts from nothing but error paths.
                #expect(!Self.isSeed(path), "seed \(path) does not load: \(failure.diagnostics)")
            }
        }
        #expect(loadedAny, "the seed specs should load over the fixture")
    }

    @Test("every boundary-file fuzz input loads and lays out as a map, or fails with a diagnostic")
    func geoInputs() throws {
        let inputs = Self.inputs("FuzzGeo")
        #expect(!inputs.isEmpty)
        let folder = try Self.fixtureCopy("map-report")
        var loadedAny = false
        for path in inputs {
            try Data(contentsOf: URL(fileURLWithPath: path)).write(to: URL(fileURLWithPath: folder + "/geo/b.geojson"))
            do {
                let loaded = try ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: folder)
                _ = try? ReportLayout(report: loaded.report, measurer: FixedAdvanceMeasurer()).document()
                loadedAny = true
            } catch is LoadFailure {
                // A located diagnostic is a correct outcome for a broken boundary file.
            }
        }
        #expect(loadedAny, "the seed boundary files should load")
    }
}
