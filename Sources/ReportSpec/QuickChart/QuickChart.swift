import ChartLayout

/// A bar chart made straight from one CSV file, for `briefing chart`: choices the user did not
/// make are made from the data, once, here.
///
/// ```swift
/// var options = QuickChart.Options()
/// options.title = "국가별 AI 민간 투자"
/// let chart = try QuickChart.make(from: dataset, options: options)
/// ```
public enum QuickChart {
    /// What the command line may set; nil means "choose from the data".
    public struct Options: Equatable, Sendable {
        public var category: String?
        public var values: [String] = []
        public var orientation: BarChart.Orientation?
        public var layout: BarChart.Layout = .grouped
        public var scale: BarChart.Scale = .linear
        public var sort: BarChart.Sort = .data
        public var title: String?
        public var subtitle: String?
        public var source: String?
        public var note: String?
        public var highlight: [String] = []
        /// An exact format for the values, used as given (the headers' units then only name
        /// the series and subtitle); nil: chosen from ``numbers``, the headers and the data.
        public var format: NumberFormat?
        /// Number options from the command line, each over what the value columns' headers imply.
        public var numbers = NumberOptions()
        public var language: String = "ko"
        public var valueLabels: Bool?
        public var axis: Bool?
        /// The kind to draw; nil: lines for a time series, bars for anything else (see ``ChartKind``).
        public var type: ChartKind?
        /// Creates options that leave every choice to the data.
        public init() {}
    }

    /// The most categories a vertical (column) chart gets before bars are laid horizontally.
    public static let maxColumns = 24

    /// Builds the chart, or throws a diagnostic naming the file, line and column of the problem.
    public static func make(from data: Dataset, options: Options) throws -> BarChart {
        var ignored: [Diagnostic] = []
        return try make(from: data, options: options, warnings: &ignored)
    }

    /// Builds the chart and adds to `warnings` what the reader should know: value columns in
    /// different units, percentages that look like fractions (or fractions like percentages).
    ///
    /// ```swift
    /// var warnings: [Diagnostic] = []
    /// let chart = try QuickChart.make(from: dataset, options: options, warnings: &warnings)
    /// ```
    public static func make(from data: Dataset, options: Options, warnings: inout [Diagnostic]) throws -> BarChart {
        let file = SourceLocation(file: data.file)
        guard !data.rows.isEmpty else { throw Diagnostic(.error, at: file, Messages.noRows(dataset: data.name)) }
        // A column meant as numbers is one where most written cells are numbers; its odd cell out
        // is then reported at its line and column instead of silently turning the column into labels.
        let numeric = data.header.indices.filter { i in
            let parsed = data.rows.map { NumberParser.parse($0[i].value) }.filter { $0 != .missing }
            let numbers = parsed.filter { if case .number = $0 { return true } else { return false } }.count
            return numbers > 0 && numbers * 2 >= parsed.count
        }
        let categoryColumn: String
        if let c = options.category {
            _ = try data.columnIndex(c, at: file)
            categoryColumn = c
        } else {
            // The first column that is not all numbers names the categories; when every column is
            // numbers (years, say), the first column does, as long as others remain to chart.
            if let i = data.header.indices.first(where: { !numeric.contains($0) }) {
                categoryColumn = data.header[i].value
            } else if data.header.count >= 2 {
                categoryColumn = data.header[0].value
            } else {
                throw Diagnostic(.error, at: file, Messages.noTextColumn(available: data.columnNames))
            }
        }
        let valueColumns = options.values.isEmpty
            ? numeric.map { data.header[$0].value }.filter { $0 != categoryColumn }
            : options.values
        guard !valueColumns.isEmpty else { throw Diagnostic(.error, at: file, Messages.noNumberColumn(available: data.columnNames)) }

        let categories = try data.strings(in: categoryColumn, at: file).map(\.value)
        var series = try valueColumns.map { BarSeries(name: $0, values: try data.numbers(in: $0, at: file)) }
        for name in options.highlight where !categories.contains(name) {
            throw Diagnostic(.error, at: file, Messages.unknownCategory(name, dataset: data.name))
        }
        for (column, s) in zip(valueColumns, series) {
            for (cell, v) in zip(try data.strings(in: column, at: file), s.values) {
                guard let v else { continue }
                if options.layout == .percent && v < 0 { throw Diagnostic(.error, at: cell.location, Messages.negativeInPercent(cell.value)) }
                if options.scale == .log && v <= 0 { throw Diagnostic(.error, at: cell.location, Messages.nonPositiveOnLog(cell.value)) }
            }
        }

        let labels: ChartLabels = options.language.hasPrefix("ko") ? .korean : .english
        // The unit comes from the headers ("투자액(억 달러)") unless the options say otherwise, and
        // appears in the labels, or else in the subtitle or the series' names.
        let wording = try valueWording(data, columns: valueColumns, series: series, options: options)
        warnings += wording.warnings
        for i in series.indices { series[i].name = wording.seriesNames[i] }
        var format = wording.format
        format.notAvailable = labels.notAvailable
        let orientation = options.orientation ?? (looksLikeTime(categories) && categories.count <= maxColumns ? .vertical : .horizontal)
        let valueLabels = options.valueLabels ?? (categories.count * (options.layout == .grouped ? series.count : 1) <= 40)
        let everyBarLabelled = valueLabels && (options.layout == .grouped || series.count == 1)
        return BarChart(title: options.title ?? defaultTitle(data.file), subtitle: options.subtitle ?? wording.subtitle, source: options.source,
                        note: options.note, categories: categories, series: series, sort: options.sort, valueFormat: format,
                        highlight: Set(options.highlight), labels: labels, orientation: orientation, layout: options.layout,
                        scale: options.scale, valueLabels: valueLabels, valueAxis: options.axis ?? !everyBarLabelled)
    }

    /// Categories that read as a time line (years, "2023년", "1월", "2024-03", "Q1"): columns suit them.
    static func looksLikeTime(_ categories: [String]) -> Bool {
        guard !categories.isEmpty else { return false }
        return categories.allSatisfy { c in
            if TimePoint(c) != nil { return true }
            let s = c.trimmingSpaces
            let digits = s.filter(\.isNumber)
            if s.count == 4 && digits.count == 4 { return true }                      // 2023
            if s.hasSuffix("년") || s.hasSuffix("월") || s.hasSuffix("분기") { return digits.count >= 1 && digits.count <= 4 }
            if s.count == 7 && s.dropFirst(4).first == "-" && digits.count == 6 { return true }   // 2024-03
            if s.count == 2 && s.first == "Q" && digits.count == 1 { return true }     // Q1
            return false
        }
    }

    /// The most decimals written in the value cells (at most `limit`), so "7.76" is not printed as "8".
    ///
    /// ```swift
    /// QuickChart.decimalsWritten(in: data, columns: ["usd_billion"])   // 2 for 67.2, 7.76, 1.4
    /// ```
    public static func decimalsWritten(in data: Dataset, columns: [String], atMost limit: Int = 2) -> Int {
        var most = 0
        for c in columns {
            guard let i = data.header.firstIndex(where: { $0.value == c }) else { continue }
            for row in data.rows {
                let cell = row[i].value
                if let dot = cell.firstIndex(of: ".") { most = max(most, cell[cell.index(after: dot)...].filter(\.isNumber).count) }
            }
        }
        return min(most, limit)
    }

    /// "ai-investment_2023.csv" → "ai investment 2023".
    static func defaultTitle(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.hasSuffix(".csv") ? String(name.dropLast(4)) : name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        return String(stem.map { $0 == "-" || $0 == "_" ? " " : $0 })
    }
}
