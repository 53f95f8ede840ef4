/// Refuses YAML nested deeper than a spec can mean, before the parser sees it.
///
/// The YAML composer recurses once per level: twenty thousand `[` would overflow the stack and
/// crash instead of failing. A report spec needs a handful of levels; allow generously many.
///
/// Block nesting is measured by the column where a line's content starts: a `- `, `? ` or `: `
/// that opens a line nests the rest of it one level deeper (`- - - x` is a list in a list in a
/// list), so those count as indentation.
enum NestingGuard {
    /// Deepest flow (`[`, `{`) nesting and deepest indentation accepted.
    static let maxFlowDepth = 64
    static let maxIndent = 256

    /// The location of the first place nested too deep, or nil when the text is fine.
    static func firstViolation(in text: String, file: String) -> Diagnostic? {
        var depth = 0, line = 1, column = 0
        var quote: UInt8? = nil
        var comment = false, lineStart = true, indent = 0
        // A `-`, `?` or `:` at the start of a line, which is an indicator if a space follows.
        var indicator = false
        for b in text.utf8 {
            column += 1
            if b == 0x0A {
                line += 1; column = 0; comment = false; lineStart = true; indent = 0; indicator = false
                if quote == 0x27 { continue }   // single-quoted scalars may span lines
                continue
            }
            if comment { continue }
            if lineStart {
                if b == 0x20 {
                    indent += indicator ? 2 : 1
                    indicator = false
                    if indent > maxIndent { return violation(line, column, file) }
                    continue
                }
                if !indicator && (b == 0x2D || b == 0x3F || b == 0x3A) { indicator = true; continue }
                lineStart = false; indicator = false
            }
            if let q = quote {
                if b == q { quote = nil }
                continue
            }
            switch b {
            case 0x22, 0x27: quote = b
            case 0x23: comment = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > maxFlowDepth { return violation(line, column, file) }
            case 0x5D, 0x7D: depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    private static func violation(_ line: Int, _ column: Int, _ file: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column),
                   Messages.nestedTooDeep(limit: maxFlowDepth, indent: maxIndent))
    }
}
