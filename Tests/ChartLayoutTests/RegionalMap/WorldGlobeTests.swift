import Drawing
import Foundation
import Testing
@testable import ChartLayout

@Suite("World maps: globe, graticule, Antarctica")
struct WorldGlobeTests {
    static let rad = Double.pi / 180

    @Test("Equal Earth keeps area: the whole sphere's outline encloses 4π, a cap south of −70° its 2π(1 − sin 70°)")
    func equalArea() throws {
        let p = Projection(raw: EqualEarthRaw())
        #expect(abs(AntimeridianCutTests.area(p.sphereOutline()) / (4 * .pi) - 1) < 1e-4)
        let cap = AntimeridianCutTests.cap(-70)
        let rings = p.projectedRings(cap)
        #expect(rings.count == 1)
        let expected = 2 * Double.pi * (1 - sin(70 * Self.rad))
        #expect(abs(rings.flatMap { $0 }.map(AntimeridianCutTests.area).reduce(0, +) / expected - 1) < 1e-3)
    }

    @Test("features wholly south of −60° are Antarctic and left out, unless nothing else is left")
    func antarctica() {
        let land = AntimeridianCutTests.box(0, 20, lat: -30...10)
        let south = AntimeridianCutTests.cap(-65)
        #expect(south.isAntarctic && !land.isAntarctic)
        #expect([land, south].leavingOutAntarctica().map(\.id) == ["x"])
        #expect([south].leavingOutAntarctica().map(\.id) == ["AQ"])
    }

    @Test("the graticule puts meridians at true longitudes whatever the central meridian, all inside the globe")
    func graticule() throws {
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: 15)
        let lines = p.graticule(step: 30)
        // Meridians at −180°, −150° … 150°: none lies 180° from 15°E, so all 12 are drawn; 5 parallels.
        #expect(lines.count == 12 + 5)
        #expect(lines.allSatisfy { AntimeridianCutTests.insideSphere($0, p) })
        // The meridian of 0° lies 15° west of the centre.
        let zero = try #require(p(GeoCoordinate(lon: 0, lat: 0)))
        #expect(lines.contains { line in line.contains { abs($0.x - zero.x) < 1e-12 && abs($0.y - zero.y) < 1e-12 } })
    }

    /// A world outline map: two boxes far apart and one across the antimeridian.
    static func world(sphere: Bool, graticule: Double?) -> RegionalMap {
        var map = RegionalMap(title: "World", regions: [
            GeoFeature(id: "a", name: "a", polygons: AntimeridianCutTests.box(-120, -80, lat: 20...50).polygons),
            GeoFeature(id: "b", name: "b", polygons: AntimeridianCutTests.box(100, 140, lat: -30...10).polygons),
            GeoFeature(id: "c", name: "c", polygons: AntimeridianCutTests.box(170, 190, lat: 60...70).polygons),
        ], projection: .equalEarth(centerLongitude: 0), highlight: ["a"], valueFormat: .plain(decimals: 0))
        map.showsSphere = sphere; map.graticuleStep = graticule
        return map
    }

    @Test("with the sphere shown the globe is fitted into the map area, drawn under the land, and the layout is deterministic")
    func sphereLayout() throws {
        let plain = RegionalMapLayoutTests.layout(Self.world(sphere: false, graticule: nil))
        let globe = RegionalMapLayoutTests.layout(Self.world(sphere: true, graticule: 30))
        #expect(globe == RegionalMapLayoutTests.layout(Self.world(sphere: true, graticule: 30)))
        // The globe's aspect is Equal Earth's: 2·1.31736 / (2·2.70663) ≈ 0.4867.
        let inner = globe.mapArea.insetBy(dx: RegionalMapLayout.padding, dy: RegionalMapLayout.padding)
        #expect(abs(inner.height / inner.width - 1.3173627591574134 / 2.7066299836960746) < 0.01)
        let bounds = try #require(globe.regionBounds)
        #expect(inner.contains(bounds, tolerance: 1e-6))
        // Land alone fills the width; on the globe it is smaller than the whole map.
        let plainBounds = try #require(plain.regionBounds)
        #expect(bounds.width < plainBounds.width)
        // Graticule and outline come first in the map's group: under the land.
        let groups = globe.frame.items.compactMap { item -> Group? in if case .group(let g) = item { return g } else { return nil } }
        let group = try #require(groups.first)
        guard case .path(let first) = group.items[0], case .path(let second) = group.items[1] else { Issue.record("no globe paths"); return }
        #expect(first.fill == nil && first.stroke?.width == 0.4)
        #expect(second.fill == nil && second.stroke?.width == 0.6)
    }
}
