import Drawing

/// A run of text between break opportunities: one eojeol (space-delimited word), or several
/// glued together where Korean practice forbids a break ("672억 달러", "약 9배", "Qwen 2.5").
struct Eojeol: Equatable {
    /// The pieces in order; inner spaces of glued words are part of the pieces.
    var pieces: [TextSpan]
    /// Forced line break after this unit (a newline in the source).
    var breakAfter: Bool = false
    /// Whether a house rule would rather keep this unit on the line of the one before ("약" with
    /// its number): total fit breaks there only to spare a loose line, at a cost.
    var softlyJoined: Bool = false

    var text: String { pieces.map(\.text).joined() }

    /// The space between `left` and `right`, in the style before it: inside one link it carries
    /// the link and its underline, so a linked phrase stays one run (one annotation a line);
    /// otherwise neither, so no rule runs past a link's last word.
    static func space(between left: [TextSpan], _ right: [TextSpan]) -> TextSpan {
        var style = left.last?.style ?? right.first?.style ?? TextStyle(font: Font(family: "", size: 10), color: .black)
        guard let a = left.last?.link, a == right.first?.link else {
            style.underline = false
            return TextSpan(" ", style: style, link: nil)
        }
        return TextSpan(" ", style: style, link: a)
    }
}

/// Splits styled runs into eojeols, the only places keep-all breaking may break.
enum EojeolSplitter {
    /// Words written after a number that must stay on its line: a line never starts with a bare 원 or 달러.
    static let unitNouns: Set<String> = ["원", "달러", "위안", "엔", "유로", "명", "개", "개사", "곳", "건", "배", "년", "종"]

    /// With `softBreaks`, the rules a line may break against when nothing else sets it ("약" and
    /// its number) mark the later unit ``Eojeol/softlyJoined`` instead of gluing the two.
    /// With `relaxed`, an amount's groups are not glued: for a glued unit wider than the whole
    /// measure, which breaks first between them ("97조 / 5,000억 원") rather than inside a word.
    static func split(_ spans: [TextSpan], softBreaks: Bool = false, relaxed: Bool = false) -> [Eojeol] {
        // First: words at spaces and newlines, each keeping the style of its characters.
        var words: [(pieces: [TextSpan], newlineAfter: Bool)] = []
        var current: [TextSpan] = []
        func flush(newline: Bool) {
            if !current.isEmpty || newline { words.append((current, newline)) }
            current = []
        }
        for span in spans {
            // Scan bytes, not Characters: separators are ASCII, and slicing beats appending grapheme by grapheme.
            let utf8 = span.text.utf8
            var runStart = utf8.startIndex
            var i = utf8.startIndex
            while i != utf8.endIndex {
                let b = utf8[i]
                if b == 0x20 || b == 0x0A || b == 0x09 {
                    if runStart != i { current.append(TextSpan(String(span.text[runStart..<i]), style: span.style, link: span.link)) }
                    flush(newline: b == 0x0A)
                    runStart = utf8.index(after: i)
                }
                i = utf8.index(after: i)
            }
            if runStart != utf8.endIndex {
                current.append(TextSpan(String(span.text[runStart...]), style: span.style, link: span.link))
            }
        }
        flush(newline: false)

        // Then glue neighbours that must not be separated, keeping a space between them.
        var out: [Eojeol] = []
        var pendingGlue = false
        // Each word's text once: it is the right side of one glue test and the left of the next.
        let texts = words.map { text(of: $0.pieces) }
        for (index, word) in words.enumerated() {
            if word.pieces.isEmpty {
                if word.newlineAfter, !out.isEmpty { out[out.count - 1].breakAfter = true }
                pendingGlue = false
                continue
            }
            if pendingGlue, softBreaks, index > 0, isSoft(texts[index - 1], texts[index]) {
                out.append(Eojeol(pieces: word.pieces, breakAfter: word.newlineAfter, softlyJoined: true))
            } else if pendingGlue, var last = out.popLast() {
                last.pieces.append(Eojeol.space(between: last.pieces, word.pieces))
                last.pieces.append(contentsOf: word.pieces)
                last.breakAfter = word.newlineAfter
                out.append(last)
            } else {
                out.append(Eojeol(pieces: word.pieces, breakAfter: word.newlineAfter))
            }
            pendingGlue = !word.newlineAfter && index + 1 < words.count && mustGlue(texts[index], texts[index + 1], relaxed: relaxed)
        }
        return out
    }

    private static func text(of pieces: [TextSpan]) -> String { pieces.map(\.text).joined() }

    /// Whether the glue between `left` and `right` is one total fit may break: "약" and its number.
    static func isSoft(_ left: String, _ right: String) -> Bool { isApproximate(left, right) }

    /// "약 9배", "(약 97조": the determiner before its number, also after an opening bracket.
    private static func isApproximate(_ left: String, _ right: String) -> Bool {
        guard let l = left.last, let r = right.first, r.isNumber, l == "약" else { return false }
        let before = left.dropLast()
        return before.isEmpty || before.last.map({ "([{（［｛〔〈《「『‘“".contains($0) }) == true
    }

    /// House rules on top of keep-all (see docs/korean-typesetting.md).
    static func mustGlue(_ left: String, _ right: String, relaxed: Bool = false) -> Bool {
        guard let l = left.last, let r = right.first else { return false }
        if isApproximate(left, right) { return true }
        // "77억 6,000만", "97조 5,000억": the groups of one amount stay together (제44항 spaces them).
        if !relaxed, r.isASCII, r.isNumber, "만억조".contains(l), left.dropLast().last.map({ $0.isASCII && $0.isNumber }) == true {
            return true
        }
        // "672억 달러", "97조 5,000억 원", "6,000만 달러보다": a unit noun never starts a line after an
        // amount, whether punctuation or a particle follows it.
        let endsWithAmount = l.isNumber || l == "만" || l == "억" || l == "조"
        if endsWithAmount {
            let word = trimmedPunctuation(right)
            if unitNouns.contains(where: { word.hasPrefix($0) }) { return true }
        }
        // "Qwen 2.5", "CES 2025", "Llama 2": a Latin name keeps its version number.
        if r.isASCII && r.isNumber && left.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }) {
            return true
        }
        // A spaced dash never starts a line: glue it to the word before.
        if right == "—" || right == "―" { return true }
        return false
    }

    /// The word without trailing punctuation or particles written after a closing bracket ("원)로" → "원").
    private static func trimmedPunctuation(_ word: String) -> String {
        String(word.prefix { !$0.isPunctuation })
    }
}
