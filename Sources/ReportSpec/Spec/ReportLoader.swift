import ChartLayout
import Drawing
import ReportBuilder
import Yams

/// A loaded report plus every piece of text it will print with where it came from, so a
/// character no font can draw is reported at its source line.
public struct LoadedReport: Sendable {
    public var report: Report
    public var folder: ReportFolder
    /// Every text the report prints, located in the spec or data file that holds it.
    public var texts: [Located<String>]
    /// Where each figure is declared, by id, for layout errors.
    public var figureLocations: [String: SourceLocation]
    /// Problems worth telling but not fatal (a map's unmatched ids, regions without data).
    public var warnings: [Diagnostic] = []
}

/// Loads `report.yaml` and its data from a report folder and normalises it into a ``Report``.
///
/// Every default comes from ``Theme/standard`` and the values here; layout never sees an
/// implied default. Problems are thrown as ``LoadFailure`` with `path:line:column` locations.
///
/// ```swift
/// let loaded = try ReportLoader(options: .init(sourceDateEpoch: nil)).load(folder: "Reports/china-ai-2025")
/// ```
public struct ReportLoader {
    /// Inputs from outside the folder that a load may use.
    public struct Options: Sendable {
        /// `SOURCE_DATE_EPOCH`, used as the report date when the spec gives none.
        public var sourceDateEpoch: Int?
        /// Creates options.
        public init(sourceDateEpoch: Int? = nil) { self.sourceDateEpoch = sourceDateEpoch }
    }

    /// The spec file every report folder holds.
    public static let specFileName = "report.yaml"
    /// Specs larger than this are refused before parsing (a spec is prose and settings, not data).
    public static let maxSpecBytes = 4 << 20

    static let topKeys = ["title", "subtitle", "author", "subject", "keywords", "language", "date", "page", "theme", "data", "body",
                          "cover"]
    static let blockKinds = ["heading", "paragraph", "chart", "table", "list", "numbered", "quote", "key-figures", "sidebar",
                             "contents", "rule", "page-break", "multi-column", "map"]

    public let options: Options
    /// Creates a loader.
    public init(options: Options = Options()) { self.options = options }

    /// Loads the report in `folderPath`.
    public func load(folder folderPath: String) throws -> LoadedReport {
        try load(folder: try ReportFolder(path: folderPath))
    }

    /// Loads the report in `folder`, reading through it (and so into its snapshot).
    public func load(folder: ReportFolder) throws -> LoadedReport {
        let specPath = folder.display(Self.specFileName)
        let bytes = try folder.read(Self.specFileName, namedAt: SourceLocation(file: specPath))
        if bytes.count > Self.maxSpecBytes {
            throw LoadFailure([Diagnostic(.error, at: SourceLocation(file: specPath), Messages.specTooLarge(Self.specFileName, megabytes: Self.maxSpecBytes >> 20))])
        }
        guard let text = String(validatingUTF8Bytes: bytes[...]) else {
            throw LoadFailure([Diagnostic(.error, at: SourceLocation(file: specPath), Messages.invalidUTF8(byteOffset: 0))])
        }
        do {
            var reader = SpecReader(folder: folder, file: specPath, options: options)
            return try reader.read(yaml: text)
        } catch let d as Diagnostic {
            throw LoadFailure([d])
        }
    }
}

/// One pass over a spec document.
struct SpecReader {
    let folder: ReportFolder
    let file: String
    let options: ReportLoader.Options
    private var texts: [Located<String>] = []
    /// The spec's text, to place a `{{ … }}` error at its own line and column.
    private var source = ""
    /// The report's datasets, for data-bound prose.
    private(set) var datasets: [String: Dataset] = [:]
    /// Figures read inside containers (columns), with where each is declared.
    private var nestedFigures: [(id: String, location: SourceLocation)] = []
    /// Warnings found while reading; they travel out with the loaded report.
    var warnings: [Diagnostic] = []
    /// Boundary files already read, by path and reading options: several maps often share one
    /// (parsing a country's provinces again for every map was a tenth of a map-heavy build).
    var boundaries: [BoundaryKey: [GeoFeature]] = [:]

    init(folder: ReportFolder, file: String, options: ReportLoader.Options) {
        self.folder = folder; self.file = file; self.options = options
    }

