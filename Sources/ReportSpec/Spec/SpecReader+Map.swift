import ChartLayout
import Drawing
import ReportBuilder

/// The `map:` block: regions from a GeoJSON file in the report folder, coloured by a dataset
/// (choropleth), with symbols at points from another (cities), and highlighted regions.
///
/// ```yaml
/// - map: ai-cities-map
///   boundaries: geo/china-provinces.geojson
///   id-property: id
///   name-property: name_ko
///   points: {data: cities, lat: lat, lon: lon, label: city, rank: rank, legend: AI 도시 경쟁력 순위}
///   highlight: [CN-BJ, CN-GD, CN-SH]
///   title: 중국 AI 도시 1~3위
/// ```
extension SpecReader {
    static let mapKeys = ["caption", "map", "boundaries", "id-property", "name-property", "data", "join", "value", "kind", "classes",
                          "method", "breaks", "format", "projection", "points", "highlight", "highlight-label",
                          "region-labels", "title", "subtitle", "source", "note", "alt", "boundary-source", "insets", "object",
                          "antarctica", "sphere", "graticule"]
    static let mapKinds = ["choropleth", "symbols"]

    mutating func readMap(_ node: SpecNode, labels: ChartLabels) throws -> Figure {
        let map = try node.mapping("map", allowed: Self.mapKeys)
        let (id, idNode) = try figureID(map, "map")
        let (allRegions, boundaryNode) = try readBoundaries(map)
        // Antarctica is left out unless asked for: it carries no data on a thematic world map and
        // would stretch the fit; regions wholly south of −60° are dropped before anything joins.
        let keepsAntarctica = try map["antarctica"]?.bool("antarctica") ?? false
        let regions = keepsAntarctica ? allRegions : allRegions.leavingOutAntarctica()
        let regionIDs = Set(regions.map(\.id))
        let leftOut = Dictionary(allRegions.filter { !regionIDs.contains($0.id) }.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let joined = try readJoinedData(map, mapID: id, regionIDs: regionIDs, leftOut: leftOut)
        let kind = try map["kind"].map { n -> String in
            let k = try n.string("kind")
            guard Self.mapKinds.contains(k) else { throw Diagnostic(.error, at: n.location, Messages.unknownValue(k, for: "map kind", allowed: Self.mapKinds)) }
            return k
        } ?? (joined != nil ? "choropleth" : "symbols")
        let values = joined?.values ?? [:]

        var format = try NumberFormatReader.read(map["format"], unitSpacing: unitSpacing)
        format.notAvailable = labels.notAvailable
        let (classes, method) = try readClassification(map, valueCount: values.count)
        let symbols = try readMapSymbols(map, kind: kind, joined: joined, regions: regions)

        func regionList(_ key: String) throws -> Set<String> {
            guard let n = map[key] else { return [] }
            let ids = try n.strings(key)
            if key == "region-labels" && ids == ["all"] { return regionIDs }
            for i in ids where !regionIDs.contains(i) { throw Diagnostic(.error, at: n.location, Messages.mapUnknownRegion(i)) }
            return Set(ids)
        }
        let highlight = try regionList("highlight")
        let regionLabels = try regionList("region-labels")
        for r in regions where regionLabels.contains(r.id) { addText(r.name, at: boundaryNode.location) }

        let titleNode = try map.required("title")
        let title = try prose(titleNode, "title")
        let choropleth = kind == "choropleth" ? values : [:]
        guard !choropleth.isEmpty || !symbols.symbols.isEmpty || !highlight.isEmpty else {
            throw Diagnostic(.error, at: map.location, Messages.mapNothingToShow)
        }
        let shownNoData = kind == "choropleth" ? regions.filter { !$0.polygons.isEmpty && choropleth[$0.id] == nil }.map(\.name) : []
        if !shownNoData.isEmpty {
            diagnostics.warning((map["data"] ?? idNode).location, Messages.mapRegionsWithoutData(shownNoData))
        }
        let projection = try readProjection(map["projection"])
        let insets = try map["insets"].map { try readInsets($0, regionIDs: regionIDs) } ?? []
        var result = RegionalMap(
            title: title, subtitle: try optionalProse(map, "subtitle"), source: try optionalProse(map, "source"),
            boundarySource: try optionalProse(map, "boundary-source") ?? "Natural Earth", note: try optionalProse(map, "note"), regions: regions,
            projection: projection, regionValues: choropleth, classification: method, classCount: classes,
            symbols: symbols.symbols, symbolStyle: symbols.style, symbolLegendTitle: symbols.legend, highlight: highlight,
            highlightLabel: try optionalProse(map, "highlight-label"), regionLabels: regionLabels, valueFormat: format, labels: labels)
        result.insets = insets
        result.showsSphere = try map["sphere"]?.bool("sphere") ?? false
        result.graticuleStep = try readGraticule(map["graticule"])
        if kind == "choropleth" {
            let shown = regions.filter { !$0.polygons.isEmpty }.compactMap { choropleth[$0.id] }
            for b in Classification.breaks(shown, method: method, count: classes) { addText(format.format(b), at: map.location) }
        }
        return Figure(id: id, content: .map(result), alt: try optionalProse(map, "alt") ?? result.altText)
    }

    /// `boundaries:` read with the map's id, name and object options; a file shared by several maps is read once.
    private mutating func readBoundaries(_ map: SpecMapping) throws -> (regions: [GeoFeature], node: SpecNode) {
        let node = try map.required("boundaries")
        let path = try node.string("boundaries")
        let reader = GeoJSONReader(idProperty: try map["id-property"]?.string("id-property") ?? "id",
                                   nameProperty: try map["name-property"]?.string("name-property") ?? "name",
                                   topologyObject: try map["object"]?.string("object"))
        let key = BoundaryKey(path: path, reader: reader)
        if let known = boundaries[key] { return (known, node) }   // its warnings were given the first time
        let bytes = try folder.read(path, namedAt: node.location)
        var warnings: [Diagnostic] = []
        defer { warnings.forEach(diagnostics.add) }   // also those found before the file proved broken
        let regions = try reader.read(bytes, file: folder.display(path), warnings: &warnings)
        boundaries[key] = regions
        return (regions, node)
    }

    /// At most this many ids of one map that match no region are named one by one; one more warning counts the rest.
    static let unmatchedIDWarningsPerMap = 10

    /// `data:`, `join:` and `value:`: the dataset's values by region id (nil without `data:`), warning of ids that match no region.
    private mutating func readJoinedData(_ map: SpecMapping, mapID: String, regionIDs: Set<String>,
                                         leftOut: [String: String]) throws -> (name: String, values: [String: Double])? {
        guard map["data"] != nil else { return nil }
        let (name, dataset, _) = try namedDataset(map)
        let joinNode = try map.required("join"), valueNode = try map.required("value")
        let joinColumn = try joinNode.string("join")
        let keys = try dataset.strings(in: joinColumn, at: joinNode.location)
        let numbers = try numbers(in: dataset, try valueNode.string("value"), at: valueNode.location)
        var values: [String: Double] = [:]
        for (k, v) in zip(keys, numbers) { if let v { values[k.value] = v } }
        // A value for a region left out (Antarctica) is not a wrong id: say why it is not drawn.
        var told = Set<String>()
        for cell in keys where told.insert(cell.value).inserted {
            if let regionName = leftOut[cell.value] { diagnostics.warning(cell.location, Messages.mapAntarcticLeftOut(cell.value, name: regionName)) }
        }
        warnUnmatched(keys.filter { leftOut[$0.value] == nil }, regionIDs: regionIDs, dataset: name, map: mapID, column: joinColumn,
                      joinedAt: joinNode.location)
        return (name, values)
    }

    /// One warning per id that matches no region, at its first cell, so an editor can jump to the
    /// row to fix; a map joined on the wrong column would otherwise give thousands, so after
    /// ``unmatchedIDWarningsPerMap`` one more counts the rest.
    private func warnUnmatched(_ keys: [Located<String>], regionIDs: Set<String>, dataset: String, map: String, column: String,
                               joinedAt: SourceLocation) {
        var seen = Set<String>()
        let unmatched = keys.filter { !regionIDs.contains($0.value) && seen.insert($0.value).inserted }
        for cell in unmatched.prefix(Self.unmatchedIDWarningsPerMap) {
            diagnostics.warning(cell.location, Messages.mapUnmatchedID(cell.value, dataset: dataset, map: map, column: column, joinedAt: joinedAt))
        }
        if unmatched.count > Self.unmatchedIDWarningsPerMap {
            let rest = unmatched.count - Self.unmatchedIDWarningsPerMap
            diagnostics.warning(unmatched[Self.unmatchedIDWarningsPerMap].location,
                                Messages.mapMoreUnmatchedIDs(rest, dataset: dataset, map: map, column: column, joinedAt: joinedAt))
        }
    }

    /// `classes:` and `method:`; without `classes`, about three values to a class, at most five classes.
    private func readClassification(_ map: SpecMapping, valueCount: Int) throws -> (classes: Int, method: ClassificationMethod) {
        var classes = min(5, max(1, valueCount / 3))
        if let n = map["classes"] {
            classes = try n.int("classes")
            guard (1...7).contains(classes) else { throw Diagnostic(.error, at: n.location, Messages.expected("between 1 and 7", for: "classes")) }
        }
        guard let m = map["method"] else { return (classes, .quantile) }
        let name = try m.string("method")
        switch name {
        case "quantile": return (classes, .quantile)
        case "equal-interval": return (classes, .equalInterval)
        case "natural-breaks": return (classes, .naturalBreaks)
        case "manual":
            guard let b = map["breaks"] else { throw Diagnostic(.error, at: m.location, Messages.mapManualWithoutBreaks) }
            let breaks = try b.sequence("breaks").map { try $0.number("breaks") }
            guard !breaks.isEmpty, zip(breaks, breaks.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw Diagnostic(.error, at: b.location, Messages.mapManualWithoutBreaks)
            }
            return (classes, .manual(breaks))
        default:
            throw Diagnostic(.error, at: m.location, Messages.unknownValue(name, for: "classification method", allowed: ClassificationMethod.names))
        }
    }

    /// Symbols from `points:`, or (`kind: symbols` with data) circles at the regions' label points.
    private mutating func readMapSymbols(_ map: SpecMapping, kind: String, joined: (name: String, values: [String: Double])?,
                                         regions: [GeoFeature]) throws -> MapSymbols {
        if let points = map["points"] { return try readPoints(points) }
        guard kind == "symbols", let joined else { return MapSymbols(symbols: [], style: .proportional, legend: nil) }
        let symbols = regions.compactMap { r -> MapSymbol? in
            guard let v = joined.values[r.id], let at = r.labelPoint ?? Self.innerPoint(r) else { return nil }
            return MapSymbol(label: r.name, at: at, value: v)
        }
        return MapSymbols(symbols: symbols, style: .proportional, legend: try map["value"]?.string("value"))
    }

    /// `insets:`: far-off regions in corner boxes.
    private mutating func readInsets(_ node: SpecNode, regionIDs: Set<String>) throws -> [MapInset] {
        try node.sequence("insets").map { item in
            let m = try item.mapping("insets", allowed: ["regions", "corner", "size", "label"])
            let regionsNode = try m.required("regions")
            let ids = try regionsNode.strings("regions")
            for i in ids where !regionIDs.contains(i) { throw Diagnostic(.error, at: regionsNode.location, Messages.mapUnknownRegion(i)) }
            let corner = choice(m["corner"], "corner", default: MapInset.Corner.bottomRight)
            let size = try m["size"].map { n -> Double in
                let v = try n.number("size")
                guard (0.1...0.5).contains(v) else { throw Diagnostic(.error, at: n.location, Messages.expected("between 0.1 and 0.5", for: "size")) }
                return v
            } ?? 0.25
            let label = try m["label"].map { n -> String in let t = try n.string("label"); addText(t, at: n.location); return t }
            return MapInset(regionIDs: Set(ids), corner: corner, size: size, label: label)
        }
    }

    /// A point inside a region without a label point: the pole of inaccessibility of its largest part, in degrees.
    static func innerPoint(_ r: GeoFeature) -> GeoCoordinate? {
        guard let largest = r.polygons.max(by: { abs(GeoPolygon.signedArea($0.rings[0])) < abs(GeoPolygon.signedArea($1.rings[0])) }) else { return nil }
        let rings = largest.rings.map { $0.map { Point(x: $0.lon, y: $0.lat) } }
        guard let pole = PoleOfInaccessibility.find(rings, precision: 0.01) else { return nil }
        return GeoCoordinate(lon: pole.point.x, lat: pole.point.y)
    }

    /// `points:`: a dataset of places with latitude, longitude, label and optionally value or rank.
    mutating func readPoints(_ node: SpecNode) throws -> MapSymbols {
        let m = try node.mapping("points", allowed: ["data", "lat", "lon", "label", "value", "rank", "style", "legend"])
        let (_, dataset, dataNode) = try namedDataset(m)
        func column(_ key: String, default d: String) throws -> (String, SourceLocation) {
            let n = m[key]
            return (try n?.string(key) ?? d, n?.location ?? m.location)
        }
        let (latCol, latAt) = try column("lat", default: "lat"), (lonCol, lonAt) = try column("lon", default: "lon")
        let labelNode = try m.required("label")
        let labelCells = try dataset.strings(in: try labelNode.string("label"), at: labelNode.location)
        // Each column is checked in full before the map gives up, so one run reports every bad cell.
        var complete = true
        func checked(_ column: String, at location: SourceLocation, _ rule: ValueRule) throws -> [Double?] {
            guard let values = try checkedNumbers(in: dataset, column, at: location, rule: rule) else { complete = false; return [] }
            return values
        }
        func coordinate(limit: Double, column: String) -> ValueRule {
            ValueRule(accepts: { $0.map { abs($0) <= limit } ?? false }, refusal: { Messages.mapBadCoordinate($0.value, column: column) })
        }
        let lats = try checked(latCol, at: latAt, coordinate(limit: 90, column: latCol))
        let lons = try checked(lonCol, at: lonAt, coordinate(limit: 180, column: lonCol))
        let values = try m["value"].map { n in
            try checked(try n.string("value"), at: n.location,
                        ValueRule(accepts: { ($0 ?? 0) >= 0 }, refusal: { Messages.mapNegativeSymbol($0.value) }))
        }
        let ranks = try m["rank"].map { n in
            let column = try n.string("rank")
            // A rank is a whole number from 1; converting 1e19 or 2.5 to Int would trap or mislead.
            let rule = ValueRule(accepts: { $0.map { $0 == $0.rounded() && (1...1_000_000).contains($0) } ?? true },
                                 refusal: { Messages.mapBadRank($0.value, column: column) })
            return try checked(column, at: n.location, rule).map { $0.map { Int($0) } }
        }
        guard complete else { throw AlreadyReported() }
        var symbols: [MapSymbol] = []
        for i in labelCells.indices {
            // Checked above: every latitude and longitude is present and in range.
            guard let lat = lats[i], let lon = lons[i] else { continue }
            addText(labelCells[i].value, at: labelCells[i].location)
            symbols.append(MapSymbol(label: labelCells[i].value, at: GeoCoordinate(lon: lon, lat: lat),
                                     value: values?[i], rank: ranks?[i]))
        }
        let style = choice(m["style"], "style", default: values == nil ? RegionalMap.SymbolStyle.ranked : .proportional)
        if style == .ranked { for s in symbols { if let r = s.rank { addText(String(r), at: dataNode.location) } } }
        let legend = try m["legend"].map { n -> String in let s = try n.string("legend"); addText(s, at: n.location); return s }
        return MapSymbols(symbols: symbols, style: style, legend: legend)
    }

    /// `graticule: true` (lines every 30°), `false`, or a spacing in degrees that divides 90 or 180.
    func readGraticule(_ node: SpecNode?) throws -> Double? {
        guard let node else { return nil }
        if case .scalar(let text) = node.node, ["true", "false", "yes", "no"].contains(text.string) {
            return try node.bool("graticule") ? 30 : nil
        }
        let step = try node.number("graticule")
        guard [5.0, 10, 15, 20, 30, 45, 60, 90].contains(step) else {
            throw Diagnostic(.error, at: node.location, Messages.expected("true, false or a spacing of 5, 10, 15, 20, 30, 45, 60 or 90 degrees", for: "graticule"))
        }
        return step
    }

    /// `projection: auto`, a name, or `{name, parallels: [φ1, φ2], center: [lon, lat]}`.
    func readProjection(_ node: SpecNode?) throws -> MapProjection {
        guard let node else { return .automatic }
        var name: String, parallels: [Double]?, center: [Double]?
        let at = node.location
        if case .scalar = node.node {
            name = try node.string("projection")
        } else {
            let m = try node.mapping("projection", allowed: ["name", "parallels", "center"])
            name = try m.required("name").string("name")
            if let p = m["parallels"] {
                let v = try p.sequence("parallels").map { try $0.number("parallels") }
                guard v.count == 2, v.allSatisfy({ abs($0) < 90 }) else { throw Diagnostic(.error, at: p.location, Messages.expected("two latitudes between −90 and 90", for: "parallels")) }
                parallels = v
            }
            if let c = m["center"] {
                let v = try c.sequence("center").map { try $0.number("center") }
                guard v.count == 2, abs(v[0]) <= 180, abs(v[1]) < 90 else { throw Diagnostic(.error, at: c.location, Messages.expected("[longitude, latitude]", for: "center")) }
                center = v
            }
        }
        let c = GeoCoordinate(lon: center?[0] ?? 0, lat: center?[1] ?? 0)
        let projection: MapProjection
        switch name {
        case "auto": projection = .automatic
        case "equirectangular": projection = .equirectangular(centerLongitude: c.lon)
        case "mercator": projection = .mercator(centerLongitude: c.lon)
        case "equal-earth": projection = .equalEarth(centerLongitude: c.lon)
        case "natural-earth": projection = .naturalEarth(centerLongitude: c.lon)
        case "albers", "lambert":
            let p = parallels ?? [c.lat - 10, c.lat + 10]
            projection = name == "albers" ? .albers(parallel1: p[0], parallel2: p[1], center: c) : .lambert(parallel1: p[0], parallel2: p[1], center: c)
        default:
            throw Diagnostic(.error, at: at, Messages.unknownValue(name, for: "projection", allowed: MapProjection.names))
        }
        if projection != .automatic && !projection.isValid { throw Diagnostic(.error, at: at, Messages.mapDegenerateProjection(name)) }
        return projection
    }
}

/// A boundary file as one map reads it: the same path read with the same properties gives the same regions.
struct BoundaryKey: Hashable {
    var path: String
    var reader: GeoJSONReader
}

/// The symbols a map draws, how they are sized, and the title of their key.
struct MapSymbols {
    var symbols: [MapSymbol]
    var style: RegionalMap.SymbolStyle
    var legend: String?
}
