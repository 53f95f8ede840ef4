import ChartLayout

/// How `briefing chart` writes values: the unit the value columns' headers name, with the
/// command line's options over it, and the words (series names, subtitle) that carry the unit
/// when no value label does.
extension QuickChart {
    /// What the value columns' headers and the options decide about the chart's numbers.
    struct ValueWording: Equatable {
        /// How values and ticks are written.
        var format: NumberFormat
        /// One name per value column: its measure, or its whole header when units differ.
        var seriesNames: [String]
        /// The subtitle when the user gave none: the header (one column) or the shared unit.
        var subtitle: String?
        /// What the reader should know: mixed units, percentages that look like fractions.
        var warnings: [Diagnostic]
    }

    /// Reads the headers of `columns`, chooses the format and checks the values against it.
    static func valueWording(_ data: Dataset, columns: [String], series: [BarSeries], options: Options) throws -> ValueWording {
        let file = SourceLocation(file: data.file)
        let headings = columns.map(ColumnHeading.init)
        var warnings: [Diagnostic] = []
        // One unit for the whole chart, or none: bars on one axis must be in one unit.
        let first = headings.first?.unit
        let mixed = headings.contains { $0.unit?.kind != first?.kind }
        let shared = mixed ? nil : first
        if mixed, let odd = headings.firstIndex(where: { $0.unit?.kind != first?.kind }) {
            let location = data.header.first { $0.value == columns[odd] }?.location ?? file
            warnings.append(Diagnostic(.warning, at: location, Messages.mixedUnits(headings.map { ($0.text, $0.unit?.text) })))
        }
        let seriesNames = headings.map { mixed ? $0.text : $0.measure }
        let korean = options.language.hasPrefix("ko")
        let subtitle: String?
        if headings.count == 1 {
            subtitle = headings[0].text
        } else {
            subtitle = shared.map { (korean ? "단위: " : "Unit: ") + $0.text }
        }

        let written = decimalsWritten(in: data, columns: columns)
        let format: NumberFormat
        if let exact = options.format {
            format = exact
        } else {
            let values = series.flatMap(\.values).compactMap { $0 }.filter(\.isFinite)
            // A fraction's decimals become whole percent: 0.215 needs its third to read 21.5%.
            let fractions = (options.numbers.style ?? implied(by: shared).style) == .fraction
            format = numberFormat(options.numbers, header: shared,
                                  writtenDecimals: fractions ? decimalsWritten(in: data, columns: columns, atMost: 4) : written, values: values)
            let style = options.numbers.style ?? implied(by: shared).style ?? .plain
            let reason = options.numbers.style != nil ? "--format \(style.rawValue)"
                : shared.map { _ in "the header '\(headings[0].text)'" } ?? ""
            let cells = try columns.flatMap { try data.strings(in: $0, at: file) }
            warnings += percentWarnings(style: style, cells: cells, multiplier: format.multiplier, assumedBy: reason, file: file)
        }
        return ValueWording(format: format, seriesNames: seriesNames, subtitle: subtitle, warnings: warnings)
    }

    /// What a header's unit implies, before the options: a style, a scale, a noun, a prefix, a sign.
    struct ImpliedNumbers: Equatable {
        var style: NumberStyle?
        var multiplier: Double?
        var unit: String?
        var prefix: String?
        var sign = "%"
    }

    /// The choices a unit makes: `억 달러` is Korean style times 1e8 with 달러; `US$ bn` English
    /// times 1e9 after "US$"; `%` percentages; `명` a noun after plain digits.
    static func implied(by unit: ColumnUnit?) -> ImpliedNumbers {
        switch unit?.kind {
        case .none: return ImpliedNumbers()
        case .percent(let sign): return ImpliedNumbers(style: .percent, sign: sign)
        case .korean(let scale, let noun): return ImpliedNumbers(style: .korean, multiplier: scale, unit: noun)
        case .english(let prefix, let scale, let noun):
            // A currency without a scale word ("$") reads best as plain digits after the sign.
            return ImpliedNumbers(style: scale == 1 ? .plain : .english, multiplier: scale, unit: noun, prefix: prefix)
        case .noun(let noun): return ImpliedNumbers(unit: noun)
        }
    }