    mutating func read(yaml: String) throws -> LoadedReport {
        if let tooDeep = NestingGuard.firstViolation(in: yaml, file: file) { throw tooDeep }
        source = yaml
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), Messages.specNotMapping)
            }
            root = node
        } catch let error as YamlError {
            throw Self.yamlDiagnostic(error, file: file)
        }
        let top = try SpecNode(node: root, file: file).mapping("report.yaml", allowed: ReportLoader.topKeys)

        let language = try top["language"]?.string("language") ?? "ko"
        // Data first: titles and prose may cite it.
        datasets = try loadData(top["data"])
        let titleNode = try top.required("title")
        let title = try prose(titleNode, "title")
        let subtitle = try top["subtitle"].map { try prose($0, "subtitle") }
        let author = try top["author"].map { n -> String in let s = try n.string("author"); note(s, n); return s } ?? ""
        let subject = try top["subject"]?.string("subject") ?? ""
        let keywords = try top["keywords"]?.strings("keywords") ?? []
        let date = try reportDate(top["date"], at: top.location)
        let page = try pageSetup(top["page"])
        let theme = try themeOverrides(top["theme"])
        let cover = try top["cover"]?.bool("cover") ?? false
        let labels: ChartLabels = language.hasPrefix("ko") ? .korean : .english

        var blocks: [Block] = []
        var figureLocations: [String: SourceLocation] = [:]
        for item in try top.required("body").sequence("body") {
            let block = try readBlock(item, datasets: datasets, labels: labels, language: language)
            var declared = nestedFigures
            nestedFigures = []
            if case .figure(let f) = block { declared.append((f.id, item.location)) }
            for (id, location) in declared {
                if figureLocations[id] != nil { throw Diagnostic(.error, at: location, Messages.duplicateID(id)) }
                figureLocations[id] = location
            }
            blocks.append(block)
        }
        let metadata = DocumentMetadata(title: title, author: author, subject: subject, keywords: keywords,
                                        creator: "Briefing", language: language, date: date)
        let report = Report(name: folder.name, metadata: metadata, page: page, theme: theme, subtitle: subtitle, blocks: blocks,
                            cover: cover)
        return LoadedReport(report: report, folder: folder, texts: texts, figureLocations: figureLocations, warnings: warnings)
    }

    private mutating func note(_ text: String, _ node: SpecNode) { texts.append(Located(text, at: node.location)) }

    /// A text that may cite data with `{{ … }}`, bound to the datasets and noted for the glyph check.
    mutating func prose(_ node: SpecNode, _ key: String) throws -> String {
        let raw = try node.string(key)
        let bound = try ProseBinder(datasets: datasets).bind(raw) { offset in self.locate(offset, in: raw, node: node) }
        note(bound, node)
        return bound
    }

    /// The source position of a Character offset inside a scalar's text: the matching `{{` is found
    /// in the spec's own lines after the node's start, which works for plain and block scalars alike.
    func locate(_ offset: Int, in text: String, node: SpecNode) -> SourceLocation {
        let chars = Array(text)
        let upTo = min(offset, chars.count)
        // Which `{{` the offset belongs to, and how far into it.
        var opening = -1, index = 0, start = 0
        var j = 0
        while j + 1 < upTo + 2 && j + 1 < chars.count {
            if chars[j] == "{" && chars[j + 1] == "{" && j <= upTo { opening = index; start = j; index += 1; j += 2; continue }
            j += 1
        }
        let fallback = node.location
        // Lines as YAML counts them: "\r\n" is one Character in Swift, and libyaml also breaks
        // lines at a lone "\r", U+0085, U+2028 and U+2029. Split only here, for an error:
        // splitting a long spec by Characters up front cost a build 2 %.
        let sourceLines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isYAMLLineBreak)
        guard opening >= 0, fallback.line > 0, fallback.line <= sourceLines.count else { return fallback }
        var seen = 0
        for lineIndex in (fallback.line - 1)..<sourceLines.count {
            let line = Array(sourceLines[lineIndex])
            var k = lineIndex == fallback.line - 1 ? max(0, fallback.column - 1) : 0
            while k + 1 < line.count {
                if line[k] == "{" && line[k + 1] == "{" {
                    if seen == opening { return SourceLocation(file: file, line: lineIndex + 1, column: k + 1 + (offset - start)) }
                    seen += 1
                    k += 2
                } else {
                    k += 1
                }
            }
        }
        return fallback
    }
    mutating func addText(_ text: String, at location: SourceLocation) { texts.append(Located(text, at: location)) }

    // MARK: Blocks

    private mutating func readBlock(_ node: SpecNode, datasets: [String: Dataset], labels: ChartLabels, language: String) throws -> Block {
        if case .scalar(let s) = node.node, let bare = readBare(s.string) { return bare }
        guard case .mapping(let m) = node.node else {
            throw Diagnostic(.error, at: node.location, Messages.unknownBlock([], allowed: ReportLoader.blockKinds))
        }
        let keys: [String] = Array(m.keys.compactMap { $0.scalar?.string })
        let kinds: [String] = keys.filter { ReportLoader.blockKinds.contains($0) }
        guard kinds.count == 1, let kind = kinds.first else {
            throw Diagnostic(.error, at: node.location, Messages.unknownBlock(kinds.isEmpty ? keys : kinds, allowed: ReportLoader.blockKinds))
        }
        switch kind {
        case "heading":
            let map = try node.mapping("heading", allowed: ["heading", "level"])
            let textNode = try map.required("heading")
            let text = try prose(textNode, "heading")
            note(text, textNode)
            let level = try map["level"]?.int("level") ?? 1
            guard (1...3).contains(level) else {
                throw Diagnostic(.error, at: map["level"]?.location ?? map.location, Messages.expected("1, 2 or 3", for: "level"))
            }
            return .heading(level: level, text: InlineMarkup.parse(text))
        case "paragraph":
            let map = try node.mapping("paragraph", allowed: ["paragraph"])
            let textNode = try map.required("paragraph")
            let text = Self.unwrapLines(try prose(textNode, "paragraph"))
            note(text, textNode)
            return .paragraph(InlineMarkup.parse(text))
        case "table":
            return .figure(try withCaption(try readTable(node, datasets: datasets, language: language), node))
        case "map":
            return .figure(try withCaption(try readMap(node, datasets: datasets, labels: labels), node))
        case "chart":
            return .figure(try withCaption(try readBarChart(node, datasets: datasets, labels: labels), node))
        case "list", "numbered":
            return .list(try readList(node, key: kind))
        case "quote":
            return try readQuote(node)
        case "key-figures":
            return try readKeyFigures(node)
        case "sidebar":
            return try readSidebar(node)
        case "contents":
            return try readContents(node)
        case "multi-column":
            // Not "columns": a table block already has a key of that name.
            let map = try node.mapping("multi-column", allowed: ["multi-column", "blocks"])
            let countNode = try map.required("multi-column")
            let count = try countNode.int("multi-column")
            guard (1...4).contains(count) else { throw Diagnostic(.error, at: countNode.location, Messages.expected("1 to 4", for: "multi-column")) }
            var inner: [Block] = []
            for item in try map.required("blocks").sequence("blocks") {
                let block = try readBlock(item, datasets: datasets, labels: labels, language: language)
                if case .figure(let f) = block { nestedFigures.append((f.id, item.location)) }
                inner.append(block)
            }
            return .columns(count: count, blocks: inner)
        default:
            _ = try node.mapping(kind, allowed: [kind])
            return readBare(kind) ?? .rule
        }
    }

    /// The figure with the `caption:` text of its block, printed after its number ("그림 1. …").
    private mutating func withCaption(_ figure: Figure, _ node: SpecNode) throws -> Figure {
        guard case .mapping(let m) = node.node else { return figure }
        for (k, v) in m where k.scalar?.string == "caption" {
            let n = SpecNode(node: v, file: file)
            let text = try prose(n, "caption")
            addText(text, at: n.location)
            var f = figure
            f.caption = text
            return f
        }
        return figure
    }

    /// YAML block scalars keep the author's line breaks; in prose a single newline is a space.
    static func unwrapLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: Sections

    private func reportDate(_ node: SpecNode?, at location: SourceLocation) throws -> String {
        if let node {
            let text = try node.string("date")
            guard let day = CivilDate(iso: text) else { throw Diagnostic(.error, at: node.location, Messages.invalidDate(text)) }
            return day.iso8601Midnight
        }
        if let epoch = options.sourceDateEpoch { return CivilDate(epochSeconds: epoch).iso8601Midnight }
        throw Diagnostic(.error, at: location, Messages.missingKey("date", in: "the report (or set SOURCE_DATE_EPOCH)"))
    }

    private func pageSetup(_ node: SpecNode?) throws -> PageSetup {
        var setup = PageSetup(size: PageSize.a4, margins: Margins(top: 68, right: 60, bottom: 68, left: 60))
        guard let node else { return setup }
        let map = try node.mapping("page", allowed: ["size", "orientation", "margins"])
        if let size = map["size"] {
            if case .sequence = size.node {
                let sides = try size.sequence("size")
                guard sides.count == 2 else { throw Diagnostic(.error, at: size.location, Messages.expected("[width, height] in points", for: "size")) }
                setup.size = Size(width: try sides[0].number("size", in: 144...14400), height: try sides[1].number("size", in: 144...14400))
            } else {
                let name = try size.string("size")
                switch name.lowercased() {
                case "a4": setup.size = PageSize.a4
                case "letter": setup.size = PageSize.letter
                default: throw Diagnostic(.error, at: size.location, Messages.unknownValue(name, for: "page size", allowed: ["A4", "Letter", "[width, height]"]))
                }
            }
        }
        if let orientation = map["orientation"] {
            let name = try orientation.string("orientation")
            switch name.lowercased() {
            case "portrait": setup.size = PageSize.oriented(setup.size, landscape: false)
            case "landscape": setup.size = PageSize.oriented(setup.size, landscape: true)
            default: throw Diagnostic(.error, at: orientation.location, Messages.unknownValue(name, for: "orientation", allowed: ["portrait", "landscape"]))
            }
        }
        if let margins = map["margins"] {
            if case .scalar = margins.node {
                let m = try margins.number("margins", in: 0...1000)
                setup.margins = Margins(top: m, right: m, bottom: m, left: m)
            } else {
                let mm = try margins.mapping("margins", allowed: ["top", "right", "bottom", "left"])
                func side(_ key: String, _ fallback: Double) throws -> Double {
                    try mm[key].map { try $0.number(key, in: 0...1000) } ?? fallback
                }
                setup.margins = Margins(top: try side("top", setup.margins.top), right: try side("right", setup.margins.right),
                                        bottom: try side("bottom", setup.margins.bottom), left: try side("left", setup.margins.left))
            }
        }
        let c = setup.contentRect
        if c.width < 72 || c.height < 72 {
            throw Diagnostic(.error, at: node.location, Messages.expected("margins that leave at least 1 inch of content", for: "page"))
        }
        return setup
    }

    private func themeOverrides(_ node: SpecNode?) throws -> Theme {
        try node.map(ThemeReader.read) ?? .standard
    }

    private mutating func loadData(_ node: SpecNode?) throws -> [String: Dataset] {
        guard let node else { return [:] }
        guard case .mapping(let m) = node.node else { throw Diagnostic(.error, at: node.location, Messages.expected("a mapping of names to CSV files", for: "data")) }
        var out: [String: Dataset] = [:]
        for (k, v) in m {
            let name = try SpecNode(node: k, file: file).string("data")
            let pathNode = SpecNode(node: v, file: file)
            let relative = try pathNode.string(name)
            let bytes = try folder.read(relative, namedAt: pathNode.location)
            out[name] = try Dataset(name: name, file: folder.display(relative), bytes: bytes)
        }
        return out
    }

    static func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column), Messages.yamlSyntax(detail))
        case .reader(let problem, let offset, _, _):
            return Diagnostic(.error, at: SourceLocation(file: file), Messages.yamlSyntax("\(problem) at byte offset \(offset ?? 0)"))
        default:
            return Diagnostic(.error, at: SourceLocation(file: file), Messages.yamlSyntax("\(error)"))
        }
    }
}

extension Character {
    /// A line break as libyaml counts lines (and so as Yams reports a node's line).
    var isYAMLLineBreak: Bool {
        self == "\n" || self == "\r\n" || self == "\r" || self == "\u{85}" || self == "\u{2028}" || self == "\u{2029}"
    }
}
