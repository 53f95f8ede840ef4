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
    static func read(_ node: SpecNode) throws -> Theme {
        var theme = Theme.standard
        let map = try node.mapping("theme", allowed: ["font", "body-size", "body-line-height", "accent", "muted-bar", "text",
                                                      "table-size", "table-line-height", "table-minimum-size", "table-stripe",
                                                      "table-emphasis", "table-up", "table-down"])
        if let n = map["font"] { theme.fontFamily = try n.string("font") }
        if let n = map["body-size"] { theme.bodySize = try n.number("body-size", in: 6...24) }
        if let n = map["body-line-height"] { theme.bodyLineHeight = try n.number("body-line-height", in: 6...60) }
        if theme.bodyLineHeight < theme.bodySize {
            throw Diagnostic(.error, at: (map["body-line-height"] ?? map["body-size"] ?? node).location,
                             Messages.expected("at least the body size (\(theme.bodySize) pt)", for: "body-line-height"))
        }
        if let n = map["accent"] { theme.accent = try color(n, "accent") }
        if let n = map["muted-bar"] { theme.mutedBar = try color(n, "muted-bar") }
        if let n = map["text"] { theme.text = try color(n, "text") }
        if let n = map["table-size"] { theme.tableSize = try n.number("table-size", in: 6...24) }
        if let n = map["table-line-height"] { theme.tableLineHeight = try n.number("table-line-height", in: 6...60) }
        if let n = map["table-minimum-size"] { theme.tableMinimumSize = try n.number("table-minimum-size", in: 4...24) }
        if theme.tableLineHeight < theme.tableSize || theme.tableMinimumSize > theme.tableSize {
            throw Diagnostic(.error, at: (map["table-line-height"] ?? map["table-minimum-size"] ?? map["table-size"] ?? node).location,
                             Messages.expected("a line height of at least the table size and a minimum size of at most it", for: "table-size"))
        }
        if let n = map["table-stripe"] { theme.tableStripe = try color(n, "table-stripe") }
        if let n = map["table-emphasis"] { theme.tableEmphasis = try color(n, "table-emphasis") }
        if let n = map["table-up"] { theme.tableUp = try color(n, "table-up") }
        if let n = map["table-down"] { theme.tableDown = try color(n, "table-down") }
        return theme
    }

    private static func color(_ node: SpecNode, _ key: String) throws -> Color {
        let text = try node.string(key)
        guard let c = Color(hex: text) else { throw Diagnostic(.error, at: node.location, Messages.invalidColor(text)) }
        return c
    }


    /// Reads a theme file (the same keys as a spec's `theme:`), for `briefing chart`.
    public static func load(file path: String) throws -> Theme {
        let bytes = try FileReader.read(path)
        guard let text = String(validatingUTF8Bytes: bytes[...]) else {
            throw Diagnostic(.error, at: SourceLocation(file: path), Messages.invalidUTF8(byteOffset: 0))
        }
        if let tooDeep = NestingGuard.firstViolation(in: text, file: path) { throw tooDeep }
        do {
            guard let node = try Yams.compose(yaml: text) else { return .standard }
            return try read(SpecNode(node: node, file: path))
        } catch let error as YamlError {
            throw SpecReader.yamlDiagnostic(error, file: path)
        }
    }
}
