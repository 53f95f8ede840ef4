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

/// List markers by depth, as Korean documents number them: 1. → 가. → 1) → 가) → (1) → (가) → ①.
///
/// ```swift
/// ListMarker.ordered(index: 1, depth: 1) // "나."
/// ```
public enum ListMarker {
    static let syllables = Array("가나다라마바사아자차카타파하")
    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// The marker of the item at zero-based `index` in a numbered list at zero-based `depth`.
    public static func ordered(index: Int, depth: Int) -> String {
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

    /// The bullet at zero-based `depth`.
    public static func bullet(depth: Int) -> String { ["•", "–", "·"][depth % 3] }
}
