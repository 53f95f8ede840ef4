import Drawing

/// Plane geometry the placers share.
enum Geometry2D {
    /// True when the segment p→q passes through the rectangle (Liang–Barsky clipping).
    static func segment(_ p: Point, _ q: Point, crosses r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = q.x - p.x, dy = q.y - p.y
        for (edgeP, edgeQ) in [(-dx, p.x - r.minX), (dx, r.maxX - p.x), (-dy, p.y - r.minY), (dy, r.maxY - p.y)] {
            if edgeP == 0 { if edgeQ < 0 { return false } else { continue } }
            let t = edgeQ / edgeP
            if edgeP < 0 { if t > t1 { return false }; t0 = max(t0, t) } else { if t < t0 { return false }; t1 = min(t1, t) }
        }
        return t0 < t1
    }

    /// True when segments a1→a2 and b1→b2 cross or touch.
    static func segments(_ a1: Point, _ a2: Point, cross b1: Point, _ b2: Point) -> Bool {
        func orient(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = orient(b1, b2, a1), d2 = orient(b1, b2, a2), d3 = orient(a1, a2, b1), d4 = orient(a1, a2, b2)
        return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0))
    }
}
