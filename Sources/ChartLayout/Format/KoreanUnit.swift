/// A Korean myriad unit: numbers are read in groups of four digits (만, 억, 조, 경).
///
/// ```swift
/// KoreanUnit.eok.scale   // 1e8
/// KoreanUnit.eok.word    // "억"
/// ```
public enum KoreanUnit: String, CaseIterable, Equatable, Hashable, Sendable {
    /// Plain ones, written with no unit word: 2,400.
    case one
    /// 만, 10^4: 558만.
    case man
    /// 억, 10^8: 672억.
    case eok
    /// 조, 10^12: 97조 5,000억.
    case jo
    /// 경, 10^16 (1경 2,000조); past 조 so that no group ever needs more than four digits in realistic data.
    case gyeong

    /// The power of ten this unit stands for.
    ///
    /// ```swift
    /// KoreanUnit.jo.exponent   // 12
    /// ```
    public var exponent: Int {
        switch self {
        case .one: 0
        case .man: 4
        case .eok: 8
        case .jo: 12
        case .gyeong: 16
        }
    }

    /// The value of one of this unit.
    ///
    /// ```swift
    /// KoreanUnit.man.scale   // 10_000
    /// ```
    public var scale: Double { DecimalDigits.powerOfTen(exponent) }

    /// The word written after the group's digits, empty for ones.
    ///
    /// ```swift
    /// KoreanUnit.jo.word   // "조"
    /// ```
    public var word: String {
        switch self {
        case .one: ""
        case .man: "만"
        case .eok: "억"
        case .jo: "조"
        case .gyeong: "경"
        }
    }

    /// The largest unit not exceeding `magnitude` (its absolute value), `.one` for small or non-finite input.
    ///
    /// ```swift
    /// KoreanUnit.largest(notExceeding: 4e11)   // .eok
    /// ```
    public static func largest(notExceeding magnitude: Double) -> KoreanUnit {
        let size = abs(magnitude)
        guard size.isFinite else { return .one }
        return allCases.last { $0.scale <= size } ?? .one
    }
}
