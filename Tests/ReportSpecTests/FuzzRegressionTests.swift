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

    @Test("every CSV fuzz input parses or fails with a located diagnostic")
    func csvInputs() throws {
        let inputs = Self.inputs("FuzzCSV")
        #expect(!inputs.isEmpty)
        for path in inputs {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            do {
                let table = try CSVReader.read(bytes, file: path)
                let dataset = Dataset(name: "fuzz", file: path, table: table)
                for column in dataset.columnNames { _ = try? dataset.numbers(in: column, at: SourceLocation(file: "spec")) }
            } catch let d as Diagnostic {
                #expect(d.location.file == path)
            }
        }
    }

    @Test("every report fuzz input loads and lays out, or fails with a diagnostic")
    func reportInputs() throws {
        let inputs = Self.inputs("FuzzReport")
        #expect(!inputs.isEmpty)
        let folder = try PackagePaths.temporaryFolder("fuzz-replay")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "country,usd_billion,share\n미국,67.2,0.7\n중국,7.76,0.2\n한국,,0.1\n".write(toFile: folder + "/data/d.csv", atomically: true, encoding: .utf8)
        for path in inputs {
            try Data(contentsOf: URL(fileURLWithPath: path)).write(to: URL(fileURLWithPath: folder + "/report.yaml"))
            do {
                let loaded = try ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: folder)
                let layout = ReportLayout(report: loaded.report, measurer: FixedAdvanceMeasurer())
                _ = try? layout.document()
                _ = try? layout.standaloneFigures()
            } catch is LoadFailure {
                // A diagnostic is a correct outcome for a broken spec.
            }
        }
    }

    @Test("every boundary-file fuzz input loads and lays out as a map, or fails with a diagnostic")
    func geoInputs() throws {
        let inputs = Self.inputs("FuzzGeo")
        #expect(!inputs.isEmpty)
        let folder = try PackagePaths.temporaryFolder("fuzz-geo")
        for dir in ["/data", "/geo"] { try FileManager.default.createDirectory(atPath: folder + dir, withIntermediateDirectories: true) }
        try "id,v\nA,1\nB,2\nC,3\n".write(toFile: folder + "/data/d.csv", atomically: true, encoding: .utf8)
        try """
            title: 지도
            date: 2025-01-21
            data:
              d: data/d.csv
            body:
              - map: m
                boundaries: geo/b.geojson
                data: d
                join: id
                value: v
                region-labels: all
                title: 지도
            """.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
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
