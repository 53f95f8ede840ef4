/// Formats for axis tick labels derived from a chart's value format.
extension NumberFormat {
    /// A compact format for ticks: the same style and prefix and suffix without the unit noun
    /// (the unit belongs in the subtitle, not on every tick), with just enough decimals to tell
    /// ticks `step` apart.
    ///
    /// ```swift
    /// NumberFormat.korean(unit: "달러", multiplier: 1e9).axisFormat(ticks: [0, 20, 40, 60], step: 20)
    ///     .format(40)   // "400억"
    /// ```
    public func axisFormat(ticks: [Double], step: Double?) -> NumberFormat {
        let stepDecimals = step.map { LinearScale.decimals(forStep: $0 * multiplier) } ?? 0
        var f: NumberFormat
        switch style {
        case .korean, .koreanCompact:
            f = .koreanAxis(for: ticks, tickStep: step, multiplier: multiplier)
        case .percent:
            f = .percent(decimals: step.map { LinearScale.decimals(forStep: $0 * 100 * multiplier) } ?? 0,
                         grouping: grouping, multiplier: multiplier)
        case .english, .englishShort:
            f = .english(short: true, significantDigits: 3, prefix: prefix, suffix: suffix, multiplier: multiplier)
        case .plain:
            f = .plain(decimals: stepDecimals, grouping: grouping, prefix: prefix, suffix: suffix, multiplier: multiplier)
        }
        // A sign before or after the digits ("$", "%p") belongs to every tick, as the unit noun does not.
        f.prefix = prefix
        f.suffix = suffix
        f.notAvailable = notAvailable
        return f
    }
}
