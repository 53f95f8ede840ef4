/// One page: its size and what is drawn on it.
public struct Page: Equatable, Hashable, Sendable {
    public var frame: Frame
    /// The label viewers show for the page ("1", "i", …).
    public var label: String
    /// Creates a page.
    public init(frame: Frame, label: String) { self.frame = frame; self.label = label }
    /// The page size in points.
    public var size: Size { frame.size }
}

/// Document information written into the PDF.
///
/// ```swift
/// let meta = DocumentMetadata(title: "중국 AI 산업 브리핑", language: "ko", date: "2025-01-21T00:00:00Z")
/// ```
public struct DocumentMetadata: Equatable, Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// BCP 47 language tag of the content, e.g. `ko`.
    public var language: String
    /// Creation date as ISO 8601 (`2025-01-21T00:00:00Z`); never the clock, so builds repeat.
    public var date: String
    /// Creates metadata.
    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                creator: String = "Briefing", language: String, date: String) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.language = language; self.date = date
    }
}

/// A paginated document ready to render: pages in order, metadata and the outline (bookmarks).
public struct PagedDocument: Equatable, Hashable, Sendable {
    public var pages: [Page]
    public var metadata: DocumentMetadata
    /// The bookmarks a PDF viewer shows beside the pages, top level first, each with its children.
    public var outline: [OutlineEntry]
    /// Creates a document.
    public init(pages: [Page], metadata: DocumentMetadata, outline: [OutlineEntry] = []) {
        self.pages = pages; self.metadata = metadata; self.outline = outline
    }
}

/// One bookmark: a title, the named destination it opens and the page that destination is on.
///
/// ```swift
/// let entry = OutlineEntry(title: "1. 들어가며", destination: "sec-1", page: 2)
/// ```
public struct OutlineEntry: Equatable, Hashable, Sendable {
    public var title: String
    /// The name of an ``Anchor`` placed on one of the pages.
    public var destination: String
    /// The zero-based index of the page holding the destination.
    public var page: Int
    public var children: [OutlineEntry]
    /// Creates an outline entry.
    public init(title: String, destination: String, page: Int, children: [OutlineEntry] = []) {
        self.title = title; self.destination = destination; self.page = page; self.children = children
    }
}

/// Standard page sizes in points.
public enum PageSize {
    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
    /// US Letter portrait, 8.5 × 11 in.
    public static let letter = Size(width: 612, height: 792)

    /// `size` turned to landscape (the longer side across) or portrait (the longer side down).
    public static func oriented(_ size: Size, landscape: Bool) -> Size {
        let long = max(size.width, size.height), short = min(size.width, size.height)
        return landscape ? Size(width: long, height: short) : Size(width: short, height: long)
    }
}
