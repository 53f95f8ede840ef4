extension GeoFeature {
    /// Latitude (degrees) south of which a feature lying wholly beyond it counts as Antarctic.
    public static let antarcticLatitude = -60.0

    /// True when the feature has shape and every point of it lies south of −60°: Antarctica and
    /// its islands, whatever the boundary file calls them. World maps leave these out by default
    /// (a band across the bottom that carries no data and swells in most projections).
    public var isAntarctic: Bool {
        var any = false
        for polygon in polygons { for ring in polygon.rings { for c in ring {
            guard c.lat < Self.antarcticLatitude else { return false }
            any = true
        } } }
        return any
    }
}

extension Array where Element == GeoFeature {
    /// The features without the Antarctic ones, when something else is left to show; a map of
    /// Antarctica alone keeps them.
    public func leavingOutAntarctica() -> [GeoFeature] {
        let kept = filter { !$0.isAntarctic }
        return kept.contains { !$0.polygons.isEmpty } ? kept : self
    }
}
