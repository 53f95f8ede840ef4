import ChartLayout
import Drawing
import ReportBuilder
import Yams

/// One pass over a spec document.
///
/// Reading goes on past a mistake: each top-level section, each dataset and each body block
/// (also inside `multi-column`) is a recovery point, where an error is recorded in
/// ``diagnostics`` and reading moves to the next one. What depends on something already
/// reported (a dataset whose file is broken) adds nothing, so each mistake is said once.
/// The load fails at the end if any error was recorded, with every diagnostic in source order.
struct SpecReader {
    let folder: ReportFolder
    let file: String
    let options: ReportLoader.Options
    /// Every error and warning of the load.
    let diagnostics = Diagnostics()
    var texts: [Located<String>] = []
    /// The spec's text, to place a `{{ … }}` error at its own line and column.
    var source = ""
    /// The report's datasets, for blocks and data-bound prose.
    var datasets = ReportDatasets()
    /// Figures read inside containers (columns), with where each is declared.
    var nestedFigures: [(id: String, location: SourceLocation)] = []
    /// Data cells already reported, so a column read by a chart and a table is reported once.
    var reportedCells = Set<SourceLocation>()
    /// Boundary files already read, by path and reading options: several maps often share one
    /// (parsing a country's provinces again for every map was a tenth of a map-heavy build).
    var boundaries: [BoundaryKey: [GeoFeature]] = [:]
    /// The theme's unit spacing, read before any text or format that writes a number.
    var unitSpacing = NumberFormat.UnitSpacing.spelling
    /// Every figure of the body, numbered, read before any text so `ref("…")` may look ahead.
    var figures = FigureIndex()
    /// Whether the report is Korean: a cross-reference reads "그림 2", else "Figure 2".
    var korean = true

    init(folder: ReportFolder, file: String, options: ReportLoader.Options) {
        self.folder = folder; self.file = file; self.options = options
    }

    /// Reads the spec; throws a ``LoadFailure`` with every error found (and the warnings so far),
    /// or a ``Diagnostic`` at once when the YAML itself cannot be read.
    mutating func read(yaml: String) throws -> LoadedReport {
        let top = try SpecNode(node: try parse(yaml), file: file, diagnostics: diagnostics)
            .mapping("report.yaml", allowed: ReportLoader.topKeys)
        let report = try readReport(top)
        checkControlCharacters()
        if let failure = diagnostics.failure(summaryAt: file) { throw failure }
        var loaded = LoadedReport(report: report.report, folder: folder, texts: texts, figureLocations: report.figureLocations,
                                  warnings: diagnostics.inSourceOrder)
        loaded.fontFamilyLocation = top["theme"].flatMap(Self.fontKeyLocation)
        return loaded
    }

    /// Where a theme mapping gives `font`, if it does.
    static func fontKeyLocation(_ theme: SpecNode) -> SourceLocation? {
        guard case .mapping(let m) = theme.node else { return nil }
        for (key, value) in m where key.scalar?.string == "font" {
            return SourceLocation(file: theme.file, line: value.mark?.line ?? 0, column: value.mark?.column ?? 0)
        }
        return nil
    }

    /// An error at every printed text that holds a control character (tab and line breaks aside):
    /// a NUL ended the line there and dropped the rest of a paragraph without a word, and an
    /// escape sequence passed check and then failed the build.
    private func checkControlCharacters() {
        for text in texts {
            guard let scalar = text.value.unicodeScalars.first(where: Self.isForbiddenControl) else { continue }
            diagnostics.error(text.location, Messages.controlCharacter(scalar))
        }
    }

