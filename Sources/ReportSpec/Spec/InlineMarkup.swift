import Drawing
import ReportBuilder

/// Parses the small inline markup prose uses: `**strong**`, `*emphasis*` and `[text](https://…)`;
/// a hyphen typed for a minus sign becomes one (``MinusSigns``).
///
/// ```swift
/// InlineMarkup.parse("시장 규모는 **6,000억 위안**이다")
/// // [Inline("시장 규모는 "), Inline("6,000억 위안", emphasis: .strong), Inline("이다")]
/// ```
public enum InlineMarkup {
    /// The runs of `text`; unmatched markers stay as literal characters.
    ///
    /// Linear in the text's length: a search for a closing marker that finds none is not made
    /// again from a later position (100,000 `[` took 21 s when each searched to the end). A
    /// link's address may hold balanced parentheses (`…/Mercury_(planet)`).
    public static func parse(_ text: String) -> [Inline] {
        // Most paragraphs carry no markup at all.
        if !text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5B }) { return text.isEmpty ? [] : [Inline(MinusSigns.set(text))] }
        var out: [Inline] = []
        var plain = ""
        var i = text.startIndex
        // Set once a search found no closer anywhere after some position: none lies after any later one.
        var noStrongCloser = false, noEmphasisCloser = false, noLinkCloser = false
        func flush() { if !plain.isEmpty { out.append(Inline(MinusSigns.set(plain))); plain = "" } }
        while i < text.endIndex {
            let rest = text[i...]
            if !noStrongCloser, rest.hasPrefix("**") {
                guard let close = rest.dropFirst(2).firstRange(of: "**") else { noStrongCloser = true; continue }
                if close.lowerBound > rest.index(i, offsetBy: 2) {
                    flush()
                    out.append(Inline(MinusSigns.set(String(text[text.index(i, offsetBy: 2)..<close.lowerBound])), emphasis: .strong))
                    i = close.upperBound
                    continue
                }
            }
            if !noEmphasisCloser, rest.hasPrefix("*") {
                guard let close = rest.dropFirst().firstIndex(of: "*") else { noEmphasisCloser = true; continue }
                if close > text.index(after: i) {
                    flush()
                    out.append(Inline(MinusSigns.set(String(text[text.index(after: i)..<close])), emphasis: .emphasis))
                    i = text.index(after: close)
                    continue
                }
            }
            if !noLinkCloser, rest.hasPrefix("[") {
                guard let mid = rest.firstRange(of: "]("), let end = addressEnd(in: text[mid.upperBound...]) else {
                    noLinkCloser = true
                    continue
                }
                flush()
                out.append(Inline(MinusSigns.set(String(text[text.index(after: i)..<mid.lowerBound])), link: String(text[mid.upperBound..<end])))
                i = text.index(after: end)
                continue
            }
            plain.append(text[i])
            i = text.index(after: i)
        }
        flush()
        return out
    }

    /// The `)` that closes a link's address: the first one not matched by a `(` inside it, or
    /// failing that the first one at all; nil when there is none.
    static func addressEnd(in address: Substring) -> String.Index? {
        var depth = 0
        var first: String.Index?
        for index in address.indices {
            switch address[index] {
            case "(": depth += 1
            case ")":
                if first == nil { first = index }
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
        }
        return first
    }

    /// Whether a link's address may become a link: `https:`, `http:` and `mailto:` only.
    public static func isAllowedLink(_ address: String) -> Bool { LinkTarget.uri(address).isWebOrMailAddress }
}
