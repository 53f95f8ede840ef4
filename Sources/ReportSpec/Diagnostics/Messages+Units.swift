import ChartLayout

/// Messages about units and percentages in `briefing chart`, and about cross-references in
/// prose (kept beside ``Messages``, in the same style).
extension Messages {
    // MARK: Units of briefing chart

    /// Value columns whose headers name different units (or some a unit and some none).
    public static func mixedUnits(_ columns: [(header: String, unit: String?)]) -> Message {
        let listedColumns = listed(columns.map { "'\($0.header)' (\($0.unit ?? "no unit"))" }, limit: 6)
        return Message("chart.mixed-units", "the value columns are in different units: \(listedColumns); "
                       + "one axis cannot compare them, so no unit from a header is used; chart one with --value COLUMN, or give --format and --unit",
                       notes: [DiagnosticNote(help: "each header's unit goes into its series' name, so the key still shows it")])
    }

    /// Percentages asked for (by `--format percent` or a `%` header) where every value is within ±1.
    public static func percentLooksLikeFraction(example: String, assumedBy reason: String) -> Message {
        Message("chart.percent-looks-like-fraction", "every value is between −1 and 1 (such as \(example)), so they may be fractions of one; "
                + "\(reason) takes them as percentages and writes \(example) as \(example)%, unchanged",
                notes: [DiagnosticNote(help: "if \(example) means \(fractionExample(example)), pass --format fraction")])
    }

    /// Fractions asked for (`--format fraction`) where a value is above 1.
    public static func fractionLooksLikePercent(_ cell: String, assumedBy reason: String) -> Message {
        Message("chart.fraction-looks-like-percent", "'\(cell)' is above 1, so the values may be percentages already; "
                + "\(reason) takes them as fractions of one and writes \(cell) as \(fractionExample(cell))",
                notes: [DiagnosticNote(help: "if \(cell) means \(cell)%, pass --format percent")])
    }

    /// "0.21" → "21%", "2.1" → "210%": what the fraction style makes of a cell, for the messages.
    static func fractionExample(_ cell: String) -> String {
        guard case .number(let v) = NumberParser.parse(cell) else { return cell }
        let written = cell.split(separator: ".").dropFirst().first.map { $0.filter(\.isNumber).count } ?? 0
        return NumberFormat.percent(decimals: max(0, written - 2)).format(v)
    }

    // MARK: Cross-references

    /// `ref("…")` names no chart, table or map of the report.
    public static func unknownFigure(_ id: String, available: [String]) -> Message {
        let known = available.isEmpty ? "the report has no charts, tables or maps" : "its figures are \(listed(available, quoted: true))"
        return Message("prose.unknown-figure", "ref(\"\(id)\") names no chart, table or map; \(known)",
                       notes: didYouMean(id, among: available))
    }
}
