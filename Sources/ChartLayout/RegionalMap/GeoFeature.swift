import Drawing

/// A longitude/latitude pair in degrees (WGS84, as GeoJSON writes it: longitude first).
///
/// ```swift
/// let beijing = GeoCoordinate(lon: 116.41, lat: 39.90)
/// ```
public struct GeoCoordinate: Equatable, Hashable, Sendable {
    public var lon: Double
    public var lat: Double
    /// Creates a coordinate.
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
}

/// One polygon: its exterior ring first, then its holes. Rings are closed implicitly (the
/// first point is not repeated at the end).
///
/// Readers normalise winding the RFC 7946 way, exterior counter-clockwise and holes
/// clockwise in longitude/latitude, so a non-zero fill leaves the holes empty.
public struct GeoPolygon: Equatable, Hashable, Sendable {
    public var rings: [[GeoCoordinate]]
    /// Creates a polygon from rings, exterior first.
    public init(rings: [[GeoCoordinate]]) { self.rings = rings }

    /// Twice the signed area of a ring in degrees (positive when counter-clockwise).
    public static func signedArea(_ ring: [GeoCoordinate]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        var previous = ring[ring.count - 1]
        for p in ring {
            sum += previous.lon * p.lat - p.lon * previous.lat
            previous = p
        }
        return sum
    }

    /// The polygon with its exterior counter-clockwise and its holes clockwise.
    public func normalisedWinding() -> GeoPolygon {
        GeoPolygon(rings: rings.enumerated().map { index, ring in
            let ccw = Self.signedArea(ring) > 0
            return (index == 0) == ccw ? ring : ring.reversed()
        })
    }
}

/// A region of a boundary file: its id (what data joins on), a display name, its shape and,
/// when the file has one, a point for its label or symbol that lies inside the shape.
///
/// ```swift
/// let beijing = GeoFeature(id: "CN-BJ", name: "베이징", polygons: [polygon])
/// ```
public struct GeoFeature: Equatable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// Empty for a feature whose geometry is null (it is kept so its id can still be reported).
    public var polygons: [GeoPolygon]
    public var labelPoint: GeoCoordinate?
    /// Creates a feature.
    public init(id: String, name: String, polygons: [GeoPolygon], labelPoint: GeoCoordinate? = nil) {
        self.id = id; self.name = name; self.polygons = polygons; self.labelPoint = labelPoint
    }
}

extension GeoFeature {
    /// True when the coordinate lies inside one of the feature's polygons (even-odd, holes excluded).
    public func contains(_ c: GeoCoordinate) -> Bool {
        polygons.contains { polygon in
            var inside = false
            for ring in polygon.rings {
                var j = ring.count - 1
                for i in ring.indices {
                    let a = ring[i], b = ring[j]
                    if (a.lat > c.lat) != (b.lat > c.lat), c.lon < (b.lon - a.lon) * (c.lat - a.lat) / (b.lat - a.lat) + a.lon { inside.toggle() }
                    j = i
                }
            }
            return inside
        }
    }
}
