import Drawing

/// Places point labels by the classic eight candidate positions, in the order cartographers
/// prefer (Yoeli; Slocum et al.): upper right, lower right, upper left, lower left, upper
/// centre, lower centre, centre right, centre left. Greedy by priority: the first candidate
/// that clears every box already taken and stays inside `bounds` wins; a label with none is
/// dropped and named in the result.
///
/// ```swift
/// var placer = PointLabelPlacer(bounds: mapArea, occupied: symbolBoxes)
/// let box = placer.place(size: Size(width: 30, height: 12), around: point, radius: 6, gap: 3)
/// ```
struct PointLabelPlacer {
    /// A circle labels must not cover (a symbol).
    struct Circle { var center: Point; var radius: Double }
    /// The eight positions as unit offsets of the label's centre from the point, in preference order.
    static let candidates: [(dx: Double, dy: Double)] = [
        (1, -1), (1, 1), (-1, -1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0),
    ]
    let bounds: Rect
    var occupied: [Rect]
    var circles: [Circle] = []

    /// The label's box at the first free candidate, which is then taken; nil when none is free.
    /// Boxes no label may enter unless it belongs there (inset frames).
    var blocked: [Rect] = []

    /// `within` replaces `bounds` for a point drawn inside an inset box, whose own block is then lifted.
    mutating func place(size: Size, around p: Point, radius: Double, gap: Double, within: Rect? = nil) -> Rect? {
        let limit = within ?? bounds
        let reach = radius + gap
        for (dx, dy) in Self.candidates {
            // Diagonal candidates touch the circle's bounding square at a corner, at 45°.
            let r = dx != 0 && dy != 0 ? reach * 0.7071 : reach
            let x = dx > 0 ? p.x + r : dx < 0 ? p.x - r - size.width : p.x - size.width / 2
            let y = dy > 0 ? p.y + r : dy < 0 ? p.y - r - size.height : p.y - size.height / 2
            let box = Rect(x: x, y: y, width: size.width, height: size.height)
            guard limit.contains(box), !occupied.contains(where: { $0.intersects(box) }),
                  !blocked.contains(where: { $0 != within && $0.intersects(box) }),
                  !circles.contains(where: { Self.overlaps($0, box) }) else { continue }
            occupied.append(box)
            return box
        }
        return nil
    }

    /// True when the circle and the box share interior area (touching does not count).
    static func overlaps(_ c: Circle, _ r: Rect) -> Bool {
        let nx = min(max(c.center.x, r.minX), r.maxX), ny = min(max(c.center.y, r.minY), r.maxY)
        let dx = c.center.x - nx, dy = c.center.y - ny
        return dx * dx + dy * dy < c.radius * c.radius - 1e-9
    }
}
