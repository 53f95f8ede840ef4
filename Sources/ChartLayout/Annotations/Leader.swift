import Drawing

/// Routes a leader line from an annotation's text to its target: straight where the two face
/// each other, else with one elbow, else straight on a slant; it starts beside a line of text,
/// stops short of the target, and crosses no obstacle.
struct Leader {
    let style: AnnotationStyle

    /// A route: its points, text end first, and its length.
    struct Route { var points: [Point]; var length: Double }

    /// The shortest clear route from the text in `box` (its set `lines`) to the target, or nil.
    func route(from box: Rect, lines: [Rect], to target: AnnotationTarget, obstacles: AnnotationObstacles, area: Rect) -> Route? {
        let t = target.rect
        let inset = style.leaderInset
        var options: [(points: [Point], penalty: Double)] = []
        // Where on the target a leader prefers to land: near the value end, where the number is.
        let endX: Double, endY: Double
        switch target.end {
        case .right: endX = t.maxX - min(inset, t.width / 2); endY = t.midY
        case .left: endX = t.minX + min(inset, t.width / 2); endY = t.midY
        case .top: endX = t.midX; endY = t.minY + min(inset, t.height / 2)
        case .bottom: endX = t.midX; endY = t.maxY - min(inset, t.height / 2)
        case nil: endX = t.midX; endY = t.midY
        }

        // Straight up or down, where text and target share some x.
        if box.maxY <= t.minY || box.minY >= t.maxY {
            let below = box.minY >= t.maxY
            if let line = below ? lines.first : lines.last {
                let lo = max(line.minX, t.minX), hi = min(line.maxX, t.maxX)
                if lo <= hi {
                    let x = min(max(endX, lo), hi)
                    let from = Point(x: x, y: below ? line.minY - inset : line.maxY + inset)
                    let to = Point(x: x, y: below ? t.maxY + inset : t.minY - inset)
                    options.append(([from, to], 0))
                }
            }
        }
        // Straight across, where they share some y: from the side of a line that faces the target.
        if box.maxX <= t.minX || box.minX >= t.maxX {
            let right = box.minX >= t.maxX
            for line in lines where right ? true : line.maxX >= box.maxX - 0.5 {
                let lo = max(line.minY, t.minY), hi = min(line.maxY, t.maxY)
                guard lo <= hi else { continue }
                let y = min(max(endY, lo), hi)
                options.append(([Point(x: right ? line.minX - inset : line.maxX + inset, y: y),
                                 Point(x: right ? t.maxX + inset : t.minX - inset, y: y)], 0))
                break
            }
        }
        // One elbow: out of the text's side, then down or up onto the target's near edge.
        if box.maxY <= t.minY || box.minY >= t.maxY {
            let below = box.minY >= t.maxY
            for line in lines {
                let y = line.midY
                let toY = below ? t.maxY + inset : t.minY - inset
                if endX >= box.maxX + 2 * inset, line.maxX >= box.maxX - 0.5 {
                    options.append(([Point(x: line.maxX + inset, y: y), Point(x: endX, y: y), Point(x: endX, y: toY)], Self.elbowPenalty))
                }
                if endX <= box.minX - 2 * inset {
                    options.append(([Point(x: line.minX - inset, y: y), Point(x: endX, y: y), Point(x: endX, y: toY)], Self.elbowPenalty))
                }
            }
        }
        // One elbow: out of the text's top or bottom, then across onto the target's near side.
        if box.maxX <= t.minX || box.minX >= t.maxX, let line = endY < box.midY ? lines.first : lines.last {
            let right = box.minX >= t.maxX
            let x = right ? line.minX + min(inset, line.width / 2) : line.maxX - min(inset, line.width / 2)
            let fromY = endY < box.midY ? line.minY - inset : line.maxY + inset
            let toX = right ? t.maxX + inset : t.minX - inset
            if abs(endY - fromY) >= inset {
                options.append(([Point(x: x, y: fromY), Point(x: x, y: endY), Point(x: toX, y: endY)], Self.elbowPenalty))
            }
        }
        // On a slant, between the nearest points of a line and the target.
        if let line = lines.min(by: { $0.distance(to: t) < $1.distance(to: t) }) {
            let p = Self.nearest(in: line, to: Point(x: endX, y: endY))
            let q = Self.nearest(in: t, to: p)
            let d = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
            if d > 2 * inset {
                let ux = (q.x - p.x) / d, uy = (q.y - p.y) / d
                options.append(([Point(x: p.x + ux * inset, y: p.y + uy * inset), Point(x: q.x - ux * inset, y: q.y - uy * inset)],
                                Self.slantPenalty))
            }
        }

        // Never onto a bar's base, by the zero line, where it would point at no value.
        let base: (Point) -> Bool
        switch target.end {
        case .right: base = { $0.x < t.minX }
        case .left: base = { $0.x > t.maxX }
        case .top: base = { $0.y > t.maxY }
        case .bottom: base = { $0.y < t.minY }
        case nil: base = { _ in false }
        }
        var best: Route?
        var bestCost = Double.infinity
        for option in options where !(option.points.last.map(base) ?? true) {
            let segments = (1..<option.points.count).map { Segment(option.points[$0 - 1], option.points[$0]) }
            let length = segments.reduce(0) { $0 + $1.length }
            guard length >= style.minimumLeader, clear(segments, box: lines, target: t, obstacles: obstacles, area: area) else { continue }
            let cost = length + option.penalty
            if cost < bestCost - 1e-9 { best = Route(points: option.points, length: length); bestCost = cost }
        }
        return best
    }

    static let elbowPenalty = 4.0, slantPenalty = 2.0

    /// Whether the segments stay in the area and cross no obstacle, no line of their own text and not the target.
    private func clear(_ segments: [Segment], box lines: [Rect], target: Rect, obstacles: AnnotationObstacles, area: Rect) -> Bool {
        for s in segments {
            guard area.contains(s.bounds) else { return false }
            if s.crosses(target) || lines.contains(where: { s.crosses($0) }) { return false }
            // Grown by a point: a leader grazing a box's edge reads as touching it.
            if obstacles.rects.contains(where: { s.crosses($0.insetBy(dx: -1, dy: -1)) }) { return false }
            if obstacles.segments.contains(where: { s.intersects($0) }) { return false }
        }
        return true
    }

    /// The point of `r` nearest to `p`.
    static func nearest(in r: Rect, to p: Point) -> Point {
        Point(x: min(max(p.x, r.minX), r.maxX), y: min(max(p.y, r.minY), r.maxY))
    }
}
