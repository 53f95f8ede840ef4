import ChartLayout
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("World map spec")
struct SpecReaderWorldMapTests {
    /// Two countries and Antarctica, as a 1:110m world file writes them.
    static let geo = """
        {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "A", "name": "Aland"}, "geometry": {"type": "Polygon", "coordinates": [[[-100,30],[-90,30],[-90,40],[-100,40],[-100,30]]]}},
        {"type": "Feature", "properties": {"id": "B", "name": "Bland"}, "geometry": {"type": "Polygon", "coordinates": [[[100,-30],[110,-30],[110,-20],[100,-20],[100,-30]]]}},
        {"type": "Feature", "properties": {"id": "ATA", "name": "Antarctica"}, "geometry": {"type": "Polygon", "coordinates": [[[-180,-70],[180,-70],[180,-90],[-180,-90],[-180,-70]]]}}
        ]}
        """

    static func files(_ extra: String, rates: String = "region,rate\nA,1\nB,2\n") -> [String: String] {
        let block = """
              - map: world
                boundaries: geo/w.geojson
                data: rates
                join: region
                value: rate
                title: World
            \(extra)
            """
        return ["report.yaml": "title: W\ndate: 2025-01-21\ndata:\n  rates: data/rates.csv\nbody:\n" + block + "\n",
                "geo/w.geojson": geo, "data/rates.csv": rates]
    }

    @Test("Antarctica is left out by default and kept with 'antarctica: true'")
    func antarctica() throws {
        let (m, loaded) = try SpecReaderMapTests.map(Self.files(""))
        #expect(m.regions.map(\.id) == ["A", "B"])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let (kept, _) = try SpecReaderMapTests.map(Self.files("    antarctica: true"))
        #expect(kept.regions.map(\.id) == ["A", "B", "ATA"])
    }

    @Test("a value for Antarctica, left out, is a warning that says why at its cell, not an unknown id")
    func antarcticValue() throws {
        let (_, loaded) = try SpecReaderMapTests.map(Self.files("", rates: "region,rate\nA,1\nB,2\nATA,3\n"))
        #expect(loaded.warnings.map(\.message) == [Messages.mapAntarcticLeftOut("ATA", name: "Antarctica").text])
        #expect(loaded.warnings.first?.location.line == 4 && loaded.warnings.first?.location.column == 1)
    }

    @Test("world projections are named in the spec, with a central meridian from 'center'")
    func projections() throws {
        let (ee, _) = try SpecReaderMapTests.map(Self.files("    projection: equal-earth"))
        #expect(ee.projection == .equalEarth(centerLongitude: 0))
        let (ne, _) = try SpecReaderMapTests.map(Self.files("    projection: {name: natural-earth, center: [150, 0]}"))
        #expect(ne.projection == .naturalEarth(centerLongitude: 150))
        let (auto, _) = try SpecReaderMapTests.map(Self.files(""))
        #expect(auto.projection == .automatic && !auto.showsSphere && auto.graticuleStep == nil)
    }

    @Test("an unknown projection name is an error at its value, suggesting the nearest name")
    func badProjection() throws {
        let (_, d) = try ReportLoaderTests.diagnostic(files: Self.files("    projection: equal-erth"))
        #expect(d.message == Messages.unknownValue("equal-erth", for: "projection", allowed: MapProjection.names).text)
        #expect(d.location.line == 12 && d.location.column == 17, "\(d.location)")
        #expect(d.notes == [DiagnosticNote(help: "did you mean 'equal-earth'?")])
    }

    @Test("'sphere' and 'graticule' switch on the globe's outline and lines every 30° or a given spacing")
    func sphereAndGraticule() throws {
        let (m, _) = try SpecReaderMapTests.map(Self.files("    sphere: true\n    graticule: true"))
        #expect(m.showsSphere && m.graticuleStep == 30)
        let (fine, _) = try SpecReaderMapTests.map(Self.files("    graticule: 15"))
        #expect(fine.graticuleStep == 15 && !fine.showsSphere)
        let (_, d) = try ReportLoaderTests.diagnostic(files: Self.files("    graticule: 7"))
        #expect(d.location.line == 12 && d.location.column == 16, "\(d.location)")
    }
}
