import Drawing
import Foundation
import Testing
@testable import ChartLayout

@Suite("Map projections")
struct ProjectionTests {
    static let rad = Double.pi / 180
    static let raws: [(String, any RawProjection)] = [
        ("equirectangular", EquirectangularRaw()),
        ("mercator", MercatorRaw()),
        ("albers", AlbersRaw(φ1: 25 * rad, φ2: 47 * rad, φ0: 35 * rad)!),
        ("lambert", LambertConformalRaw(φ1: 25 * rad, φ2: 47 * rad, φ0: 35 * rad)!),
        ("southern albers", AlbersRaw(φ1: -45 * rad, φ2: -20 * rad, φ0: -30 * rad)!),
    ]

    @Test("every raw projection inverts its forward within 1e-9 radians", arguments: raws.indices)
    func roundTrip(index: Int) throws {
        let (name, raw) = Self.raws[index]
        for lon in stride(from: -170.0, through: 170, by: 20) {
            for lat in stride(from: -80.0, through: 80, by: 10) {
                let λ = lon * Self.rad, φ = lat * Self.rad
                let p = try #require(raw.forward(λ, φ), "\(name) \(lon),\(lat)")
                let back = try #require(raw.inverse(p.x, p.y), "\(name) \(lon),\(lat)")
                #expect(abs(back.λ - λ) < 1e-9 && abs(back.φ - φ) < 1e-9, "\(name) at \(lon), \(lat): \(back)")
            }
        }
    }

    @Test("a projection with scale, centre and translation inverts its forward within 1e-9 degrees")
    func projectionRoundTrip() throws {
        let p = Projection(raw: AlbersRaw(φ1: 25 * Self.rad, φ2: 47 * Self.rad, φ0: 35 * Self.rad)!, centerLongitude: 105,
                           scale: 523.7, translate: Point(x: 210, y: 140))
        for c in [GeoCoordinate(lon: 116.41, lat: 39.90), GeoCoordinate(lon: 114.06, lat: 22.54), GeoCoordinate(lon: 73.6, lat: 53.5)] {
            let q = try #require(p(c))
            let back = try #require(p.invert(q))
            #expect(abs(back.lon - c.lon) < 1e-9 && abs(back.lat - c.lat) < 1e-9)
        }
    }

    @Test("Albers matches Snyder's worked example (unit sphere, parallels 29.5° and 45.5°)")
    func albersSnyder() throws {
        // Snyder, Map Projections — A Working Manual, p. 292: R = 1, φ0 = 23°, λ0 = −96°,
        // point 35°N 75°W → x = 0.2952720, y = 0.2416774.
        let p = Projection(raw: AlbersRaw(φ1: 29.5 * Self.rad, φ2: 45.5 * Self.rad, φ0: 23 * Self.rad)!, centerLongitude: -96)
        let q = try #require(p(GeoCoordinate(lon: -75, lat: 35)))
        #expect(abs(q.x - 0.2952720) < 1e-6)
        #expect(abs(-q.y - 0.2416774) < 1e-6)   // frame y grows downwards
    }

    @Test("Lambert conformal matches Snyder's worked example (unit sphere, parallels 33° and 45°)")
    func lambertSnyder() throws {
        // Snyder p. 295: R = 1, φ0 = 23°, λ0 = −96°, point 35°N 75°W → x = 0.2966785, y = 0.2462112.
        let raw = try #require(LambertConformalRaw(φ1: 33 * Self.rad, φ2: 45 * Self.rad, φ0: 23 * Self.rad))
        let q = try #require(raw.forward(21 * Self.rad, 35 * Self.rad))
        #expect(abs(q.x - 0.2966785) < 1e-6)
        #expect(abs(q.y - 0.2462112) < 1e-6)
    }

    @Test("Mercator puts 45°N at ln(tan 67.5°) and refuses the poles")
    func mercatorKnownPoint() throws {
        let q = try #require(MercatorRaw().forward(0, 45 * Self.rad))
        #expect(abs(q.y - 0.881373587019543) < 1e-12)
        #expect(MercatorRaw().forward(0, .pi / 2) == nil)
    }

    @Test("Albers keeps areas: two one-degree cells at 25°N and 50°N keep the sphere's area ratio")
    func albersEqualArea() throws {
        let p = Projection(raw: AlbersRaw(φ1: 25 * Self.rad, φ2: 47 * Self.rad, φ0: 35 * Self.rad)!, centerLongitude: 105, scale: 1000)
        func area(lat: Double) -> Double {
            var a = AreaStream()
            var ring: [Point] = []
            // Edges along parallels curve on a conic: sample them finely.
            for i in 0...20 { ring.append(p(GeoCoordinate(lon: 100 + Double(i) / 20, lat: lat))!) }
            for i in stride(from: 20, through: 0, by: -1) { ring.append(p(GeoCoordinate(lon: 100 + Double(i) / 20, lat: lat + 1))!) }
            a.rings([ring])
            return abs(a.area)
        }
        let sphere = (sin(26 * Self.rad) - sin(25 * Self.rad)) / (sin(51 * Self.rad) - sin(50 * Self.rad))
        #expect(abs(area(lat: 25) / area(lat: 50) / sphere - 1) < 1e-4)
    }

