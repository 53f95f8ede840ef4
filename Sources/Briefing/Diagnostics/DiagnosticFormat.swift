/// How diagnostics are written for people or for tools.
///
/// ```swift
/// for d in result.diagnostics { print(DiagnosticFormat.text.render(d, colour: false)) }
/// ```
public enum DiagnosticFormat: String, CaseIterable, Sendable, Codable {
    /// `path:line:column: error: message`, then the source line with a caret under the column
    /// and any notes, as rustc and Typst show them; coloured on a terminal.
    case text
    /// One JSON object per line: file, line, column, severity, code, message, notes.
    case json

    /// The diagnostic as text lines (without a final newline) or as one JSON line.
    public func render(_ d: Diagnostic, colour: Bool) -> String {
        switch self {
        case .text: return Self.text(d, colour: colour)
        case .json: return JSONLine.object(Self.fields(of: d))
        }
    }

    /// A report's outcome as one JSON line (see docs/build-summary.md).
    public static func summary(_ r: ReportResult) -> String {
        JSONLine.object([
            ("report", .string(r.name)), ("folder", .string(r.folder)), ("status", .string(r.status.rawValue)),
            ("outputs", .array(r.outputs.map(JSONLine.Value.string))), ("pages", .int(r.pages)),
            ("warnings", .int(r.warningCount)), ("errors", .int(r.errorCount)),
            ("seconds", .number((r.seconds * 1000).rounded() / 1000)),
        ])
    }

    private static func fields(of d: Diagnostic) -> [(String, JSONLine.Value)] {
        let notes = d.notes.map { note -> JSONLine.Value in
            var fields: [(String, JSONLine.Value)] = [("kind", .string(note.kind.rawValue)), ("message", .string(note.message))]
            if let at = note.location {
                fields += [("file", .string(at.file)), ("line", .int(at.line)), ("column", .int(at.column))]
            }
            return .object(fields)
        }
        return [("file", .string(d.location.file)), ("line", .int(d.location.line)), ("column", .int(d.location.column)),
                ("severity", .string(d.severity.rawValue)), ("code", .string(d.code)), ("message", .string(d.message)),
                ("notes", .array(notes))]
    }

    private static func text(_ d: Diagnostic, colour: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let tint = d.severity == .error ? "1;31" : "1;33"
        var lines = ["\(paint("\(d.location):", "1")) \(paint("\(d.severity.rawValue):", tint)) \(d.message)"]
        if let source = d.sourceLine, d.location.line > 0 {
            let number = String(d.location.line)
            let gutter = String(repeating: " ", count: number.count)
            // A long line (a minified GeoJSON file is one line) is shown as a window around the
            // column. The caret sits under the column's character; tabs are kept so it lines up.
            let characters = Array(source)
            let column = min(max(0, d.location.column - 1), characters.count)
            let start = characters.count > 120 ? max(0, min(column - 60, characters.count - 120)) : 0
            let end = min(characters.count, start + 120)
            let shown = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
            let before = (start > 0 ? " " : "") + characters[start..<max(start, column)]
                .map { $0 == "\t" ? "\t" : String(repeating: " ", count: $0.isWide ? 2 : 1) }.joined()
            lines.append("\(gutter) \(paint("|", "1;34"))")
            lines.append("\(paint(number, "1;34")) \(paint("|", "1;34")) \(shown)")
            lines.append("\(gutter) \(paint("|", "1;34")) \(before)\(paint("^", tint))")
        }
        for note in d.notes {
            let indent = String(repeating: " ", count: d.sourceLine != nil && d.location.line > 0 ? String(d.location.line).count : 0)
            lines.append("\(indent) \(paint("=", "1;34")) \(paint("\(note.kind.rawValue):", "1")) \(note.message)"
                         + (note.location.map { " (\($0))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

extension Character {
    /// Hangul, CJK ideographs and fullwidth forms take two columns on a terminal.
    var isWide: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
