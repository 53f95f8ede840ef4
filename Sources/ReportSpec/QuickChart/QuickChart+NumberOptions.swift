/// How `briefing chart` may be told to write values; what is not told comes from the value
/// columns' headers (``ColumnHeading``), then from the data.
extension QuickChart {
    /// The number styles of `briefing chart --format`.
    ///
    /// `percent` and `fraction` differ on purpose: a CSV for a slide holds 2.1 for 2.1 % far more
    /// often than 0.021, so `percent` writes the value as it is with a "%" sign, and multiplying
    /// by 100 takes asking for it by name (`fraction`). A report's `format: {style: percent}` is
    /// the fraction style, as tables of shares computed elsewhere need.
    ///
    /// ```swift
    /// QuickChart.NumberStyle(rawValue: "fraction")   // .fraction: 0.021 → "2.1%"
    /// ```
    public enum NumberStyle: String, CaseIterable, Equatable, Sendable {
        /// Digits with grouping and the decimals written in the data: "1,339", "67.2".
        case plain
        /// The values are percentages: 2.1 → "2.1%", never multiplied.
        case percent
        /// The values are fractions of one: 0.021 → "2.1%".
        case fraction
        /// Korean myriad groups (만/억/조): 6.72e10 → "672억".
        case korean
        /// English scale words: 6.72e10 → "67.2 billion".
        case english
    }

    /// What the command line says about the numbers; nil leaves each choice to the header and data.
    ///
    /// ```swift
    /// var numbers = QuickChart.NumberOptions()
    /// numbers.style = .english; numbers.prefix = "$"; numbers.decimals = 1
    /// ```
    public struct NumberOptions: Equatable, Sendable {
        /// The style; default: what the header's unit implies, else `plain`.
        public var style: NumberStyle?
        /// A unit noun after each value ("달러"); default: the header's noun.
        public var unit: String?
        /// What each cell is multiplied by first (1e9 for billions); default: the header's scale, else 1.
        public var multiplier: Double?
        /// Written before the digits ("$"); default: the header's currency symbol.
        public var prefix: String?
        /// Written after everything ("p", "배"); default: none.
        public var suffix: String?
        /// Fixed decimals (0…6); default: as many as the cells are written with (at most two),
        /// or the style's own rounding for Korean and English words.
        public var decimals: Int?

        /// Options that leave every choice to the header and data.
        public init(style: NumberStyle? = nil, unit: String? = nil, multiplier: Double? = nil, prefix: String? = nil,
                    suffix: String? = nil, decimals: Int? = nil) {
            self.style = style; self.unit = unit; self.multiplier = multiplier
            self.prefix = prefix; self.suffix = suffix; self.decimals = decimals
        }

        /// The most decimals `decimals` may ask for.
        public static let maxDecimals = 6
    }
}
