/// A list: its items in order, bulleted or numbered.
///
/// ```swift
/// let list = ListBlock(ordered: true, items: [ListItem([Inline("베이징")]), ListItem([Inline("선전")])])
/// ```
public struct ListBlock: Equatable, Sendable {
    public var ordered: Bool
    public var items: [ListItem]
    /// Creates a list.
    public init(ordered: Bool, items: [ListItem]) { self.ordered = ordered; self.items = items }
}

/// One list item: its text and an optional nested list one level deeper.
public struct ListItem: Equatable, Sendable {
    public var text: [Inline]
    public var children: ListBlock?
    /// Creates a list item.
    public init(_ text: [Inline], children: ListBlock? = nil) { self.text = text; self.children = children }
}

/// A key figure: a big value ("6,000억 위안") with a short label under it.
public struct KeyFigure: Equatable, Hashable, Sendable {
    public var value: String
    public var label: String
    /// Creates a key figure.
    public init(value: String, label: String) { self.value = value; self.label = label }
}

/// A boxed note: an optional title and paragraphs of inline text.
public struct Sidebar: Equatable, Sendable {
    public var title: String?
    public var paragraphs: [[Inline]]
    /// Creates a sidebar.
    public init(title: String?, paragraphs: [[Inline]]) { self.title = title; self.paragraphs = paragraphs }
}

/// List markers by depth, as the report's language numbers them: Korean documents
/// 1. → 가. → 1) → 가) → (1) → (가) → ①, English ones 1. → a. → i. → (1) → (a) → (i).
///
/// ```swift
/// ListMarker.ordered(index: 1, depth: 1)                  // "나."
/// ListMarker.ordered(index: 1, depth: 1, korean: false)   // "b."
/// ```
public enum ListMarker {
    static let syllables = Array("가나다라마바사아자차카타파하")
    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// The marker of the item at zero-based `index` in a numbered list at zero-based `depth`, in
    /// Korean practice or (`korean: false`) English practice.
    public static func ordered(index: Int, depth: Int, korean: Bool = true) -> String {
        guard korean else { return english(index: index, depth: depth) }
        let number = String(index + 1)
        let letter = index < syllables.count ? String(syllables[index]) : number
        switch depth {
        case 0: return number + "."
        case 1: return letter + "."
        case 2: return number + ")"
        case 3: return letter + ")"
        case 4: return "(" + number + ")"
        case 5: return "(" + letter + ")"
        default: return index < circled.count ? String(circled[index]) : number + "."
        }
    }

    /// English numbering: arabic, lower-case letters, lower-case roman numerals, then the same in
    /// parentheses, and around again.
    static func english(index: Int, depth: Int) -> String {
        let n = index + 1
        let marks = [String(n), letters(n), roman(n)]
        let mark = marks[max(0, depth) % 3]
        return (max(0, depth) / 3) % 2 == 0 ? mark + "." : "(" + mark + ")"
    }

    /// a, b, … z, aa, ab, …: bijective base 26.
    static func letters(_ n: Int) -> String {
        var n = n, out = ""
        while n > 0 {
            n -= 1
            out = String(UnicodeScalar(UInt8(97 + n % 26))) + out
            n /= 26
        }
        return out
    }

    /// Lower-case roman numerals; past 3,999, arabic figures.
    static func roman(_ n: Int) -> String {
        guard (1...3999).contains(n) else { return String(n) }
        let values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                      (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (value, numeral) in values { while n >= value { out += numeral; n -= value } }
        return out
    }

    /// The bullet at zero-based `depth`.
    public static func bullet(depth: Int) -> String { ["•", "–", "·"][depth % 3] }
}
