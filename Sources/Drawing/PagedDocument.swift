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

/// A paginated document ready to render: pages in order plus metadata.
public struct PagedDocument: Equatable, Hashable, Sendable {
    public var pages: [Page]
    public var metadata: DocumentMetadata
    /// Creates a document.
    public init(pages: [Page], metadata: DocumentMetadata) { self.pages = pages; self.metadata = metadata }
}

/// Standard page sizes in points.
public enum PageSize {
    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
    /// US Letter portrait, 8.5 × 11 in.
    public static let letter = Size(width: 612, height: 792)
}
