/// Parses `expression | format(args)` with a hand-written recursive-descent parser.
///
/// Grammar:
/// ```
/// binding  := 'ref' '(' string ')' | expr ('|' name ('(' [arg (',' arg)*] ')')?)?
/// expr     := term (('+' | '-') term)*
/// term     := unary (('*' | '/') unary)*
/// unary    := '-' unary | primary
/// primary  := number | '(' expr ')' | name '(' [expr (',' expr)*] ')' | name '.' name ('[' string ']')?
/// arg      := name ':' (number | string | 'true' | 'false')
/// ```
struct ExpressionParser {
    private let chars: [Character]
    private var i = 0
    /// Offset of the expression's first character in the enclosing text, for error positions.
    private let base: Int
    /// Deepest nesting accepted, so a pathological text cannot overflow the stack.
    static let maxDepth = 64
    private var depth = 0

    init(_ text: Substring, base: Int) { chars = Array(text); self.base = base }

    mutating func parseBinding() throws -> (Expression, FormatCall?) {
        if let reference = try reference() { return (reference, nil) }
        let e = try expression()
        skipSpaces()
        var format: FormatCall?
        if peek == "|" {
            i += 1
            format = try formatCall()
        }
        skipSpaces()
        if i < chars.count { throw error("unexpected '\(chars[i])'") }
        return (e, format)
    }

    // MARK: Cross-references

    /// `ref("figure-id")`, alone in the binding: a figure's number is words, not a quantity, so
    /// it takes no arithmetic and no format. Nil, with nothing read, when the binding is not one.
    /// (`ref: id` would read better, but a `: ` ends a plain YAML scalar, so it could not be
    /// written in most paragraphs.)
    private mutating func reference() throws -> Expression? {
        skipSpaces()
        let start = i
        guard matchWord("ref") else { return nil }
        skipSpaces()
        if peek == ":" {
            throw error("write a cross-reference as ref(\"figure-id\"): YAML reads ': ' inside plain text as a new key")
        }
        guard consume("(") else { i = start; return nil }
        skipSpaces()
        guard peek == "\"" else { throw error("expected the figure id in quotes, as ref(\"figure-id\")") }
        let id = try string()
        try expect(")")
        skipSpaces()
        if i < chars.count {
            throw error("ref(\"\(id)\") stands alone in {{ … }}: a figure's number cannot be computed with or formatted")
        }
        return .reference(id)
    }

    // MARK: Expressions

