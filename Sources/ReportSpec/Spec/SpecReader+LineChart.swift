import ChartLayout
import ReportBuilder

/// The `chart:` block of a line or area chart.
///
/// ```yaml
/// - chart: investment-by-year
///   type: line                       # or area; a time series with no type is a line chart
///   data: investment
///   category: year                   # the moments: years, quarters, months or days
///   series: [united_states, china]
///   title: 미국이 2021년 이후 격차를 벌렸다
///   highlight: united_states
///   periods: [{from: "2020", to: "2021", label: 코로나19}]
///   annotations: [{text: 사상 최대, category: "2021", series: united_states}]
/// ```
extension SpecReader {
    mutating func readLineChart(_ map: SpecMapping, kind: ChartKind, labels: ChartLabels) throws -> Figure {
        if let key = map.entries.first(where: { ChartKind.barOnlyKeys.contains($0.key.value) })?.key {
            throw Diagnostic(.error, at: key.location, Messages.keyNotForKind(key.value, kind: kind.rawValue, suited: "bar"))
        }
        let source = try readChartSource(map)
        let (id, dataset, categories) = (source.id, source.dataset, source.categories)
        let loaded = try readSeries(map, dataset: dataset)
        let series = loaded.map(\.series)
        let title = try prose(try map.required("title"), "title")
        let layout = choice(map["layout"], "layout", default: kind == .area && series.count > 1 ? LineChart.Layout.stacked : .overlaid)
        let scale = choice(map["scale"], "scale", default: BarChart.Scale.linear)
        if kind == .line && layout != .overlaid, let n = map["layout"] {
            throw Diagnostic(.error, at: n.location, Messages.expected("overlaid for a line chart (stacked and percent are for areas)", for: "layout"))
        }
        if kind == .area && scale == .log, let n = map["scale"] {
            throw Diagnostic(.error, at: n.location, Messages.expected("linear for an area chart (an area's size means nothing on a log scale)", for: "scale"))
        }
        try checkLineValues(loaded, stacked: kind == .area && layout != .overlaid, log: scale == .log)
        var format = try NumberFormatReader.read(map["format"], unitSpacing: unitSpacing)
        format.notAvailable = labels.notAvailable
        let names = series.map(\.name)
        let highlight = try map["highlight"].map { n -> Set<String> in
            let wanted = try n.strings("highlight")
            for name in wanted where !names.contains(name) && !loaded.contains(where: { $0.column == name }) {
                throw Diagnostic(.error, at: n.location, Messages.unknownValue(name, for: "highlight", allowed: names))
            }
            // A series may be named by its column or by its display name.
            return Set(wanted.map { w in loaded.first { $0.column == w }?.series.name ?? w })
        } ?? []
        let references = try map["reference-lines"].map { try readReferenceLines($0, first: series.first, format: format, labels: labels) } ?? []
        let periods = try map["periods"].map { try readPeriods($0, categories: categories.map(\.value)) } ?? []
        let annotations = try map["annotations"].map { try readPointAnnotations($0, categories: categories.map(\.value), series: loaded) } ?? []
        for s in loaded {
            for (cell, value) in zip(s.cells, s.series.values) { if let value { addText(format.format(value), at: cell.location) } }
        }
        let chart = LineChart(title: title, subtitle: try optionalProse(map, "subtitle"), source: try optionalProse(map, "source"),
                              note: try optionalProse(map, "note"), categories: categories.map(\.value), series: series,
                              mark: kind == .area ? .area : .line, layout: layout, scale: scale, valueFormat: format, labels: labels,
                              highlight: highlight, markers: try map["markers"]?.bool("markers") ?? false,
                              includesZero: try map["zero"]?.bool("zero"), referenceLines: references, periods: periods,
                              annotations: annotations)
        return Figure(id: id, content: .lineChart(chart), alt: try optionalProse(map, "alt") ?? chart.altText)
    }

    /// Values an area or a log scale cannot show are errors at their cells.
    mutating func checkLineValues(_ series: [LoadedSeries], stacked: Bool, log: Bool) throws {
        var anyBad = false
        for s in series {
            var bad: [BadCell] = []
            for (cell, value) in zip(s.cells, s.series.values) {
                guard let value else { continue }
                if stacked && value < 0 {
                    bad.append(BadCell(cell) { Messages.negativeInStack(cell.value) })
                } else if log && value <= 0 {
                    bad.append(BadCell(cell) { Messages.nonPositiveOnLog(cell.value) })
                }
            }
            if !bad.isEmpty { reportBadCells(bad, column: s.column); anyBad = true }
        }
        if anyBad { throw AlreadyReported() }
    }

    /// `periods: [{from, to, label}]`: each end a category, or a date of a form the axis reads.
    mutating func readPeriods(_ node: SpecNode, categories: [String]) throws -> [ShadedPeriod] {
        let isTime = categories.allSatisfy { TimePoint($0) != nil }
        return try node.sequence("periods").map { item in
            let m = try item.mapping("periods", allowed: ["from", "to", "label"])
            func end(_ key: String) throws -> String {
                let n = try m.required(key)
                let value = try n.string(key)
                guard categories.contains(value) || (isTime && TimePoint(value) != nil) else {
                    throw Diagnostic(.error, at: n.location, Messages.expected(isTime ? "a category or a date such as 2020, 2020-Q1 or 2020-03" : "a category of the chart", for: key))
                }
                return value
            }
            let (from, to) = (try end("from"), try end("to"))
            let labelNode = try m.required("label")
            let label = try prose(labelNode, "label")
            addText(label, at: labelNode.location)
            return ShadedPeriod(from: from, to: to, label: label)
        }
    }

    /// `annotations: [{text, category, series}]`: a note pointing at one value of a series (the
    /// first when `series` is left out), which must be there.
    mutating func readPointAnnotations(_ node: SpecNode, categories: [String], series: [LoadedSeries]) throws -> [PointAnnotation] {
        try node.sequence("annotations").map { item in
            let note = try readNote(item, categories: categories)
            let index = try note.map["series"].map { try seriesIndex($0, names: series.map(\.series.name), columns: series.map(\.column)) } ?? 0
            guard let c = categories.firstIndex(of: note.category), c < series[index].series.values.count,
                  series[index].series.values[c] != nil else {
                throw Diagnostic(.error, at: note.at.location, Messages.annotationOnMissing(note.category, series: series[index].series.name))
            }
            return PointAnnotation(text: note.text, category: note.category, series: index)
        }
    }
}
