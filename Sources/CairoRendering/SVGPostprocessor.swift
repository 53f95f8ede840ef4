/// Makes Cairo's SVG output repeatable and self-describing.
///
/// Cairo numbers `surfaceN` and `imageN` ids from a process-wide counter, so the same figure
/// drawn second in a process would get different ids. Renumbering them in order of first
/// appearance makes every SVG byte-identical to a fresh-process render. It also adds the
/// `<title>` and `<desc>` that screen readers and slide programs show.
struct SVGPostprocessor {
    let title: String
    let description: String

    func process(_ bytes: [UInt8]) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        text = renumber(prefix: "surface", in: text)
        text = renumber(prefix: "image", in: text)
        // Insert the accessible name right after the root element's opening tag.
        if let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") {
            let insert = "\n<title>\(escape(title))</title>\n<desc>\(escape(description))</desc>"
            text.insert(contentsOf: insert, at: text.index(after: close))
        }
        return Array(text.utf8)
    }

    /// Replaces `prefix` followed by digits (as an id or reference) with numbers from 1 in order of appearance.
    private func renumber(prefix: String, in text: String) -> String {
        var map: [Substring: Int] = [:]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let r = rest.range(of: prefix) {
            out += rest[..<r.upperBound]
            let digits = rest[r.upperBound...].prefix { $0.isASCII && $0.isNumber }
            // Only an id-like token: the prefix must not continue a longer word (e.g. "glyphsurface").
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            if !digits.isEmpty && !(before.isLetter || before.isNumber) {
                let n = map[digits] ?? (map.count + 1)
                map[digits] = n
                out += String(n)
                rest = rest[digits.endIndex...]
            } else {
                rest = rest[r.upperBound...]
            }
        }
        return out + rest
    }

    private func escape(_ s: String) -> String {
        s.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;").replacingAll("\"", "&quot;")
    }
}

extension StringProtocol {
    /// The first range of `needle` (stdlib only).
    func range(of needle: String) -> Range<Index>? { firstRange(of: needle) }
}