    /// The values' format: each option given wins over what the header implies, and what neither
    /// says comes from the data (`writtenDecimals`; the largest of `values` picks one Korean unit
    /// for fixed decimals).
    ///
    /// ```swift
    /// QuickChart.numberFormat(.init(), header: ColumnUnit("억 달러"), writtenDecimals: 0, values: [672]).format(672)
    /// // "672억 달러"
    /// ```
    static func numberFormat(_ numbers: NumberOptions, header: ColumnUnit?, writtenDecimals: Int, values: [Double]) -> NumberFormat {
        let implied = implied(by: header)
        let style = numbers.style ?? implied.style ?? .plain
        let multiplier = numbers.multiplier ?? implied.multiplier ?? 1
        // A noun or sign the header gives for another kind of number does not carry over to a
        // percentage, which has its own sign.
        let unit = style == .percent || style == .fraction ? "" : numbers.unit ?? implied.unit ?? ""
        let prefix = numbers.prefix ?? implied.prefix ?? ""
        let suffix = numbers.suffix ?? ""
        let decimals = numbers.decimals
        var format: NumberFormat
        switch style {
        case .plain:
            format = .plain(decimals: decimals ?? writtenDecimals, prefix: prefix, suffix: suffix, unit: unit, multiplier: multiplier)
        case .percent:
            let sign = header.flatMap { if case .percent(let s) = $0.kind { return s } else { return nil } } ?? "%"
            format = .plain(decimals: decimals ?? writtenDecimals, prefix: prefix, suffix: sign + suffix, multiplier: multiplier)
        case .fraction:
            // 0.215 is written with three decimals and means 21.5 %: two of them become whole percent.
            format = .percent(decimals: decimals ?? max(0, writtenDecimals - 2), multiplier: multiplier)
            format.prefix = prefix
            format.suffix = suffix
        case .korean:
            if let decimals {
                // Fixed decimals need one unit for every value ("672.0억", "7.8억"): the largest value's.
                let largest = values.map { abs($0 * multiplier) }.filter(\.isFinite).max() ?? 0
                format = .koreanCompact(KoreanUnit.largest(notExceeding: largest), decimals: decimals, unit: unit, multiplier: multiplier)
            } else {
                format = .korean(unit: unit, multiplier: multiplier)
            }
            format.prefix = prefix
            format.suffix = suffix
        case .english:
            format = .english(significantDigits: decimals == nil ? 3 : nil, decimals: decimals ?? 0, prefix: prefix, suffix: suffix,
                              unit: unit, multiplier: multiplier)
        }
        return format
    }

    /// A warning when the values do not look like what the style takes them for: all within ±1
    /// under `percent` (fractions?), or any above 1 under `fraction` (percentages already?).
    /// Nothing is changed: the warning says what was assumed and how to ask for the other.
    static func percentWarnings(style: NumberStyle, cells: [Located<String>], multiplier: Double, assumedBy reason: String,
                                file: SourceLocation) -> [Diagnostic] {
        let numbers: [(cell: Located<String>, value: Double)] = cells.compactMap { cell in
            guard case .number(let v) = NumberParser.parse(cell.value), v.isFinite else { return nil }
            return (cell, v * multiplier)
        }
        switch style {
        case .percent:
            guard let example = numbers.first(where: { $0.value != 0 }), numbers.allSatisfy({ abs($0.value) <= 1 }) else { return [] }
            return [Diagnostic(.warning, at: file, Messages.percentLooksLikeFraction(example: example.cell.value, assumedBy: reason))]
        case .fraction:
            guard let big = numbers.first(where: { abs($0.value) > 1 }) else { return [] }
            return [Diagnostic(.warning, at: big.cell.location, Messages.fractionLooksLikePercent(big.cell.value, assumedBy: reason))]
        case .plain, .korean, .english:
            return []
        }
    }
}
