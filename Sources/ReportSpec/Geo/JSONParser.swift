/// A parsed JSON value with the byte offset where it starts, for messages that point into the file.
struct JSONNode: Sendable {
    indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([(key: String, value: JSONNode)])
        /// An array of exactly two numbers, kept as one value: a GeoJSON file is mostly positions,
        /// and one node per coordinate tripled the memory a large boundary file took to read.
        case pair(Double, Double)
    }
    var value: Value
    var offset: Int

    /// The member named `key` of an object (the first, when repeated).
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
    var string: String? { if case .string(let s) = value { return s } else { return nil } }
    var number: Double? { if case .number(let d) = value { return d } else { return nil } }
    /// The elements of an array (a pair's two numbers carry the pair's own offset).
    var array: [JSONNode]? {
        switch value {
        case .array(let a): return a
        case .pair(let x, let y): return [JSONNode(value: .number(x), offset: offset), JSONNode(value: .number(y), offset: offset)]
        default: return nil
        }
    }
    /// The two numbers of an array of exactly two numbers.
    var pair: (Double, Double)? { if case .pair(let x, let y) = value { return (x, y) } else { return nil } }
    var isNull: Bool { if case .null = value { return true } else { return false } }
}

/// A strict JSON parser (RFC 8259) over bytes that reports where it stopped.
///
/// One pass, no backtracking: time and memory linear in the input. Nesting deeper than
/// ``maxDepth`` is refused rather than risking the stack.
///
/// ```swift
/// let root = try JSONParser(bytes).parse()
/// ```
struct JSONParser {
    /// A syntax error at a byte offset.
    struct Failure: Error, Equatable { var offset: Int; var message: String }

    static let maxDepth = 256
    let bytes: [UInt8]
    var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() throws(Failure) -> JSONNode {
        // A UTF-8 byte order mark is tolerated.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        skipSpace()
        let root = try value(depth: 0)
        skipSpace()
        guard i == bytes.count else { throw Failure(offset: i, message: "unexpected text after the end of the JSON value") }
        return root
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    func describe(_ at: Int) -> String {
        guard at < bytes.count else { return "the end of the file" }
        let b = bytes[at]
        return b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
    }

    mutating func value(depth: Int) throws(Failure) -> JSONNode {
        guard depth < Self.maxDepth else { throw Failure(offset: i, message: "nesting deeper than \(Self.maxDepth) levels") }
        guard i < bytes.count else { throw Failure(offset: i, message: "unexpected end of the file; expected a value") }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return JSONNode(value: .object(members), offset: start) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw Failure(offset: i, message: "expected a member name in double quotes, found \(describe(i))")
                }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Failure(offset: i, message: "expected ':' after a member name, found \(describe(i))") }
                i += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw Failure(offset: i, message: "unexpected end of the file; expected ',' or '}'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return JSONNode(value: .object(members), offset: start) }
                throw Failure(offset: i, message: "expected ',' or '}', found \(describe(i))")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return JSONNode(value: .array(items), offset: start) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw Failure(offset: i, message: "unexpected end of the file; expected ',' or ']'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    // Deep enough to be a position, never a dataset's row or cell (depth 0 to 2).
                    if depth >= 3, items.count == 2, case .number(let x) = items[0].value, case .number(let y) = items[1].value {
                        return JSONNode(value: .pair(x, y), offset: start)
                    }
                    return JSONNode(value: .array(items), offset: start)
                }
                throw Failure(offset: i, message: "expected ',' or ']', found \(describe(i))")
            }
        case UInt8(ascii: "\""):
            return JSONNode(value: .string(try string()), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try number()), offset: start)
        default:
            throw Failure(offset: i, message: "expected a value, found \(describe(i))")
        }
    }

    mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        guard bytes.count - i >= w.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw Failure(offset: i, message: "expected a value, found \(describe(i))")
        }
        i += w.count
    }

    mutating func number() throws(Failure) -> Double {
        let start = i
        func digits() -> Int { let s = i; while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }; return i - s }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        let n = digits()
        guard n > 0 else { throw Failure(offset: i, message: "expected a digit, found \(describe(i))") }
        if n > 1 && bytes[intStart] == UInt8(ascii: "0") { throw Failure(offset: intStart, message: "a number may not start with 0") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw Failure(offset: i, message: "expected a digit after '.', found \(describe(i))") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw Failure(offset: i, message: "expected a digit in the exponent, found \(describe(i))") }
        }
        guard let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)), d.isFinite else {
            throw Failure(offset: start, message: "number out of range")
        }
        return d
    }

    mutating func hex4() throws(Failure) -> UInt32 {
        guard bytes.count - i >= 4 else { throw Failure(offset: i, message: "expected four hex digits after \\u") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: throw Failure(offset: i, message: "expected a hex digit, found \(describe(i))")
            }
            v = v * 16 + UInt32(d); i += 1
        }
        return v
    }

    mutating func string() throws(Failure) -> String {
        let open = i
        i += 1
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < bytes.count else { throw Failure(offset: open, message: "string is never closed; expected a closing '\"'") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { out += bytes[runStart..<i]; i += 1; break }
            if b < 0x20 { throw Failure(offset: i, message: "control character in a string; write it as an escape such as \\n") }
            if b != UInt8(ascii: "\\") { i += 1; continue }
            out += bytes[runStart..<i]
            i += 1
            guard i < bytes.count else { throw Failure(offset: i, message: "unexpected end of the file in an escape") }
            let e = bytes[i]; i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code), bytes.count - i >= 6, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try hex4()
                    code = (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                out += Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
            default:
                throw Failure(offset: i - 1, message: "unknown escape '\\\(Character(Unicode.Scalar(e)))'")
            }
            runStart = i
        }
        guard let s = String(validating: out, as: UTF8.self) else {
            throw Failure(offset: open, message: "string is not valid UTF-8")
        }
        return s
    }
}
