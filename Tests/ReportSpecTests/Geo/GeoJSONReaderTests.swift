import ChartLayout
import Foundation
import Testing
@testable import ReportSpec

@Suite("GeoJSON reader")
struct GeoJSONReaderTests {
    static func read(_ text: String, id: String = "id") throws -> (features: [GeoFeature], warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let f = try GeoJSONReader(idProperty: id, nameProperty: "name").read(Array(text.utf8), file: "geo/x.geojson", warnings: &warnings)
        return (f, warnings)
    }

    static func error(_ text: String) -> Diagnostic? {
        do { _ = try read(text); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    static func collection(_ features: String...) -> String {
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.joined(separator: ",\n") + "\n]}"
    }

    static func polygon(_ id: String, _ rings: String) -> String {
        "{\"type\": \"Feature\", \"properties\": {\"id\": \"\(id)\", \"name\": \"\(id) 이름\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": \(rings)}}"
    }

    static let square = "[[[0,0],[10,0],[10,10],[0,10],[0,0]]]"

    @Test("polygons, multipolygons with holes, points and null geometries are read")
    func reads() throws {
        let multi = "{\"type\":\"Feature\",\"id\":\"m\",\"properties\":{},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" +
            "[[[20,0],[30,0],[30,10],[20,10],[20,0]],[[22,2],[22,4],[24,4],[24,2],[22,2]]],[[[40,0],[41,0],[41,1],[40,0]]]]}}"
        let point = "{\"type\":\"Feature\",\"properties\":{\"id\":\"p\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.41,39.9]}}"
        let null = "{\"type\":\"Feature\",\"properties\":{\"id\":\"n\"},\"geometry\":null}"
        let (f, w) = try Self.read(Self.collection(Self.polygon("a", Self.square), multi, point, null))
        #expect(w.isEmpty)
        #expect(f.map(\.id) == ["a", "m", "p", "n"])
        #expect(f[0].name == "a 이름" && f[1].name == "m")   // the id stands in for a missing name
        #expect(f[1].polygons.count == 2 && f[1].polygons[0].rings.count == 2)
        #expect(f[2].labelPoint == GeoCoordinate(lon: 116.41, lat: 39.9) && f[2].polygons.isEmpty)
        #expect(f[3].polygons.isEmpty)
    }

    @Test("winding is normalised: exteriors counter-clockwise, holes clockwise, whatever the file says")
    func winding() throws {
        // Exterior clockwise, hole counter-clockwise: the opposite of RFC 7946.
        let rings = "[[[0,0],[0,10],[10,10],[10,0],[0,0]],[[2,2],[4,2],[4,4],[2,4],[2,2]]]"
        let p = try Self.read(Self.collection(Self.polygon("a", rings))).features[0].polygons[0]
        #expect(GeoPolygon.signedArea(p.rings[0]) > 0)
        #expect(GeoPolygon.signedArea(p.rings[1]) < 0)
    }

    @Test("invalid JSON is an error at its line and column")
    func invalidJSON() throws {
        let text = "{\"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\" \"id\": 1}\n]}"
        let d = try #require(Self.error(text))
        #expect(d.location == SourceLocation(file: "geo/x.geojson", line: 3, column: 24))
        #expect(d.message == Messages.jsonSyntax("expected ',' or '}', found '\"'").text)
        let truncated = try #require(Self.error("{\"type\": \"FeatureCollection\", \"features\": [[1, 2"))
        #expect(truncated.message.hasPrefix("invalid JSON: unexpected end of the file"))
    }

    @Test("an unclosed ring is closed with a warning; a degenerate ring is left out with one")
    func rings() throws {
        let open = "[[[0,0],[10,0],[10,10],[0,10]]]"
        let (f, w) = try Self.read(Self.collection(Self.polygon("a", open), Self.polygon("b", "[[[0,0],[1,1],[0,0]]]")))
        #expect(f[0].polygons[0].rings[0].count == 4)
        #expect(f[1].polygons.isEmpty)
        #expect(w.map(\.message) == [Messages.geoUnclosedRing("a").text, Messages.geoDegenerateRing("b").text])
        #expect(w.allSatisfy { $0.severity == .warning && $0.location.line == 2 || $0.location.line == 3 })
    }

    @Test("an empty collection is an error")
    func empty() throws {
        let d = try #require(Self.error("{\"type\":\"FeatureCollection\",\"features\":[]}"))
        #expect(d.message == Messages.geoNoFeatures.text)
        #expect(Self.error("[1, 2]")?.message == Messages.geoNotFeatureCollection.text)
    }

