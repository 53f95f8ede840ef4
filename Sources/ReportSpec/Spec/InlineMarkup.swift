import ReportBuilder

/// Parses the small inline markup prose uses: `**strong**`, `*emphasis*` and `[text](https://…)`.
///
/// ```swift
/// InlineMarkup.parse("시장 규모는 **6,000억 위안**이다")
/// // [Inline("시장 규모는 "), Inline("6,000억 위안", emphasis: .strong), Inline("이다")]
/// ```
public enum InlineMarkup {
    /// The runs of `text`; unmatched markers stay as literal characters.
    public static func parse(_ text: String) -> [Inline] {
        // Most paragraphs carry no markup at all.
        if !text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5B }) { return text.isEmpty ? [] : [Inline(text)] }
        var out: [Inline] = []
        var plain = ""
        var i = text.startIndex
        func flush() { if !plain.isEmpty { out.append(Inline(plain)); plain = "" } }
        while i < text.endIndex {
            let rest = text[i...]
            if rest.hasPrefix("**"), let close = rest.dropFirst(2).firstRange(of: "**"), close.lowerBound > rest.index(i, offsetBy: 2) {
                flush()
                out.append(Inline(String(text[text.index(i, offsetBy: 2)..<close.lowerBound]), emphasis: .strong))
                i = close.upperBound
            } else if rest.hasPrefix("*"), let close = rest.dropFirst().firstIndex(of: "*"), close > text.index(after: i) {
                flush()
                out.append(Inline(String(text[text.index(after: i)..<close]), emphasis: .emphasis))
                i = text.index(after: close)
            } else if rest.hasPrefix("["), let mid = rest.firstRange(of: "]("), let end = rest[mid.upperBound...].firstIndex(of: ")") {
                flush()
                let label = String(text[text.index(after: i)..<mid.lowerBound])
                out.append(Inline(label, link: String(text[mid.upperBound..<end])))
                i = text.index(after: end)
            } else {
                plain.append(text[i])
                i = text.index(after: i)
            }
        }
        flush()
        return out
    }
}
