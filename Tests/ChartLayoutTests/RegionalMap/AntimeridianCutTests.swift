import Drawing
import Foundation
import Testing
@testable import ChartLayout

@Suite("Antimeridian cutting")
struct AntimeridianCutTests {
    static let rad = Double.pi / 180

    /// A box from `lon0` eastwards to `lon1` (which may be written past ±180 by wrapping).
    static func box(_ lon0: Double, _ lon1: Double, lat: ClosedRange<Double>) -> GeoFeature {
        GeoFeature(id: "x", name: "x", polygons: [GeoPolygon(rings: [[
            GeoCoordinate(lon: lon0, lat: lat.lowerBound), GeoCoordinate(lon: lon1, lat: lat.lowerBound),
            GeoCoordinate(lon: lon1, lat: lat.upperBound), GeoCoordinate(lon: lon0, lat: lat.upperBound),
        ]])])
    }

    /// A ring around the south pole along `lat`, written as Natural Earth writes Antarctica: the
    /// coast from 180°W to 180°E, then down the antimeridian to the pole and back.
    static func cap(_ lat: Double) -> GeoFeature {
        var ring = stride(from: -180.0, through: 180, by: 10).map { GeoCoordinate(lon: $0, lat: lat) }
        ring += [GeoCoordinate(lon: 180, lat: -90), GeoCoordinate(lon: -180, lat: -90)]
        return GeoFeature(id: "AQ", name: "Antarctica", polygons: [GeoPolygon(rings: [ring])])
    }

    static func area(_ ring: [Point]) -> Double { var a = AreaStream(); a.rings([ring]); return abs(a.area) }

    /// True when every point lies within the projected globe: not beyond the edge meridian at its latitude.
    static func insideSphere(_ points: [Point], _ p: Projection) -> Bool {
        points.allSatisfy { q in
            guard let c = p.invert(q), let edge = p.projectRelative(180, c.lat) else { return false }
            return abs(q.x - p.translate.x) <= abs(edge.x - p.translate.x) + 1e-9
        }
    }

    @Test("a ring across the back meridian is cut into a piece at each edge, inside the globe, with its area kept",
          arguments: [0.0, 150, -97.5])
    func cutAcross(center: Double) throws {
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: center)
        let back = center + 180
        // 20° wide, straddling the back meridian; the same box away from it for comparison.
        let straddling = Self.box(back - 8, back + 12, lat: 50...65)
        let clear = Self.box(center - 8, center + 12, lat: 50...65)
        let pieces = p.projectedRings(straddling)
        #expect(pieces.count == 2)
        let sphereWidth = 2 * 2.7066299836960746
        for polygon in pieces {
            #expect(Self.insideSphere(polygon[0], p))
            // No streak: every edge is short beside the map's width.
            for (a, b) in zip(polygon[0], polygon[0].dropFirst() + [polygon[0][0]]) {
                #expect(hypot(b.x - a.x, b.y - a.y) < sphereWidth / 20)
            }
        }
        let xs = pieces.map { $0[0].map(\.x).reduce(0, +) / Double($0[0].count) }
        #expect(xs.contains { $0 < -2 } && xs.contains { $0 > 2 })
        let cutArea = pieces.map { Self.area($0[0]) }.reduce(0, +)
        let wholeArea = Self.area(try #require(p.projectedRings(clear).first?.first))
        #expect(abs(cutArea / wholeArea - 1) < 1e-9)
    }

    @Test("the cut point of a shared edge has the same bits from both neighbours")
    func sharedCut() {
        let a: AntimeridianCut.Relative = (170, 10), b: AntimeridianCut.Relative = (190, 30)
        let ab = AntimeridianCut.crossing(a, b, at: 180), ba = AntimeridianCut.crossing(b, a, at: 180)
        #expect(ab.λ == ba.λ && ab.φ == ba.φ && ab.φ == 20)
    }

    @Test("a ring around the pole is opened at the back meridian and closed through the pole, for any central meridian",
          arguments: [0.0, 150, -60])
    func cutAroundPole(center: Double) throws {
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: center)
        let rings = p.projectedRings(Self.cap(-70))
        #expect(rings.count == 1)
        let ring = try #require(rings.first?.first)
        #expect(Self.insideSphere(ring, p))
        let expected = 2 * Double.pi * (1 - sin(70 * Self.rad))
        #expect(abs(Self.area(ring) / expected - 1) < 1e-3)
    }

    @Test("a ring clear of the back meridian projects exactly as point by point")
    func uncut() throws {
        let p = Projection(raw: EqualEarthRaw(), centerLongitude: 10)
        let f = Self.box(20, 40, lat: -10...10)
        let direct = Projection.densified(f.polygons[0].rings[0]).compactMap { p($0) }
        #expect(p.projectedRings(f) == [[direct]])
        #expect(AntimeridianCut.cut(f.polygons[0].rings[0], centerLongitude: 10) == nil)
    }
}