    @Test("coordinates outside longitude/latitude range are an error that suggests a projected file")
    func outOfRange() throws {
        let d = try #require(Self.error(Self.collection(Self.polygon("a", "[[[12958000,4852000],[12959000,4852000],[12959000,4853000],[12958000,4852000]]]"))))
        #expect(d.message == Messages.geoOutOfRange(lon: 12958000, lat: 4852000).text)
        #expect(d.location.line == 2)
    }

    @Test("missing or repeated ids are errors naming the property")
    func ids() throws {
        #expect(Self.error(Self.collection(Self.polygon("a", Self.square)).replacingOccurrences(of: "\"id\"", with: "\"code\""))?.message
                == Messages.geoMissingID("id").text)
        #expect(Self.error(Self.collection(Self.polygon("a", Self.square), Self.polygon("a", Self.square)))?.message == Messages.geoDuplicateID("a").text)
    }

    @Test("hostile input never traps: deep nesting, bad escapes, lone surrogates, stray bytes")
    func hostile() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(Self.error(deep)?.message.contains("nesting deeper") == true)
        #expect(Self.error("{\"a\": \"\\x\"}") != nil)
        #expect(Self.error("{\"type\": \"\\ud800\"}")?.message == Messages.geoNotFeatureCollection.text)
        #expect(Self.error("\u{1}") != nil)
        #expect(Self.error("") != nil)
        #expect(Self.error("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":1},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0]]]}}]}")?.message
                == Messages.geoBadPosition("fewer than two numbers").text)
    }

    @Test("reading is linear: a 40,000-vertex ring reads quickly")
    func linear() throws {
        var ring = (0..<40_000).map { i -> String in
            let a = Double(i) / 40_000 * 2 * Double.pi
            return "[\(100 + 10 * cos(a)),\(30 + 10 * sin(a))]"
        }
        ring.append(ring[0])
        let text = Self.collection(Self.polygon("big", "[[" + ring.joined(separator: ",") + "]]"))
        let start = ContinuousClock.now
        let (f, _) = try Self.read(text)
        #expect(f[0].polygons[0].rings[0].count == 40_000)
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test("a quantised TopoJSON topology reads into the same regions, shared arcs reversed where used backwards")
    func topoJSON() throws {
        // Two unit squares sharing the edge x = 1: arc 0 is the shared edge, 1 and 2 the outer parts.
        let topo = """
            {"type": "Topology", "transform": {"scale": [0.5, 0.5], "translate": [100, 30]},
             "arcs": [[[2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2], [2, 0]], [[2, 0], [2, 0], [0, 2], [-2, 0]]],
             "objects": {"regions": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "arcs": [[0, 1]], "properties": {"id": "L", "name": "왼쪽"}},
               {"type": "Polygon", "arcs": [[2, -1]], "id": "R", "properties": {"name": "오른쪽"}}]}}}
            """
        let (f, w) = try Self.read(topo)
        #expect(w.isEmpty)
        #expect(f.map(\.id) == ["L", "R"] && f.map(\.name) == ["왼쪽", "오른쪽"])
        let left = Set(f[0].polygons[0].rings[0].map { [$0.lon, $0.lat] })
        let right = Set(f[1].polygons[0].rings[0].map { [$0.lon, $0.lat] })
        #expect(left == [[100, 30], [101, 30], [101, 31], [100, 31]])
        #expect(right == [[101, 30], [102, 30], [102, 31], [101, 31]])
        #expect(GeoPolygon.signedArea(f[1].polygons[0].rings[0]) > 0)
        let bad = topo.replacingOccurrences(of: "[[2, -1]]", with: "[[2, 7]]")
        #expect(Self.error(bad)?.message == Messages.geoBadGeometry("arc index 7 is out of range; the Topology has 3 arcs").text)
    }

    @Test("a boundary file with nothing to draw is an error, not an empty map")
    func nothingDrawable() {
        let degenerate = Self.polygon("a", "[[[0,0],[1,0],[0,0],[0,0]]]")
        let line = #"{"type":"Feature","properties":{"id":"b"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}"#
        let empty = #"{"type":"Feature","properties":{"id":"c"},"geometry":null}"#
        #expect(Self.error(Self.collection(degenerate, line, empty))?.code == "geo.nothing-drawable")
        #expect(Self.error(Self.collection(degenerate, Self.polygon("d", Self.square))) == nil)
    }
}
