import ChartLayout
import Drawing
import Yams

/// The `theme:` mapping of a spec, or a theme file given to `briefing chart --theme`:
/// overrides on top of ``Theme/standard``.
///
/// ```yaml
/// theme:
///   accent: "#c0392b"
///   body-size: 10
/// ```
public enum ThemeReader {
    /// The theme `node` describes. Each key is read on its own: a bad colour is recorded in the
    /// node's diagnostics and the standard one kept, so every bad key is reported in one run.
    static func read(_ node: SpecNode) throws -> Theme {
        var theme = Theme.standard
        let map = try node.mapping("theme", allowed: ["font", "body-size", "body-line-height", "accent", "muted-bar", "text",
                                                      "table-size", "table-line-height", "table-minimum-size", "table-stripe",
                                                      "table-emphasis", "table-up", "table-down", "body-align", "hyphenate", "unit-spacing", "hanging-punctuation",
                                                      "justify-space-stretch", "justify-letter-stretch", "palette"])
        let diagnostics = node.diagnostics
        var complete = true
        func set<T>(_ key: String, _ path: WritableKeyPath<Theme, T>, _ read: (SpecNode) throws -> T) throws {
            guard let n = map[key] else { return }
            if let value = try diagnostics.recovering({ try read(n) }) { theme[keyPath: path] = value } else { complete = false }
        }
        try set("font", \.fontFamily) { try $0.string("font") }
        try set("body-size", \.bodySize) { try $0.number("body-size", in: 6...24) }
        try set("body-line-height", \.bodyLineHeight) { try $0.number("body-line-height", in: 6...60) }
        try set("accent", \.accent) { try color($0, "accent") }
        try set("muted-bar", \.mutedBar) { try color($0, "muted-bar") }
        try set("palette", \.palette) { try palette($0) }
        // One accent across kinds: a palette alone sets it, an accent alone leads the palette.
        switch (map["accent"], map["palette"]) {
        case (nil, _?): theme.accent = theme.palette.first ?? theme.accent
        case (_?, nil): theme.palette[0] = theme.accent
        default: break
        }
        try set("text", \.text) { try color($0, "text") }
        try set("table-size", \.tableSize) { try $0.number("table-size", in: 6...24) }
        try set("table-line-height", \.tableLineHeight) { try $0.number("table-line-height", in: 6...60) }
        try set("table-minimum-size", \.tableMinimumSize) { try $0.number("table-minimum-size", in: 4...24) }
        try set("table-stripe", \.tableStripe) { try color($0, "table-stripe") }
        try set("table-emphasis", \.tableEmphasis) { try color($0, "table-emphasis") }
        try set("table-up", \.tableUp) { try color($0, "table-up") }
        try set("table-down", \.tableDown) { try color($0, "table-down") }
        try set("body-align", \.justifiesBody) { try bodyAlignment($0, key: "body-align") == .justify }
        if let n = map["hyphenate"], try diagnostics.recovering({ try n.bool("hyphenate") }) == false {
            theme.hyphenator = nil
        } else {
            theme.hyphenator = hyphenation(at: map["hyphenate"]?.location ?? node.location, diagnostics: diagnostics)
        }
        try set("hanging-punctuation", \.hangsPunctuation) { try $0.bool("hanging-punctuation") }
        try set("unit-spacing", \.unitSpacing) { try NumberFormatReader.unitSpacing($0, default: .spelling) }
        try set("justify-space-stretch", \.justification.spaceStretch) { try $0.number("justify-space-stretch", in: 0...1) }
        try set("justify-letter-stretch", \.justification.letterStretch) { try $0.number("justify-letter-stretch", in: 0...0.5) }
        // The sizes are checked against each other only when each was read: one already reported would make a second, misleading error.
        guard complete else { return theme }
        if theme.bodyLineHeight < theme.bodySize {
            throw Diagnostic(.error, at: (map["body-line-height"] ?? map["body-size"] ?? node).location,
                             Messages.expected("at least the body size (\(theme.bodySize) pt)", for: "body-line-height"))
        }
        if theme.tableLineHeight < theme.tableSize || theme.tableMinimumSize > theme.tableSize {
            throw Diagnostic(.error, at: (map["table-line-height"] ?? map["table-minimum-size"] ?? map["table-size"] ?? node).location,
                             Messages.expected("a line height of at least the table size and a minimum size of at most it", for: "table-size"))
        }
        return theme
    }

    /// The English hyphenation patterns, with a warning at `location` when there are none: the
    /// report is still built, with English words unhyphenated.
    static func hyphenation(at location: SourceLocation, diagnostics: Diagnostics) -> Hyphenator? {
        let path = HyphenationDictionary.path()
        guard let hyphenator = HyphenationDictionary.english(at: path) else {
            diagnostics.warning(location, Messages.noHyphenationPatterns(path))
            return nil
        }
        return hyphenator
    }

    /// `justify` or `left` (ragged-right): how body text is set, in the theme or on one paragraph.
    static func bodyAlignment(_ node: SpecNode, key: String) throws -> ParagraphStyle.Alignment {
        let value = try node.string(key)
        guard value == "justify" || value == "left" else {
            throw Diagnostic(.error, at: node.location, Messages.unknownValue(value, for: key, allowed: ["justify", "left"]))
        }
        return value == "justify" ? .justify : .left
    }

    /// `palette: ["#1a6496", "#e69f00", …]`: two to twelve series colours, each checked where it is written.
    private static func palette(_ node: SpecNode) throws -> [Color] {
        let items = try node.sequence("palette")
        guard (2...12).contains(items.count) else {
            throw Diagnostic(.error, at: node.location, Messages.expected("a list of 2 to 12 colours", for: "palette"))
        }
        return try items.map { try color($0, "palette") }
    }

    private static func color(_ node: SpecNode, _ key: String) throws -> Color {
        let text = try node.string(key)
        guard let c = Color(hex: text) else { throw Diagnostic(.error, at: node.location, Messages.invalidColor(text)) }
        return c
    }


    /// Reads a theme file (the same keys as a spec's `theme:`), for `briefing chart`.
    ///
    /// Throws a ``LoadFailure`` with every mistake in the file, or a ``Diagnostic`` when it cannot be read or parsed.
    public static func load(file path: String) throws -> Theme {
        let bytes = try FileReader.read(path)
        guard let text = String(validatingUTF8Bytes: bytes[...]) else {
            throw Diagnostic(.error, at: SourceLocation(file: path), Messages.invalidUTF8(byteOffset: 0))
        }
        if let tooDeep = NestingGuard.firstViolation(in: text, file: path) { throw tooDeep }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return .standard }
            root = node
        } catch let error as YamlError {
            throw SpecReader.yamlDiagnostic(error, file: path)
        }
        let diagnostics = Diagnostics()
        let theme = try diagnostics.recovering { try read(SpecNode(node: root, file: path, diagnostics: diagnostics)) }
        if let failure = diagnostics.failure(summaryAt: path) { throw failure }
        return theme ?? .standard
    }
}
