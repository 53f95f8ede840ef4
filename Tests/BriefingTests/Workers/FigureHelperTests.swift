import Foundation
import Testing
import TestSupport
@testable import Briefing

@Suite("figure helper")
struct FigureHelperTests {
    @Test("the helper draws from the bytes the build read, never from the folder: it works with the folder gone")
    func drawsFromSnapshot() throws {
        let copy = try PackagePaths.temporaryFolder("snap") + "/r"
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: copy)
        let folder = try ReportFolder(path: copy)
        let loaded = try ReportLoader().load(folder: folder)
        #expect(folder.snapshot.files.keys.contains("report.yaml"))
        #expect(folder.snapshot.files.keys.contains("data/private-investment-2023.csv"))
        // The folder is gone before the helper starts: it can only use what the build read.
        try FileManager.default.removeItem(atPath: copy)
        let out = try PackagePaths.temporaryFolder("snap-out")
        let figures = loaded.report.figures.filter { !ReportLayout.tooLongForStandalone($0) }
        let options = BuildOptions(outputFolder: out)
        let helper = try #require(FigureHelper(loaded: loaded, figures: figures, into: out + "/r", fontDir: PackagePaths.fonts,
                                               options: options, executable: PackagePaths.briefing))
        defer { helper.cleanUp() }
        let written = try #require(helper.finish(alsoUnchanged: []), "the helper failed")
        #expect(Set(written) == Set(figures.map { "\($0.id).svg" }))
        for name in written { #expect(FileManager.default.fileExists(atPath: "\(helper.dir)/\(name)")) }
    }
}
