import Drawing

extension Segment {
    /// True when the segment passes through the interior of `r` (Liang–Barsky clipping);
    /// running along an edge or stopping short of it does not count.
    public func crosses(_ r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 {
                if t > t1 { return false }
                t0 = Swift.max(t0, t)
            } else {
                if t < t0 { return false }
                t1 = Swift.min(t1, t)
            }
        }
        return t0 < t1
    }

    /// True when the two segments meet, ends included.
    public func intersects(_ other: Segment) -> Bool {
        func orient(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        func within(_ p: Point, _ q: Point, _ r: Point) -> Bool {
            Swift.min(p.x, q.x) - 1e-9 <= r.x && r.x <= Swift.max(p.x, q.x) + 1e-9
                && Swift.min(p.y, q.y) - 1e-9 <= r.y && r.y <= Swift.max(p.y, q.y) + 1e-9
        }
        let d1 = orient(other.a, other.b, a), d2 = orient(other.a, other.b, b)
        let d3 = orient(a, b, other.a), d4 = orient(a, b, other.b)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
        if d1 == 0 && within(other.a, other.b, a) { return true }
        if d2 == 0 && within(other.a, other.b, b) { return true }
        if d3 == 0 && within(a, b, other.a) { return true }
        if d4 == 0 && within(a, b, other.b) { return true }
        return false
    }

    /// The box around the segment.
    var bounds: Rect {
        Rect(x: Swift.min(a.x, b.x), y: Swift.min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }
}
