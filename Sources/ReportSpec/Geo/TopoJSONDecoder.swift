/// Turns a TopoJSON `Topology` into the GeoJSON `FeatureCollection` it encodes, so one reader
/// validates both: arcs are decoded (delta-decoded and transformed when quantised) and
/// stitched into rings, a negative index ~i meaning arc i reversed.
///
/// Positions keep the byte offset of the geometry that used them, so messages about a ring
/// point at that geometry in the file.
///
/// ```swift
/// let collection = try TopoJSONDecoder.featureCollection(root, object: "provinces")
/// ```
enum TopoJSONDecoder {
    /// A problem at a byte offset of the file.
    struct Failure: Error { var offset: Int; var message: String }

    static func featureCollection(_ root: JSONNode, object name: String?) throws(Failure) -> JSONNode {
        guard case .object(let objects)? = root["objects"]?.value, let first = objects.first else {
            throw Failure(offset: root.offset, message: "a Topology needs 'objects' with at least one geometry collection")
        }
        let chosen: JSONNode
        if let name {
            guard let o = objects.first(where: { $0.key == name })?.value else {
                throw Failure(offset: root.offset, message: "the Topology has no object '\(name)'; it has \(objects.map { "'\($0.key)'" }.joined(separator: ", "))")
            }
            chosen = o
        } else { chosen = first.value }
        let arcs = try decodeArcs(root)
        let geometries = chosen["type"]?.string == "GeometryCollection" ? chosen["geometries"]?.array ?? [] : [chosen]
        var features: [JSONNode] = []
        for g in geometries {
            let at = g.offset
            func node(_ v: JSONNode.Value) -> JSONNode { JSONNode(value: v, offset: at) }
            func position(_ p: (Double, Double)) -> JSONNode { node(.array([node(.number(p.0)), node(.number(p.1))])) }
            func ring(_ indices: JSONNode) throws(Failure) -> JSONNode {
                guard let list = indices.array else { throw Failure(offset: at, message: "a ring must be a list of arc indices") }
                var points: [(Double, Double)] = []
                for i in list {
                    guard let d = i.number, d == d.rounded(), abs(d) < 1e9 else { throw Failure(offset: at, message: "an arc index must be a whole number") }
                    let k = Int(d)
                    let index = k >= 0 ? k : ~k
                    guard index < arcs.count else { throw Failure(offset: at, message: "arc index \(k) is out of range; the Topology has \(arcs.count) arcs") }
                    let arc = k >= 0 ? arcs[index] : arcs[index].reversed()
                    points += points.isEmpty ? arc[...] : arc.dropFirst()
                }
                return node(.array(points.map(position)))
            }
            func polygon(_ rings: JSONNode) throws(Failure) -> JSONNode {
                guard let list = rings.array else { throw Failure(offset: at, message: "a polygon's arcs must be a list of rings") }
                var out: [JSONNode] = []
                for r in list { out.append(try ring(r)) }
                return node(.array(out))
            }
            var geometry = node(.null)
            switch g["type"]?.string {
            case "Polygon":
                guard let a = g["arcs"] else { throw Failure(offset: at, message: "a Polygon needs 'arcs'") }
                geometry = node(.object([("type", node(.string("Polygon"))), ("coordinates", try polygon(a))]))
            case "MultiPolygon":
                guard let list = g["arcs"]?.array else { throw Failure(offset: at, message: "a MultiPolygon needs 'arcs'") }
                var parts: [JSONNode] = []
                for p in list { parts.append(try polygon(p)) }
                geometry = node(.object([("type", node(.string("MultiPolygon"))), ("coordinates", node(.array(parts)))]))
            case "Point":
                guard let c = g["coordinates"]?.array, c.count >= 2, let x = c[0].number, let y = c[1].number else {
                    throw Failure(offset: at, message: "a Point needs 'coordinates'")
                }
                geometry = node(.object([("type", node(.string("Point"))), ("coordinates", position(transform(root, x, y)))]))
            case nil: break
            case let other?:
                geometry = node(.object([("type", node(.string(other)))]))
            }
            var members: [(key: String, value: JSONNode)] = [("type", node(.string("Feature")))]
            if let id = g["id"] { members.append(("id", id)) }
            members.append(("properties", g["properties"] ?? node(.object([]))))
            members.append(("geometry", geometry))
            features.append(node(.object(members)))
        }
        return JSONNode(value: .object([("type", JSONNode(value: .string("FeatureCollection"), offset: root.offset)),
                                        ("features", JSONNode(value: .array(features), offset: chosen.offset))]), offset: root.offset)
    }

    /// A quantised position to longitude/latitude (the identity without a transform).
    static func transform(_ root: JSONNode, _ x: Double, _ y: Double) -> (Double, Double) {
        guard let t = root["transform"], let s = t["scale"]?.array, let d = t["translate"]?.array, s.count == 2, d.count == 2,
              let sx = s[0].number, let sy = s[1].number, let tx = d[0].number, let ty = d[1].number else { return (x, y) }
        return (x * sx + tx, y * sy + ty)
    }

    /// Every arc as absolute positions.
    static func decodeArcs(_ root: JSONNode) throws(Failure) -> [[(Double, Double)]] {
        guard let list = root["arcs"]?.array else { throw Failure(offset: root.offset, message: "a Topology needs 'arcs'") }
        let quantised = root["transform"] != nil
        var out: [[(Double, Double)]] = []
        out.reserveCapacity(list.count)
        for arc in list {
            guard let positions = arc.array else { throw Failure(offset: arc.offset, message: "an arc must be a list of positions") }
            var x = 0.0, y = 0.0
            var points: [(Double, Double)] = []
            points.reserveCapacity(positions.count)
            for p in positions {
                guard let c = p.array, c.count >= 2, let px = c[0].number, let py = c[1].number else {
                    throw Failure(offset: p.offset, message: "a position must be two numbers")
                }
                if quantised { x += px; y += py; points.append(transform(root, x, y)) } else { points.append((px, py)) }
            }
            out.append(points)
        }
        return out
    }
}
