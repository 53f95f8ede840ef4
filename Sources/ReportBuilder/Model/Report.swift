import ChartLayout
import Drawing

/// A report, normalised: everything layout needs, every default filled in from the theme.
///
/// Built by the spec loader; laid out into pages by ``ReportLayout``.
public struct Report: Equatable, Sendable {
    /// The folder name, used for output file names (`out/<name>.pdf`).
    public var name: String
    public var metadata: DocumentMetadata
    public var page: PageSetup
    public var theme: Theme
    /// The report's title block shown on its first page.
    public var subtitle: String?
    /// The blocks in reading order.
    public var blocks: [Block]
    /// Whether the title, subtitle, date and author get a page of their own, without header or footer.
    public var cover: Bool

    /// Creates a report.
    public init(name: String, metadata: DocumentMetadata, page: PageSetup, theme: Theme, subtitle: String?, blocks: [Block],
                cover: Bool = false) {
        self.name = name; self.metadata = metadata; self.page = page; self.theme = theme
        self.subtitle = subtitle; self.blocks = blocks; self.cover = cover
    }

    /// Whether the report's language is Korean (captions say 그림/표, the footer counts in Korean style).
    public var isKorean: Bool { metadata.language.hasPrefix("ko") }

    /// The figures in order, each with its id: the standalone files a build writes.
    public var figures: [Figure] {
        // Walked, not flattened: a long report's blocks are not copied to find its few figures.
        var out: [Figure] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .figure(let f): out.append(f)
                case .columns(_, let inner): walk(inner)
                default: break
                }
            }
        }
        walk(blocks)
        return out
    }
}

/// Page size and margins in points.
public struct PageSetup: Equatable, Hashable, Sendable {
    public var size: Size
    public var margins: Margins
    /// Creates a page setup.
    public init(size: Size, margins: Margins) { self.size = size; self.margins = margins }
    /// The area body content flows into.
    public var contentRect: Rect {
        Rect(x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
             height: size.height - margins.top - margins.bottom)
    }
}

/// Page margins in points.
public struct Margins: Equatable, Hashable, Sendable {
    public var top: Double, right: Double, bottom: Double, left: Double
    /// Creates margins.
    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
}

/// One block of a report's flow.
public enum Block: Equatable, Sendable {
    /// A heading of `level` 1–3.
    case heading(level: Int, text: [Inline])
    /// A paragraph of running text, set as the theme sets body text unless `alignment` says
    /// otherwise (`.left`: ragged-right, `.justify`: justified even where the theme is ragged).
    case paragraph([Inline], alignment: ParagraphStyle.Alignment? = nil)
    /// A chart or table; charts never split across pages, tables split between rows.
    case figure(Figure)
    /// A bullet or numbered list; numbered items count 1. → 가. → 1) by depth.
    case list(ListBlock)
    /// A quotation set off from the text.
    case quote([Inline])
    /// Key figures side by side: a big number over a short label each; the row never splits.
    case keyFigures([KeyFigure])
    /// A boxed note beside the main text, such as a notice or contact box; never splits.
    case sidebar(Sidebar)
    /// A thin horizontal line across the column.
    case rule
    /// Everything after it starts on a new page.
    case pageBreak
    /// The table of contents: every heading up to `depth` with its page number, each a link to its section.
    case tableOfContents(title: String, depth: Int)
    /// Blocks set in `count` side-by-side columns (balanced on the last page); figures and tables
    /// inside span the full width.
    case columns(count: Int, blocks: [Block])
}

extension Block {
    /// The blocks in reading order with containers first, then what they hold (columns' blocks).
    public static func flattened(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        func walk(_ blocks: [Block]) {
            for block in blocks {
                out.append(block)
                if case .columns(_, let inner) = block { walk(inner) }
            }
        }
        walk(blocks)
        return out
    }
}

/// A piece of inline text with its emphasis.
///
/// ```swift
/// let run = Inline("6,000억 위안", emphasis: .strong)
/// ```
public struct Inline: Equatable, Hashable, Sendable {
    /// Emphasis. Hangul has no italic tradition, so `.emphasis` is set in the accent colour, not slanted.
    public enum Emphasis: String, Equatable, Hashable, Sendable { case none, strong, emphasis }
    public var text: String
    public var emphasis: Emphasis
    /// Where the run links to: an address, or a place in the document (a cross-reference's figure).
    public var link: LinkTarget?
    /// The address the run links to, if it links to one rather than to a place in the document.
    public var address: String? {
        if case .uri(let address)? = link { return address }
        return nil
    }
    /// Creates an inline run, linked to `link` (an `https:`, `http:` or `mailto:` address) if given.
    public init(_ text: String, emphasis: Emphasis = .none, link: String? = nil) {
        self.init(text, emphasis: emphasis, target: link.map(LinkTarget.uri))
    }
    /// Creates an inline run linked to `target`: `Inline("그림 2", target: .destination(Figure.anchor(id: "a")))`.
    public init(_ text: String, emphasis: Emphasis = .none, target: LinkTarget?) {
        self.text = text; self.emphasis = emphasis; self.link = target
    }
}

/// A figure: an id (its output file name), what it shows, and its alt text.
public struct Figure: Equatable, Sendable {
    /// What kind of figure; new kinds slot in here.
    public enum Content: Equatable, Sendable {
        case barChart(BarChart)
        /// One bar chart per group on a shared scale.
        case smallMultiples(SmallMultiples)
        /// Lines or stacked areas over time.
        case lineChart(LineChart)
        /// Dots, lollipops or ranges on one value axis, a row per category.
        case dotPlot(DotPlot)
        /// Two moments and a line per category between them.
        case slopeChart(SlopeChart)
        /// A comparison table; on pages it splits between rows and repeats its header.
        case table(ComparisonTable)
        /// A regional map: choropleth, symbols or highlighted regions; never split.
        case map(RegionalMap)
    }
    public var id: String
    public var content: Content
    /// Alternative text for screen readers and the SVG's `<desc>`.
    public var alt: String
    /// The caption text printed after the figure's number ("그림 1. …"); nil prints the number alone.
    public var caption: String?
    /// Creates a figure.
    public init(id: String, content: Content, alt: String, caption: String? = nil) {
        self.id = id; self.content = content; self.alt = alt; self.caption = caption
    }

    /// Whether the figure counts as a table ("표 1") rather than a picture ("그림 1").
    public var isTable: Bool {
        if case .table = content { return true }
        return false
    }

    /// The figure's own title, for the SVG's `<title>`.
    public var title: String {
        switch content {
        case .barChart(let c): return c.title
        case .smallMultiples(let s): return s.title
        case .lineChart(let c): return c.title
        case .dotPlot(let c): return c.title
        case .slopeChart(let c): return c.title
        case .table(let t): return t.title
        case .map(let m): return m.title
        }
    }
}
