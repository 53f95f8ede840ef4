/// Marks what a page draws outside every structure element as an artifact.
///
/// PDF/UA asks that every mark on a page be either tagged content, reachable from the structure
/// tree, or an `/Artifact` that readers skip. Cairo 1.16 has no way to say "artifact": what
/// Briefing draws untagged (running heads, footers, rules, table decorations, and what an
/// element holding other elements draws itself) lands outside any marked content. This pass
/// reads a page's content stream once and wraps each such run in `/Artifact BMC … EMC`, at the
/// boundaries PDF allows: between graphics objects, never inside a text object or a path.
///
/// ```swift
/// ContentArtifacts.wrap(Array("0 0 10 10 re f\n/P << /MCID 0 >> BDC\nBT ET\nEMC\n".utf8))
/// // "/Artifact BMC\n0 0 10 10 re f\nEMC\n/P << /MCID 0 >> BDC\nBT ET\nEMC\n"
/// ```
enum ContentArtifacts {
    /// `content` with every run of marks outside marked content wrapped as an artifact; nil
    /// when the stream holds what the pass does not read (an inline image, unbalanced marked
    /// content, a marked-content operator inside a text object or path), so the caller keeps it
    /// as it is and makes no claim about it. A path that only clips (`W n`) draws nothing and
    /// opens no artifact.
    static func wrap(_ content: [UInt8]) -> [UInt8]? {
        var insertions: [(at: Int, text: StaticString)] = []
        var scanner = Scanner()
        let ok = content.withUnsafeBufferPointer { scanner.scan($0) { insertions.append(($0, $1)) } }
        guard ok else { return nil }
        if insertions.isEmpty { return content }
        var out: [UInt8] = []
        out.reserveCapacity(content.count + insertions.count * 14 + 5)
        var copied = 0
        for insertion in insertions {
            out += content[copied..<insertion.at]
            insertion.text.withUTF8Buffer { out += $0 }
            copied = insertion.at
        }
        out += content[copied...]
        if scanner.artifactOpen {
            if out.last != 0x0A { out.append(0x0A) }
            out += Array("EMC\n".utf8)
        }
        return out
    }

    /// The state of one pass over a content stream.
    private struct Scanner {
        var depth = 0
        var inText = false
        var artifactOpen = false
        /// Where the current operator's operands begin.
        var operandsStart: Int?
        /// Where the path being built began (its operands), until it is painted or ended.
        var pathStart: Int?
        /// Where the open text object began, and whether it shows anything.
        var textStart = 0
        var drawsText = false
        var textHoldsMarks = false

