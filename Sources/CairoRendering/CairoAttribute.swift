extension String {
    /// The string as the inside of a single-quoted Cairo tag attribute value (`dest='…'`,
    /// `uri='…'`, `name='…'`): backslashes and single quotes escaped, as cairo's tag parser expects.
    var cairoQuoted: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            if c == "\\" || c == "'" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

extension String {
    /// The URI with every character a PDF string or a URI reader could misread percent-encoded
    /// (as UTF-8 bytes): Cairo 1.16 writes a link's URI into the PDF as a literal string without
    /// escaping it, so a `(`, `)` or `\` in an address broke every object after the link.
    /// Spaces, control characters, non-ASCII and the characters URIs never hold raw are encoded
    /// too; a `%` that already starts an escape is kept.
    var percentEncodedForPDF: String {
        let bytes = Array(utf8)
        var out = ""
        out.reserveCapacity(bytes.count)
        func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }
        for (i, b) in bytes.enumerated() {
            let kept: Bool
            switch b {
            case 0x25: kept = i + 2 < bytes.count && isHex(bytes[i + 1]) && isHex(bytes[i + 2])
            case 0x21...0x7E: kept = !"()\\\"<>{}|^`[]".utf8.contains(b)
            default: kept = false
            }
            if kept {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}

extension String {
    /// The name as a PDF named destination Cairo can write: Cairo 1.16 writes destination names
    /// into literal strings unescaped, so a `(`, `)` or `\` in an anchor's name broke the file.
    /// Those bytes, control characters (a reader turns a raw CR into LF, and the link would miss
    /// its destination) and `%` itself become `%XX`; every other byte, Hangul included, stays,
    /// so ordinary names read as written and two names never become one.
    var pdfDestinationName: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for b in utf8 {
            if b < 0x20 || b == 0x7F || b == 0x25 || b == 0x28 || b == 0x29 || b == 0x5C {
                out += Array("%" + (b < 0x10 ? "0" : "") + String(b, radix: 16, uppercase: true)).flatMap(\.utf8)
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
