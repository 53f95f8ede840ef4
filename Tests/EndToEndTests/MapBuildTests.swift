import Foundation
import Testing
import TestSupport

/// Maps as a reader and an author see them: the SVG file, and warnings on stderr that still build.
@Suite("map builds")
struct MapBuildTests {
    @Test("the briefing's map is written as a standalone SVG with its Korean labels and credit")
    func bundledMapSVG() throws {
        let out = try PackagePaths.temporaryFolder("map")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let svg = try String(contentsOfFile: out + "/china-ai-2025/ai-cities-map.svg", encoding: .utf8)
        #expect(svg.contains(">중국 AI 도시 1~3위, 베이징·선전·상하이</title>"))
        #expect(svg.contains("베이징, 선전, 상하이"))
        #expect(!svg.contains("href=\"http"))
    }

    @Test("ids matching no region and regions without data are warnings that name them, and the build succeeds")
    func warnings() throws {
        let dir = try EngineDeliveryTests.mapWithWarnings()
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", dir, "--out", try PackagePaths.temporaryFolder("out")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/rates.csv:5:1: warning: id 'CN-ZZ' in dataset 'rates' matches no region of the boundary file"), "\(r.stderr)")
        #expect(r.stderr.contains("warning: 31 regions have no data and are drawn as no data: 안후이성"))
    }
}
