/// Writes a PDF object without the layout whitespace Cairo puts in it.
///
/// Cairo 1.16 indents every dictionary entry on a line of its own and numbers pages in
/// comments (`/Type /Page % 1`); over a report's few hundred small objects that is a kilobyte
/// or more of the file, which the marker spends on what PDF/UA asks for instead (XMP, /Tabs,
/// link descriptions). Runs of whitespace become one space and comments go; strings, hex
/// strings and anything from `stream` on are copied as they are. A structure element also
/// drops its optional `/Type`.
///
/// ```swift
/// PDFObjectCompactor.compact(Array("3 0 obj\n<< /Type /Page % 1\n   /Parent 1 0 R\n>>\nendobj\n".utf8))
/// // "3 0 obj\n<< /Type /Page /Parent 1 0 R >>\nendobj\n"
/// ```
enum PDFObjectCompactor {
    /// `object` (`N 0 obj` … `endobj`) compacted; unchanged when it is not laid out that way.
    static func compact(_ object: [UInt8]) -> [UInt8] {
        guard let headerEnd = object.firstIndex(of: 0x0A), let end = lastEndobj(in: object), headerEnd < end else { return object }
        var out = Array(object[...headerEnd])
        out.reserveCapacity(object.count)
        var i = headerEnd + 1
        var pendingSpace = false
        func emit(_ b: UInt8) {
            if pendingSpace, !out.isEmpty, out.last != 0x0A { out.append(0x20) }
            pendingSpace = false
            out.append(b)
        }
        while i < end {
            let b = object[i]
            switch b {
            case 0x20, 0x0A, 0x0D, 0x09, 0x0C:
                pendingSpace = true
                i += 1
            case 0x25:   // % comment, to the end of its line
                while i < end, object[i] != 0x0A, object[i] != 0x0D { i += 1 }
                pendingSpace = true
            case 0x28:   // (literal string), nested parentheses and escapes kept
                var depth = 0
                repeat {
                    let c = object[i]
                    emit(c)
                    if c == 0x5C, i + 1 < end { i += 1; out.append(object[i]) } else if c == 0x28 { depth += 1 } else if c == 0x29 { depth -= 1 }
                    i += 1
                } while i < end && depth > 0
            case 0x3C where i + 1 < end && object[i + 1] == 0x3C:   // << opens a dictionary
                emit(b)
                out.append(b)
                i += 2
            case 0x3C:   // <hex string>
                while i < end {
                    emit(object[i])
                    i += 1
                    if object[i - 1] == 0x3E { break }
                }
            case 0x73 where matches("stream", in: object, at: i):
                // A stream's data is bytes: the rest goes as it is, from its keyword on.
                emit(b)
                out += object[(i + 1)...]
                return out
            default:
                emit(b)
                i += 1
            }
        }
        out.append(0x0A)
        out += object[end...]
        dropStructElemType(&out, after: headerEnd + 1)
        return out
    }

    /// A structure element's `/Type /StructElem` is optional (ISO 32000-1, Table 323) and Cairo
    /// writes it on every element of the tree, a few hundred in a report: the dictionary that
    /// opens with it loses it.
    private static func dropStructElemType(_ out: inout [UInt8], after start: Int) {
        let entry = Array("<< /Type /StructElem ".utf8)
        guard out.count >= start + entry.count, out[start..<(start + entry.count)].elementsEqual(entry) else { return }
        out.removeSubrange((start + 3)..<(start + entry.count))
    }

    private static func lastEndobj(in object: [UInt8]) -> Int? {
        var i = object.count - 6
        while i >= 0 {
            if matches("endobj", in: object, at: i) { return i }
            i -= 1
        }
        return nil
    }

    private static func matches(_ word: String, in bytes: [UInt8], at i: Int) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count else { return false }
        return bytes[i..<(i + w.count)].elementsEqual(w)
    }
}
