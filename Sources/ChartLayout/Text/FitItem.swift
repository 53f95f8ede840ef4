import Drawing

/// A piece of a paragraph between two places total fit may break: a whole eojeol, or part of
/// one where a word may break inside (an English word at its hyphenation points, an address
/// at the points the Chicago Manual allows, a compound after its own hyphen).
struct FitItem {
    /// How an item meets the next one on the same line, and what a break there adds.
    enum Joint: Equatable {
        /// A word space; a break drops it.
        case space
        /// Nothing between them; a break adds a hyphen (a word hyphenated by the dictionary).
        case hyphen
        /// Nothing between them, and a break adds nothing (an address, or after a written hyphen).
        case none
    }

    var pieces: [TextSpan]
    var joint: Joint = .space
    /// What a break after this item costs, on top of the line's own demerits.
    var breakDemerits = 0.0
    /// A forced break after this item (a newline in the source).
    var breakAfter = false
    /// A break before this item costs ``TextLayouter/softBreakPenalty`` ("약" and its number).
    var softlyJoined = false

    /// Demerits for breaking a word at a hyphenation point (TeX's \hyphenpenalty of 50, squared).
    static let hyphenDemerits = 2_500.0
    /// Demerits for breaking an address at one of its break points.
    static let addressDemerits = 500.0
    /// Demerits for breaking after a written hyphen.
    static let compoundDemerits = 2_500.0
    /// Demerits for breaking before an opening bracket written against a word ("672억 달러" /
    /// "(약 97조 5,000억 원)로"): keep-all allows it (the bracket is no letter), and it keeps
    /// the bracketed text whole, so it costs little.
    static let bracketDemerits = 500.0
    /// Opening brackets a line may start with when written against the word before them.
    static let openingBrackets: Set<Character> = ["(", "[", "{", "（", "［", "「", "『", "〈", "《", "【", "〔"]
    /// Demerits for breaking between two Hangul syllables of a word, allowed only when keep-all
    /// leaves a line past its limits (klreq §4.4.2): as dear as a line stretched about 1.1 times
    /// its limits, so it is taken only to spare a looser one.
    static let syllableDemerits = 20_000.0

    /// `units` as items: each eojeol whole, or cut where a word may break inside. `relaxed` adds
    /// breaks between the syllables of Hangul words (two syllables at least on each side) and
    /// after any written hyphen ("DeepSeek-/V3"), for a paragraph keep-all cannot set well.
    static func items(_ units: [Eojeol], hyphenator: Hyphenator?, relaxed: Bool = false) -> [FitItem] {
        var items: [FitItem] = []
        items.reserveCapacity(units.count)
        for unit in units {
            var current: [TextSpan] = []
            var first = true
            func flush(_ joint: Joint, demerits: Double = 0) {
                items.append(FitItem(pieces: current, joint: joint, breakDemerits: demerits, softlyJoined: first && unit.softlyJoined))
                current = []; first = false
            }
            for piece in unit.pieces {
                let cuts = breakPoints(in: piece.text, hyphenator: hyphenator, relaxed: relaxed)
                guard !cuts.isEmpty else { current.append(piece); continue }
                let chars = Array(piece.text)
                var from = 0
                for cut in cuts {
                    current.append(TextSpan(String(chars[from..<cut.offset]), style: piece.style, link: piece.link))
                    flush(cut.joint, demerits: cut.demerits)
                    from = cut.offset
                }
                current.append(TextSpan(String(chars[from...]), style: piece.style, link: piece.link))
            }
            flush(.space)
            items[items.count - 1].breakAfter = unit.breakAfter
        }
        return items
    }

    /// A line of `items`: spaces where they meet at a space, and a hyphen at the end when the
    /// line is `hyphenated` there.
    static func line(_ items: ArraySlice<FitItem>, hyphenated: Bool) -> [TextSpan] {
        var pieces: [TextSpan] = []
        var joint = Joint.none
        for item in items {
            if !pieces.isEmpty, joint == .space { pieces.append(Eojeol.space(between: pieces, item.pieces)) }
            pieces += item.pieces
            joint = item.joint
        }
        if hyphenated, joint == .hyphen, let last = pieces.last {
            pieces.append(TextSpan("-", style: last.style, link: last.link))
        }
        return pieces
    }

