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
        // Per vertex, in one table: which rings pass through it, and whether it is a junction.
        // Kept inline (no array or set per vertex): a million-vertex boundary file made 200 MB
        // of small allocations here.
        var vertices: [Point: Vertex] = [:]
        vertices.reserveCapacity(features.reduce(0) { $0 + $1.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } })
        var ringID: Int32 = 0
        for f in features { for polygon in f { for ring in polygon {
            for p in ring { vertices[p, default: Vertex()].rings.add(ringID) }
            ringID += 1
        } } }
        // A vertex is also a junction where its neighbours differ between the rings through it
        // (a border leaves the coast there, or a small region is wholly enclosed).
        for f in features { for polygon in f { for ring in polygon where ring.count > 2 {
            let n = ring.count
            for i in 0..<n {
                let pair = NeighbourPair(ring[(i + n - 1) % n], ring[(i + 1) % n])
                vertices[ring[i], default: Vertex()].meet(pair)
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
                        let s = simplifyRing(ring, vertices: vertices, cache: &cache, frozen: frozen, keys: &keys)
                        if s.count < 3 { collapsed.formUnion(keys) }
                        return s.count >= 3 ? s : ring
                    }
                }
            }
            if collapsed.isSubset(of: frozen) { return out }
            frozen.formUnion(collapsed)
        }
    }

    /// What the simplifier knows of one vertex.
    struct Vertex {
        var rings = RingsThrough()
        var neighbours: NeighbourPair?
        var isJunction = false

        /// Records the neighbours one ring gives this vertex; a second, different pair makes it a junction.
        mutating func meet(_ pair: NeighbourPair) {
            if let seen = neighbours { if seen != pair { isJunction = true } } else { neighbours = pair }
        }
    }

    /// The rings through a vertex as a set: the first two ids, and whether more pass.
    /// Two vertices with equal values have the same rings unless both have more than two,
    /// and such vertices are junctions anyway.
    struct RingsThrough: Equatable {
        var first: Int32 = -1, second: Int32 = -1
        var more = false
        var count: Int { more ? 3 : second >= 0 ? 2 : first >= 0 ? 1 : 0 }

        /// Adds ring `id`; rings are numbered in the order they are visited, so ids arrive ascending.
        mutating func add(_ id: Int32) {
            if id == first || id == second { return }
            if first < 0 { first = id } else if second < 0 { second = id } else { more = true }
        }
    }

    /// A vertex's two neighbours along a ring, in either direction (so as an ordered pair).
    struct NeighbourPair: Equatable {
        let a: Point, b: Point
        init(_ p: Point, _ q: Point) {
            (a, b) = p.x < q.x || (p.x == q.x && p.y <= q.y) ? (p, q) : (q, p)
        }
    }

    struct ArcKey: Hashable { let points: [Point] }

    func simplifyRing(_ ring: [Point], vertices: [Point: Vertex], cache: inout [ArcKey: [Point]], frozen: Set<ArcKey>,
                      keys: inout [ArcKey]) -> [Point] {
        let n = ring.count
        guard n > 3 else { return ring }
        let info = ring.map { vertices[$0] ?? Vertex() }
        func isJunction(_ i: Int) -> Bool {
            let here = info[i]
            if here.isJunction { return true }
            return here.rings.count > 2 || here.rings != info[(i + n - 1) % n].rings || here.rings != info[(i + 1) % n].rings
        }
        var cuts = (0..<n).filter(isJunction)
        if cuts.isEmpty {
            // A ring touching no other, or wholly shared (an enclave): start at its smallest vertex
            // so both copies cut it at the same place.
            var start = 0
            for i in ring.indices.dropFirst() where less(ring[i], ring[start]) { start = i }
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