    private mutating func expression() throws -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error("the expression nests too deeply") }
        var left = try term()
        while true {
            skipSpaces()
            guard let c = peek, c == "+" || c == "-" else { return left }
            i += 1
            left = .binary(c, left, try term())
        }
    }

    private mutating func term() throws -> Expression {
        var left = try unary()
        while true {
            skipSpaces()
            guard let c = peek, c == "*" || c == "/" || c == "×" || c == "÷" else { return left }
            i += 1
            left = .binary(c == "×" ? "*" : c == "÷" ? "/" : c, left, try unary())
        }
    }

    private mutating func unary() throws -> Expression {
        skipSpaces()
        if peek == "-" { i += 1; return .negate(try unary()) }
        return try primary()
    }

    private mutating func primary() throws -> Expression {
        skipSpaces()
        guard let c = peek else { throw error("expected a number, a data reference or a function") }
        if c == "(" {
            i += 1
            let e = try expression()
            try expect(")")
            return e
        }
        if c.isNumber || c == "." { return .number(try number()) }
        guard isNameStart(c) else { throw error("unexpected '\(c)'") }
        let first = name()
        skipSpaces()
        if peek == "(" {
            if first == "ref" { throw error("ref(\"…\") stands alone in {{ … }}: a figure's number cannot be computed with or formatted") }
            i += 1
            var args: [Expression] = []
            skipSpaces()
            if peek != ")" {
                repeat { args.append(try expression()); skipSpaces() } while consume(",")
            }
            try expect(")")
            return .call(first, args)
        }
        guard consume(".") else { throw error("expected '.' and a column after '\(first)' (dataset.column)") }
        skipSpaces()
        guard let n = peek, isNameStart(n) else { throw error("expected a column name after '\(first).'") }
        let column = name()
        skipSpaces()
        if consume("[") {
            skipSpaces()
            let row = try string()
            try expect("]")
            return .cell(dataset: first, column: column, row: row)
        }
        return .column(dataset: first, column: column)
    }

    // MARK: Formats

    private mutating func formatCall() throws -> FormatCall {
        skipSpaces()
        guard let c = peek, isNameStart(c) else { throw error("expected a format name after '|' (korean, plain, percent, english)") }
        let formatName = name()
        var args: [String: FormatArgument] = [:]
        skipSpaces()
        if consume("(") {
            skipSpaces()
            if peek != ")" {
                repeat {
                    skipSpaces()
                    guard let s = peek, isNameStart(s) else { throw error("expected an argument name") }
                    let key = name()
                    try expect(":")
                    skipSpaces()
                    if peek == "\"" { args[key] = .text(try string()) }
                    else if matchWord("true") { args[key] = .flag(true) }
                    else if matchWord("false") { args[key] = .flag(false) }
                    else if peek == "-" { i += 1; args[key] = .number(-(try number())) }
                    else { args[key] = .number(try number()) }
                    skipSpaces()
                } while consume(",")
            }
            try expect(")")
        }
        return FormatCall(name: formatName, arguments: args)
    }

    // MARK: Tokens

    private var peek: Character? { i < chars.count ? chars[i] : nil }

    private mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" || c == "\n" { i += 1 } }

    private mutating func consume(_ c: Character) -> Bool {
        skipSpaces()
        if peek == c { i += 1; return true }
        return false
    }

    private mutating func expect(_ c: Character) throws {
        if !consume(c) { throw error("expected '\(c)'") }
    }

    private mutating func matchWord(_ w: String) -> Bool {
        let end = i + w.count
        guard end <= chars.count, String(chars[i..<end]) == w else { return false }
        if end < chars.count, isNamePart(chars[end]) { return false }
        i = end
        return true
    }

    private func isNameStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    private func isNamePart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "-" }

    private mutating func name() -> String {
        let start = i
        while let c = peek, isNamePart(c) { i += 1 }
        return String(chars[start..<i])
    }

    private mutating func number() throws -> Double {
        let start = i
        guard start < chars.count else { throw error("expected a number") }
        while let c = peek, c.isNumber || c == "." || c == "e" || c == "E" || (c == "," && isDigitGroupComma(at: i)) ||
              ((c == "+" || c == "-") && i > start && (chars[i - 1] == "e" || chars[i - 1] == "E")) { i += 1 }
        let text = String(chars[start..<i]).filter { $0 != "," }
        guard let v = Double(text), v.isFinite else {
            let shown = String(chars[start..<min(chars.count, max(start + 1, i))])
            i = start
            throw error("'\(shown)' is not a number")
        }
        return v
    }

    /// A comma grouping digits ("1,339"): after a digit and before exactly three. Any other comma
    /// separates arguments, as in `round(3.14159, 2)`.
    private func isDigitGroupComma(at k: Int) -> Bool {
        guard k > 0, chars[k - 1].isNumber else { return false }
        let group = chars[(k + 1)..<min(chars.count, k + 4)]
        guard group.count == 3, group.allSatisfy(\.isNumber) else { return false }
        return k + 4 >= chars.count || !chars[k + 4].isNumber
    }

    private mutating func string() throws -> String {
        guard peek == "\"" else { throw error("expected a quoted row name such as \"미국\"") }
        let start = i
        i += 1
        var out = ""
        while let c = peek, c != "\"" { out.append(c); i += 1 }
        guard peek == "\"" else { i = start; throw error("the quoted text is never closed") }
        i += 1
        return out
    }

    private func error(_ message: String) -> ExpressionSyntaxError {
        ExpressionSyntaxError(offset: base + i, message: message)
    }
}
