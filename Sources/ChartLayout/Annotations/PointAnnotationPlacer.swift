#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Drawing

/// Places a note near a point of a line, with a leader to it: the nearest of a ring of
/// candidate boxes (above right first) that stays inside the plot, touches no text, crosses no
/// line, and whose leader crosses no text.
///
/// ``AnnotationPlacer`` slides notes along bands beyond a bar's end; a point on a line has no
/// end, and lines leave it every way, so the free places lie around it, not along it.
///
/// ```swift
/// let placer = PointAnnotationPlacer(theme: theme, measurer: measurer, area: plot)
/// if let placed = placer.place("사상 최대", at: point, avoiding: obstacles) { items += placed.items }
/// ```
struct PointAnnotationPlacer {
    let theme: Theme
    let measurer: any TextMeasuring
    /// Where notes may go: the plot.
    let area: Rect

    /// What a note must keep clear of.
    struct Obstacles {
        var boxes: [Rect]
        var segments: [Segment]
    }

    /// A placed note: its lines and leader, the boxes it takes, its leader as a segment.
    struct Placed {
        var items: [FrameItem]
        var boxes: [Rect]
        var leaders: [Segment]
    }

    /// Distances tried from the point, nearest first.
    static let distances = [14.0, 24.0, 38.0, 56.0, 80.0]
    /// Directions tried at each distance: above right first (where Western and Korean readers look next), then around.
    static let directions: [(Double, Double)] = [(1, -1), (-1, -1), (1, 1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0)]
    /// Gaps between a leader's ends and the text box and the point.
    static let inset = 3.0

    func place(_ note: String, at target: Point, avoiding obstacles: Obstacles) -> Placed? {
        let font = theme.font(theme.chartLabelSize)
        let lineHeight = (theme.chartLabelSize * 1.3).rounded()
        let maxWidth = max(60, min(area.width * 0.3, 180))
        let block = TextLayouter(measurer: measurer).layout([TextSpan(note, style: TextStyle(font: font, color: theme.text))],
                                                            width: maxWidth, style: ParagraphStyle(lineHeight: lineHeight, maxLines: 3))
        guard !block.truncated else { return nil }
        let size = Size(width: block.naturalWidth, height: block.height)
        // Segments that end at the target are its own line: the leader meets them there by design.
        let lines = obstacles.segments.filter { !$0.touches(target, within: 4) }
        for d in Self.distances {
            for (dx, dy) in Self.directions {
                let box = Self.box(size, at: target, direction: (dx, dy), distance: d)
                guard area.contains(box) else { continue }
                let grown = box.insetBy(dx: -2, dy: -2)
                guard !obstacles.boxes.contains(where: { $0.intersects(grown) }),
                      !obstacles.segments.contains(where: { $0.crosses(grown) }) else { continue }
                let leader = Self.leader(from: box, to: target)
                guard !obstacles.boxes.contains(where: { leader.crosses($0) }), !lines.contains(where: { leader.intersects($0) }) else { continue }
                var items = block.items(at: box.origin)
                items.append(.path(PathItem(Path(line: leader.a, to: leader.b), stroke: Stroke(color: theme.mutedText, width: 0.75))))
                return Placed(items: items, boxes: [box], leaders: [leader])
            }
        }
        return nil
    }

    /// The box of `size` whose nearest side or corner lies `distance` from `target` in `direction`.
    static func box(_ size: Size, at target: Point, direction: (Double, Double), distance: Double) -> Rect {
        let (dx, dy) = direction
        let diagonal = dx != 0 && dy != 0 ? distance / 2.0.squareRoot() : distance
        let cx = target.x + dx * diagonal, cy = target.y + dy * diagonal
        let x = dx > 0 ? cx : dx < 0 ? cx - size.width : cx - size.width / 2
        let y = dy > 0 ? cy : dy < 0 ? cy - size.height : cy - size.height / 2
        return Rect(x: x, y: y, width: size.width, height: size.height)
    }

    /// A leader from just outside the box's nearest point to just short of the target.
    static func leader(from box: Rect, to target: Point) -> Segment {
        let nearest = Point(x: min(max(target.x, box.minX), box.maxX), y: min(max(target.y, box.minY), box.maxY))
        let dx = target.x - nearest.x, dy = target.y - nearest.y
        let length = max(hypot(dx, dy), 1e-9)
        let (ux, uy) = (dx / length, dy / length)
        return Segment(Point(x: nearest.x + ux * inset, y: nearest.y + uy * inset), Point(x: target.x - ux * inset, y: target.y - uy * inset))
    }
}
