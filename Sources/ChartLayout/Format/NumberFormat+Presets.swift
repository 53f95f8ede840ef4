/// Named starting points; each returns an ordinary `NumberFormat` whose fields can still be changed.
extension NumberFormat {
    /// Fixed decimals with optional digit grouping.
    ///
    /// ```swift
    /// NumberFormat.plain().format(1339)                   // "1,339"
    /// NumberFormat.plain(grouping: false).format(2023)    // "2023"
    /// NumberFormat.plain(suffix: "배").format(9)          // "9배"
    /// ```
    public static func plain(
        decimals: Int = 0,
        grouping: Bool = true,
        prefix: String = "",
        suffix: String = "",
        unit: String = "",
        multiplier: Double = 1
    ) -> NumberFormat {
        NumberFormat(style: .plain, decimals: decimals, grouping: grouping, multiplier: multiplier,
                     prefix: prefix, suffix: suffix, unit: unit)
    }

    /// A fraction written as a percentage.
    ///
    /// ```swift
    /// NumberFormat.percent().format(0.7)                // "70%"
    /// NumberFormat.percent(decimals: 1).format(0.704)   // "70.4%"
    /// ```
    public static func percent(decimals: Int = 0, grouping: Bool = true, multiplier: Double = 1) -> NumberFormat {
        NumberFormat(style: .percent, decimals: decimals, grouping: grouping, multiplier: multiplier)
    }

    /// Korean myriad groups for prose and labels, rounded to `significantDigits` (nil: exact).
    ///
    /// ```swift
    /// NumberFormat.korean(unit: "원").format(97.5e12)                      // "97조 5,000억 원"
    /// NumberFormat.korean(unit: "달러", multiplier: 1e9).format(7.76)      // "77억 6,000만 달러"
    /// NumberFormat.korean(unit: "달러", significantDigits: 2, approximate: true).format(7.76e9)   // "약 78억 달러"
    /// ```
    public static func korean(
        unit: String = "",
        multiplier: Double = 1,
        significantDigits: Int? = 4,
        approximate: Bool = false,
        prefix: String = "",
        suffix: String = ""
    ) -> NumberFormat {
        NumberFormat(style: .korean, multiplier: multiplier, prefix: prefix, suffix: suffix, unit: unit,
                     significantDigits: significantDigits, approximate: approximate)
    }

    /// One fixed Korean unit for every value, as axis ticks need.
    ///
    /// ```swift
    /// NumberFormat.koreanCompact(.eok).format(2e11)              // "2,000억"
    /// NumberFormat.koreanCompact(.jo, decimals: 1).format(1.2e12)   // "1.2조"
    /// ```
    public static func koreanCompact(
        _ koreanUnit: KoreanUnit,
        decimals: Int = 0,
        unit: String = "",
        multiplier: Double = 1
    ) -> NumberFormat {
        NumberFormat(style: .koreanCompact, decimals: decimals, multiplier: multiplier, unit: unit,
                     koreanUnit: koreanUnit)
    }

    /// A compact Korean format whose unit suits the largest of `values` (after `multiplier`);
    /// given the axis `tickStep`, it adds the decimals that keep neighbouring ticks distinct.
    ///
    /// ```swift
    /// let axis = NumberFormat.koreanAxis(for: [0, 2e11, 4e11])
    /// [0, 2e11, 4e11].map(axis.format)                         // ["0", "2,000억", "4,000억"]
    /// NumberFormat.koreanAxis(for: [0, 5e3, 1e4], tickStep: 5e3).format(5e3)   // "0.5만"
    /// ```
    public static func koreanAxis(
        for values: [Double],
        tickStep: Double? = nil,
        decimals: Int = 0,
        unit: String = "",
        multiplier: Double = 1
    ) -> NumberFormat {
        let largest = values.lazy.map { abs($0 * multiplier) }.filter(\.isFinite).max() ?? 0
        let koreanUnit = compactKoreanUnit(for: largest)
        // Ticks finer than the unit (0.5만 steps) would otherwise all round to the same label.
        let stepDecimals = tickStep.map { LinearScale.decimals(forStep: $0 * multiplier / koreanUnit.scale) } ?? 0
        return koreanCompact(koreanUnit, decimals: max(decimals, stepDecimals), unit: unit, multiplier: multiplier)
    }

    /// The shared axis unit: the largest Korean unit not exceeding `maxMagnitude`.
    ///
    /// ```swift
    /// NumberFormat.compactKoreanUnit(for: 4e11)     // .eok
    /// NumberFormat.compactKoreanUnit(for: 1.2e12)   // .jo
    /// ```
    public static func compactKoreanUnit(for maxMagnitude: Double) -> KoreanUnit {
        KoreanUnit.largest(notExceeding: maxMagnitude)
    }

    /// English scale words or letters, rounded to `significantDigits` (nil: `decimals` fixed places).
    ///
    /// ```swift
    /// NumberFormat.english().format(67.2e9)                          // "67.2 billion"
    /// NumberFormat.english(short: true, prefix: "$").format(67.2e9)   // "$67.2B"
    /// ```
    public static func english(
        short: Bool = false,
        significantDigits: Int? = 3,
        decimals: Int = 0,
        prefix: String = "",
        suffix: String = "",
        unit: String = "",
        multiplier: Double = 1,
        approximate: Bool = false
    ) -> NumberFormat {
        NumberFormat(style: short ? .englishShort : .english, decimals: decimals, multiplier: multiplier,
                     prefix: prefix, suffix: suffix, unit: unit, significantDigits: significantDigits,
                     approximate: approximate, approximateMarker: "about ")
    }
}
