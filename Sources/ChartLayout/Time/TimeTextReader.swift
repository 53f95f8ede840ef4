/// Reads the written forms of ``TimePoint`` by their tokens: runs of figures, runs of letters
/// (Latin or Hangul) and separators, so that `2024-03`, `2024.3.` and `2024년 3월` are one shape.
enum TimeTextReader {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The point `text` names, or nil.
    ///
    /// The tokens are read as a shape: `Y` a four-figure year, `n` a number of one or two
    /// figures, `M` an English month name, and words as written ("2024년 3월" is `Y년n월`).
    static func read(_ text: String) -> TimePoint? {
        guard let tokens = tokens(text), !tokens.isEmpty, tokens.count <= 6 else { return nil }
        var shape = ""
        var numbers: [(value: Int, digits: Int)] = []
        var monthName: Int?
        for token in tokens {
            switch token {
            case .number(let n, let digits):
                guard digits != 3 else { return nil }
                shape += digits == 4 ? "Y" : "n"
                numbers.append((n, digits))
            case .word(let w):
                if let m = month(named: w) { shape += "M"; monthName = m } else { shape += w }
            }
        }
        let n = numbers.map(\.value)
        func twoFigureYear(_ i: Int) -> Int? { numbers[i].digits == 2 ? 2000 + n[i] : nil }
        switch shape {
        case "Y", "Y년":
            return TimePoint(year: n[0], granularity: .year)
        case "Yn", "Y년n월":
            return TimePoint(year: n[0], month: n[1], granularity: .month)
        case "Ynn", "Y년n월n일":
            return TimePoint(year: n[0], month: n[1], day: n[2], granularity: .day)
        case "Yqn", "Ynq", "Yn분기", "Y년n분기":
            return quarter(n[1], of: n[0])
        case "qnY":
            return quarter(n[0], of: n[1])
        case "nqY":
            return quarter(n[0], of: n[1])
        case "nqn", "qnn":
            return twoFigureYear(1).flatMap { quarter(n[0], of: $0) }
        case "MY":
            return monthName.flatMap { TimePoint(year: n[0], month: $0, granularity: .month) }
        case "Mn":
            return monthName.flatMap { m in twoFigureYear(0).flatMap { TimePoint(year: $0, month: m, granularity: .month) } }
        case "MnY", "nMY":
            return monthName.flatMap { TimePoint(year: n[1], month: $0, day: n[0], granularity: .day) }
        default:
            return nil
        }
    }

    static func quarter(_ q: Int, of year: Int) -> TimePoint? {
        guard (1...4).contains(q) else { return nil }
        return TimePoint(year: year, month: (q - 1) * 3 + 1, granularity: .quarter)
    }

    /// A month by its English name or three-letter abbreviation ("Sept" too).
    static func month(named name: String) -> Int? {
        guard name.count >= 3, let i = monthNames.firstIndex(of: String(name.prefix(3))) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][i]
        return full.hasPrefix(name) || name == "sept" ? i + 1 : nil
    }

    /// The tokens of `text`, or nil when it holds anything but figures, letters, spaces and the
    /// separators `- / . , '`; words are lower-cased.
    static func tokens(_ text: String) -> [Token]? {
        var out: [Token] = []
        var digits = "", letters = ""
        func flush() -> Bool {
            if !digits.isEmpty {
                guard digits.count <= 4, let n = Int(digits) else { return false }
                out.append(.number(n, digits: digits.count)); digits = ""
            }
            if !letters.isEmpty { out.append(.word(letters.lowercased())); letters = "" }
            return true
        }
        for ch in text {
            if ch.isASCII && ch.isNumber {
                if !letters.isEmpty { guard flush() else { return nil } }
                digits.append(ch)
            } else if (ch.isASCII && ch.isLetter) || ("가"..."힣").contains(ch) {
                if !digits.isEmpty { guard flush() else { return nil } }
                letters.append(ch)
            } else if ch == " " || ch == "-" || ch == "/" || ch == "." || ch == "," || ch == "'" || ch == "\u{2019}" {
                guard flush() else { return nil }
            } else {
                return nil
            }
        }
        guard flush() else { return nil }
        return out
    }
}
