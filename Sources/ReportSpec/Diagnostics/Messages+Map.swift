/// Messages about maps and boundary files (kept beside ``Messages``, in the same style).
extension Messages {
    // MARK: GeoJSON
    public static func jsonSyntax(_ problem: String) -> Message { Message("json.syntax", "invalid JSON: \(problem)") }
    public static let geoNotFeatureCollection = Message("geo.not-feature-collection", "a boundary file must be a GeoJSON FeatureCollection ({\"type\": \"FeatureCollection\", \"features\": [...]}) or a TopoJSON Topology")
    public static let geoNoFeatures = Message("geo.no-features", "the boundary file has no features; expected at least one region")
    public static func geoMissingID(_ property: String) -> Message {
        Message("geo.missing-id", "feature has no '\(property)' property to join data on; set 'id-property' to a property every feature has")
    }
    public static func geoDuplicateID(_ id: String) -> Message { Message("geo.duplicate-id", "feature id '\(id)' appears twice; region ids must be unique") }
    public static func geoBadPosition(_ why: String) -> Message { Message("geo.invalid-position", "invalid position: \(why); expected [longitude, latitude]") }
    public static func geoOutOfRange(lon: Double, lat: Double) -> Message {
        Message("geo.out-of-range", "position [\(lon), \(lat)] is out of range; GeoJSON needs WGS84 longitude −180…180 and latitude −90…90 (is the file in a projected system such as EPSG:3857?)")
    }
    public static func geoUnclosedRing(_ id: String) -> Message {
        Message("geo.unclosed-ring", "a ring of '\(id)' is not closed (its last position differs from its first); it was closed for drawing")
    }
    public static func geoDegenerateRing(_ id: String) -> Message {
        Message("geo.degenerate-ring", "a ring of '\(id)' has fewer than 4 positions or no area; it was left out")
    }
    public static func geoUnsupportedGeometry(_ type: String, id: String) -> Message {
        Message("geo.unsupported-geometry", "geometry type '\(type)' of '\(id)' is not drawn on a regional map; expected Polygon, MultiPolygon or Point")
    }
    public static func geoNothingDrawable(_ features: Int) -> Message {
        Message("geo.nothing-drawable", "none of the boundary file's \(count(features)) features has an area or a point to draw (each geometry is null, degenerate or of a kind a map does not draw)")
    }
    public static func geoBadGeometry(_ why: String) -> Message { Message("geo.invalid-geometry", "invalid geometry: \(why)") }

    // MARK: Map joins
    /// An id of a map's dataset that no region has, with a note at the `join:` that joins on it.
    public static func mapUnmatchedID(_ id: String, dataset: String, map: String, column: String, joinedAt: SourceLocation) -> Message {
        Message("map.unmatched-id", "id '\(id)' in dataset '\(dataset)' matches no region of the boundary file",
                notes: [DiagnosticNote("the map '\(map)' joins its data on column '\(column)' here", at: joinedAt)])
    }
    /// After the first ids that match no region, how many more there are.
    public static func mapMoreUnmatchedIDs(_ n: Int, dataset: String, map: String, column: String, joinedAt: SourceLocation) -> Message {
        Message("map.more-unmatched-ids", "and \(count(n)) more id\(n == 1 ? "" : "s") in dataset '\(dataset)' \(n == 1 ? "matches" : "match") no region of the boundary file",
                notes: [DiagnosticNote("the map '\(map)' joins its data on column '\(column)' here", at: joinedAt)])
    }
    public static func mapRegionsWithoutData(_ names: [String]) -> Message {
        Message("map.regions-without-data", "\(count(names.count)) region\(names.count == 1 ? " has" : "s have") no data and \(names.count == 1 ? "is" : "are") drawn as no data: \(listed(names))")
    }
    public static func mapUnknownRegion(_ id: String) -> Message { Message("map.unknown-region", "'\(id)' is not a region id of the boundary file") }
    public static func mapDroppedLabels(_ labels: [String]) -> Message {
        Message("map.dropped-labels", "no free place for the label\(labels.count == 1 ? "" : "s") \(listed(labels, quoted: true)); left out")
    }
    public static func mapBadCoordinate(_ cell: String, column: String) -> Message {
        Message("map.invalid-coordinate", "'\(cell)' in column '\(column)' is not a \(column.contains("lat") ? "latitude (−90…90)" : "longitude (−180…180)")")
    }
    public static func mapBadRank(_ cell: String, column: String) -> Message {
        Message("map.invalid-rank", "'\(cell)' in column '\(column)' is not a rank; ranks are whole numbers from 1 to 1,000,000")
    }
    public static func mapNegativeSymbol(_ cell: String) -> Message {
        Message("map.negative-symbol", "'\(cell)' is negative; a circle's area shows a size and needs 0 or more (show signed values as a choropleth)")
    }
    public static let mapManualWithoutBreaks = Message("map.missing-breaks", "'method: manual' needs 'breaks': a list of strictly increasing numbers")
    public static let mapNothingToShow = Message("map.nothing-to-show", "a map needs 'data' with 'join' and 'value' (a choropleth), 'points' (symbols), or 'highlight'")
    public static func mapDegenerateProjection(_ name: String) -> Message {
        Message("map.degenerate-projection", "the \(name) projection's parameters are degenerate; choose standard parallels that are not opposite (φ1 ≠ −φ2) and not at a pole")
    }
    public static func mapAntarcticLeftOut(_ id: String, name: String) -> Message {
        Message("map.antarctica-left-out", "'\(id)' (\(name)) has a value but is left out of the map: regions wholly south of −60° are not drawn unless the map says 'antarctica: true'")
    }
}
