import Foundation
import FuzzCases
import Testing
import TestSupport

/// Replays the seeds and every input that once failed the fuzz targets over the writers, links
/// and paths (Fuzz/corpus and Fuzz/regressions): each case's own oracle must hold, as it does
/// under libFuzzer.
@Suite("fuzz cases replayed", .serialized)
struct FuzzCaseReplayTests {
    static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        ["corpus", "regressions"].flatMap { dir -> [(String, [UInt8])] in
            let folder = PackagePaths.root + "/Fuzz/\(dir)/\(target)"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            return names.compactMap { name in
                (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))).map { ("\(dir)/\(name)", [UInt8]($0)) }
            }
        }
    }

    static func replay(_ target: String, through run: ([UInt8]) throws -> Void) {
        let inputs = Self.inputs(target)
        #expect(inputs.count >= 20, "the \(target) corpus should hold its seeds")
        for input in inputs {
            do { try run(input.bytes) } catch { Issue.record("\(target) \(input.name): \(error)") }
        }
    }

    @Test("the PDF, SVG and PNG writers keep every string intact over random frames")
    func render() throws {
        let runner = try RenderCase(fonts: PackagePaths.fonts, scratch: try PackagePaths.temporaryFolder("fuzz-render"))
        Self.replay("FuzzRender", through: runner.run)
    }

    @Test("links from the spec reach the PDF escaped, decoding to the address written")
    func links() throws {
        let runner = try LinksCase(fonts: PackagePaths.fonts, scratch: try PackagePaths.temporaryFolder("fuzz-links"))
        Self.replay("FuzzLinks", through: runner.run)
    }

    @Test("a build over links, FIFOs and odd names never opens, lists or writes outside its folders")
    func paths() throws {
        let runner = try PathsCase(fonts: PackagePaths.fonts, scratch: try PackagePaths.temporaryFolder("fuzz-paths"))
        Self.replay("FuzzPaths", through: runner.run)
    }
}
