import Drawing

// The globe's edge and a graticule in a projection: what a world map draws, thinly, under its land.
extension Projection {
    /// Degrees between the points of an outline or graticule line, fine enough that the curved
    /// meridians of Equal Earth or a conic look smooth at print size.
    static let globeStepDegrees = 1.0

    /// Points along a line of relative longitude/latitude from `a` to `b`, ends included.
    private func line(from a: (λ: Double, φ: Double), to b: (λ: Double, φ: Double)) -> [Point] {
        let steps = max(1, Int((max(abs(b.λ - a.λ), abs(b.φ - a.φ)) / Self.globeStepDegrees).rounded(.up)))
        return (0...steps).compactMap { k in
            let t = Double(k) / Double(steps)
            return projectRelative(a.λ + t * (b.λ - a.λ), a.φ + t * (b.φ - a.φ))
        }
    }

    /// The outline of the whole sphere: up the western edge meridian, along the north pole's
    /// parallel, down the eastern edge and back along the south pole's parallel (a pole that is
    /// a point in the projection adds nothing). Points a projection cannot show are left out.
    public func sphereOutline() -> [Point] {
        line(from: (-180, -90), to: (-180, 90)) + line(from: (-180, 90), to: (180, 90))
            + line(from: (180, 90), to: (180, -90)) + line(from: (180, -90), to: (-180, -90))
    }

    /// Meridians and parallels every `step` degrees (from 0°, at true longitudes whatever the
    /// central meridian), as open lines; the edge meridians and the poles are the outline's.
    public func graticule(step: Double) -> [[Point]] {
        guard step > 0, step <= 180 else { return [] }
        var lines: [[Point]] = []
        var lon = -180.0
        while lon < 180 {
            let λ = AntimeridianCut.wrapped(lon - centerLongitude)
            if abs(λ) < 180 { lines.append(line(from: (λ, -90), to: (λ, 90))) }
            lon += step
        }
        var lat = -90.0 + step
        while lat < 90 {
            lines.append(line(from: (-180, lat), to: (180, lat)))
            lat += step
        }
        return lines.filter { $0.count > 1 }
    }
}
