import ChartLayout
import ReportBuilder

/// The `chart:` block: a horizontal bar chart from two columns of a dataset.
///
/// ```yaml
/// - chart: private-investment        # figure id: names out/<report>/private-investment.svg
///   data: investment                 # a dataset from the spec's `data:` section
///   category: country                # column of category labels
///   value: usd_billion               # column of numbers
///   title: 미국의 민간 AI 투자, 중국의 약 9배
///   format: {style: korean, unit: 달러, multiplier: 1e9}
/// ```
extension SpecReader {
    static let chartKeys = ["caption", "chart", "data", "category", "value", "series", "title", "subtitle", "source", "note",
                            "highlight", "sort", "format", "alt", "orientation", "layout", "scale", "value-labels", "axis",
                            "reference-lines", "annotations", "facet", "columns", "type"] + ChartKind.lineOnlyKeys

    /// A `chart:` block of any kind: `type:` says which, else the categories do (see ``ChartKind``).
    mutating func readChart(_ node: SpecNode, labels: ChartLabels) throws -> Figure {
        let map = try node.mapping("chart", allowed: Self.chartKeys)
        let kind: ChartKind
        if let typeNode = map["type"] {
            kind = choice(typeNode, "type", default: ChartKind.bar)
        } else {
            let (_, dataset, _) = try namedDataset(map)
            let categories = try map["category"].map { n in try dataset.strings(in: try n.string("category"), at: n.location).map(\.value) } ?? []
            kind = ChartKind.chosen(for: categories, barKeysGiven: ChartKind.barOnlyKeys.contains { map[$0] != nil })
        }
        switch kind {
        case .bar:
            if let key = map.entries.first(where: { ChartKind.lineOnlyKeys.contains($0.key.value) })?.key {
                throw Diagnostic(.error, at: key.location, Messages.keyNotForKind(key.value, kind: "bar", suited: "line and area"))
            }
            return try readBarChart(map, labels: labels)
        case .line, .area:
            return try readLineChart(map, kind: kind, labels: labels)
        case .dot, .lollipop, .range, .slope:
            return try readDotOrSlope(map, kind: kind, labels: labels)
        }
    }

    mutating func readBarChart(_ map: SpecMapping, labels: ChartLabels) throws -> Figure {
        let source = try readChartSource(map)
        let (id, dataName, dataset, categories) = (source.id, source.dataName, source.dataset, source.categories)
        let series = try readSeries(map, dataset: dataset)
        let titleNode = try map.required("title")
        let title = try prose(titleNode, "title")
        let highlight = try map["highlight"].map { n -> Set<String> in
            let names = try n.strings("highlight")
            for name in names where !categories.contains(where: { $0.value == name }) {
                throw Diagnostic(.error, at: n.location, Messages.unknownCategory(name, dataset: dataName))
            }
            return Set(names)
        } ?? []
        let sort = choice(map["sort"], "sort", default: BarChart.Sort.data)
        let orientation = choice(map["orientation"], "orientation", default: BarChart.Orientation.horizontal)
        let layout = choice(map["layout"], "layout", default: BarChart.Layout.grouped)
        let scale = choice(map["scale"], "scale", default: BarChart.Scale.linear)
        var format = try NumberFormatReader.read(map["format"], unitSpacing: unitSpacing)
        format.notAvailable = labels.notAvailable
        try checkValues(series, layout: layout, scale: scale)

        let valueLabels = try map["value-labels"]?.bool("value-labels") ?? true
        // A graphics desk drops the value axis when every bar carries its value.
        let everyBarLabelled = valueLabels && (layout == .grouped || series.count == 1)
        let valueAxis = try map["axis"]?.bool("axis") ?? !everyBarLabelled
        let values = series.map(\.series)
        let references = try map["reference-lines"].map { try readReferenceLines($0, first: values.first, format: format, labels: labels) } ?? []
        let annotations = try map["annotations"].map { try readAnnotations($0, categories: categories.map(\.value), series: values) } ?? []

        let chart = BarChart(title: title, subtitle: try optionalProse(map, "subtitle"), source: try optionalProse(map, "source"),
                             note: try optionalProse(map, "note"), categories: categories.map(\.value), series: values, sort: sort,
                             valueFormat: format, highlight: highlight, labels: labels, orientation: orientation,
                             layout: layout, scale: scale, valueLabels: valueLabels, valueAxis: valueAxis,
                             referenceLines: references, annotations: annotations)
        // Value labels are printed text too: check them against the font set at the value cells.
        for s in series {
            for (cell, value) in zip(s.cells, s.series.values) {
                if let value { addText(format.format(value), at: cell.location) }
            }
        }
        if let facetNode = map["facet"] {
            if !annotations.isEmpty {
                throw Diagnostic(.error, at: facetNode.location, Messages.expected("used without 'annotations'", for: "facet"))
            }
            let groups = try dataset.strings(in: try facetNode.string("facet"), at: facetNode.location)
            for g in groups { addText(g.value, at: g.location) }
            let columns = try map["columns"]?.int("columns") ?? 2
            guard (1...6).contains(columns) else {
                throw Diagnostic(.error, at: map["columns"]?.location ?? facetNode.location, Messages.expected("between 1 and 6", for: "columns"))
            }
            let sm = SmallMultiples(title: chart.title, subtitle: chart.subtitle, source: chart.source, note: chart.note,
                                    panels: Self.panels(of: chart, by: groups.map(\.value)), columns: columns, labels: labels)
            return Figure(id: id, content: .smallMultiples(sm), alt: try optionalProse(map, "alt") ?? sm.altText)
        }
        let alt = try optionalProse(map, "alt") ?? chart.altText
        return Figure(id: id, content: .barChart(chart), alt: alt)
    }

