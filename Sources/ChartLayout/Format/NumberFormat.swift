/// How to write a number as text: style, precision, affixes and placeholder, all as plain values.
///
/// ```swift
/// NumberFormat.korean(unit: "원").format(97.5e12)               // "97조 5,000억 원"
/// NumberFormat.plain(decimals: 1, prefix: "$", suffix: "B").format(67.2)   // "$67.2B"
/// ```
public struct NumberFormat: Equatable, Hashable, Sendable {
    /// The way digits are laid out; each style reads only the fields its documentation names.
    ///
    /// ```swift
    /// NumberFormat.Style(rawValue: "korean")   // .korean
    /// ```
    public enum Style: String, CaseIterable, Equatable, Hashable, Sendable {
        /// Fixed `decimals`, optional `grouping`: "1,339", "67.2", "2023".
        case plain
        /// A fraction times 100 with `decimals` and a "%" sign: 0.704 → "70.4%".
        case percent
        /// Korean myriad groups after rounding to `significantDigits`: "77억 6,000만".
        case korean
        /// One shared `koreanUnit` with `decimals`, for axis ticks: "2,000억", "1.2조".
        case koreanCompact
        /// English words after rounding to `significantDigits`: "67.2 billion".
        case english
        /// English letters after rounding to `significantDigits`: "67.2B".
        case englishShort
    }

    /// The layout of the digits: `.korean` writes 7.76e9 as "77억 6,000만".
    public var style: Style
    /// Fraction digits for `.plain`, `.percent`, `.koreanCompact`, and English when `significantDigits` is nil: 1 gives "67.2".
    public var decimals: Int
    /// Whether `.plain`, `.percent` and compact styles put commas every three digits: "1,339"; off for years such as "2023".
    public var grouping: Bool
    /// Applied before anything else: a column holding 67.2 meaning billions uses 1e9.
    public var multiplier: Double
    /// Written exactly, directly before the digits and after any sign: "$" gives "−$67.2B".
    public var prefix: String
    /// Written exactly, directly after everything else: "개" gives "1,339개".
    public var suffix: String
    /// A unit noun, empty for none, spaced as ``unitSpacing`` says: "원" gives "120조 원", "건" gives "4,700건".
    public var unit: String
    /// Whether a space goes before ``unit``.
    public var unitSpacing: UnitSpacing
    /// Significant digits for `.korean` and English, nil for exact: 2 writes 7.76e9 as "78억".
    public var significantDigits: Int?
    /// Whether to put `approximateMarker` in front when rounding changed the value: "약 78억 달러".
    public var approximate: Bool
    /// The mark for rounded values: "약 " by Korean press practice, "about " for English presets.
    public var approximateMarker: String
    /// The shared unit used by `.koreanCompact`: `.eok` writes 2e11 as "2,000억".
    public var koreanUnit: KoreanUnit
    /// Written instead of digits for NaN and infinities: "n/a" by default.
    public var notAvailable: String

    /// Creates a format; every field has an explicit default so specs can be normalised into it.
    ///
    /// ```swift
    /// let years = NumberFormat(grouping: false)   // 2023 → "2023"
    /// ```
    public init(
        style: Style = .plain,
        decimals: Int = 0,
        grouping: Bool = true,
        multiplier: Double = 1,
        prefix: String = "",
        suffix: String = "",
        unit: String = "",
        unitSpacing: UnitSpacing = .spelling,
        significantDigits: Int? = 4,
        approximate: Bool = false,
        approximateMarker: String = "약 ",
        koreanUnit: KoreanUnit = .one,
        notAvailable: String = "n/a"
    ) {
        self.style = style
        self.decimals = decimals
        self.grouping = grouping
        self.multiplier = multiplier
        self.prefix = prefix
        self.suffix = suffix
        self.unit = unit
        self.unitSpacing = unitSpacing
        self.significantDigits = significantDigits
        self.approximate = approximate
        self.approximateMarker = approximateMarker
        self.koreanUnit = koreanUnit
        self.notAvailable = notAvailable
    }

