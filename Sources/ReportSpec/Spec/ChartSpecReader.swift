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
    static let chartKeys = ["chart", "data", "category", "value", "title", "subtitle", "source", "note",
                            "highlight", "sort", "format", "alt"]

    mutating func readBarChart(_ node: SpecNode, datasets: [String: Dataset], labels: ChartLabels) throws -> Figure {
        let map = try node.mapping("chart", allowed: Self.chartKeys)
        let idNode = try map.required("chart")
        let id = try idNode.string("chart")
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
            throw Diagnostic(.error, at: idNode.location, Messages.invalidID(id))
        }
        let dataNode = try map.required("data")
        let dataName = try dataNode.string("data")
        guard let dataset = datasets[dataName] else {
            throw Diagnostic(.error, at: dataNode.location, Messages.unknownDataset(dataName, available: datasets.keys.sorted()))
        }
        guard !dataset.rows.isEmpty else { throw Diagnostic(.error, at: dataNode.location, Messages.noRows(dataset: dataName)) }
        let categoryNode = try map.required("category")
        let categories = try dataset.strings(in: try categoryNode.string("category"), at: categoryNode.location)
        for c in categories { addText(c.value, at: c.location) }
        let valueNode = try map.required("value")
        let valueColumn = try valueNode.string("value")
        let values = try dataset.numbers(in: valueColumn, at: valueNode.location)

        let titleNode = try map.required("title")
        let title = try titleNode.string("title")
        addText(title, at: titleNode.location)
        func optional(_ key: String) throws -> String? {
            guard let n = map[key] else { return nil }
            let s = try n.string(key)
            addText(s, at: n.location)
            return s
        }
        let highlight = try map["highlight"].map { n -> Set<String> in
            let names = try n.strings("highlight")
            for name in names where !categories.contains(where: { $0.value == name }) {
                throw Diagnostic(.error, at: n.location, Messages.unknownCategory(name, dataset: dataName))
            }
            return Set(names)
        } ?? []
        var sort = BarChart.Sort.data
        if let n = map["sort"] {
            let s = try n.string("sort")
            guard let v = BarChart.Sort(rawValue: s) else {
                throw Diagnostic(.error, at: n.location, Messages.unknownValue(s, for: "sort", allowed: BarChart.Sort.allCases.map(\.rawValue)))
            }
            sort = v
        }
        var format = try map["format"].map { try NumberFormatReader.read($0) } ?? .plain(decimals: 0)
        format.notAvailable = labels.notAvailable
        let chart = BarChart(title: title, subtitle: try optional("subtitle"), source: try optional("source"),
                             note: try optional("note"), categories: categories.map(\.value),
                             series: [BarSeries(name: valueColumn, values: values)], sort: sort,
                             valueFormat: format, highlight: highlight, labels: labels)
        // Value labels are printed text too: check them against the font set at the value cells.
        for (cell, value) in zip(try dataset.strings(in: valueColumn, at: valueNode.location), values) {
            if let value { addText(format.format(value), at: cell.location) }
        }
        let alt = try optional("alt") ?? chart.altText
        return Figure(id: id, content: .barChart(chart), alt: alt)
    }
}

/// The `format:` mapping of a chart or column: how numbers are written.
enum NumberFormatReader {
    static let keys = ["style", "unit", "multiplier", "decimals", "significant-digits", "approximate", "prefix", "suffix", "grouping"]
    static let styles = ["plain", "percent", "korean", "english"]

    static func read(_ node: SpecNode) throws -> NumberFormat {
        let map = try node.mapping("format", allowed: keys)
        let styleName = try map["style"]?.string("style") ?? "plain"
        let unit = try map["unit"]?.string("unit") ?? ""
        let multiplier = try map["multiplier"]?.number("multiplier") ?? 1
        let decimals = try map["decimals"]?.int("decimals") ?? 0
        guard (0...10).contains(decimals) else {
            throw Diagnostic(.error, at: map["decimals"]?.location ?? map.location, Messages.expected("between 0 and 10", for: "decimals"))
        }
        let significant = try map["significant-digits"]?.int("significant-digits")
        if let s = significant, !(1...15).contains(s) {
            throw Diagnostic(.error, at: map["significant-digits"]?.location ?? map.location, Messages.expected("between 1 and 15", for: "significant-digits"))
        }
        let approximate = try map["approximate"]?.bool("approximate") ?? false
        let prefix = try map["prefix"]?.string("prefix") ?? ""
        let suffix = try map["suffix"]?.string("suffix") ?? ""
        let grouping = try map["grouping"]?.bool("grouping") ?? true
        var format: NumberFormat
        switch styleName {
        case "plain": format = .plain(decimals: decimals, grouping: grouping, prefix: prefix, suffix: suffix, unit: unit, multiplier: multiplier)
        case "percent": format = .percent(decimals: decimals, grouping: grouping, multiplier: multiplier)
        case "korean": format = .korean(unit: unit, multiplier: multiplier, significantDigits: significant ?? 4, approximate: approximate, prefix: prefix, suffix: suffix)
        case "english": format = .english(significantDigits: significant ?? 3, decimals: decimals, prefix: prefix, suffix: suffix, unit: unit, multiplier: multiplier, approximate: approximate)
        default:
            throw Diagnostic(.error, at: map["style"]?.location ?? map.location, Messages.unknownValue(styleName, for: "format style", allowed: styles))
        }
        return format
    }
}
