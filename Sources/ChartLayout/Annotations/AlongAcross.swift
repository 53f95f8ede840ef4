import Drawing

/// Coordinates turned so that a target's end always faces "forward": `along` grows in the
/// direction the end faces, `across` runs over the target's band. One candidate generator then
/// serves bars growing either way, columns, and points.
struct AlongAcross {
    let end: AnnotationTarget.Side

    var isHorizontal: Bool { end == .left || end == .right }

    /// A rectangle's extent along the end's direction, smaller first.
    func along(_ r: Rect) -> (Double, Double) {
        switch end {
        case .right: return (r.minX, r.maxX)
        case .left: return (-r.maxX, -r.minX)
        case .bottom: return (r.minY, r.maxY)
        case .top: return (-r.maxY, -r.minY)
        }
    }

    /// A rectangle's extent across the end's direction, smaller first.
    func across(_ r: Rect) -> (Double, Double) { isHorizontal ? (r.minY, r.maxY) : (r.minX, r.maxX) }

    /// The rectangle with these extents.
    func rect(along a: (Double, Double), across c: (Double, Double)) -> Rect {
        switch end {
        case .right: return Rect(x: a.0, y: c.0, width: a.1 - a.0, height: c.1 - c.0)
        case .left: return Rect(x: -a.1, y: c.0, width: a.1 - a.0, height: c.1 - c.0)
        case .bottom: return Rect(x: c.0, y: a.0, width: c.1 - c.0, height: a.1 - a.0)
        case .top: return Rect(x: c.0, y: -a.1, width: c.1 - c.0, height: a.1 - a.0)
        }
    }

    /// A size as (along, across) lengths.
    func lengths(_ s: Size) -> (Double, Double) { isHorizontal ? (s.width, s.height) : (s.height, s.width) }
}

/// Slides a box along a band to the first place where it touches no obstacle.
struct Sweep {
    /// Obstacles as (along, across) extents, grown by the clearance.
    private let spans: [(along: (Double, Double), across: (Double, Double))]

    init(axes: AlongAcross, obstacles: AnnotationObstacles, clearance: Double) {
        let boxes = obstacles.rects + obstacles.segments.map(\.bounds)
        spans = boxes.map { r in
            let a = axes.along(r), c = axes.across(r)
            return ((a.0 - clearance, a.1 + clearance), (c.0 - clearance, c.1 + clearance))
        }
    }

    /// The first start, from `start` onwards (or backwards), where a box `length` long on the
    /// band `across` is clear of every obstacle and inside `limit`; nil when there is none.
    func first(from start: Double, length: Double, across: (Double, Double), forward: Bool, limit: (Double, Double)) -> Double? {
        let inBand = spans.filter { $0.across.0 < across.1 && $0.across.1 > across.0 }.map(\.along)
        var p = start
        // Each step moves past one obstacle and never back: at most one step per obstacle.
        for _ in 0...inBand.count {
            guard p >= limit.0 - 1e-9, p + length <= limit.1 + 1e-9 else { return nil }
            guard let hit = inBand.first(where: { $0.0 < p + length && $0.1 > p }) else { return p }
            p = forward ? hit.1 : hit.0 - length
        }
        return nil
    }
}
