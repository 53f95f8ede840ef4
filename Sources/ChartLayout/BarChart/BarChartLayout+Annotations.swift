import Drawing

extension BarChartLayout {
    /// Annotations are set in the label size, regular, in the muted text colour (still 4.5:1 on the
    /// background), so that a value label beside them stays the number and they read as a comment
    /// on it rather than as more of the label; leaders in the same colour.
    var annotationStyle: AnnotationStyle { .note(in: theme) }

    /// Places the chart's annotations in `area`, each pointing at its bar, in the order written.
    /// Returns their items and the texts that found no place.
    func placeAnnotations(_ chart: BarChart, plot: PlotResult, area: Rect) -> (items: [FrameItem], unplaced: [String]) {
        let style = annotationStyle
        let placer = AnnotationPlacer(measurer: measurer, style: style)
        var obstacles = AnnotationObstacles(rects: plot.occupied.boxes, segments: plot.segments)
        var items: [FrameItem] = []
        var unplaced: [String] = []
        for annotation in chart.annotations {
            guard let index = plot.bars.firstIndex(where: { $0.category == annotation.category && $0.series == annotation.series }) else {
                unplaced.append(annotation.text); continue
            }
            let bar = plot.bars[index]
            let target = AnnotationTarget(rect: bar.rect, end: bar.end, attachments: bar.label.map { [$0] } ?? [])
            // The other bars themselves: text on its bar's row after its value label may pass under a neighbour's
            // longer label and still read as its own, but never stand nearer to another bar than to its own.
            obstacles.marks = plot.bars.indices.filter { $0 != index }.map { plot.bars[$0].rect }
            if let placed = placer.place(annotation.text, target: target, obstacles: obstacles, area: area) {
                items += placed.items(style: style)
                obstacles.add(placed)
            } else {
                unplaced.append(annotation.text)
            }
        }
        return (items, unplaced)
    }

    /// The most of a value axis kept free for annotations beside their bars; an annotation that
    /// would need more finds its place elsewhere.
    static let annotationRoomCap = 0.45

    /// How far beyond each mark's end its annotation reaches when set against it (gap and text,
    /// along the value axis), by mark index; 0 for marks without one. Plots keep this room free
    /// beside the annotated bars, as a desk shortens the bars to write beside the one that matters.
    func annotationReach(_ chart: BarChart, marks: [BarMark], names: [String], width: Double) -> [Double] {
        guard !chart.annotations.isEmpty else { return marks.map { _ in 0 } }
        let style = annotationStyle
        let placer = AnnotationPlacer(measurer: measurer, style: style)
        var reach = marks.map { _ in 0.0 }
        for annotation in chart.annotations {
            guard let i = marks.firstIndex(where: { names[$0.category] == annotation.category && $0.series == annotation.series }),
                  let block = placer.blocks(for: annotation.text, maxWidth: style.maxWidthShare * width, limit: 1).first,
                  let box = AnnotationPlacer.tightBox(block) else { continue }
            let along = chart.orientation == .horizontal ? box.width : box.height
            reach[i] = max(reach[i], style.gap + along + style.clearance)
        }
        return reach
    }

    /// The room to keep at a value axis' far end so that every mark's `extra` (label, annotation)
    /// fits beyond it, given each mark's place as a fraction of the axis (0 at its start, 1 at its
    /// end) and the axis' whole `span`; never more than `cap` of the span, and never less than `current`.
    static func farEndRoom(fractions: [Double], extra: [Double], span: Double, current: Double, cap: Double) -> Double {
        var room = current
        for (f, e) in zip(fractions, extra) where f > 0 && e > 0 {
            // The mark's end sits at f·(span − room) from the axis' start; it needs e more after it.
            let needed = span - (span - e) / f
            if needed <= cap * span { room = max(room, needed) }
        }
        return room
    }
}
