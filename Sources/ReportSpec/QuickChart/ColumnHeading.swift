/// A value column's header split into the measure it names and the unit in its closing
/// brackets: `투자액(억 달러)`, `투자액 (억 달러)`, `share (%)`, `Investment [US$ bn]`.
///
/// A header whose brackets hold no known unit (`매출 (연결)`, `GDP (2023)`) is all measure.
///
/// ```swift
/// let heading = ColumnHeading("투자액(억 달러)")
/// heading.measure                  // "투자액"
/// heading.unit?.kind               // .korean(scale: 1e8, noun: "달러")
/// ColumnHeading("usd_billion").unit   // nil
/// ```
public struct ColumnHeading: Equatable, Sendable {
    /// The header as written, trimmed.
    public var text: String
    /// What is measured: the header without its unit ("투자액"); the whole header when it names
    /// no unit, or when nothing stands before the brackets.
    public var measure: String
    /// The unit the cells are written in, if the header names one.
    public var unit: ColumnUnit?

    /// Splits `header` at its last bracketed group, when that group closes the header.
    public init(_ header: String) {
        text = header.trimmingSpaces
        measure = text
        unit = nil
        guard let last = text.last, let opener = Self.pairs[last] else { return }
        // Walk back to the bracket that opens the closing group, so "매출(연결)(억 원)" keeps its qualifier.
        var depth = 0
        var index = text.endIndex
        var start: String.Index?
        while index > text.startIndex {
            index = text.index(before: index)
            let c = text[index]
            if c == last { depth += 1 } else if c == opener {
                depth -= 1
                if depth == 0 { start = index; break }
            }
        }
        guard let start else { return }
        let inside = String(text[text.index(after: start)..<text.index(before: text.endIndex)])
        guard let parsed = ColumnUnit(inside) else { return }
        unit = parsed
        let before = String(text[..<start]).trimmingSpaces
        if !before.isEmpty { measure = before }
    }

    /// Closing brackets and the opening bracket each pairs with.
    private static let pairs: [Character: Character] = [")": "(", "）": "（", "]": "["]
}
