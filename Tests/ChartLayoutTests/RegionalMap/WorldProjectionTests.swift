import Drawing
import Foundation
import Testing
@testable import ChartLayout

@Suite("World projections")
struct WorldProjectionTests {
    static let rad = Double.pi / 180

    /// Reference values from the published formulas evaluated with mpmath at 40 digits
    /// (Šavrič, Patterson, Jenny 2018 for Equal Earth; Šavrič et al. 2011 for Natural Earth I),
    /// unit sphere: (lon, lat) → Equal Earth (x, y), Natural Earth (x, y).
    static let references: [(lon: Double, lat: Double, ee: (Double, Double), ne: (Double, Double))] = [
        (180, 0, (2.7066299836960746, 0), (2.735384723480633, 0)),
        (0, 90, (0, 1.3173627591574134), (0, 1.422390506730596)),
        (-74, 40.7, (-0.98186209015762432, 0.78684144419729937), (-1.0341353889803902, 0.71802227152841948)),
        (139.7, 35.7, (1.9094661078039663, 0.69803475587196514), (1.9930360552451937, 0.62998863967557569)),
        (151.2, -33.9, (2.0866400672259034, -0.6652554426964439), (2.1713871550480702, -0.59817573503151648)),
        (180, 90, (1.603588648284051, 1.3173627591574134), (1.5055563920169704, 1.422390506730596)),
    ]

    @Test("Equal Earth and Natural Earth match values computed independently from the published formulas")
    func referenceValues() throws {
        for r in Self.references {
            let ee = try #require(EqualEarthRaw().forward(r.lon * Self.rad, r.lat * Self.rad))
            let ne = try #require(NaturalEarthRaw().forward(r.lon * Self.rad, r.lat * Self.rad))
            #expect(abs(ee.x - r.ee.0) < 1e-12 && abs(ee.y - r.ee.1) < 1e-12, "Equal Earth \(r.lon), \(r.lat): \(ee)")
            #expect(abs(ne.x - r.ne.0) < 1e-12 && abs(ne.y - r.ne.1) < 1e-12, "Natural Earth \(r.lon), \(r.lat): \(ne)")
        }
    }

    @Test("both world projections invert their forward within 1e-9 radians, to the edge meridians and near the poles")
    func roundTrips() throws {
        let raws: [any RawProjection] = [EqualEarthRaw(), NaturalEarthRaw()]
        for raw in raws {
            for lon in stride(from: -180.0, through: 180, by: 15) {
                for lat in [-89.0, -75, -60, -33.3, 0, 12.5, 45, 70, 89] {
                    let p = try #require(raw.forward(lon * Self.rad, lat * Self.rad))
                    let back = try #require(raw.inverse(p.x, p.y))
                    #expect(abs(back.λ - lon * Self.rad) < 1e-9 && abs(back.φ - lat * Self.rad) < 1e-9, "\(raw) \(lon), \(lat): \(back)")
                }
            }
            // Outside the globe there is nothing to invert.
            #expect(raw.inverse(0, 2) == nil)
            #expect(raw.inverse(3.5, 0) == nil)
        }
    }

    @Test("the automatic projection of a world extent is Equal Earth")
    func automaticWorld() {
        #expect(MapProjection.automatic(lon: -180...180, lat: -56...84) == .equalEarth(centerLongitude: 0))
        #expect(MapProjection.equalEarth(centerLongitude: 150).isValid && MapProjection.naturalEarth(centerLongitude: 0).isValid)
    }
}
