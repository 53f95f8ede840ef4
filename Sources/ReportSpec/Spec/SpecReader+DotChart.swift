import ChartLayout
import ReportBuilder

/// The `chart:` block of a dot plot, lollipop, range (dumbbell) or slope chart.
///
/// ```yaml
/// - chart: investment-change
///   type: range                      # dot, lollipop, range or slope
///   data: investment
///   category: country
///   series: [{column: y2023, name: "2023"}, {column: y2024, name: "2024"}]
///   title: 한국만 투자가 줄었다
/// ```
extension SpecReader {
    /// Keys each of these kinds reads besides the common ones.
    static func ownKeys(_ kind: ChartKind) -> [String] {
        switch kind {
        case .slope: return ["zero"]
        default: return ["sort", "value-labels", "reference-lines", "annotations"]
        }
    }

    mutating func readDotOrSlope(_ map: SpecMapping, kind: ChartKind, labels: ChartLabels) throws -> Figure {
        let common = ["caption", "chart", "data", "category", "value", "series", "title", "subtitle", "source", "note", "highlight",
                      "format", "alt", "type"]
        if let key = map.entries.first(where: { !common.contains($0.key.value) && !Self.ownKeys(kind).contains($0.key.value) })?.key {
            let suited = key.value == "annotations" ? "bar, line, dot, lollipop and range"
                : ChartKind.barOnlyKeys.contains(key.value) || key.value == "layout" || key.value == "scale" ? "bar" : "line and area"
            throw Diagnostic(.error, at: key.location, Messages.keyNotForKind(key.value, kind: kind.rawValue, suited: suited))
        }
        let data = try readChartSource(map)
        let (id, dataName, dataset, categories) = (data.id, data.dataName, data.dataset, data.categories)
        let loaded = try readSeries(map, dataset: dataset)
        guard kind.seriesCounts.contains(loaded.count) else {
            throw Diagnostic(.error, at: (map["series"] ?? map["value"] ?? data.categoryNode).location,
                             Messages.seriesCount(kind: kind.rawValue, expected: kind.seriesCountWords, given: loaded.count))
        }
        let title = try prose(try map.required("title"), "title")
        var format = try NumberFormatReader.read(map["format"], unitSpacing: unitSpacing)
        format.notAvailable = labels.notAvailable
        let highlight = try map["highlight"].map { n -> Set<String> in
            let names = try n.strings("highlight")
            for name in names where !categories.contains(where: { $0.value == name }) {
                throw Diagnostic(.error, at: n.location, Messages.unknownCategory(name, dataset: dataName))
            }
            return Set(names)
        } ?? []
        for s in loaded {
            for (cell, value) in zip(s.cells, s.series.values) { if let value { addText(format.format(value), at: cell.location) } }
        }
        let series = loaded.map(\.series)
        let (subtitle, source, note) = (try optionalProse(map, "subtitle"), try optionalProse(map, "source"), try optionalProse(map, "note"))
        if kind == .slope {
            let chart = SlopeChart(title: title, subtitle: subtitle, source: source, note: note, categories: categories.map(\.value),
                                   start: series[0], end: series[1], valueFormat: format, labels: labels, highlight: highlight,
                                   includesZero: try map["zero"]?.bool("zero"))
            return Figure(id: id, content: .slopeChart(chart), alt: try optionalProse(map, "alt") ?? chart.altText)
        }
        let style: DotPlot.Style = kind == .lollipop ? .lollipop : kind == .range ? .range : .dot
        let references = try map["reference-lines"].map { try readReferenceLines($0, first: series.first, format: format, labels: labels) } ?? []
        let annotations = try map["annotations"].map { try readAnnotations($0, categories: categories.map(\.value), series: series) } ?? []
        let chart = DotPlot(title: title, subtitle: subtitle, source: source, note: note, style: style, categories: categories.map(\.value),
                            series: series, sort: choice(map["sort"], "sort", default: BarChart.Sort.data), valueFormat: format,
                            labels: labels, highlight: highlight, valueLabels: try map["value-labels"]?.bool("value-labels") ?? true,
                            referenceLines: references, annotations: annotations)
        return Figure(id: id, content: .dotPlot(chart), alt: try optionalProse(map, "alt") ?? chart.altText)
    }
}
