import ChartLayout
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Map spec reader")
struct SpecReaderMapTests {
    static let geo = """
        {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "A", "name_ko": "가"}, "geometry": {"type": "Polygon", "coordinates": [[[100,30],[105,30],[105,35],[100,35],[100,30]]]}},
        {"type": "Feature", "properties": {"id": "B", "name_ko": "나"}, "geometry": {"type": "Polygon", "coordinates": [[[105,30],[110,30],[110,35],[105,35],[105,30]]]}},
        {"type": "Feature", "properties": {"id": "C", "name_ko": "다"}, "geometry": {"type": "Polygon", "coordinates": [[[100,35],[105,35],[105,40],[100,40],[100,35]]]}}
        ]}
        """
    static let rates = "region,rate\nA,1.5\nB,3\nZ,9\n"
    static let cities = "rank,city,lat,lon\n1,베이징,39.90,116.41\n2,선전,22.54,114.06\n"

    static func spec(_ block: String) -> String {
        "title: 지도\ndate: 2025-01-21\ndata:\n  rates: data/rates.csv\n  cities: data/cities.csv\nbody:\n" + block
    }
    static func files(_ block: String) -> [String: String] {
        ["report.yaml": spec(block), "geo/x.geojson": geo, "data/rates.csv": rates, "data/cities.csv": cities]
    }

    static let choropleth = """
          - map: rates-map
            boundaries: geo/x.geojson
            name-property: name_ko
            data: rates
            join: region
            value: rate
            classes: 2
            method: equal-interval
            projection: {name: albers, parallels: [25, 47], center: [105, 35]}
            title: 지역별 비율
            source: 통계청

        """

    /// A report whose one map places symbols from `cities` (replacing the shared cities file), with `extra` in its points.
    static func pointsMap(_ extra: String, cities: String) -> [String: String] {
        var files = Self.files("""
              - map: cities-map
                boundaries: geo/x.geojson
                points: {data: cities, label: city, \(extra)}
                title: 도시

            """)
        files["data/cities.csv"] = cities
        return files
    }

    static func map(_ files: [String: String]) throws -> (RegionalMap, LoadedReport) {
        let loaded = try ReportLoaderTests.load(files: files).result.get()
        guard case .map(let m) = try #require(loaded.report.figures.first).content else { throw TempFolder.Failure(description: "not a map") }
        return (m, loaded)
    }

    @Test("a choropleth block normalises boundaries, join, classes and projection")
    func choroplethBlock() throws {
        let (m, _) = try Self.map(Self.files(Self.choropleth))
        #expect(m.regions.map(\.name) == ["가", "나", "다"])
        #expect(m.regionValues == ["A": 1.5, "B": 3, "Z": 9])
        #expect(m.classification == .equalInterval && m.classCount == 2)
        #expect(m.projection == .albers(parallel1: 25, parallel2: 47, center: GeoCoordinate(lon: 105, lat: 35)))
        #expect(m.boundarySource == "Natural Earth")
    }

    @Test("a rank that is not a whole number from 1 is an error at its cell", arguments: ["1e19", "-1e19", "2.5", "0"])
    func badRank(rank: String) throws {
        let files = Self.pointsMap("rank: rank", cities: "rank,city,lat,lon\n1,베이징,39.90,116.41\n\(rank),선전,22.54,114.06\n")
        let (_, d) = try ReportLoaderTests.diagnostic(files: files)
        #expect(d.location.file.hasSuffix("data/cities.csv") && d.location.line == 3 && d.location.column == 1, "\(d)")
        #expect(d.message == Messages.mapBadRank(rank, column: "rank").text)
    }

    @Test("maps sharing a boundary file share its regions, and its warnings are given once")
    func sharedBoundaries() throws {
        // Region A's ring is not closed: a warning about the file, not about either map.
        let open = Self.geo.replacingOccurrences(of: "[105,35],[100,35],[100,30]]]}},\n{\"type\": \"Feature\", \"properties\": {\"id\": \"B\"",
                                                 with: "[105,35],[100,35]]]}},\n{\"type\": \"Feature\", \"properties\": {\"id\": \"B\"")
        #expect(open != Self.geo)
        let second = Self.choropleth.replacingOccurrences(of: "rates-map", with: "rates-map-2")
        var files = Self.files(Self.choropleth + second)
        files["geo/x.geojson"] = open
        let loaded = try ReportLoaderTests.load(files: files).result.get()
        let maps = loaded.report.figures.compactMap { f -> RegionalMap? in
            if case .map(let m) = f.content { return m } else { return nil }
        }
        #expect(maps.count == 2 && maps[0].regions == maps[1].regions)
        #expect(loaded.warnings.filter { $0.message == Messages.geoUnclosedRing("A").text }.count == 1)
    }

