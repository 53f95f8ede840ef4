import ChartLayout
import Drawing

/// A report laid out and paginated whose pages are built one at a time, so a renderer can draw
/// each page and let it go: a long report never holds all its pages.
///
/// Everything a PDF needs before the first page or after the last is known up front: the page
/// count, the bookmarks and the characters drawn in each font.
///
/// ```swift
/// let pages = try layout.pages()
/// let pdf = try renderer.pdfWriter(to: path, metadata: pages.metadata, firstPageSize: pages.pageSize)
/// try pages.forEach { try pdf.add($0) }
/// try pdf.finish(outline: pages.outline)
/// ```
public struct DocumentPages {
    let layout: ReportLayout
    /// The flow with its table of contents filled in.
    let elements: [FlowElement]
    let title: (items: [FrameItem], bottom: Double)?
    /// The section named in the running header of each body page.
    let sections: [String?]
    /// Bookmarks by heading, pointing at named destinations.
    public let outline: [OutlineEntry]
    /// Where body paragraphs break what a house rule keeps together, because they could not be
    /// set otherwise (``TextBlock/brokenGroups``), in reading order.
    public let brokenGroups: [String]

    /// The report's title, author and other document properties.
    public var metadata: DocumentMetadata { layout.report.metadata }
    /// The size of every page.
    public var pageSize: Size { layout.report.page.size }
    /// Pages in all, the cover included.
    public var count: Int { sections.count + (hasCover ? 1 : 0) }

    private var hasCover: Bool { layout.report.cover }
    private var firstPageTop: Double { title?.bottom ?? layout.content.minY }

    /// Builds each page in order and hands it to `body`; the page is not kept. After `body`
    /// throws, no further page is handed on and the error is rethrown.
    public func forEach(_ body: (Page) throws -> Void) throws {
        var failure: Error?
        func hand(_ page: Page) {
            guard failure == nil else { return }
            do { try body(page) } catch { failure = error }
        }
        if hasCover { hand(Page(frame: Frame(size: pageSize, items: layout.coverPage()), label: "i")) }
        var index = 0
        Paginator(content: layout.content).paginate(elements, firstPageTop: firstPageTop) { items in
            guard failure == nil else { index += 1; return }
            let lead = index == 0 ? title?.items ?? [] : []
            hand(Page(frame: Frame(size: pageSize, items: lead + items + furniture(of: index)), label: String(index + 1)))
            index += 1
        }
        if let failure { throw failure }
    }

    /// The characters every page draws in each font, found from the laid-out flow without
    /// building any page (a table's continued header counts even when it never splits).
    public var fontUsage: FontUsage {
        var usage = FontUsage()
        if hasCover { usage.add(layout.coverPage()) }
        if let title { usage.add(title.items) }
        for element in elements { Self.add(element, to: &usage) }
        for index in sections.indices { usage.add(furniture(of: index)) }
        return usage
    }

    /// The running header and footer of the body page at `index`.
    private func furniture(of index: Int) -> [FrameItem] {
        layout.furniture(page: index + 1, of: sections.count, section: sections.indices.contains(index) ? sections[index] : nil,
                         showHeader: hasCover || index > 0)
    }

    private static func add(_ element: FlowElement, to usage: inout FontUsage) {
        switch element {
        case .text(let lines, _, _, _, _, _, _, let leading):
            for line in lines { usage.add(line) }
            usage.add(leading)
        case .figure(let frame, _, _, _, _, let leading):
            usage.add(frame)
            usage.add(leading)
        case .table(let t, _, _, _, let leading):
            for frame in [t.header, t.continuedHeader, t.closingRule, t.footer] { usage.add(frame) }
            usage.add(t.rows.fontUsage)
            usage.add(leading)
        case .columns(let inner, _, _, _, _):
            for element in inner { add(element, to: &usage) }
        case .pageBreak:
            break
        }
    }
}

/// The section a reader is in at the top of each body page, for the running header: the last
/// level-1 heading on an earlier page, or the one the page opens with; on a page before any
/// section, the first one it holds. Fed the pages in order, one at a time.
struct SectionTracker {
    private let titles: [String: String]
    private var carried: String?

    init(plan: DocumentPlan) {
        titles = Dictionary(plan.headings.filter { $0.level == 1 }.map { ($0.anchor, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// The section of the page holding `items` (top-level items, in placing order).
    mutating func next(_ items: [FrameItem]) -> String? {
        var here: [String] = []
        for case .anchor(let a) in items { if let title = titles[a.name] { here.append(title) } }
        // A page opens with a section when its first item is that heading's anchor.
        var opens: String? = nil
        if case .anchor(let a)? = items.first { opens = titles[a.name] }
        defer { if let last = here.last { carried = last } }
        return opens ?? carried ?? here.first
    }
}
