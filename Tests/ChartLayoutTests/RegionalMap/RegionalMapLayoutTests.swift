import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Regional map layout")
struct RegionalMapLayoutTests {
    /// A 3 × 3 grid of 5° squares over 100–115°E, 25–40°N; ids "r00"…"r22".
    static let grid: [GeoFeature] = (0..<3).flatMap { row in
        (0..<3).map { col in
            let lon = 100 + Double(col) * 5, lat = 25 + Double(row) * 5
            return GeoFeature(id: "r\(row)\(col)", name: "지역\(row)\(col)", polygons: [GeoPolygon(rings: [[
                GeoCoordinate(lon: lon, lat: lat), GeoCoordinate(lon: lon + 5, lat: lat),
                GeoCoordinate(lon: lon + 5, lat: lat + 5), GeoCoordinate(lon: lon, lat: lat + 5),
            ]])], labelPoint: GeoCoordinate(lon: lon + 2.5, lat: lat + 2.5))
        }
    }

    static func layout(_ map: RegionalMap, width: Double = 400) -> RegionalMapLayout.Result {
        RegionalMapLayout(theme: .standard, measurer: FixedAdvanceMeasurer()).layout(map, width: width)
    }

    static let choropleth = RegionalMap(
        title: "지역별 값", source: "테스트", regions: grid,
        projection: .albers(parallel1: 25, parallel2: 47, center: GeoCoordinate(lon: 105, lat: 35)),
        regionValues: ["r00": 1, "r01": 2, "r02": 3, "r10": 4, "r11": 5, "r12": 6, "r20": 7, "zz": 9],
        classification: .equalInterval, classCount: 3, valueFormat: .plain(decimals: 0))

    @Test("every region lies inside the map area after the fit, touching its padded edge on one axis")
    func fitInside() throws {
        let r = Self.layout(Self.choropleth)
        let inner = r.mapArea.insetBy(dx: RegionalMapLayout.padding, dy: RegionalMapLayout.padding)
        let b = try #require(r.regionBounds)
        #expect(inner.contains(b, tolerance: 1e-6))
        #expect(abs(b.width - inner.width) < 1 || abs(b.height - inner.height) < 1)
        #expect(Rect(origin: .zero, size: r.frame.size).contains(r.mapArea))
    }

    @Test("regions without data are light grey and the legend says 자료 없음 only then")
    func noData() {
        let r = Self.layout(Self.choropleth)
        #expect(r.regionFills["r21"] == RegionalMapLayout.noDataFill && r.regionFills["r22"] == RegionalMapLayout.noDataFill)
        #expect(r.regionFills["r00"] != RegionalMapLayout.noDataFill)
        #expect(r.frame.textLines.contains { $0.text == "자료 없음" })
        var full = Self.choropleth
        for f in Self.grid { full.regionValues[f.id] = 1 + Double(f.id.hashValue & 7) }
        #expect(!Self.layout(full).frame.textLines.contains { $0.text == "자료 없음" })
    }

