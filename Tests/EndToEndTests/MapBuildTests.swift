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
        #expect(svg.contains("<title>중국 AI 도시 1~3위, 베이징·선전·상하이</title>"))
        #expect(svg.contains("베이징, 선전, 상하이"))
        #expect(!svg.contains("href=\"http"))
    }

    @Test("ids matching no region and regions without data are warnings that name them, and the build succeeds")
    func warnings() throws {
        let dir = try PackagePaths.temporaryFolder("mapwarn") + "/rates"
        try FileManager.default.createDirectory(atPath: dir + "/geo", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025/geo/china-provinces.geojson",
                                         toPath: dir + "/geo/china-provinces.geojson")
        try "id,rate\nCN-BJ,3\nCN-SH,5\nCN-GD,4\nCN-ZZ,9\n".write(toFile: dir + "/rates.csv", atomically: true, encoding: .utf8)
        try """
            title: 지도
            date: 2025-01-21
            data:
              rates: rates.csv
            body:
              - map: rates
                boundaries: geo/china-provinces.geojson
                name-property: name_ko
                data: rates
                join: id
                value: rate
                title: 세 곳의 비율
            """.write(toFile: dir + "/report.yaml", atomically: true, encoding: .utf8)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", dir, "--out", try PackagePaths.temporaryFolder("out")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/rates.csv:5:1: warning: id 'CN-ZZ' in dataset 'rates' matches no region of the boundary file"), "\(r.stderr)")
        #expect(r.stderr.contains("warning: 31 regions have no data and are drawn as no data: 안후이성"))
    }
}
