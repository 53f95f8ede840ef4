#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Drawing
import Testing
import TestSupport
@testable import ChartLayout

/// The two canvases a chart is laid out on: a report column (height from content) and a slide.
struct Canvas: Sendable, CustomTestStringConvertible {
    var width: Double
    var height: Double?
    static let column = Canvas(width: 475, height: nil)
    static let slide = Canvas(width: 960, height: 540)
    static let both = [column, slide]
    var testDescription: String { height.map { "\(Int(width))×\(Int($0))" } ?? "\(Int(width)) wide" }
}

/// Reads bar-chart frames back as bars, swatches, rules and text, for Frame-level tests.
enum BarFrame {
    static let theme = Theme.standard

    static func layout(_ chart: BarChart, on canvas: Canvas = .column) -> Frame {
        let engine = BarChartLayout(theme: theme, measurer: FixedAdvanceMeasurer())
        if let height = canvas.height { return engine.layout(chart, width: canvas.width, height: height) }
        return engine.layout(chart, width: canvas.width)
    }

    /// Every item in drawing order (groups flattened), text and paths alike.
    static func drawingOrder(_ frame: Frame) -> [FrameItem] {
        var out: [FrameItem] = []
        Frame.walk(frame.items, offset: .zero) { item, _ in
            if case .group = item { return }
            out.append(item)
        }
        return out
    }

    /// Legend swatches: filled squares set just left of a text line and centred on it.
    static func swatches(_ frame: Frame) -> [(rect: Rect, fill: Color, name: String)] {
        let texts = frame.textLines
        return frame.pathBounds.compactMap { p in
            guard let fill = p.item.fill, p.bounds.width == 9, p.bounds.height == 9 else { return nil }
            guard let name = texts.first(where: { abs($0.bounds.minX - (p.bounds.maxX + 4)) < 1e-9
                && abs($0.bounds.midY - p.bounds.midY) < 1e-9 }) else { return nil }
            return (p.bounds, fill, name.text)
        }
    }

    /// Filled rectangles that are not legend swatches: the bars and stack segments, in drawing order.
    static func bars(_ frame: Frame) -> [(rect: Rect, fill: Color)] {
        let keys = Set(swatches(frame).map(\.rect))
        return frame.pathBounds.compactMap { p in
            guard let fill = p.item.fill, !keys.contains(p.bounds) else { return nil }
            return (p.bounds, fill)
        }
    }

