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
        default: return ["sort", "value-labels", "reference-lines"]
        }
    }

    mutating func readDotOrSlope(_ map: SpecMapping, kind: ChartKind, labels: ChartLabels) throws -> Figure {
        let common = ["caption", "chart", "data", "category", "value", "series", "title", "subtitle", "source", "note", "highlight",
                      "format", "alt", "type"]
        if let key = map.entries.first(where: { !common.contains($0.key.value) && !Self.ownKeys(kind).contains($0.key.value) })?.key {
            let suited = ChartKind.barOnlyKeys.contains(key.value) || key.value == "layout" || key.value == "scale" || key.value == "annotations"
                ? "bar" : "line and area"
            throw Diagnostic(.error, at: key.location, Messages.keyNotForKind(key.value, kind: kind.rawValue, suited: suited))
        }
        let (id, _) = try figureID(map, "chart")
        let (dataName, dataset, dataNode) = try namedDataset(map)
        guard !dataset.rows.isEmpty else { throw Diagnostic(.error, at: dataNode.location, Messages.noRows(dataset: dataName)) }
        let categoryNode = try map.required("category")
        let categories = try dataset.strings(in: try categoryNode.string("category"), at: categoryNode.location)
        for c in categories { addText(c.value, at: c.location) }
        let loaded = try readSeries(map, dataset: dataset)
        let wanted: ClosedRange<Int> = switch kind { case .lollipop: 1...1; case .range, .slope: 2...2; default: 1...12 }
        guard wanted.contains(loaded.count) else {
            let what = wanted.lowerBound == wanted.upperBound ? "\(wanted.lowerBound)" : "1 to 12"
            throw Diagnostic(.error, at: (map["series"] ?? map["value"] ?? categoryNode).location,
                             Messages.seriesCount(kind: kind.rawValue, expected: what, given: loaded.count))
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
        let chart = DotPlot(title: title, subtitle: subtitle, source: source, note: note, style: style, categories: categories.map(\.value),
                            series: series, sort: choice(map["sort"], "sort", default: BarChart.Sort.data), valueFormat: format,
                            labels: labels, highlight: highlight, valueLabels: try map["value-labels"]?.bool("value-labels") ?? true,
                            referenceLines: references)
        return Figure(id: id, content: .dotPlot(chart), alt: try optionalProse(map, "alt") ?? chart.altText)
    }
}
