/// A strict reader of the PDF syntax Cairo and Briefing write: the xref chain, every object it
/// lists, dictionaries, arrays, strings and streams.
///
/// The fuzz oracle for the writers: an unescaped `(` in one string shifts every token after it,
/// so a file that readers call damaged fails here at the object that broke. It reads only what
/// the file says (no repair, no guessing), as qpdf's `--check` does.
public struct PDFFile {
    /// Every object the xref chain lists as in use, by number (the newest version of each).
    public var objects: [Int: PDFValue] = [:]
    /// The newest trailer dictionary.
    public var trailer: [String: PDFValue] = [:]

    /// Reads `bytes`, or throws the first place where the syntax breaks.
    public init(_ bytes: [UInt8]) throws {
        var lexer = PDFLexer(bytes)
        guard let startxref = lexer.lastOffset(of: "startxref") else { throw PDFSyntaxError(at: bytes.count, "no startxref") }
        lexer.at = startxref + 9
        guard case .number(let first)? = try lexer.token() else { throw PDFSyntaxError(at: lexer.at, "no xref offset") }
        var offsets: [Int: Int] = [:]
        var section = Int(first)
        var seen = Set<Int>()
        while seen.insert(section).inserted {
            let trailer = try lexer.xrefSection(at: section, into: &offsets)
            if self.trailer.isEmpty { self.trailer = trailer }
            guard case .number(let prev)? = trailer["Prev"] else { break }
            section = Int(prev)
        }
        for (number, offset) in offsets { objects[number] = try lexer.object(number, at: offset, offsets: offsets) }
        guard case .ref(let root)? = trailer["Root"], case .dictionary(let catalog)? = objects[root],
              catalog["Type"] == .name("Catalog") else { throw PDFSyntaxError(at: 0, "the trailer's /Root is not a catalog") }
    }

    /// The object `value` refers to, or `value` itself.
    public func resolve(_ value: PDFValue?) -> PDFValue? {
        if case .ref(let n)? = value { return objects[n] }
        return value
    }

    /// Every value in the file stored under `key` in some dictionary, in object order.
    public func values(forKey key: String) -> [PDFValue] {
        var out: [PDFValue] = []
        func walk(_ v: PDFValue) {
            switch v {
            case .dictionary(let d):
                for k in d.keys.sorted() { if k == key { out.append(d[k]!) }; walk(d[k]!) }
            case .array(let a): a.forEach(walk)
            case .stream(let d): walk(.dictionary(d))
            default: break
            }
        }
        for n in objects.keys.sorted() { walk(objects[n]!) }
        return out
    }
}

