import ChartLayout

/// Reads a GeoJSON FeatureCollection (or a TopoJSON Topology, decoded to one) of regions (Polygon, MultiPolygon with holes) and
/// points into ``GeoFeature`` values keyed by a chosen id property.
///
/// Invalid JSON is an error at its line and column; rings that are unclosed or degenerate,
/// geometry types a map cannot draw, are warnings; positions outside WGS84's range are
/// errors. Null geometries are tolerated (the feature is kept, with nothing to draw). Nothing
/// in the input can trap, and work is linear in the file size.
///
/// ```swift
/// let regions = try GeoJSONReader(idProperty: "id", nameProperty: "name_ko")
///     .read(bytes, file: "Reports/x/geo/china.geojson", warnings: &warnings)
/// ```
struct GeoJSONReader: Hashable {
    var idProperty: String
    var nameProperty: String?
    /// For a TopoJSON file, the object to read (default: the first).
    var topologyObject: String? = nil

    func read(_ bytes: [UInt8], file: String, warnings: inout [Diagnostic]) throws -> [GeoFeature] {
        var locator = ByteLocator(bytes)
        func at(_ offset: Int) -> SourceLocation {
            let (line, column) = locator.lineColumn(of: offset)
            return SourceLocation(file: file, line: line, column: column)
        }
        var parser = JSONParser(bytes)
        var root: JSONNode
        do { root = try parser.parse() } catch { throw Diagnostic(.error, at: at(error.offset), Messages.jsonSyntax(error.message)) }
        if root["type"]?.string == "Topology" {
            do { root = try TopoJSONDecoder.featureCollection(root, object: topologyObject) } catch {
                throw Diagnostic(.error, at: at(error.offset), Messages.geoBadGeometry(error.message))
            }
        }
        guard root["type"]?.string == "FeatureCollection", let list = root["features"]?.array else {
            throw Diagnostic(.error, at: at(root.offset), Messages.geoNotFeatureCollection)
        }
        guard !list.isEmpty else { throw Diagnostic(.error, at: at(root.offset), Messages.geoNoFeatures) }
        var seen = Set<String>()
        var out: [GeoFeature] = []
        for item in list {
            guard item["type"]?.string == "Feature" else {
                throw Diagnostic(.error, at: at(item.offset), Messages.geoBadGeometry("expected an object with \"type\": \"Feature\""))
            }
            let properties = item["properties"]
            let idNode = idProperty == "id" ? (properties?["id"] ?? item["id"]) : properties?[idProperty]
            guard let id = idNode.flatMap(Self.text) else { throw Diagnostic(.error, at: at(item.offset), Messages.geoMissingID(idProperty)) }
            guard seen.insert(id).inserted else { throw Diagnostic(.error, at: at(item.offset), Messages.geoDuplicateID(id)) }
            let name = nameProperty.flatMap { properties?[$0] }.flatMap(Self.text) ?? id
            var labelPoint: GeoCoordinate?
            if let lon = properties?["label_lon"]?.number, let lat = properties?["label_lat"]?.number,
               abs(lon) <= 180, abs(lat) <= 90 { labelPoint = GeoCoordinate(lon: lon, lat: lat) }
            var polygons: [GeoPolygon] = []
            if let geometry = item["geometry"], !geometry.isNull {
                let type = geometry["type"]?.string ?? ""
                let coordinates = geometry["coordinates"]
                switch type {
                case "Polygon":
                    if let p = try polygon(coordinates, id: id, at: at, warnings: &warnings) { polygons.append(p) }
                case "MultiPolygon":
                    guard let parts = coordinates?.array else {
                        throw Diagnostic(.error, at: at(geometry.offset), Messages.geoBadGeometry("a MultiPolygon's coordinates must be an array of polygons"))
                    }
                    for part in parts {
                        if let p = try polygon(part, id: id, at: at, warnings: &warnings) { polygons.append(p) }
                    }
                case "Point":
                    guard let c = coordinates else { throw Diagnostic(.error, at: at(geometry.offset), Messages.geoBadPosition("missing coordinates")) }
                    labelPoint = try position(c, at: at)
                default:
                    warnings.append(Diagnostic(.warning, at: at(geometry.offset), Messages.geoUnsupportedGeometry(type, id: id)))
                }
            }
            out.append(GeoFeature(id: id, name: name, polygons: polygons, labelPoint: labelPoint))
        }
        // Every geometry empty, degenerate or of a kind a map does not draw: the map would be a
        // blank box (or, fitted to nothing, a layout error about its height), so say why here.
        guard out.contains(where: { !$0.polygons.isEmpty || $0.labelPoint != nil }) else {
            throw Diagnostic(.error, at: at(root.offset), Messages.geoNothingDrawable(out.count))
        }
        return out
    }

    /// An id or name written as a string or a number.
    static func text(_ node: JSONNode) -> String? {
        switch node.value {
        case .string(let s): return s
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        default: return nil
        }
    }

    func position(_ node: JSONNode, at: (Int) -> SourceLocation) throws -> GeoCoordinate {
        if let (lon, lat) = node.pair {
            guard abs(lon) <= 180, abs(lat) <= 90 else { throw Diagnostic(.error, at: at(node.offset), Messages.geoOutOfRange(lon: lon, lat: lat)) }
            return GeoCoordinate(lon: lon, lat: lat)
        }
        guard let a = node.array, a.count >= 2 else { throw Diagnostic(.error, at: at(node.offset), Messages.geoBadPosition("fewer than two numbers")) }
        guard let lon = a[0].number, let lat = a[1].number else { throw Diagnostic(.error, at: at(node.offset), Messages.geoBadPosition("not numbers")) }
        guard abs(lon) <= 180, abs(lat) <= 90 else { throw Diagnostic(.error, at: at(node.offset), Messages.geoOutOfRange(lon: lon, lat: lat)) }
        return GeoCoordinate(lon: lon, lat: lat)
    }

    /// A polygon with closed, non-degenerate rings, winding normalised; nil when its exterior is unusable.
    func polygon(_ node: JSONNode?, id: String, at: (Int) -> SourceLocation, warnings: inout [Diagnostic]) throws -> GeoPolygon? {
        guard let node, let ringNodes = node.array else {
            throw Diagnostic(.error, at: at(node?.offset ?? 0), Messages.geoBadGeometry("a polygon's coordinates must be an array of rings"))
        }
        var rings: [[GeoCoordinate]] = []
        for (index, ringNode) in ringNodes.enumerated() {
            guard let positions = ringNode.array else {
                throw Diagnostic(.error, at: at(ringNode.offset), Messages.geoBadGeometry("a ring must be an array of positions"))
            }
            var ring = try positions.map { try position($0, at: at) }
            if let first = ring.first, ring.count > 1, first == ring.last { ring.removeLast() } else if !ring.isEmpty {
                warnings.append(Diagnostic(.warning, at: at(ringNode.offset), Messages.geoUnclosedRing(id)))
            }
            guard ring.count >= 3, GeoPolygon.signedArea(ring) != 0 else {
                warnings.append(Diagnostic(.warning, at: at(ringNode.offset), Messages.geoDegenerateRing(id)))
                if index == 0 { return nil }
                continue
            }
            rings.append(ring)
        }
        return rings.isEmpty ? nil : GeoPolygon(rings: rings).normalisedWinding()
    }
}