    typealias Cut = (offset: Int, joint: Joint, demerits: Double)

    /// Where `text` (one styled run, no spaces) may break inside, as character offsets in order.
    static func breakPoints(in text: String, hyphenator: Hyphenator?, relaxed: Bool = false) -> [Cut] {
        // Nothing to find in short runs or, unless relaxed, in Hangul without a bracket: the common
        // case costs one scan of the bytes.
        guard text.utf8.count >= 4,
              relaxed || text.utf8.contains(where: { ($0 < 0x80 && $0 > 0x40) || $0 == 0x28 || $0 == 0xE3 || $0 == 0xEF }) else { return [] }
        let chars = Array(text)
        if isAddress(text) { return addressBreaks(chars).map { ($0, .none, addressDemerits) } }
        var cuts: [Cut] = []
        var i = 0
        while i < chars.count {
            // Before an opening bracket against a word: "달러(약" breaks as "달러" / "(약".
            if i > 0, openingBrackets.contains(chars[i]), isHangul(chars[i - 1]) || isLetter(chars[i - 1]), i + 1 < chars.count {
                cuts.append((i, .none, bracketDemerits))
            }
            if relaxed, isHangul(chars[i]) {
                var end = i
                while end < chars.count, isHangul(chars[end]) { end += 1 }
                if end - i >= 4 { cuts += ((i + 2)...(end - 2)).map { ($0, .none, syllableDemerits) } }
                i = end
                continue
            }
            // A run of ASCII letters not glued to a digit or another letter-like character.
            guard isLetter(chars[i]) else {
                // A written hyphen between two lowercase words ("large-scale") is a break of its own;
                // relaxed, any hyphen with two letters or digits on each side ("DeepSeek-/V3").
                if chars[i] == "-", i >= 2, i + 2 < chars.count {
                    let lower = i >= 3 && chars[(i - 3)..<i].allSatisfy(isLower) && chars[(i + 1)...(i + 2)].allSatisfy(isLower)
                    let any = relaxed && chars[(i - 2)..<i].allSatisfy(isAlphanumeric) && chars[(i + 1)...(i + 2)].allSatisfy(isAlphanumeric)
                    if lower || any { cuts.append((i + 1, .none, compoundDemerits)) }
                }
                i += 1
                continue
            }
            var end = i
            while end < chars.count, isLetter(chars[end]) { end += 1 }
            let before = i > 0 ? chars[i - 1] : " "
            let after = end < chars.count ? chars[end] : " "
            if let hyphenator, !(before.isASCII && (before.isNumber || before == "_")), !(after.isASCII && after.isNumber) {
                let word = String(chars[i..<end])
                cuts += hyphenator.breakPoints(in: word).map { (i + $0, .hyphen, hyphenDemerits) }
            }
            i = end
        }
        return cuts
    }

    private static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    private static func isLower(_ c: Character) -> Bool { c.isASCII && c.isLowercase }
    private static func isAlphanumeric(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
    private static func isHangul(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && (0xAC00...0xD7A3).contains(c.unicodeScalars.first!.value)
    }

    /// A web address or an e-mail address, which is broken at its punctuation, never hyphenated.
    static func isAddress(_ text: String) -> Bool {
        text.contains("://") || text.hasPrefix("www.") || (text.contains("@") && text.contains("."))
    }

    /// Where an address breaks (Chicago Manual of Style, 6.76): after "//", before a single "/"
    /// and before . , - _ ? # % ~ @, before or after = and &. Never within its first four or
    /// last four characters, so no line holds a bare "http" or ".kr".
    static func addressBreaks(_ chars: [Character]) -> [Int] {
        var cuts: [Int] = []
        guard chars.count > 8 else { return [] }
        for i in 4...(chars.count - 4) {
            let c = chars[i], p = chars[i - 1]
            let breaks: Bool
            if p == "/" && chars[i - 2] == "/" { breaks = c != "/" }                     // after "//"
            else if c == "/" { breaks = p != "/" && p != ":" && chars[i + 1] != "/" }   // before a single "/"
            else if ".,-_?#%~@=&".contains(c) { breaks = !".,-_?#%~@=&/:".contains(p) }
            else { breaks = p == "=" || p == "&" }                                       // after = and &
            if breaks { cuts.append(i) }
        }
        return cuts
    }
}
