import Drawing

/// Labels in one column beside the plot, each as near its anchor as the others allow: sorted by
/// anchor, pushed down past the one above, then back up from the foot, so no two meet and none
/// leaves the column.
///
/// ```swift
/// let placed = EndLabels.place(labels, lineHeight: 11, top: 40, bottom: 240)
/// ```
enum EndLabels {
    struct Label: Equatable {
        var series: Int
        var text: String
        /// Where the label would sit if alone (its series' last value).
        var anchor: Double
        /// The point it labels.
        var from: Point
        /// Where it sits.
        var y: Double = 0
    }

    static func place(_ labels: [Label], lineHeight: Double, top: Double, bottom: Double) -> [Label] {
        var sorted = labels.sorted { ($0.anchor, $0.series) < ($1.anchor, $1.series) }
        guard !sorted.isEmpty else { return [] }
        let half = lineHeight / 2
        for i in sorted.indices {
            let floor = i == 0 ? top + half : sorted[i - 1].y + lineHeight
            sorted[i].y = max(sorted[i].anchor, floor)
        }
        for i in sorted.indices.reversed() {
            let ceiling = i == sorted.count - 1 ? bottom - half : sorted[i + 1].y - lineHeight
            sorted[i].y = min(sorted[i].y, ceiling)
        }
        // More labels than the column holds: start at the top and let them run on past the foot.
        if let first = sorted.first, first.y < top + half - 0.01 {
            for i in sorted.indices { sorted[i].y = top + half + Double(i) * lineHeight }
        }
        return sorted
    }
}