/// One PDF value; a stream is kept as its dictionary (the content is checked for length only).
public indirect enum PDFValue: Equatable {
    case number(Double), name(String), string([UInt8]), bool(Bool), null, ref(Int)
    case array([PDFValue]), dictionary([String: PDFValue]), stream([String: PDFValue])

    /// A text string's characters: UTF-16BE after a byte-order mark, otherwise one byte per character.
    public var text: String? {
        guard case .string(let b) = self else { return nil }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF {
            let units = stride(from: 2, to: b.count - 1, by: 2).map { UInt16(b[$0]) << 8 | UInt16(b[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(b.map { Character(Unicode.Scalar($0)) })
    }
}

/// Where and why a file stopped being PDF.
public struct PDFSyntaxError: Error, CustomStringConvertible {
    public let offset: Int
    public let reason: String
    init(at offset: Int, _ reason: String) { self.offset = offset; self.reason = reason }
    public var description: String { "PDF syntax broken at byte \(offset): \(reason)" }
}

/// The tokens of PDF's object syntax over a byte array.
struct PDFLexer {
    enum Token: Equatable {
        case number(Double), name(String), string([UInt8]), keyword(String)
        case arrayStart, arrayEnd, dictionaryStart, dictionaryEnd
    }

    let bytes: [UInt8]
    var at = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func isSpace(_ b: UInt8) -> Bool { b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32 }
    static func isDelimiter(_ b: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(b) }

    func lastOffset(of word: String) -> Int? {
        let w = Array(word.utf8)
        guard bytes.count >= w.count else { return nil }
        for i in stride(from: bytes.count - w.count, through: 0, by: -1) where bytes[i..<(i + w.count)].elementsEqual(w) { return i }
        return nil
    }

    mutating func skipSpace() {
        while at < bytes.count {
            if Self.isSpace(bytes[at]) { at += 1 } else if bytes[at] == UInt8(ascii: "%") {
                while at < bytes.count, bytes[at] != 10, bytes[at] != 13 { at += 1 }
            } else { return }
        }
    }

    /// The next token, nil at the end of the file.
    mutating func token() throws -> Token? {
        skipSpace()
        guard at < bytes.count else { return nil }
        let start = at
        let b = bytes[at]
        switch b {
        case UInt8(ascii: "("): return .string(try literalString())
        case UInt8(ascii: "["): at += 1; return .arrayStart
        case UInt8(ascii: "]"): at += 1; return .arrayEnd
        case UInt8(ascii: "<"):
            if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "<") { at += 2; return .dictionaryStart }
            return .string(try hexString())
        case UInt8(ascii: ">"):
            guard at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: ">") else { throw PDFSyntaxError(at: at, "a lone '>'") }
            at += 2; return .dictionaryEnd
        case UInt8(ascii: "/"):
            at += 1
            var name: [UInt8] = []
            while at < bytes.count, !Self.isSpace(bytes[at]), !Self.isDelimiter(bytes[at]) {
                if bytes[at] == UInt8(ascii: "#") {
                    guard at + 2 < bytes.count, let h = Self.hex(bytes[at + 1]), let l = Self.hex(bytes[at + 2]) else {
                        throw PDFSyntaxError(at: at, "a bad #xx escape in a name")
                    }
                    name.append(h << 4 | l); at += 3
                } else { name.append(bytes[at]); at += 1 }
            }
            return .name(String(decoding: name, as: UTF8.self))
        case UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            throw PDFSyntaxError(at: start, "an unexpected '\(Character(Unicode.Scalar(b)))'")
        default:
            while at < bytes.count, !Self.isSpace(bytes[at]), !Self.isDelimiter(bytes[at]) { at += 1 }
            let word = String(decoding: bytes[start..<at], as: UTF8.self)
            if let n = Double(word), word.first != "i", word.first != "n", !word.lowercased().contains("e") { return .number(n) }
            return .keyword(word)
        }
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }

    mutating func literalString() throws -> [UInt8] {
        let start = at
        at += 1
        var depth = 1
        var out: [UInt8] = []
        while at < bytes.count {
            let b = bytes[at]; at += 1
            switch b {
            case UInt8(ascii: "("): depth += 1; out.append(b)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(b)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { break }
                let e = bytes[at]; at += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case 0x30...0x37:
                    var v = Int(e - 0x30)
                    for _ in 0..<2 where at < bytes.count && (0x30...0x37).contains(bytes[at]) { v = v * 8 + Int(bytes[at] - 0x30); at += 1 }
                    out.append(UInt8(truncatingIfNeeded: v))
                case 13: if at < bytes.count, bytes[at] == 10 { at += 1 }
                case 10: break
                default: out.append(e)
                }
            default: out.append(b)
            }
        }
        throw PDFSyntaxError(at: start, "a string that never ends")
    }

    mutating func hexString() throws -> [UInt8] {
        let start = at
        at += 1
        var digits: [UInt8] = []
        while at < bytes.count {
            let b = bytes[at]; at += 1
            if b == UInt8(ascii: ">") {
                if digits.count % 2 == 1 { digits.append(0) }
                return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
            }
            if Self.isSpace(b) { continue }
            guard let d = Self.hex(b) else { throw PDFSyntaxError(at: at - 1, "a non-hex byte in a hex string") }
            digits.append(d)
        }
        throw PDFSyntaxError(at: start, "a hex string that never ends")
    }

    /// A whole value starting at the next token (`first` when already read).
    mutating func value(_ first: Token? = nil, depth: Int = 0) throws -> PDFValue {
        guard depth < 200 else { throw PDFSyntaxError(at: at, "nesting deeper than any writer makes") }
        let start = at
        guard let t = try first ?? token() else { throw PDFSyntaxError(at: at, "the file ends inside a value") }
        switch t {
        case .number(let n):
            // `n g R` is a reference; anything else leaves the lexer where the number ended.
            let save = at
            if case .number(let g)? = try? token(), g == 0 || g > 0, case .keyword("R")? = try? token(), n == n.rounded() {
                return .ref(Int(n))
            }
            at = save
            return .number(n)
        case .name(let s): return .name(s)
        case .string(let s): return .string(s)
        case .keyword("true"): return .bool(true)
        case .keyword("false"): return .bool(false)
        case .keyword("null"): return .null
        case .arrayStart:
            var items: [PDFValue] = []
            while true {
                guard let n = try token() else { throw PDFSyntaxError(at: start, "an array that never ends") }
                if n == .arrayEnd { return .array(items) }
                items.append(try value(n, depth: depth + 1))
            }
        case .dictionaryStart:
            var d: [String: PDFValue] = [:]
            while true {
                guard let k = try token() else { throw PDFSyntaxError(at: start, "a dictionary that never ends") }
                if k == .dictionaryEnd { return .dictionary(d) }
                guard case .name(let key) = k else { throw PDFSyntaxError(at: at, "a dictionary key that is not a name: \(k)") }
                d[key] = try value(depth: depth + 1)
            }
        default: throw PDFSyntaxError(at: start, "\(t) where a value belongs")
        }
    }

    /// One `xref` section at `offset`: its in-use entries join `offsets` unless a newer section
    /// listed them; returns the trailer that follows it.
    mutating func xrefSection(at offset: Int, into offsets: inout [Int: Int]) throws -> [String: PDFValue] {
        guard offset >= 0, offset < bytes.count else { throw PDFSyntaxError(at: offset, "an xref offset outside the file") }
        at = offset
        guard try token() == .keyword("xref") else { throw PDFSyntaxError(at: offset, "startxref does not point at an xref table") }
        while true {
            let t = try token()
            if t == .keyword("trailer") { break }
            guard case .number(let first)? = t, case .number(let count)? = try token(), first >= 0, count >= 0, count < 1e7 else {
                throw PDFSyntaxError(at: at, "a bad xref subsection header")
            }
            for i in 0..<Int(count) {
                guard case .number(let place)? = try token(), case .number? = try token(), case .keyword(let kind)? = try token() else {
                    throw PDFSyntaxError(at: at, "a bad xref entry")
                }
                if kind == "n", offsets[Int(first) + i] == nil { offsets[Int(first) + i] = Int(place) }
            }
        }
        guard case .dictionary(let trailer) = try value() else { throw PDFSyntaxError(at: at, "a trailer that is not a dictionary") }
        return trailer
    }

    /// The object numbered `number` at `offset`: `number 0 obj value endobj`, a stream's bytes
    /// skipped by its /Length.
    mutating func object(_ number: Int, at offset: Int, offsets: [Int: Int], depth: Int = 0) throws -> PDFValue {
        guard offset >= 0, offset < bytes.count else { throw PDFSyntaxError(at: offset, "object \(number)'s offset is outside the file") }
        at = offset
        guard try token() == .number(Double(number)), case .number? = try token(), try token() == .keyword("obj") else {
            throw PDFSyntaxError(at: offset, "the xref entry of object \(number) does not point at it")
        }
        let v = try value()
        let next = try token()
        if next == .keyword("endobj") { return v }
        guard next == .keyword("stream"), case .dictionary(let d) = v else {
            throw PDFSyntaxError(at: at, "object \(number) runs on after its value (\(String(describing: next)))")
        }
        if at < bytes.count, bytes[at] == 13 { at += 1 }
        if at < bytes.count, bytes[at] == 10 { at += 1 }
        let dataStart = at
        var length: Int
        switch d["Length"] {
        case .number(let n)?: length = Int(n)
        case .ref(let r)? where depth == 0:
            guard let o = offsets[r] else { throw PDFSyntaxError(at: at, "object \(number)'s /Length names a missing object") }
            var inner = PDFLexer(bytes)
            guard case .number(let n) = try inner.object(r, at: o, offsets: offsets, depth: 1) else {
                throw PDFSyntaxError(at: o, "object \(number)'s /Length is not a number")
            }
            length = Int(n)
        default: throw PDFSyntaxError(at: at, "stream \(number) has no usable /Length")
        }
        guard length >= 0, dataStart + length <= bytes.count else { throw PDFSyntaxError(at: dataStart, "stream \(number) runs past the file") }
        at = dataStart + length
        guard try token() == .keyword("endstream"), try token() == .keyword("endobj") else {
            throw PDFSyntaxError(at: at, "stream \(number) does not end where its /Length says")
        }
        return .stream(d)
    }
}