    /// The chart split into one panel per group value, in order of first appearance.
    static func panels(of chart: BarChart, by groups: [String]) -> [BarChart] {
        var order: [String] = []
        for g in groups where !order.contains(g) { order.append(g) }
        return order.map { group in
            let rows = groups.indices.filter { groups[$0] == group }
            var panel = chart
            panel.title = group
            panel.categories = rows.map { chart.categories[$0] }
            panel.series = chart.series.map { s in BarSeries(name: s.name, values: rows.map { $0 < s.values.count ? s.values[$0] : nil }) }
            panel.highlight = chart.highlight.intersection(panel.categories)
            return panel
        }
    }
}

/// A series read from one column, with the cells it came from.
struct LoadedSeries {
    var series: BarSeries
    var cells: [Located<String>]
    /// The dataset column, for messages about its cells.
    var column: String
}

extension SpecReader {
    /// `value: column` for one series, or `series:` as a list of columns or `{column, name}` mappings.
    ///
    /// Every column's bad cells are reported before the chart gives up, so one run finds them all.
    mutating func readSeries(_ map: SpecMapping, dataset: Dataset) throws -> [LoadedSeries] {
        var columns: [(column: String, name: String, at: SourceLocation)] = []
        switch (map["value"], map["series"]) {
        case (let v?, nil):
            let column = try v.string("value")
            columns = [(column, column, v.location)]
        case (nil, let list?):
            for item in try list.sequence("series") {
                let column: String, name: String
                if case .scalar = item.node {
                    column = try item.string("series"); name = column
                } else {
                    let m = try item.mapping("series", allowed: ["column", "name"])
                    column = try m.required("column").string("column")
                    name = try m["name"]?.string("name") ?? column
                }
                addText(name, at: item.location)
                columns.append((column, name, item.location))
            }
            guard !columns.isEmpty else { throw Diagnostic(.error, at: list.location, Messages.expected("a list of at least one column", for: "series")) }
        case (_?, _?):
            throw Diagnostic(.error, at: map.location, Messages.eitherKey("value", "series"))
        case (nil, nil):
            // "seires:" was already reported as meaning "series"; "value" would only repeat it.
            if map.suggested.contains("series") { throw AlreadyReported() }
            throw map.missing("value", in: "'chart'")
        }
        var out: [LoadedSeries] = []
        var anyBad = false
        for c in columns {
            let (values, invalid) = try dataset.parsedNumbers(in: c.column, at: c.at)
            if !invalid.isEmpty {
                reportBadCells(invalid.map { BadCell(notANumber: $0, column: c.column) }, column: c.column)
                anyBad = true
                continue
            }
            out.append(LoadedSeries(series: BarSeries(name: c.name, values: values), cells: try dataset.strings(in: c.column, at: c.at),
                                    column: c.column))
        }
        if anyBad { throw AlreadyReported() }
        return out
    }

    /// A value of an enumeration written by its raw name. A wrong one is recorded and the default
    /// used, so the block's other mistakes are still found; the load fails either way.
    func choice<T: RawRepresentable & CaseIterable>(_ node: SpecNode?, _ key: String, default value: T) -> T where T.RawValue == String {
        guard let node else { return value }
        guard case .scalar(let s) = node.node else {
            diagnostics.error(node.location, Messages.expected("text", for: key))
            return value
        }
        guard let v = T(rawValue: s.string) else {
            diagnostics.error(node.location, Messages.unknownValue(s.string, for: key, allowed: T.allCases.map(\.rawValue)))
            return value
        }
        return v
    }

    /// Values a layout or scale cannot show are errors at their cells, never silently clipped.
    mutating func checkValues(_ series: [LoadedSeries], layout: BarChart.Layout, scale: BarChart.Scale) throws {
        var anyBad = false
        for s in series {
            var bad: [BadCell] = []
            for (cell, value) in zip(s.cells, s.series.values) {
                guard let value else { continue }
                if layout == .percent && value < 0 {
                    bad.append(BadCell(cell) { Messages.negativeInPercent(cell.value) })
                } else if scale == .log && value <= 0 {
                    bad.append(BadCell(cell) { Messages.nonPositiveOnLog(cell.value) })
                }
            }
            if !bad.isEmpty { reportBadCells(bad, column: s.column); anyBad = true }
        }
        if anyBad { throw AlreadyReported() }
    }

    mutating func readReferenceLines(_ node: SpecNode, first: BarSeries?, format: NumberFormat, labels: ChartLabels) throws -> [ReferenceLine] {
        try node.sequence("reference-lines").map { item in
            let m = try item.mapping("reference-lines", allowed: ["value", "label"])
            let valueNode = try m.required("value")
            let value: Double
            let defaultLabel: String
            if case .scalar(let s) = valueNode.node, s.string == "average" {
                let present = first?.values.compactMap { $0 } ?? []
                guard !present.isEmpty else { throw Diagnostic(.error, at: valueNode.location, Messages.averageOfNothing) }
                value = present.reduce(0, +) / Double(present.count)
                defaultLabel = "\(labels.average) \(format.format(value))"
            } else {
                value = try valueNode.number("value")
                defaultLabel = format.format(value)
            }
            let label = try m["label"].map { try prose($0, "label") } ?? defaultLabel
            addText(label, at: (m["label"] ?? valueNode).location)
            return ReferenceLine(value: value, label: label)
        }
    }

    mutating func readAnnotations(_ node: SpecNode, categories: [String], series: [BarSeries]) throws -> [Annotation] {
        try node.sequence("annotations").map { item in
            let note = try readNote(item, categories: categories)
            let index = try note.map["series"].map { try seriesIndex($0, names: series.map(\.name), byPosition: true) } ?? 0
            return Annotation(text: note.text, category: note.category, series: index)
        }
    }
}
