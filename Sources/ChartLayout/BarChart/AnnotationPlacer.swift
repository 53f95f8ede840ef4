#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Drawing

/// Places an annotation's text in free space near its bar and draws a connector to the bar.
///
/// Candidates are tried nearest first: beside the bar's own label, then beside the bars of
/// neighbouring rows (or above neighbouring columns). A candidate is taken only when the text
/// stays inside the plot, touches nothing already drawn, and its connector crosses no other
/// bar or label. When none works the caller turns the annotation into a note.
struct AnnotationPlacer {
    let layout: BarChartLayout
    let plotArea: Rect

    static let gap = 10.0
    static let connectorInset = 3.0
    /// Shorter connectors are left out: the text already sits against its bar.
    static let minimumConnector = 6.0

    func place(_ annotation: Annotation, bars: [BarKey: Rect], occupied: OccupiedBoxes,
               orientation: BarChart.Orientation) -> (items: [FrameItem], boxes: [Rect])? {
        guard let target = bars[BarKey(category: annotation.category, series: annotation.series)] else { return nil }
        let font = layout.theme.font(layout.theme.chartLabelSize, .bold)
        let text = ChartText(measurer: layout.measurer)
        let style = TextStyle(font: font, color: layout.theme.text)
        let probe = text.line(annotation.text, style: style, x: 0, baseline: 0)
        let size = probe.bounds.size
        let others = occupied.boxes.filter { $0 != target }

        for box in candidates(for: target, size: size, bars: bars, occupied: occupied, orientation: orientation) {
            guard plotArea.contains(box), !others.contains(where: { $0.intersects(box.insetBy(dx: -2, dy: -2)) }) else { continue }
            let (from, to) = connector(from: box, to: target, orientation: orientation)
            let blocked = others.contains { !$0.intersects(box) && segment(from, to, crosses: $0) }
            if blocked { continue }
            let line = text.line(annotation.text, style: style, x: box.minX, baseline: box.minY + probe.ascent)
            var items: [FrameItem] = [.text(line)]
            // Text set right against its bar needs no connector; a stub of a line would read as a stray tick.
            if hypot(to.x - from.x, to.y - from.y) >= Self.minimumConnector {
                items.append(.path(PathItem(Path(line: from, to: to), stroke: Stroke(color: layout.theme.mutedText, width: 0.75))))
            }
            return (items, [box])
        }
        return nil
    }

    /// Text boxes to try, nearest to the target first.
    private func candidates(for target: Rect, size: Size, bars: [BarKey: Rect], occupied: OccupiedBoxes,
                            orientation: BarChart.Orientation) -> [Rect] {
        var out: [Rect] = []
        switch orientation {
        case .horizontal:
            // Rows are bands of y, nearest to the target first. In each row: first right-aligned under (or over)
            // the target bar's end, where it reads as a comment on that value; then after whatever the row holds.
            let rows = Self.nearestFirst(bars.values.map { ($0.midY * 10).rounded() / 10 }, to: target.midY)
            for rowY in rows {
                let y = rowY - size.height / 2
                if abs(rowY - target.midY) > 0.5 {
                    out.append(Rect(x: target.maxX - size.width, y: y, width: size.width, height: size.height))
                }
                let band = Rect(x: plotArea.minX, y: y, width: plotArea.width, height: size.height)
                let end = occupied.boxes.filter { $0.intersects(band) }.map(\.maxX).max() ?? target.maxX
                out.append(Rect(x: end + Self.gap, y: y, width: size.width, height: size.height))
            }
        case .vertical:
            // Above the target column, then above neighbouring columns by distance.
            let columns = Self.nearestFirst(bars.values.map { ($0.midX * 10).rounded() / 10 }, to: target.midX)
            for colX in columns {
                let band = Rect(x: colX - size.width / 2, y: plotArea.minY, width: size.width, height: plotArea.height)
                let top = occupied.boxes.filter { $0.intersects(band) }.map(\.minY).min() ?? target.minY
                out.append(Rect(x: colX - size.width / 2, y: top - Self.gap - size.height, width: size.width, height: size.height))
            }
        }
        return out
    }

    /// The distinct `positions`, nearest to `target` first; of two as near, the smaller (the row
    /// above, the column to the left) first. Without that tie-break the order came from a Set's,
    /// which changes from one process to the next, and so did where an annotation landed.
    static func nearestFirst(_ positions: [Double], to target: Double) -> [Double] {
        Set(positions).sorted { (abs($0 - target), $0) < (abs($1 - target), $1) }
    }

    /// A connector from the text box's nearest edge to the bar, stopping short of both.
    private func connector(from box: Rect, to bar: Rect, orientation: BarChart.Orientation) -> (Point, Point) {
        switch orientation {
        case .horizontal:
            if box.maxY <= bar.minY || box.minY >= bar.maxY {
                // Another row: vertical connector to the bar's nearest horizontal edge, under the text's start.
                let x = min(max(box.minX + 4, bar.minX + 2), bar.maxX - 2)
                let fromY = box.minY >= bar.maxY ? box.minY - Self.connectorInset : box.maxY + Self.connectorInset
                let toY = box.minY >= bar.maxY ? bar.maxY + Self.connectorInset : bar.minY - Self.connectorInset
                return (Point(x: x, y: fromY), Point(x: x, y: toY))
            }
            return (Point(x: box.minX - Self.connectorInset, y: box.midY), Point(x: bar.maxX + Self.connectorInset, y: bar.midY))
        case .vertical:
            let y = box.maxY + Self.connectorInset
            return (Point(x: box.midX, y: y), Point(x: bar.midX, y: bar.minY - Self.connectorInset))
        }
    }

    /// True when the segment p→q passes through the rectangle (Liang–Barsky clipping).
    private func segment(_ p: Point, _ q: Point, crosses r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = q.x - p.x, dy = q.y - p.y
        for (edgeP, edgeQ) in [(-dx, p.x - r.minX), (dx, r.maxX - p.x), (-dy, p.y - r.minY), (dy, r.maxY - p.y)] {
            if edgeP == 0 { if edgeQ < 0 { return false } else { continue } }
            let t = edgeQ / edgeP
            if edgeP < 0 { if t > t1 { return false }; t0 = max(t0, t) } else { if t < t0 { return false }; t1 = min(t1, t) }
        }
        return t0 < t1
    }
}