    @Test("an id matching no region is a warning at its data cell pointing at the map's join; regions without data are named")
    func warnings() throws {
        let (_, loaded) = try Self.map(Self.files(Self.choropleth))
        let folder = loaded.folder.path
        // "Z,9" is line 4 of rates.csv; "    join: region" is line 11 of the spec, its value at column 11.
        let join = SourceLocation(file: folder + "/report.yaml", line: 11, column: 11)
        #expect(loaded.warnings == [
            Diagnostic(.warning, at: SourceLocation(file: folder + "/data/rates.csv", line: 4, column: 1),
                       Messages.mapUnmatchedID("Z", dataset: "rates", map: "rates-map", column: "region", joinedAt: join)),
            Diagnostic(.warning, at: SourceLocation(file: folder + "/report.yaml", line: 10, column: 11), Messages.mapRegionsWithoutData(["다"])),
        ], "\(loaded.warnings)")
        #expect(loaded.warnings.first?.notes == [DiagnosticNote("the map 'rates-map' joins its data on column 'region' here", at: join)])
    }

    @Test("a map joined on ids of which 15 match no region warns of the first 10 at their cells and counts the other 5")
    func manyUnmatchedIDs() throws {
        var files = Self.files(Self.choropleth)
        files["data/rates.csv"] = "region,rate\nA,1\n" + (1...15).map { "X\($0),\($0)\nX\($0),\($0)\n" }.joined()
        let (_, loaded) = try Self.map(files)
        let unmatched = loaded.warnings.filter { $0.location.file.hasSuffix("rates.csv") }
        #expect(unmatched.count == 11, "each id once, though each is on two rows")
        #expect(unmatched.prefix(10).map(\.message) == (1...10).map {
            Messages.mapUnmatchedID("X\($0)", dataset: "rates", map: "rates-map", column: "region", joinedAt: SourceLocation(file: "")).text
        })
        #expect(unmatched.prefix(10).map(\.location.line) == (1...10).map { 1 + 2 * $0 }, "at each id's first row")
        #expect(unmatched.last?.code == "map.more-unmatched-ids")
        #expect(unmatched.last?.message == "and 5 more ids in dataset 'rates' match no region of the boundary file")
        #expect(unmatched.last?.location.line == 23, "at the first id not named")
    }

    @Test("points without values become ranked markers, with highlighted regions")
    func rankedPoints() throws {
        let block = """
              - map: cities-map
                boundaries: geo/x.geojson
                points: {data: cities, label: city, rank: rank, legend: 순위}
                highlight: [A, B]
                title: 도시

            """
        let (m, _) = try Self.map(Self.files(block))
        #expect(m.symbolStyle == .ranked && m.symbols.map(\.rank) == [1, 2])
        #expect(m.symbols[0].coordinate == GeoCoordinate(lon: 116.41, lat: 39.90))
        #expect(m.highlight == ["A", "B"] && m.regionValues.isEmpty && m.projection == .automatic)
    }

    @Test("a boundary file outside the report folder is refused")
    func confined() throws {
        let block = Self.choropleth.replacingOccurrences(of: "geo/x.geojson", with: "../x.geojson")
        let (_, d) = try ReportLoaderTests.diagnostic(files: Self.files(block))
        #expect(d.message == Messages.pathLeavesFolder("../x.geojson").text)
        #expect(d.location.line == 8)
    }

    @Test("invalid JSON in the boundary file is reported in that file at its line and column")
    func badBoundaryFile() throws {
        var files = Self.files(Self.choropleth)
        files["geo/x.geojson"] = "{\"type\": \"FeatureCollection\",\n \"features\": [,]}"
        let (folder, d) = try ReportLoaderTests.diagnostic(files: files)
        #expect(d.location == SourceLocation(file: folder + "/geo/x.geojson", line: 2, column: 15))
    }

    @Test("unknown regions, degenerate projections and manual classes without breaks are errors")
    func errors() throws {
        let unknown = Self.choropleth + "    highlight: [Q]\n"
        #expect(try ReportLoaderTests.diagnostic(files: Self.files(unknown)).diagnostic.message == Messages.mapUnknownRegion("Q").text)
        let degenerate = Self.choropleth.replacingOccurrences(of: "[25, 47]", with: "[30, -30]")
        #expect(try ReportLoaderTests.diagnostic(files: Self.files(degenerate)).diagnostic.message == Messages.mapDegenerateProjection("albers").text)
        let manual = Self.choropleth.replacingOccurrences(of: "equal-interval", with: "manual")
        #expect(try ReportLoaderTests.diagnostic(files: Self.files(manual)).diagnostic.message == Messages.mapManualWithoutBreaks.text)
        let typo = Self.choropleth.replacingOccurrences(of: "join:", with: "joinn:")
        #expect(try ReportLoaderTests.diagnostic(files: Self.files(typo)).diagnostic.notes == [DiagnosticNote(help: "did you mean 'join'?")])
    }

    @Test("insets name their regions, corner, size and caption; unknown regions and sizes are errors")
    func insets() throws {
        let block = Self.choropleth + "    insets:\n      - {regions: [C], corner: top-left, size: 0.3, label: 다 지역}\n"
        let (m, _) = try Self.map(Self.files(block))
        #expect(m.insets == [MapInset(regionIDs: ["C"], corner: .topLeft, size: 0.3, label: "다 지역")])
        let bad = Self.choropleth + "    insets:\n      - {regions: [Q]}\n"
        #expect(try ReportLoaderTests.diagnostic(files: Self.files(bad)).diagnostic.message == Messages.mapUnknownRegion("Q").text)
        let big = Self.choropleth + "    insets:\n      - {regions: [C], size: 0.9}\n"
        #expect(try ReportLoaderTests.diagnostic(files: Self.files(big)).diagnostic.message == Messages.expected("between 0.1 and 0.5", for: "size").text)
    }

    @Test("kind: symbols puts circles sized by the joined value at the regions' points instead of colouring them")
    func regionSymbols() throws {
        let block = Self.choropleth.replacingOccurrences(of: "    classes: 2\n", with: "    kind: symbols\n")
        let (m, loaded) = try Self.map(Self.files(block))
        #expect(m.regionValues.isEmpty && m.symbolStyle == .proportional)
        #expect(m.symbols.map(\.label) == ["가", "나"] && m.symbols.map(\.value) == [1.5, 3])
        #expect(m.symbolLegendTitle == "rate")
        // No label point in the file: the symbol sits at the middle of the square, not on its corner.
        #expect(abs(m.symbols[0].coordinate.lon - 102.5) < 0.05 && abs(m.symbols[0].coordinate.lat - 32.5) < 0.05)
        // Without a choropleth nothing is "no data"; the unmatched id is still reported.
        #expect(loaded.warnings.map(\.code) == ["map.unmatched-id"])
    }

    @Test("every bad latitude, longitude and rank of a points dataset is reported in one load")
    func everyBadPoint() throws {
        let files = Self.pointsMap("rank: rank", cities: "rank,city,lat,lon\n0,베이징,95,116.41\n2,선전,,200\n")
        let (folder, errors) = try ReportLoaderTests.errors(files: files)
        let at = { (line: Int, column: Int) in SourceLocation(file: folder + "/data/cities.csv", line: line, column: column) }
        #expect(errors == [
            Diagnostic(.error, at: at(2, 1), Messages.mapBadRank("0", column: "rank")),
            Diagnostic(.error, at: at(2, 7), Messages.mapBadCoordinate("95", column: "lat")),
            Diagnostic(.error, at: at(3, 6), Messages.mapBadCoordinate("", column: "lat")),
            Diagnostic(.error, at: at(3, 7), Messages.mapBadCoordinate("200", column: "lon")),
        ], "\(errors)")
    }

    @Test("a negative symbol value is an error at its cell")
    func negativeSymbol() throws {
        let files = Self.pointsMap("value: n", cities: "city,lat,lon,n\n베이징,39.9,116.4,2400\n선전,22.5,114.1,-3\n")
        let (folder, d) = try ReportLoaderTests.diagnostic(files: files)
        #expect(d.message == Messages.mapNegativeSymbol("-3").text)
        #expect(d.location == SourceLocation(file: folder + "/data/cities.csv", line: 3, column: 15))
    }
}
