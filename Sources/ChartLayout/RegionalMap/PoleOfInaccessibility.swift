import Drawing

/// The point inside a polygon farthest from its outline, for region labels: a centroid can
/// fall outside a concave region, this cannot.
///
/// Cells of a grid are searched best-first by the distance they could still hold and split
/// in four until no cell can beat the best point by more than `precision` (the idea of
/// Mapbox's polylabel, written afresh).
///
/// ```swift
/// let (centre, distance) = PoleOfInaccessibility.find(rings, precision: 0.5)
/// ```
public enum PoleOfInaccessibility {
    /// The pole and its distance to the outline, in the rings' units; nil for an empty polygon.
    public static func find(_ rings: [[Point]], precision: Double = 0.5) -> (point: Point, distance: Double)? {
        guard let outer = rings.first, outer.count >= 3 else { return nil }
        var b = BoundsStream()
        b.rings([outer])
        guard let box = b.rect else { return nil }
        guard min(box.width, box.height) > 0 else { return (Point(x: box.midX, y: box.midY), 0) }
        // Square cells as wide as the short side, but never more than 100 along the long one:
        // a sliver 1e-6 high would otherwise start with 10^8 cells.
        let size = max(min(box.width, box.height), max(box.width, box.height) / 100)

        struct Cell { var c: Point; var h: Double; var d: Double; var max: Double }
        func cell(_ x: Double, _ y: Double, _ h: Double) -> Cell {
            let d = signedDistance(Point(x: x, y: y), rings)
            return Cell(c: Point(x: x, y: y), h: h, d: d, max: d + h * 2.0.squareRoot())
        }
        // Cells live in an array; a heap keyed by −max gives the most promising one first.
        var cells: [Cell] = []
        var heap = MinHeap()
        func push(_ c: Cell) { cells.append(c); heap.push(-c.max, cells.count - 1) }
        let h = size / 2
        var x = box.minX
        while x < box.maxX {
            var y = box.minY
            while y < box.maxY { push(cell(x + h, y + h, h)); y += size }
            x += size
        }
        var best = cell(box.midX, box.midY, 0)
        // A bound on work keeps a pathological outline from running long.
        while let (_, i) = heap.pop(), cells.count < 20_000 {
            let c = cells[i]
            if c.d > best.d { best = c }
            guard c.max - best.d > precision else { continue }
            let q = c.h / 2
            for (dx, dy) in [(-q, -q), (q, -q), (-q, q), (q, q)] { push(cell(c.c.x + dx, c.c.y + dy, q)) }
        }
        return (best.c, max(0, best.d))
    }

    /// Distance from `p` to the nearest ring edge, negative outside the polygon (even-odd).
    static func signedDistance(_ p: Point, _ rings: [[Point]]) -> Double {
        var inside = false
        var best = Double.infinity
        for ring in rings {
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i], b = ring[j]
                if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
                best = min(best, segmentDistanceSquared(p, a, b))
                j = i
            }
        }
        return (inside ? 1 : -1) * best.squareRoot()
    }

    static func segmentDistanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        var x = a.x, y = a.y
        let dx = b.x - x, dy = b.y - y
        if dx != 0 || dy != 0 {
            let t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy)
            if t > 1 { x = b.x; y = b.y } else if t > 0 { x += dx * t; y += dy * t }
        }
        return (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)
    }
}
