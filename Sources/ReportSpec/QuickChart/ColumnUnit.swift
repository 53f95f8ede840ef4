/// The unit a value column's header names in brackets, read as briefing authors write it:
/// a Korean scale word and noun (`억 달러`), a percent sign, an English currency and scale
/// (`US$ bn`), or a plain unit noun (`명`, `km`).
///
/// Only words known to be units are read as one: brackets also hold qualifiers (`매출 (연결)`,
/// `Population (2023)`), and writing "연결" after every value would be worse than writing no unit.
///
/// ```swift
/// ColumnUnit("억 달러")?.kind     // .korean(scale: 1e8, noun: "달러")
/// ColumnUnit("%")?.kind           // .percent(sign: "%")
/// ColumnUnit("US$ bn")?.kind      // .english(prefix: "US$", scale: 1e9, noun: "")
/// ColumnUnit("연결")              // nil: a qualifier, not a unit
/// ```
public struct ColumnUnit: Equatable, Sendable {
    /// What the unit says about the numbers in the column's cells.
    public enum Kind: Equatable, Sendable {
        /// The cells are percentages already (2.1 means 2.1%); `sign` is `%` or `%p`.
        case percent(sign: String)
        /// A Korean scale word and an optional noun: the cell 672 under `억 달러` is 672억 달러.
        case korean(scale: Double, noun: String)
        /// A currency symbol and/or an English scale word, and an optional noun after them:
        /// the cell 67.2 under `US$ bn` is US$67.2 billion.
        case english(prefix: String, scale: Double, noun: String)
        /// A unit with no scale, written after each value: `명`, `달러`, `km`, `°C`.
        case noun(String)
    }

    /// The unit as written inside the brackets, without a leading "단위:" or "unit:".
    public var text: String
    /// What it means for the cells.
    public var kind: Kind

    /// Reads the words inside a header's brackets; nil when they are not a unit this reader knows.
    ///
    /// ```swift
    /// ColumnUnit("단위: 만 명")?.kind   // .korean(scale: 1e4, noun: "명")
    /// ```
    public init?(_ written: String) {
        var text = written.trimmingSpaces
        for label in ["단위:", "단위 :", "unit:", "unit :", "units:"] where text.lowercased().hasPrefix(label) {
            text = String(text.dropFirst(label.count)).trimmingSpaces
            break
        }
        guard !text.isEmpty, let kind = Self.kind(of: text) else { return nil }
        self.text = text
        self.kind = kind
    }

    private static func kind(of text: String) -> Kind? {
        if let sign = percentSigns[text] { return .percent(sign: sign) }
        if let korean = koreanScaled(text) { return korean }
        if let english = englishScaled(text) { return english }
        if isKnownNoun(text) { return .noun(text) }
        return nil
    }

    // MARK: Korean

    /// `억 달러`, `억달러`, `만 명`, `천 명`, `백만 달러`, `십억 원`, `조 원`, `억`: an optional 십/백/천,
    /// then an optional 만/억/조 (at least one of the two), then nothing or a known noun. "만족도"
    /// is not 만 + 족도: what follows a scale word must be a unit.
    private static func koreanScaled(_ text: String) -> Kind? {
        var rest = Substring(text)
        var scale = 1.0
        var read = false
        if let first = rest.first, let small = koreanSmallScales[first] { scale *= small; rest = rest.dropFirst(); read = true }
        if let first = rest.first, let large = koreanLargeScales[first] { scale *= large; rest = rest.dropFirst(); read = true }
        guard read else { return nil }
        let noun = String(rest).trimmingSpaces
        guard noun.isEmpty || isKnownNoun(noun) else { return nil }
        return .korean(scale: scale, noun: noun)
    }

    private static let koreanSmallScales: [Character: Double] = ["십": 1e1, "백": 1e2, "천": 1e3]
    private static let koreanLargeScales: [Character: Double] = ["만": 1e4, "억": 1e8, "조": 1e12]

    // MARK: English

    /// `US$ bn`, `$bn`, `€ million`, `bn`, `USD million`, `billion tonnes`: a currency symbol,
    /// then a scale word, then an optional known noun. A lone `m` or `k` is a scale only after a
    /// currency (`$m`); alone it is metres or kilo-something, a noun.
    private static func englishScaled(_ text: String) -> Kind? {
        var rest = Substring(text)
        var prefix = ""
        if let symbol = currencySymbols.first(where: { rest.hasPrefix($0) }) {
            prefix = symbol
            rest = rest.dropFirst(symbol.count)
        }
        var words = rest.split(separator: " ").map(String.init)
        var code = ""
        if prefix.isEmpty, let first = words.first, currencyCodes.contains(first.uppercased()) {
            code = first
            words.removeFirst()
        }
        var scale: Double?
        if let first = words.first {
            let word = first.lowercased()
            if let s = englishScaleWords[word] {
                scale = s
            } else if let s = englishScaleLetters[word], !(prefix.isEmpty && code.isEmpty) {
                scale = s
            }
            if scale != nil { words.removeFirst() }
        }
        var noun = words.joined(separator: " ")
        if !code.isEmpty { noun = noun.isEmpty ? code : code + " " + noun }
        guard !prefix.isEmpty || scale != nil else { return nil }
        guard noun.isEmpty || noun == code || isKnownNoun(noun) else { return nil }
        return .english(prefix: prefix, scale: scale ?? 1, noun: noun)
    }

    /// Longest first, so `US$` is not read as `U` and `S$`.
    private static let currencySymbols = ["US$", "HK$", "A$", "C$", "S$", "$", "€", "£", "¥", "₩"]
    private static let currencyCodes: Set<String> = ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB"]
    private static let englishScaleWords: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
        "bn": 1e9, "billion": 1e9, "billions": 1e9, "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
    ]
    private static let englishScaleLetters: [String: Double] = ["k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12]

    // MARK: Nouns and signs

    private static let percentSigns: [String: String] = ["%": "%", "％": "%", "%p": "%p", "%P": "%p", "퍼센트": "%", "percent": "%", "pct": "%"]

    /// Units, counters and currencies briefing data is counted in. A word not listed here is
    /// taken for a qualifier and left in the header, not written after every value.
    private static let knownNouns: Set<String> = [
        // Korean currencies and counters
        "원", "달러", "위안", "엔", "유로", "파운드", "명", "개", "건", "곳", "대", "톤", "가구", "배", "회", "년", "개월",
        "일", "시간", "분", "초", "세", "점", "편", "권", "채", "마리", "개사", "개국", "개소", "호", "척", "기", "종", "표",
        // measures written in Latin letters or signs
        "km", "m", "cm", "mm", "kg", "g", "t", "ha", "km²", "m²", "°C", "℃", "kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh",
        "pp", "bp", "bps", "x",
        "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB",
        "people", "persons", "units", "tonnes", "tons", "hours", "years", "days", "points", "times", "companies", "patents",
    ]

    private static func isKnownNoun(_ text: String) -> Bool { knownNouns.contains(text) || knownNouns.contains(text.lowercased()) }
}
