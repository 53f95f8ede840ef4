/// A finished piece of layout: a size and the items drawn inside it, in drawing order.
///
/// Frames are plain values: layout builds them, tests compare them, and every renderer
/// (PDF, SVG, PNG) walks the same items. A chart is one Frame whether it lands on a page or
/// in a slide-sized SVG.
///
/// ```swift
/// var frame = Frame(size: Size(width: 400, height: 200))
/// frame.append(.path(PathItem(Path(rect: r), fill: accent)))
/// ```
public struct Frame: Equatable, Hashable, Sendable {
    public var size: Size
    public var items: [FrameItem]
    /// Creates a frame.
    public init(size: Size, items: [FrameItem] = []) { self.size = size; self.items = items }

    /// Adds an item on top of the others.
    public mutating func append(_ item: FrameItem) { items.append(item) }
    /// Adds items on top of the others.
    public mutating func append(contentsOf more: [FrameItem]) { items.append(contentsOf: more) }
    /// Places another frame's items here with its top-left corner at `origin`.
    public mutating func place(_ frame: Frame, at origin: Point, tag: StructureTag? = nil) {
        items.append(.group(Group(offset: origin, items: frame.items, tag: tag)))
    }
}

/// One thing drawn in a frame.
public indirect enum FrameItem: Equatable, Hashable, Sendable {
    /// A filled and/or stroked outline.
    case path(PathItem)
    /// A line of text.
    case text(TextLine)
    /// Items moved by an offset, optionally clipped and tagged.
    case group(Group)
    /// A clickable area.
    case link(Link)
    /// A named destination that links can point at.
    case anchor(Anchor)
}

/// A path with its paint.
public struct PathItem: Equatable, Hashable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?
    /// Creates a painted path; with neither fill nor stroke nothing is drawn.
    public init(_ path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path; self.fill = fill; self.stroke = stroke
    }
}

/// Items drawn with their coordinates moved by `offset`, optionally clipped (in the group's own coordinates).
public struct Group: Equatable, Hashable, Sendable {
    public var offset: Point
    public var clip: Rect?
    public var items: [FrameItem]
    /// What the items are, for tagged PDF and accessible SVG.
    public var tag: StructureTag?
    /// Creates a group.
    public init(offset: Point = .zero, clip: Rect? = nil, items: [FrameItem], tag: StructureTag? = nil) {
        self.offset = offset; self.clip = clip; self.items = items; self.tag = tag
    }
}

/// The logical role of a group of items, for structure tags and alt text.
public enum StructureTag: Equatable, Hashable, Sendable {
    case heading(level: Int)
    case paragraph
    /// A figure with its alternative text.
    case figure(alt: String)
    /// Page furniture (headers, footers) that readers skip.
    case artifact
    /// A list (PDF `L`); its items are groups tagged ``listItem``.
    case list
    /// One list item (PDF `LI`): its marker and text; `depth` 0 for the outer list, 1 for a list
    /// nested in an item, and so on, so a renderer can nest the items' lists.
    case listItem(depth: Int)
    /// A list item's marker (PDF `Lbl`), inside its ``listItem``.
    case listLabel
    /// A list item's text (PDF `LBody`), inside its ``listItem``; a list nested in the item
    /// goes into it.
    case listBody
    /// A quotation set off from the text (PDF `BlockQuote`).
    case blockQuote
    /// A self-contained box such as a sidebar, callout row or table of contents (PDF `Div`).
    case division
    /// A caption of a figure or table (PDF `Caption`).
    case caption
    /// A link (PDF `Link`) that holds the group's text, over the box of that text: a contents
    /// entry, its title and page number one link. Links inside a line are spans of it instead
    /// (``TextSpan/link``).
    case link(LinkTarget)
    /// A table (PDF `Table`) whose rows are groups tagged ``tableRow``.
    case table
    /// A table row (PDF `TR`).
    case tableRow
    /// A header cell (PDF `TH`) spanning `rows` header rows and `columns` columns: a group's
    /// label spans its columns, and a column header beside the groups both header rows.
    case tableHeaderCell(rows: Int = 1, columns: Int = 1)
    /// A data cell (PDF `TD`).
    case tableCell
}

extension FrameItem {
    /// The item moved by `offset`: text, links and anchors change their coordinates, paths and
    /// groups are wrapped in (or shift) a group offset.
    ///
    /// ```swift
    /// let placed = FrameItem.anchor(Anchor(name: "sec-1", position: .zero)).translated(by: Point(x: 60, y: 90))
    /// ```
    public func translated(by offset: Point) -> FrameItem {
        switch self {
        case .text(var line):
            line.baseline = line.baseline.offsetBy(dx: offset.x, dy: offset.y)
            return .text(line)
        case .anchor(var a):
            a.position = a.position.offsetBy(dx: offset.x, dy: offset.y)
            return .anchor(a)
        case .link(var l):
            l.rect = l.rect.offsetBy(dx: offset.x, dy: offset.y)
            return .link(l)
        case .group(var g):
            g.offset = g.offset.offsetBy(dx: offset.x, dy: offset.y)
            return .group(g)
        case .path:
            return .group(Group(offset: offset, items: [self]))
        }
    }
}

/// A clickable rectangle.
public struct Link: Equatable, Hashable, Sendable {
    public var rect: Rect
    public var target: LinkTarget
    /// Creates a link area.
    public init(rect: Rect, target: LinkTarget) { self.rect = rect; self.target = target }
}

/// A named position that internal links and the outline jump to.
public struct Anchor: Equatable, Hashable, Sendable {
    public var name: String
    public var position: Point
    /// Creates a named destination.
    public init(name: String, position: Point) { self.name = name; self.position = position }
}
