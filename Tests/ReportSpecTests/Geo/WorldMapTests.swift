import ChartLayout
import Drawing
import ReportBuilder
import Testing
import TestSupport
@testable import ReportSpec

/// The bundled 1:110m world boundaries through the projection, checked as numbers.
@Suite("World map from the bundled boundaries")
struct WorldMapTests {
    static func regions() throws -> [GeoFeature] {
        let folder = try ReportFolder(path: ReportLoaderTests.packageRoot + "/Reports/ai-readiness-world")
        let bytes = try folder.read("geo/world-countries-110m.geojson", namedAt: SourceLocation(file: "test"))
        var warnings: [Diagnostic] = []
        return try GeoJSONReader(idProperty: "id", nameProperty: "name_en").read(bytes, file: "world", warnings: &warnings)
    }

    /// The longest edge of any ring, as a share of the globe's width at the equator.
    static func longestEdge(_ regions: [GeoFeature], _ p: Projection) -> (share: Double, id: String) {
        let width = 2 * 2.7066299836960746
        var worst = (share: 0.0, id: "")
        for r in regions { for polygon in p.projectedRings(r) { for ring in polygon where ring.count > 1 {
            for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) {
                let share = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot() / width
                if share > worst.share { worst = (share, r.id) }
            }
        } } }
        return worst
    }

    @Test("no country streaks across an Equal Earth map, whatever the central meridian", arguments: [0.0, 11, 150, -150, 180])
    func noStreaks(center: Double) throws {
        let regions = try Self.regions().leavingOutAntarctica()
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: center)
        // A 1:110m border's longest edge, after the 1° split, is a few per cent of the map at most;
        // a ring drawn across the back meridian would span most of it.
        let worst = Self.longestEdge(regions, p)
        #expect(worst.share < 0.05, "\(worst)")
    }

    @Test("Antarctica is the one region of the world file left out, and with it kept, cut around the pole, it stays on the globe")
    func antarctica() throws {
        let all = try Self.regions()
        let kept = all.leavingOutAntarctica()
        #expect(Set(all.map(\.id)).subtracting(kept.map(\.id)) == ["ATA"])
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: 150)
        #expect(Self.longestEdge(all.filter { $0.id == "ATA" }, p).share < 0.05)
    }

    @Test("the whole world projects to the same bits twice")
    func deterministic() throws {
        let regions = try Self.regions()
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: 150)
        #expect(regions.map(p.projectedRings) == regions.map(p.projectedRings))
    }
}