    /// C0 and C1 controls and DEL, except tab, line feed and carriage return.
    static func isForbiddenControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || (0x7F...0x9F).contains(s.value)
    }

    /// The YAML document's root; syntax errors end the load at once, as nothing after them can be trusted.
    private mutating func parse(_ yaml: String) throws -> Node {
        if let tooDeep = NestingGuard.firstViolation(in: yaml, file: file) { throw tooDeep }
        source = yaml
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), Messages.specNotMapping)
            }
            // Aliases are expanded as the spec is read: refuse what they would blow up before reading it.
            if let tooMuch = ExpansionGuard.firstViolation(in: node, source: yaml, file: file) { throw tooMuch }
            return node
        } catch let error as YamlError {
            throw Self.yamlDiagnostic(error, file: file)
        }
    }

    /// Every section, each on its own: a mistake in one is recorded, and the others are still read.
    private mutating func readReport(_ top: SpecMapping) throws -> (report: Report, figureLocations: [String: SourceLocation]) {
        // A key that is absent takes its default inside; one that is wrong takes it outside, once recorded.
        let language = try diagnostics.recovering { try top["language"]?.string("language") ?? "ko" } ?? "ko"
        korean = language.hasPrefix("ko")
        // Figures before any text: a title or paragraph may cite a figure further on.
        figures = Self.figureIndex(top["body"])
        // Data first: titles and prose may cite it.
        try readData(top["data"])
        // The theme first: its unit spacing applies to every number written after it.
        let theme = try diagnostics.recovering { try themeOverrides(top["theme"]) } ?? .standard
        unitSpacing = theme.unitSpacing
        let title = try diagnostics.recovering { try prose(top.required("title"), "title") } ?? ""
        let subtitle = try diagnostics.recovering { try top["subtitle"].map { try prose($0, "subtitle") } } ?? nil
        let author = try diagnostics.recovering {
            try top["author"].map { n -> String in let s = try n.string("author"); note(s, n); return s } ?? ""
        } ?? ""
        let subject = try diagnostics.recovering { try top["subject"]?.string("subject") ?? "" } ?? ""
        let keywords = try diagnostics.recovering { try top["keywords"]?.strings("keywords") ?? [] } ?? []
        let date = try diagnostics.recovering { try reportDate(top) } ?? ""
        let page = try diagnostics.recovering { try pageSetup(top["page"]) } ?? Self.standardPage
        let cover = try diagnostics.recovering { try top["cover"]?.bool("cover") ?? false } ?? false
        let labels: ChartLabels = language.hasPrefix("ko") ? .korean : .english

        var blocks: [Block] = []
        var figureLocations: [String: SourceLocation] = [:]
        for item in try diagnostics.recovering({ try top.required("body").sequence("body") }) ?? [] {
            nestedFigures = []
            guard let block = try diagnostics.recovering({ try readBlock(item, labels: labels, language: language) }) else { continue }
            var declared = nestedFigures
            if case .figure(let f) = block { declared.append((f.id, item.location)) }
            for (id, location) in declared {
                guard figureLocations[id] == nil else { diagnostics.error(location, Messages.duplicateID(id)); continue }
                figureLocations[id] = location
            }
            blocks.append(block)
        }
        let metadata = DocumentMetadata(title: title, author: author, subject: subject, keywords: keywords,
                                        creator: "Briefing", language: language, date: date)
        let report = Report(name: folder.name, metadata: metadata, page: page, theme: theme, subtitle: subtitle, blocks: blocks,
                            cover: cover)
        return (report, figureLocations)
    }

    mutating func note(_ text: String, _ node: SpecNode) { texts.append(Located(text, at: node.location)) }

    /// A text that may cite data with `{{ … }}`, bound to the datasets and noted for the glyph check.
    ///
    /// A binding that fails is recorded and left as written, and the text still read: one run
    /// reports every bad binding, and the block around it goes on.
    mutating func prose(_ node: SpecNode, _ key: String) throws -> String {
        FigureReference.plain(try linkedProse(node, key))
    }

    /// A text that may cite data and figures, for texts that take inline markup: each
    /// `ref("…")` stays marked (``FigureReference``) so ``markup(_:at:)`` can link it to its
    /// figure. The words alone are noted for the glyph check.
    mutating func linkedProse(_ node: SpecNode, _ key: String) throws -> String {
        let raw = try node.string(key)
        var problems: [Error] = []
        let binder = ProseBinder(datasets: datasets, unitSpacing: unitSpacing, figures: figures, korean: korean)
        let bound = binder.bind(raw, locate: { self.locate($0, in: raw, node: node) }, failed: { problems.append($0) })
        for problem in problems {
            if let bad = problem as? ProseBinder.BadCells {
                reportBadCells(bad.cells.map { BadCell(notANumber: $0, column: bad.column) }, column: bad.column)
            } else {
                try diagnostics.record(problem)
            }
        }
        note(FigureReference.plain(bound), node)
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

    /// The runs of a text with inline markup; a link whose address is not `https:`, `http:` or
    /// `mailto:` is an error at the text (a `javascript:` or `file:` link would become an action
    /// a PDF reader runs), and the run keeps its words without the link.
    mutating func markup(_ text: String, at location: SourceLocation) -> [Inline] {
        let runs = InlineMarkup.parse(text)
        return (FigureReference.isMarked(text) ? FigureReference.linked(runs) : runs).map { inline in
            guard case .uri(let link)? = inline.link, !InlineMarkup.isAllowedLink(link) else { return inline }
            diagnostics.error(location, Messages.unsafeLink(link))
            return Inline(inline.text, emphasis: inline.emphasis)
        }
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
