import ChartLayout

/// Warnings for what a figure's layout left out or changed: one message per kind of change,
/// listing the texts it touched.
extension Messages {
    /// The messages for `notices`, grouped by kind in a fixed order; a map's dropped labels keep
    /// the map's code.
    public static func layoutNotices(_ notices: [LayoutNotice], inMap: Bool = false) -> [Message] {
        LayoutNotice.Kind.allCases.compactMap { kind in
            let texts = notices.filter { $0.kind == kind }
            guard !texts.isEmpty else { return nil }
            switch kind {
            case .droppedLabel:
                return inMap ? mapDroppedLabels(texts.map(\.text)) : chartDroppedLabels(texts.map(\.text))
            case .annotationAsNote:
                return chartAnnotationsAsNotes(texts.map(\.text))
            case .shortenedLabel:
                return chartShortenedLabels(texts.map { "'\($0.text)' to '\($0.shown ?? "")'" })
            }
        }
    }
    public static func chartDroppedLabels(_ labels: [String]) -> Message {
        Message("chart.dropped-labels", "no free place for the label\(labels.count == 1 ? "" : "s") \(listed(labels, quoted: true)); left out")
    }
    public static func chartAnnotationsAsNotes(_ texts: [String]) -> Message {
        Message("chart.annotation-as-note", "no free place near its target for the annotation\(texts.count == 1 ? "" : "s") "
                + "\(listed(texts, quoted: true)); printed under the chart as a note")
    }
    public static func chartShortenedLabels(_ changes: [String]) -> Message {
        Message("chart.shortened-labels", "label\(changes.count == 1 ? "" : "s") shortened to fit: \(listed(changes))")
    }
}
