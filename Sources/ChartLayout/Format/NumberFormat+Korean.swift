extension NumberFormat {
    /// Korean myriad groups, largest first: "77억 6,000만". Zero groups are dropped so "1억 0만" cannot happen.
    func koreanBody(_ magnitude: Double) -> Body {
        let rounded = significantDigits.map { DecimalDigits.roundedToSignificant(magnitude, digits: $0) } ?? magnitude
        // Groups are whole numbers; anything below one is a rounding question, not a Korean unit question.
        let whole = rounded.rounded()
        let groups = Self.myriadGroups(DecimalDigits.integerDigits(whole))
        var words: [String] = []
        for (index, group) in groups.enumerated().reversed() {
            let digits = DecimalDigits.trimmingLeadingZeros(Substring(group))
            guard digits != "0" else { continue }
            let unit = KoreanUnit.allCases[min(index, KoreanUnit.allCases.count - 1)]
            words.append(DecimalDigits.grouped(digits) + unit.word)
        }
        let isZero = words.isEmpty
        return Body(
            text: isZero ? "0" : words.joined(separator: " "),
            isZero: isZero,
            isRounded: DecimalDigits.differs(shown: whole, actual: magnitude)
        )
    }

    /// One shared unit for a whole axis, so ticks compare at a glance: "0", "2,000억", "4,000억".
    func koreanCompactBody(_ magnitude: Double) -> Body {
        let scale = koreanUnit.scale
        let (text, shown) = fixedText(magnitude / scale, decimals: decimals, grouping: grouping)
        // A bare zero is the axis origin; "0억" would suggest the unit matters there.
        guard shown != 0 else {
            return Body(text: "0", isZero: true, isRounded: DecimalDigits.differs(shown: 0, actual: magnitude))
        }
        return Body(
            text: text + koreanUnit.word,
            isZero: false,
            isRounded: DecimalDigits.differs(shown: shown * scale, actual: magnitude)
        )
    }

    /// Splits whole-number digits into four-digit groups, ones first; everything past 경 stays in the 경 group.
    static func myriadGroups(_ digits: String) -> [String] {
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -4, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(String(digits[start..<end]))
            end = start
        }
        let top = KoreanUnit.allCases.count - 1
        if groups.count > top + 1 {
            groups = Array(groups[..<top]) + [groups[top...].reversed().joined()]
        }
        return groups
    }
}
