import Drawing

/// Visvalingam–Whyatt simplification in output units, applied once per shared border so
/// that neighbouring regions keep identical edges: no gaps, no slivers.
///
/// Rings are cut into arcs at junctions, the vertices where the set of rings passing through
/// changes; an arc met twice (once in each neighbour, in either direction) is simplified once
/// and reused. A vertex goes when the triangle it makes with its neighbours is smaller than
/// `minimumArea` (pt²); arc ends never go.
///
/// ```swift
/// let simplified = SharedArcSimplifier(minimumArea: 0.5).simplify(projectedFeatures)
/// ```
public struct SharedArcSimplifier {
    public var minimumArea: Double
    /// Creates a simplifier; 0.5 pt² removes detail no reader can see at print size.
    public init(minimumArea: Double) { self.minimumArea = minimumArea }

    /// Simplifies features given as polygons of rings (the shape ``Projection/project(_:)`` returns).
    /// Rings that would fall below three vertices keep their original shape, and so do the
    /// borders their neighbours share with them.
    public func simplify(_ features: [[[[Point]]]]) -> [[[[Point]]]] {
        // Which rings pass through each vertex.
        var ringsAt: [Point: [Int]] = [:]
        var ringID = 0
        for f in features { for polygon in f { for ring in polygon {
            for p in ring where ringsAt[p]?.last != ringID { ringsAt[p, default: []].append(ringID) }
            ringID += 1
        } } }
        // A vertex is also a junction where its neighbours differ between the rings through it
        // (a border leaves the coast there, or a small region is wholly enclosed).
        var neighbours: [Point: Set<Point>] = [:]
        var junctions = Set<Point>()
        for f in features { for polygon in f { for ring in polygon where ring.count > 2 {
            let n = ring.count
            for i in 0..<n {
                let pair: Set<Point> = [ring[(i + n - 1) % n], ring[(i + 1) % n]]
                if let seen = neighbours[ring[i]] { if seen != pair { junctions.insert(ring[i]) } } else { neighbours[ring[i]] = pair }
            }
        } } }
        // A ring that would collapse keeps its arcs whole, in every ring that shares them; that
        // can only grow the frozen set, so a few passes settle it.
        var frozen = Set<ArcKey>()
        while true {
            var cache: [ArcKey: [Point]] = [:]
            var collapsed = Set<ArcKey>()
            let out = features.map { f in
                f.map { polygon in
                    polygon.map { ring -> [Point] in
                        var keys: [ArcKey] = []
                        let s = simplifyRing(ring, ringsAt: ringsAt, junctions: junctions, cache: &cache, frozen: frozen, keys: &keys)
                        if s.count < 3 { collapsed.formUnion(keys) }
                        return s.count >= 3 ? s : ring
                    }
                }
            }
            if collapsed.isSubset(of: frozen) { return out }
            frozen.formUnion(collapsed)
        }
    }

    struct ArcKey: Hashable { let points: [Point] }

    func simplifyRing(_ ring: [Point], ringsAt: [Point: [Int]], junctions: Set<Point>, cache: inout [ArcKey: [Point]], frozen: Set<ArcKey>,
                      keys: inout [ArcKey]) -> [Point] {
        let n = ring.count
        guard n > 3 else { return ring }
        func isJunction(_ i: Int) -> Bool {
            if junctions.contains(ring[i]) { return true }
            let here = ringsAt[ring[i]] ?? []
            return here.count > 2 || here != (ringsAt[ring[(i + n - 1) % n]] ?? []) || here != (ringsAt[ring[(i + 1) % n]] ?? [])
        }
        var cuts = (0..<n).filter(isJunction)
        if cuts.isEmpty {
            // A ring touching no other, or wholly shared (an enclave): start at its smallest vertex
            // so both copies cut it at the same place.
            let start = ring.indices.min { less(ring[$0], ring[$1]) }!
            cuts = [start]
        }
        var out: [Point] = []
        for (k, start) in cuts.enumerated() {
            let end = k + 1 < cuts.count ? cuts[k + 1] : cuts[0] + n
            var arc: [Point] = []
            for i in start...end { arc.append(ring[i % n]) }
            out += canonicalSimplified(arc, cache: &cache, frozen: frozen, keys: &keys).dropLast()
        }
        return out
    }

    /// The arc simplified in a direction both neighbours agree on, then turned back.
    func canonicalSimplified(_ arc: [Point], cache: inout [ArcKey: [Point]], frozen: Set<ArcKey>, keys: inout [ArcKey]) -> [Point] {
        let reversed = Array(arc.reversed())
        let forward = !lexLess(reversed, arc)
        let key = ArcKey(points: forward ? arc : reversed)
        keys.append(key)
        let simplified: [Point]
        if let hit = cache[key] { simplified = hit } else {
            simplified = frozen.contains(key) ? key.points : visvalingam(key.points)
            cache[key] = simplified
        }
        return forward ? simplified : simplified.reversed()
    }

    func less(_ a: Point, _ b: Point) -> Bool { a.x != b.x ? a.x < b.x : a.y < b.y }
    func lexLess(_ a: [Point], _ b: [Point]) -> Bool {
        for (p, q) in zip(a, b) where p != q { return less(p, q) }
        return false
    }

    /// Visvalingam–Whyatt on an open polyline; the ends stay.
    func visvalingam(_ line: [Point]) -> [Point] {
        let n = line.count
        guard n > 2 else { return line }
        var prev = Array(-1..<(n - 1)), next = Array(1...n)
        var area = [Double](repeating: .infinity, count: n)
        func triangle(_ i: Int) -> Double {
            let a = line[prev[i]], b = line[i], c = line[next[i]]
            return abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2
        }
        var heap = MinHeap()
        for i in 1..<(n - 1) { area[i] = triangle(i); heap.push(area[i], i) }
        var removed = [Bool](repeating: false, count: n)
        var floor = 0.0
        while let (a, i) = heap.pop() {
            if removed[i] || a != area[i] { continue }
            if a >= minimumArea { break }
            floor = max(floor, a)
            removed[i] = true
            let p = prev[i], q = next[i]
            next[p] = q; prev[q] = p
            // Neighbours' areas never drop below the one just removed, so the order stays monotone.
            for j in [p, q] where j > 0 && j < n - 1 {
                area[j] = max(triangle(j), floor); heap.push(area[j], j)
            }
        }
        return line.indices.filter { !removed[$0] }.map { line[$0] }
    }
}

/// A binary min-heap of (key, index) pairs.
struct MinHeap {
    private var items: [(Double, Int)] = []
    mutating func push(_ key: Double, _ value: Int) {
        items.append((key, value))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i].0 < items[parent].0 else { break }
            items.swapAt(i, parent); i = parent
        }
    }
    mutating func pop() -> (Double, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count && items[l].0 < items[m].0 { m = l }
            if r < items.count && items[r].0 < items[m].0 { m = r }
            if m == i { break }
            items.swapAt(i, m); i = m
        }
        return top
    }
}
