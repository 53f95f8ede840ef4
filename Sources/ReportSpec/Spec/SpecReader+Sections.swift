import ChartLayout
import Drawing
import ReportBuilder

/// The spec's top-level sections other than the body: date, page, theme and data.
extension SpecReader {
    /// `date:`, or the day of `SOURCE_DATE_EPOCH`; never the clock, so a build can be repeated.
    func reportDate(_ top: SpecMapping) throws -> String {
        if let node = top["date"] {
            let text = try node.string("date")
            guard let day = CivilDate(iso: text) else { throw Diagnostic(.error, at: node.location, Messages.invalidDate(text)) }
            return day.iso8601Midnight
        }
        if let epoch = options.sourceDateEpoch { return CivilDate(epochSeconds: epoch).iso8601Midnight }
        throw top.missing("date", in: "the report (or set SOURCE_DATE_EPOCH)")
    }

    /// A4 with the margins of a printed report.
    static let standardPage = PageSetup(size: PageSize.a4, margins: Margins(top: 68, right: 60, bottom: 68, left: 60))

    /// `page:`: size, orientation and margins, each read on its own so each mistake is reported.
    func pageSetup(_ node: SpecNode?) throws -> PageSetup {
        var setup = Self.standardPage
        guard let node else { return setup }
        let map = try node.mapping("page", allowed: ["size", "orientation", "margins"])
        // Each key on its own, so a bad size does not hide a bad margin.
        var complete = true
        func reading(_ body: () throws -> Void) throws {
            if try diagnostics.recovering(body) == nil { complete = false }
        }
        if let size = map["size"] {
            try reading {
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
        }
        if let orientation = map["orientation"] {
            try reading {
                let name = try orientation.string("orientation")
                switch name.lowercased() {
                case "portrait": setup.size = PageSize.oriented(setup.size, landscape: false)
                case "landscape": setup.size = PageSize.oriented(setup.size, landscape: true)
                default: throw Diagnostic(.error, at: orientation.location, Messages.unknownValue(name, for: "orientation", allowed: ["portrait", "landscape"]))
                }
            }
        }
        if let margins = map["margins"] {
            try reading {
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
        }
        // Checked only when every key was read: a size or margin already reported would make this a second, misleading error.
        let c = setup.contentRect
        if complete && (c.width < 72 || c.height < 72) {
            throw Diagnostic(.error, at: node.location, Messages.expected("margins that leave at least 1 inch of content", for: "page"))
        }
        return setup
    }

    func themeOverrides(_ node: SpecNode?) throws -> Theme {
        if let node { return try ThemeReader.read(node) }
        var theme = Theme.standard
        theme.hyphenator = ThemeReader.hyphenation(at: SourceLocation(file: file), diagnostics: diagnostics)
        return theme
    }

    /// `data:`: each dataset loaded on its own. One that fails is recorded and remembered, so
    /// blocks and bindings that use it are skipped instead of reporting it again.
    mutating func readData(_ node: SpecNode?) throws {
        guard let node else { return }
        guard case .mapping(let m) = node.node else {
            datasets.sectionFailed = true
            diagnostics.error(node.location, Messages.expected("a mapping of names to CSV files", for: "data"))
            return
        }
        for (k, v) in m {
            guard let name = try diagnostics.recovering({ try node.child(k).string("data") }) else { continue }
            let loaded = try diagnostics.recovering {
                let pathNode = node.child(v)
                let relative = try pathNode.string(name)
                let bytes = try folder.read(relative, namedAt: pathNode.location)
                return try Dataset(name: name, file: folder.display(relative), bytes: bytes)
            }
            if let loaded { datasets.loaded[name] = loaded } else { datasets.failed.insert(name) }
        }
    }
}