        /// Reads `bytes`, calling `insert` with each position (ascending) and text to put there;
        /// false when the stream holds what the pass does not read.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, insert: (Int, StaticString) -> Void) -> Bool {
            var i = 0
            let n = bytes.count
            func open(at position: Int) {
                guard depth == 0, !artifactOpen else { return }
                insert(position, "/Artifact BMC\n")
                artifactOpen = true
            }
            while i < n {
                let b = bytes[i]
                switch b {
                case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20:
                    i += 1; continue
                case 0x25:   // comment
                    while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                    continue
                default: break
                }
                let start = i
                if operandsStart == nil { operandsStart = start }
                switch b {
                case 0x28:   // (literal string), nested parentheses and escapes
                    var nesting = 0
                    while i < n {
                        let c = bytes[i]
                        i += 1
                        if c == 0x5C { i += 1 } else if c == 0x28 { nesting += 1 } else if c == 0x29 { nesting -= 1; if nesting == 0 { break } }
                    }
                    continue
                case 0x3C:   // <hex string> or <<
                    if i + 1 < n, bytes[i + 1] == 0x3C { i += 2; continue }
                    while i < n, bytes[i] != 0x3E { i += 1 }
                    i += 1
                    continue
                case 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x29:   // >> [ ] { } and a stray )
                    i += 1; continue
                case 0x2F:   // /Name
                    i += 1
                    while i < n, Self.isRegular(bytes[i]) { i += 1 }
                    continue
                default: break
                }
                while i < n, Self.isRegular(bytes[i]) { i += 1 }
                // Numbers and booleans are operands; an operator starts with a letter or ' ".
                if b == 0x2B || b == 0x2D || b == 0x2E || (b >= 0x30 && b <= 0x39) { continue }
                let operands = operandsStart ?? start
                operandsStart = nil
                switch Operator(UnsafeBufferPointer(rebasing: bytes[start..<i])) {
                case .beginMarked:
                    if pathStart != nil { return false }
                    if inText { textHoldsMarks = true }
                    if artifactOpen, depth == 0 {
                        if inText { return false }
                        insert(operands, "EMC\n")
                        artifactOpen = false
                    }
                    depth += 1
                case .endMarked:
                    depth -= 1
                    if depth < 0 { return false }
                case .beginText:
                    if inText || pathStart != nil { return false }
                    inText = true
                    textStart = operands
                    drawsText = false
                    textHoldsMarks = false
                case .endText:
                    if !inText { return false }
                    inText = false
                    // Untagged text beside tagged text in one text object cannot be wrapped whole.
                    if drawsText, textHoldsMarks { return false }
                    if drawsText { open(at: textStart) }
                case .showText:
                    if !inText { return false }
                    if depth == 0 { drawsText = true }
                case .beginPath:
                    if pathStart == nil, !inText { pathStart = operands }
                case .paint:
                    if let at = pathStart { open(at: at) }
                    pathStart = nil
                case .endPathQuietly:
                    pathStart = nil
                case .drawObject:
                    if inText || pathStart != nil { return false }
                    open(at: operands)
                case .unreadable:
                    return false
                case .other:
                    break
                }
            }
            return depth == 0 && !inText && pathStart == nil
        }

        /// Not whitespace and not a delimiter (ISO 32000-1, 7.2.2).
        static func isRegular(_ b: UInt8) -> Bool {
            switch b {
            case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: return false
            default: return true
            }
        }
    }

    /// What an operator means to the pass.
    private enum Operator {
        case beginMarked, endMarked, beginText, endText, showText, beginPath, paint, endPathQuietly, drawObject
        /// An inline image (its data is not tokens) or a Type 3 glyph operator.
        case unreadable
        case other

        init(_ op: UnsafeBufferPointer<UInt8>) {
            switch op.count {
            case 1:
                switch op[0] {
                case 0x6D: self = .beginPath                                  // m
                case 0x53, 0x73, 0x66, 0x46, 0x42, 0x62: self = .paint          // S s f F B b
                case 0x6E: self = .endPathQuietly                             // n
                case 0x27, 0x22: self = .showText                             // ' "
                default: self = .other
                }
            case 2:
                switch (op[0], op[1]) {
                case (0x72, 0x65): self = .beginPath                          // re
                case (0x66, 0x2A), (0x42, 0x2A), (0x62, 0x2A): self = .paint    // f* B* b*
                case (0x42, 0x54): self = .beginText                          // BT
                case (0x45, 0x54): self = .endText                            // ET
                case (0x54, 0x6A), (0x54, 0x4A): self = .showText             // Tj TJ
                case (0x44, 0x6F), (0x73, 0x68): self = .drawObject           // Do sh
                case (0x42, 0x49), (0x49, 0x44), (0x45, 0x49), (0x64, 0x30), (0x64, 0x31): self = .unreadable   // BI ID EI d0 d1
                default: self = .other
                }
            case 3:
                switch (op[0], op[1], op[2]) {
                case (0x42, 0x44, 0x43), (0x42, 0x4D, 0x43): self = .beginMarked   // BDC BMC
                case (0x45, 0x4D, 0x43): self = .endMarked                         // EMC
                default: self = .other
                }
            default: self = .other
            }
        }
    }
}
