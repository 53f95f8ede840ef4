import ChartLayout
import Drawing
import ReportBuilder
import Yams

/// One pass over a spec document.
struct SpecReader {
    let folder: ReportFolder
    let file: String
    let options: ReportLoader.Options
    var texts: [Located<String>] = []
    /// The spec's text, to place a `{{ … }}` error at its own line and column.
    var source = ""
    /// The report's datasets, for data-bound prose.
    private(set) var datasets: [String: Dataset] = [:]
    /// Figures read inside containers (columns), with where each is declared.
    var nestedFigures: [(id: String, location: SourceLocation)] = []
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

    mutating func note(_ text: String, _ node: SpecNode) { texts.append(Located(text, at: node.location)) }

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