    @Test("degenerate parallels give no projection instead of a trap")
    func degenerate() {
        #expect(AlbersRaw(φ1: 30 * Self.rad, φ2: -30 * Self.rad, φ0: 0) == nil)
        #expect(MapProjection.albers(parallel1: 30, parallel2: -30, center: GeoCoordinate(lon: 0, lat: 0)).isValid == false)
        #expect(Projection(raw: EquirectangularRaw())(GeoCoordinate(lon: .nan, lat: 0)) == nil)
    }

    @Test("the automatic projection for China is an Albers conic with parallels inside its latitudes")
    func automaticForChina() {
        guard case .albers(let p1, let p2, let c) = MapProjection.automatic(lon: 73.6...134.8, lat: 18.2...53.6) else {
            Issue.record("expected Albers"); return
        }
        #expect(p1 > 18.2 && p1 < 30 && p2 > 42 && p2 < 53.6)
        #expect(abs(c.lon - 104.2) < 0.1)
        #expect(MapProjection.automatic(lon: -180...180, lat: -60...85) == .equalEarth(centerLongitude: 0))
    }

    @Test("fitting puts the projected bounds inside the box, touching it on one axis")
    func fit() throws {
        let square = GeoFeature(id: "a", name: "a", polygons: [GeoPolygon(rings: [[
            GeoCoordinate(lon: 100, lat: 20), GeoCoordinate(lon: 120, lat: 20), GeoCoordinate(lon: 120, lat: 45), GeoCoordinate(lon: 100, lat: 45),
        ]])])
        var p = Projection(raw: AlbersRaw(φ1: 25 * Self.rad, φ2: 47 * Self.rad, φ0: 35 * Self.rad)!, centerLongitude: 105)
        let box = Rect(x: 10, y: 20, width: 300, height: 200)
        let fitted = p.fit([square], into: box)
        #expect(fitted)
        var b = BoundsStream()
        p.stream(square, into: &b)
        let r = try #require(b.rect)
        #expect(box.contains(r, tolerance: 1e-6))
        #expect(abs(r.width - box.width) < 1e-6 || abs(r.height - box.height) < 1e-6)
        #expect(abs(r.midX - box.midX) < 1e-6 && abs(r.midY - box.midY) < 1e-6)
    }

    @Test("long edges are split before projecting, so a conic's bounds include the bulge of a parallel")
    func densify() throws {
        let band = GeoFeature(id: "b", name: "b", polygons: [GeoPolygon(rings: [[
            GeoCoordinate(lon: 80, lat: 40), GeoCoordinate(lon: 130, lat: 40), GeoCoordinate(lon: 130, lat: 45), GeoCoordinate(lon: 80, lat: 45),
        ]])])
        let p = Projection(raw: AlbersRaw(φ1: 25 * Self.rad, φ2: 47 * Self.rad, φ0: 35 * Self.rad)!, centerLongitude: 105, scale: 100)
        let rings = p.project(band)[0][0]
        #expect(rings.count > 100)
        // Parallels are arcs around the cone's apex: the southern edge sags lowest at the central
        // meridian (105°E, 40°N), below the straight chord between its ends.
        var b = BoundsStream()
        p.stream(band, into: &b)
        let bottom = try #require(p(GeoCoordinate(lon: 105, lat: 40)))
        let corner = try #require(p(GeoCoordinate(lon: 80, lat: 40)))
        #expect(bottom.y > corner.y + 1)
        let bounds = try #require(b.rect)
        #expect(abs(bounds.maxY - bottom.y) < 1e-9)
        #expect(Projection.densified([GeoCoordinate(lon: 0, lat: 0), GeoCoordinate(lon: 1e9, lat: 0), GeoCoordinate(lon: 0, lat: 1)]).count == 3)
    }

    @Test("the antimeridian stays on its side: 180°E and 180°W land at opposite edges of a world map")
    func antimeridian() throws {
        let p = Projection(raw: EquirectangularRaw(), scale: 1)
        let east = try #require(p(GeoCoordinate(lon: 180, lat: 60))), west = try #require(p(GeoCoordinate(lon: -180, lat: 60)))
        #expect(abs(east.x - .pi) < 1e-12 && abs(west.x + .pi) < 1e-12)
        let shifted = Projection(raw: EquirectangularRaw(), centerLongitude: 105, scale: 1)
        #expect(abs(try #require(shifted(GeoCoordinate(lon: -100, lat: 0))).x - 155 * .pi / 180) < 1e-12)
    }
}
