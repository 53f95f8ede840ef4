import Drawing

/// Hanging punctuation: a bracket or quote that opens a line is set in the margin before it, and
/// one that closes a line in the margin after it, so the text's edges line up with the letters
/// rather than with the marks (optical margin alignment, as books and good newspapers set).
extension TextLayouter {
    /// Marks that may hang before a line: opening brackets and quotes.
    static let hangingOpeners: Set<Character> = ["「", "『", "（", "(", "“", "‘", "〈", "《", "【", "〔", "["]
    /// Marks that may hang after a line: closing brackets and quotes.
    static let hangingClosers: Set<Character> = ["」", "』", "）", ")", "”", "’", "〉", "》", "】", "〕", "]"]

    /// How far `spans` hang into the margins: the width of an opening mark they start with and of
    /// a closing mark they end with (zero without one).
    func hangs(of spans: [TextSpan]) -> (left: Double, right: Double) {
        var left = 0.0, right = 0.0
        if let first = spans.first(where: { !$0.text.isEmpty }), let c = first.text.first, Self.hangingOpeners.contains(c) {
            left = measurer.width(of: String(c), font: first.style.font)
        }
        if let last = spans.last(where: { !$0.text.isEmpty }), let c = last.text.last, Self.hangingClosers.contains(c) {
            right = measurer.width(of: String(c), font: last.style.font)
        }
        return (left, right)
    }
}