    /// `value` as text; NaN, infinities and overflowing products give `notAvailable`.
    ///
    /// ```swift
    /// NumberFormat.percent(decimals: 1).format(0.704)   // "70.4%"
    /// NumberFormat.plain().format(.nan)                 // "n/a"
    /// ```
    public func format(_ value: Double) -> String {
        let scaled = value * multiplier
        guard scaled.isFinite else { return notAvailable }
        let magnitude = abs(scaled)
        let rendered: Body?
        switch style {
        case .plain: rendered = plainBody(magnitude)
        case .percent: rendered = percentBody(magnitude)
        case .korean: rendered = koreanBody(magnitude)
        case .koreanCompact: rendered = koreanCompactBody(magnitude)
        case .english: rendered = englishBody(magnitude, short: false)
        case .englishShort: rendered = englishBody(magnitude, short: true)
        }
        guard let body = rendered else { return notAvailable }
        // A value that rounds to zero is written without a sign: "−0" reads as an error. The sign
        // is the minus (U+2212), as wide as a plus and set on the figures' axis, not a hyphen.
        let sign = scaled < 0 && !body.isZero ? Self.minus : ""
        let marker = approximate && body.isRounded ? approximateMarker : ""
        let noun = unit.isEmpty ? "" : (spacesUnit(after: body.text) ? " " : "") + unit
        return marker + sign + prefix + body.text + noun + suffix
    }

    /// The minus sign every style writes before a negative number.
    public static let minus = "\u{2212}"

    /// Whether a space goes between `digits` and ``unit``.
    func spacesUnit(after digits: String) -> Bool {
        switch unitSpacing {
        case .spaced: return true
        case .attached: return false
        case .spelling:
            // English writes "67.2 billion dollars" and "5 km"; Korean attaches a unit noun to
            // Arabic figures ("4,700곳", "10건") and spaces it after a Hangul numeral ("672억 달러").
            if style == .english || style == .englishShort { return true }
            // An axis in one Korean unit writes each tick alike, its zero too: "0 원", "0.2조 원".
            if style == .koreanCompact, koreanUnit != .one { return true }
            return digits.last.map { !($0.isASCII && ($0.isNumber || $0 == "%")) } ?? true
        }
    }

    /// Where a unit noun goes, relative to the figures before it.
    public enum UnitSpacing: String, CaseIterable, Equatable, Hashable, Sendable, Codable {
        /// Korean spelling (한글 맞춤법 제43항): attached to Arabic figures ("10건", "4,700곳"),
        /// spaced after a Hangul numeral ("672억 달러", "5만 4,000건" ends in figures); always
        /// spaced in the English styles.
        case spelling
        /// Always after a space: "10 건".
        case spaced
        /// Always attached: "672억달러".
        case attached
    }

    /// The digits of one magnitude, plus what the shared assembly needs to know about them.
    struct Body: Equatable, Hashable, Sendable {
        var text: String
        var isZero: Bool
        var isRounded: Bool
    }

    /// `magnitude` with fixed decimals and optional grouping, as every non-Korean style writes digits.
    func fixedText(_ magnitude: Double, decimals places: Int, grouping grouped: Bool) -> (text: String, shown: Double) {
        let (integer, fraction) = DecimalDigits.fixed(magnitude, decimals: places)
        let integerText = grouped ? DecimalDigits.grouped(integer) : integer
        let text = fraction.isEmpty ? integerText : integerText + "." + fraction
        let shown = Double(integer + (fraction.isEmpty ? "" : "." + fraction)) ?? magnitude
        return (text, shown)
    }

    private func plainBody(_ magnitude: Double) -> Body {
        let (text, shown) = fixedText(magnitude, decimals: decimals, grouping: grouping)
        return Body(text: text, isZero: shown == 0, isRounded: DecimalDigits.differs(shown: shown, actual: magnitude))
    }

    private func percentBody(_ magnitude: Double) -> Body? {
        let percent = magnitude * 100
        guard percent.isFinite else { return nil }
        let (text, shown) = fixedText(percent, decimals: decimals, grouping: grouping)
        return Body(text: text + "%", isZero: shown == 0, isRounded: DecimalDigits.differs(shown: shown, actual: percent))
    }
}
