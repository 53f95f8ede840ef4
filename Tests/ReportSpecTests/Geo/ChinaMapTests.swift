import ChartLayout
import Drawing
import ReportBuilder
import Testing
import TestSupport
@testable import ReportSpec

/// The bundled China boundaries through the whole map pipeline, checked as numbers.
@Suite("China map from the bundled boundaries")
struct ChinaMapTests {
    static func regions() throws -> [GeoFeature] {
        let folder = try ReportFolder(path: ReportLoaderTests.packageRoot + "/Reports/china-ai-2025")
        let bytes = try folder.read("geo/china-provinces.geojson", namedAt: SourceLocation(file: "test"))
        var warnings: [Diagnostic] = []
        let regions = try GeoJSONReader(idProperty: "id", nameProperty: "name_ko").read(bytes, file: "china", warnings: &warnings)
        #expect(warnings.isEmpty)
        return regions
    }

    /// Where a vertex sits in each ring through it, for a readable failure.
    static func debug(_ projected: [[[[Point]]]], _ rings: Set<Int>, _ v: Point) -> String {
        var out = ""
        var ring = 0
        for (fi, f) in projected.enumerated() { for p in f { for r in p {
            if rings.contains(ring) {
                let i = r.firstIndex(of: v)!
                let n = r.count
                out += " f\(fi) ring\(ring) n=\(n) i=\(i) prev=\(r[(i + n - 1) % n]) next=\(r[(i + 1) % n]);"
            }
            ring += 1
        } } }
        return out
    }

    @Test("all 34 regions read, and the fitted map lies inside its area, touching the padded edge")
    func fit() throws {
        let regions = try Self.regions()
        #expect(regions.count == 34)
        let map = RegionalMap(title: "중국", regions: regions,
                              projection: .albers(parallel1: 25, parallel2: 47, center: GeoCoordinate(lon: 105, lat: 35)),
                              regionLabels: Set(regions.map(\.id)), valueFormat: .plain(decimals: 0))
        let r = RegionalMapLayout(theme: .standard, measurer: FixedAdvanceMeasurer()).layout(map, width: 475)
        let inner = r.mapArea.insetBy(dx: RegionalMapLayout.padding, dy: RegionalMapLayout.padding)
        let b = try #require(r.regionBounds)
        #expect(inner.contains(b, tolerance: 1e-6))
        #expect(abs(b.width - inner.width) < 1 || abs(b.height - inner.height) < 1)
        for (i, a) in r.labelBoxes.enumerated() {
            #expect(r.mapArea.contains(a))
            for c in r.labelBoxes[(i + 1)...] { #expect(!a.intersects(c)) }
        }
        #expect(r.labelBoxes.count + r.droppedLabels.count == 34)
    }

    @Test("simplified in points, every border shared in the data stays shared: a vertex kept in one neighbour is kept in all")
    func sharedBorders() throws {
        let regions = try Self.regions()
        var projection = Projection(raw: AlbersRaw(φ1: 25 * .pi / 180, φ2: 47 * .pi / 180, φ0: 35 * .pi / 180)!, centerLongitude: 105)
        projection.fit(regions, into: Rect(x: 0, y: 0, width: 459, height: 330))
        let projected = regions.map { projection.project($0) }
        let simplified = SharedArcSimplifier(minimumArea: 0.3).simplify(projected)
        // Rings (by index) through each input vertex.
        var ringsAt: [Point: Set<Int>] = [:]
        var keptIn: [Point: Set<Int>] = [:]
        var ring = 0
        for (f, g) in zip(projected, simplified) {
            for (p, q) in zip(f, g) {
                for (a, b) in zip(p, q) {
                    for v in a { ringsAt[v, default: []].insert(ring) }
                    for v in b { keptIn[v, default: []].insert(ring) }
                    ring += 1
                }
            }
        }
        var before = 0, after = 0
        for (v, rings) in ringsAt {
            before += 1
            guard let kept = keptIn[v] else { continue }
            after += 1
            #expect(kept == rings, "vertex \(v) kept in \(kept.sorted()) but shared by \(rings.sorted()) \(Self.debug(projected, rings, v))")
        }
        #expect(after < before)   // simplification did remove vertices
    }
}