    @Test("each region gets exactly one class colour, lighter for lower values, and every break is in the legend")
    func classes() {
        let r = Self.layout(Self.choropleth)
        // The unmatched id's 9 takes no part in the classes.
        #expect(r.breaks == [1, 3, 5, 7])
        let colours = SequentialPalette.blues(3)
        #expect(r.regionFills["r00"] == colours[0] && r.regionFills["r11"] == colours[2] && r.regionFills["r20"] == colours[2])
        #expect(r.regionFills["r01"] == colours[0] && r.regionFills["r02"] == colours[1])
        let texts = Set(r.frame.textLines.map(\.text))
        for b in r.breaks { #expect(texts.contains(String(Int(b)))) }
    }

    @Test("ids that match no region and regions without data are named")
    func unmatched() {
        #expect(Self.choropleth.unmatchedValueIDs == ["zz"])
        #expect(Self.choropleth.regionsWithoutData == ["r21", "r22"])
    }

    static let symbolMap = RegionalMap(
        title: "도시", regions: grid,
        symbols: [MapSymbol(label: "작은", at: GeoCoordinate(lon: 102, lat: 27), value: 100),
                  MapSymbol(label: "큰", at: GeoCoordinate(lon: 112, lat: 37), value: 2500),
                  MapSymbol(label: "중간", at: GeoCoordinate(lon: 107, lat: 32), value: 900),
                  MapSymbol(label: "없음", at: GeoCoordinate(lon: 104, lat: 36))],
        symbolStyle: .proportional, symbolLegendTitle: "기업 수", valueFormat: .plain(decimals: 0))

    @Test("symbol areas are proportional to values within 1 % and drawn largest first")
    func symbolAreas() throws {
        let r = Self.layout(Self.symbolMap)
        #expect(r.symbols.map(\.label) == ["큰", "중간", "작은"])
        let big = try #require(r.symbols.first)
        for s in r.symbols {
            let areaRatio = (s.radius * s.radius) / (big.radius * big.radius)
            #expect(abs(areaRatio / (s.value! / big.value!) - 1) < 0.01)
        }
    }

    @Test("point labels never overlap each other, symbols or the frame edge")
    func labelsDisjoint() {
        // Many close points force the placer to move and drop labels.
        var map = Self.symbolMap
        map.symbols = (0..<30).map { (i: Int) -> MapSymbol in
            let lon: Double = 104 + Double(i % 6) * 0.6
            let lat: Double = 30 + Double(i / 6) * 0.5
            return MapSymbol(label: "도시\(i)", at: GeoCoordinate(lon: lon, lat: lat), value: Double(10 + i))
        }
        let r = Self.layout(map)
        for (i, a) in r.labelBoxes.enumerated() {
            #expect(r.mapArea.contains(a))
            for b in r.labelBoxes[(i + 1)...] { #expect(!a.intersects(b)) }
            for s in r.symbols { #expect(!PointLabelPlacer.overlaps(.init(center: s.center, radius: s.radius), a)) }
        }
        #expect(r.labelBoxes.count + r.droppedLabels.count == 30)
        #expect(!r.droppedLabels.isEmpty)
    }

    @Test("a label prefers the upper right of its point")
    func upperRight() throws {
        var map = Self.symbolMap
        map.symbols = [MapSymbol(label: "베이징", at: GeoCoordinate(lon: 107.5, lat: 32.5), rank: 1)]
        map.symbolStyle = .ranked
        let r = Self.layout(map)
        let s = try #require(r.symbols.first), box = try #require(r.labelBoxes.first)
        #expect(box.minX > s.center.x && box.maxY < s.center.y)
    }

    @Test("region labels sit inside their region, clear of each other")
    func regionLabels() {
        var map = Self.choropleth
        map.regionLabels = Set(Self.grid.map(\.id))
        let r = Self.layout(map)
        #expect(r.labelBoxes.count == 9)
        for (i, a) in r.labelBoxes.enumerated() { for b in r.labelBoxes[(i + 1)...] { #expect(!a.intersects(b)) } }
    }

    @Test("the source line credits Natural Earth")
    func attribution() {
        let texts = Self.layout(Self.choropleth).frame.textLines.map(\.text)
        #expect(texts.contains { $0.contains("출처: 테스트") && $0.contains("지도: Natural Earth") })
    }

    @Test("a map with a null-geometry region and no data still lays out")
    func robust() {
        let map = RegionalMap(title: "", regions: [GeoFeature(id: "x", name: "x", polygons: [])], highlight: ["x"],
                              valueFormat: .plain(decimals: 0))
        let r = Self.layout(map)
        #expect(r.frame.size.width == 400)
        #expect(r.regionBounds == nil)
    }

    @Test("a map whose marks fit its area is not clipped; a symbol past the edge is clipped to the area")
    func clipping() {
        func clips(_ r: RegionalMapLayout.Result) -> [Rect?] {
            r.frame.items.compactMap { if case .group(let g) = $0, g.tag == nil, g.offset == .zero { return g.clip } else { return nil } }
        }
        let fits = Self.layout(Self.symbolMap)
        #expect(clips(fits).last == .some(nil))
        var far = Self.symbolMap
        far.symbols.append(MapSymbol(label: "먼 곳", at: GeoCoordinate(lon: 135, lat: 50), value: 3000))
        let r = Self.layout(far)
        #expect(clips(r).last == .some(r.mapArea))
        #expect(r.droppedLabels.contains("먼 곳"))
    }

    @Test("the size key's nested circles use the map's own square-root function")
    func sizeKey() throws {
        let r = Self.layout(Self.symbolMap, width: 600)
        let big = try #require(r.symbols.first)
        let keyCircles = r.frame.pathBounds.filter { $0.item.fill == nil && $0.item.stroke?.color == Theme.standard.mutedText && $0.bounds.width > 4 && $0.bounds.height > 4 }
        // Bounds include half the stroke on each side.
        let radii = keyCircles.map { ($0.bounds.width - ($0.item.stroke?.width ?? 0)) / 2 }.sorted(by: >)
        try #require(radii.count == 2)
        #expect(abs(radii[0] / big.radius - (2000.0 / 2500).squareRoot()) < 0.01)
        #expect(abs(radii[1] / big.radius - (500.0 / 2500).squareRoot()) < 0.01)
        let texts = r.frame.textLines.map(\.text)
        #expect(texts.contains("2,000") && texts.contains("500") && texts.contains("기업 수"))
    }

    @Test("a region label's whole box lies inside its region, in a colour that contrasts with the fill")
    func regionLabelInside() throws {
        var map = Self.choropleth
        map.regionLabels = ["r20"]
        let r = Self.layout(map)
        let box = try #require(r.labelBoxes.first)
        let line = try #require(r.frame.textLines.first { $0.text == "지역20" })
        var projection = RegionalMapLayout(theme: .standard, measurer: FixedAdvanceMeasurer()).makeProjection(map, regions: Self.grid)
        projection.fit(Self.grid, into: r.mapArea.insetBy(dx: RegionalMapLayout.padding, dy: RegionalMapLayout.padding))
        let rings = projection.project(Self.grid[6])[0]
        for p in [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.minX, y: box.maxY), Point(x: box.maxX, y: box.maxY)] {
            #expect(PoleOfInaccessibility.signedDistance(p, rings) > 0)
        }
        let fill = try #require(r.regionFills["r20"])
        #expect(line.spans[0].style.color.contrastRatio(with: fill) >= 4.5)
    }

    @Test("an inset draws its regions in a framed corner box with their own fit, apart from the main fit")
    func inset() throws {
        var map = Self.choropleth
        // A far-off island region.
        map.regions.append(GeoFeature(id: "far", name: "섬", polygons: [GeoPolygon(rings: [[
            GeoCoordinate(lon: 130, lat: 10), GeoCoordinate(lon: 131, lat: 10), GeoCoordinate(lon: 131, lat: 11),
        ]])]))
        map.regionValues["far"] = 5
        map.insets = [MapInset(regionIDs: ["far"], corner: .bottomRight, size: 0.2, label: "섬")]
        map.symbols = [MapSymbol(label: "섬 도시", at: GeoCoordinate(lon: 130.7, lat: 10.4), rank: 1)]
        map.symbolStyle = .ranked
        let r = Self.layout(map)
        let plain = Self.layout(Self.choropleth)
        // The main fit ignores the island: same bounds as without it.
        #expect(r.regionBounds == plain.regionBounds)
        let frames = r.frame.pathBounds.filter { $0.item.stroke?.width == 0.5 && $0.item.fill == Theme.standard.background }
        let box = try #require(frames.first?.bounds)
        #expect(r.mapArea.contains(box) && abs(box.maxX - r.mapArea.maxX) < RegionalMapLayout.padding)
        #expect(abs(box.width - (r.mapArea.width - 2 * RegionalMapLayout.padding) * 0.2 - 0.5) < 0.01)
        // Its symbol and label are inside the box.
        let s = try #require(r.symbols.first)
        #expect(box.contains(Rect(x: s.center.x - s.radius, y: s.center.y - s.radius, width: 2 * s.radius, height: 2 * s.radius), tolerance: 0.5))
        if let label = r.labelBoxes.first { #expect(box.contains(label, tolerance: 0.5)) }
        #expect(r.frame.textLines.contains { $0.text == "섬" })
    }

    @Test("laying the same map out twice gives identical frames")
    func deterministic() {
        var map = Self.choropleth
        map.regionLabels = Set(Self.grid.map(\.id))
        map.symbols = Self.symbolMap.symbols
        #expect(Self.layout(map) == Self.layout(map))
    }
}
