/// Cuts rings at the map's back meridian, 180° from the central meridian, so a country that
/// crosses it (Russia's Chukotka, Fiji, with a central meridian other than 0°) is drawn in two
/// pieces at the map's left and right edges instead of a streak across the map. Antarctica,
/// which winds once around the pole, is opened there and closed along the edge through the pole.
///
/// Works in longitudes relative to the central meridian (degrees), unwrapped along the ring so
/// no edge jumps more than 180°; pieces come back within −180…180, cut edges on exactly ±180.
///
/// ```swift
/// let pieces = AntimeridianCut.cut(ring, centerLongitude: 150)   // nil: no cut needed
/// ```
enum AntimeridianCut {
    /// A point in relative longitude and latitude (degrees).
    typealias Relative = (λ: Double, φ: Double)

    /// The ring's pieces in relative degrees, or nil when it stays clear of the back meridian
    /// (then it is projected point by point as before, bit for bit).
    static func cut(_ ring: [GeoCoordinate], centerLongitude λ0: Double) -> [[Relative]]? {
        guard ring.count > 2 else { return nil }
        var u: [Relative] = []
        u.reserveCapacity(ring.count)
        var lo = Double.infinity, hi = -Double.infinity
        for c in ring {
            let λ: Double
            if let last = u.last { λ = last.λ + wrapped(c.lon - λ0 - last.λ) } else { λ = wrapped(c.lon - λ0) }
            u.append((λ, c.lat)); lo = min(lo, λ); hi = max(hi, λ)
        }
        guard let first = u.first, let last = u.last else { return nil }
        let turn = last.λ + wrapped(first.λ - last.λ) - first.λ
        if abs(turn) > 180 { return [openAroundPole(u, turn: turn)] }
        // A ring that turns no full circle spans less than 360°, so at most one back meridian
        // (180° + k·360°) lies strictly inside it.
        let k = ((hi - 180) / 360).rounded(.down)
        let line = 180 + 360 * k
        guard lo < line, line < hi else { return nil }
        let west = clip(u, at: line, keepWest: true).map { ($0.λ - 360 * k, $0.φ) }
        let east = clip(u, at: line, keepWest: false).map { ($0.λ - 360 * (k + 1), $0.φ) }
        return [west, east].filter { $0.count > 2 }
    }

    /// An angle in degrees brought into −180…180 (180 stays 180).
    static func wrapped(_ d: Double) -> Double {
        d > 180 || d < -180 ? d - 360 * (d / 360).rounded() : d
    }

    /// Where the edge a→b meets the meridian `line`: the same bits whichever way the edge runs,
    /// so two neighbours sharing the edge share the cut point.
    static func crossing(_ a: Relative, _ b: Relative, at line: Double) -> Relative {
        let (p, q) = a.λ < b.λ || (a.λ == b.λ && a.φ < b.φ) ? (a, b) : (b, a)
        let t = q.λ == p.λ ? 0 : (line - p.λ) / (q.λ - p.λ)
        return (line, p.φ + t * (q.φ - p.φ))
    }

    /// The part of a closed ring on one side of a meridian (Sutherland–Hodgman against one
    /// line). A concave ring cut in several places stays one ring joined by zero-width runs along
    /// the meridian, which is the map's edge: they fill nothing and lie under the outline.
    static func clip(_ ring: [Relative], at line: Double, keepWest: Bool) -> [Relative] {
        func inside(_ p: Relative) -> Bool { keepWest ? p.λ <= line : p.λ >= line }
        var out: [Relative] = []
        guard var previous = ring.last else { return out }
        for p in ring {
            let pin = inside(p), qin = inside(previous)
            if pin != qin { out.append(crossing(previous, p, at: line)) }
            if pin { out.append(p) }
            previous = p
        }
        return out
    }

    /// A ring that winds once around a pole, opened where it leaves −180…180 and closed along
    /// the edge meridians through the pole it encloses.
    static func openAroundPole(_ u: [Relative], turn: Double) -> [Relative] {
        let s = turn > 0 ? 1.0 : -1.0
        let n = u.count
        // Three laps of the unwrapped ring, from one lap back: one of them passes wholly
        // through −180…180.
        func at(_ i: Int) -> Relative {
            let lap = Double(i / n - 1)
            let p = u[i % n]
            return (p.λ + lap * turn, p.φ)
        }
        let start = -180 * s, end = 180 * s
        func beyond(_ λ: Double, _ edge: Double) -> Bool { s > 0 ? λ >= edge : λ <= edge }
        // The first edge that reaches the far edge, then the last before it to leave the near one.
        guard let b = (0..<(3 * n - 1)).first(where: { !beyond(at($0).λ, end) && beyond(at($0 + 1).λ, end) }),
              let a = (0..<b).last(where: { !beyond(at($0).λ, start) && beyond(at($0 + 1).λ, start) }) else { return [] }
        var out: [Relative] = [crossing(at(a), at(a + 1), at: start)]
        for i in (a + 1)...b where at(i).λ != start { out.append(at(i)) }
        let exit = crossing(at(b), at(b + 1), at: end)
        out.append(exit)
        let mean = u.reduce(0) { $0 + $1.φ } / Double(n)
        let pole = mean < 0 ? -90.0 : 90.0
        out.append((end, pole)); out.append((start, pole))
        return out
    }
}