    /// The bars of each category, matched to the category's label by position, in the order they run across the band.
    static func byCategory(_ frame: Frame, _ categories: [String], _ orientation: BarChart.Orientation) throws
        -> [[(rect: Rect, fill: Color)]] {
        let labels = try categories.map { try #require(text($0, in: frame)) }
        let horizontal = orientation == .horizontal
        func centre(_ r: Rect) -> Double { horizontal ? r.midY : r.midX }
        let step = abs(centre(labels[1].bounds) - centre(labels[0].bounds))
        return labels.map { label in
            bars(frame).filter { abs(centre($0.rect) - centre(label.bounds)) < step / 2 }
                .sorted { horizontal ? $0.rect.minY < $1.rect.minY : $0.rect.minX < $1.rect.minX }
        }
    }

    /// Tick labels: muted text at the label size, other than the not-available word.
    static func tickLabels(_ frame: Frame, notAvailable: String = ChartLabels.korean.notAvailable) -> [TextLine] {
        frame.textLines.filter {
            $0.spans[0].style.color == theme.mutedText && $0.spans[0].style.font.size == theme.chartLabelSize && $0.text != notAvailable
        }
    }

    /// A plain or percent label read back as a number: "1,000" → 1000, "20%" → 0.2, "−30" → −30.
    static func number(_ label: String) -> Double? {
        var s = String(label.filter { $0 != "," }.map { $0 == "\u{2212}" ? "-" : $0 })
        var scale = 1.0
        if s.hasSuffix("%") { s.removeLast(); scale = 0.01 }
        return Double(s).map { $0 * scale }
    }

    /// True when `step` is 1, 2 or 5 times a power of ten.
    static func isNiceStep(_ step: Double) -> Bool {
        guard step > 0, step.isFinite else { return false }
        let p = (log10(step)).rounded(.down)
        let m = step / pow(10, p)
        return [1.0, 2, 5, 10].contains { abs(m - $0) < 1e-9 }
    }

    /// Stroked paths of one colour, e.g. the grid or the zero line.
    static func strokes(_ frame: Frame, color: Color) -> [Rect] {
        frame.pathBounds.filter { $0.item.stroke?.color == color && $0.item.stroke?.dash.isEmpty == true }.map(\.bounds)
    }
    static func gridlines(_ frame: Frame) -> [Rect] { strokes(frame, color: theme.grid) }
    static func zeroLines(_ frame: Frame) -> [Rect] { strokes(frame, color: theme.rule) }
    static func connectors(_ frame: Frame) -> [PathItem] {
        drawingOrder(frame).compactMap { if case .path(let p) = $0, p.stroke?.color == theme.mutedText { return p } else { return nil } }
    }
    static func dashed(_ frame: Frame) -> [(item: PathItem, bounds: Rect)] {
        frame.pathBounds.filter { $0.item.stroke.map { !$0.dash.isEmpty } ?? false }
    }

    static func text(_ s: String, in frame: Frame) -> TextLine? { frame.textLines.first { $0.text == s } }

    /// Every text box and path inside the frame, and no two text boxes overlapping.
    static func expectTidy(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        let page = Rect(origin: .zero, size: frame.size)
        for t in frame.textLines {
            #expect(page.contains(t.bounds), "'\(t.text)' leaves the frame: \(t.bounds)", sourceLocation: sourceLocation)
        }
        for p in frame.pathBounds {
            let painted = paintedBounds(p.item, p.bounds)
            #expect(page.contains(painted), "a path leaves the frame: \(painted)", sourceLocation: sourceLocation)
        }
        let overlaps = overlappingTexts(frame)
        #expect(overlaps.isEmpty, "overlapping text: \(overlaps.prefix(5))", sourceLocation: sourceLocation)
    }

    /// What a path actually paints: a butt-capped horizontal or vertical line widens only across its length
    /// (`pathBounds` grows every side by half the stroke width).
    static func paintedBounds(_ item: PathItem, _ bounds: Rect) -> Rect {
        guard let stroke = item.stroke, stroke.cap == .butt, item.fill == nil, let (a, b) = ends(item.path) else { return bounds }
        let half = stroke.width / 2
        if a.y == b.y { return bounds.insetBy(dx: half, dy: 0) }
        if a.x == b.x { return bounds.insetBy(dx: 0, dy: half) }
        return bounds
    }

    /// Pairs of text lines whose boxes share area.
    static func overlappingTexts(_ frame: Frame) -> [String] {
        let boxes = frame.textLines.map { ($0.text, $0.bounds) }.sorted { $0.1.minY < $1.1.minY }
        var out: [String] = []
        for i in boxes.indices {
            var j = i + 1
            while j < boxes.count && boxes[j].1.minY < boxes[i].1.maxY {
                if boxes[i].1.intersects(boxes[j].1) { out.append("'\(boxes[i].0)' × '\(boxes[j].0)'") }
                j += 1
            }
        }
        return out
    }

    /// Distance from a point to a rectangle (0 inside).
    static func distance(_ p: Point, _ r: Rect) -> Double {
        let dx = max(r.minX - p.x, 0, p.x - r.maxX), dy = max(r.minY - p.y, 0, p.y - r.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// True when the segment a→b passes through the interior of `r`.
    static func segment(_ a: Point, _ b: Point, crosses r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 { if q <= 0 { return false } else { continue } }
            let t = q / p
            if p < 0 { if t > t1 { return false }; t0 = max(t0, t) } else { if t < t0 { return false }; t1 = min(t1, t) }
        }
        return t0 < t1
    }

    /// The points of a polyline path, in order.
    static func points(_ path: Path) -> [Point] {
        path.elements.compactMap { e in
            switch e {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
    }

    /// The two end points of a straight path.
    static func ends(_ path: Path) -> (Point, Point)? {
        var points: [Point] = []
        for e in path.elements {
            switch e {
            case .move(let p), .line(let p): points.append(p)
            default: break
            }
        }
        guard let a = points.first, let b = points.last, points.count == 2 else { return nil }
        return (a, b)
    }
}
