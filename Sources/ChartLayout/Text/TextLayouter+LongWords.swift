import Drawing

/// A unit wider than the whole measure, taken apart into grapheme clusters once, each with the
/// piece it came from, so that every line of it is searched from where the last one ended.
///
/// Breaking such a word used to copy and flatten the rest of it for every line, and measure
/// heads up to half of that rest: a 20,000-character heading took over a minute.
struct LongWord {
    let pieces: [TextSpan]
    /// The word's characters, in order.
    let chars: [Character]
    /// For each character, the index in ``pieces`` of the piece holding it.
    let pieceIndex: [Int]

    init(_ pieces: [TextSpan]) {
        self.pieces = pieces
        var chars: [Character] = [], pieceIndex: [Int] = []
        for (i, p) in pieces.enumerated() {
            for c in p.text { chars.append(c); pieceIndex.append(i) }
        }
        self.chars = chars; self.pieceIndex = pieceIndex
    }

    var count: Int { chars.count }

    /// The characters in `range` as runs: neighbours with the same style and link share one.
    func spans(_ range: Range<Int>) -> [TextSpan] {
        var out: [TextSpan] = []
        for i in range {
            let p = pieces[pieceIndex[i]]
            if let last = out.last, last.style == p.style, last.link == p.link {
                out[out.count - 1].text.append(chars[i])
            } else {
                out.append(TextSpan(String(chars[i]), style: p.style, link: p.link))
            }
        }
        return out
    }
}

extension TextLayouter {
    /// Where the rest of `word` from `start` breaks to fit `width`: the head ends before
    /// `headEnd` and the tail starts at `tailStart` (a space between the two is dropped); nil
    /// when the whole rest fits.
    ///
    /// The head is the longest run of grapheme clusters that fits, stepped back so that it does
    /// not split a digit run or a Latin word when another break exists.
    func breakPoint(in word: LongWord, from start: Int, width limit: Double) -> (headEnd: Int, tailStart: Int)? {
        let count = word.count - start
        func width(_ n: Int) -> Double { measure(word.spans(start..<(start + n))) }
        // Doubling finds a head more than twice the measure wide, and any longer head is taken
        // as too wide without shaping it: the search below asks about heads up to half the rest
        // of the word first, and it makes the same choices as when it shaped each of them.
        var tooWide = Int.max
        var probe = 8
        while probe < count {
            if width(probe) > 2 * max(limit, 0) + 1e-9 { tooWide = probe; break }
            probe *= 2
        }
        // Largest count of characters that fits; at least one so layout always progresses.
        var fit = 1
        var lo = 1, hi = count
        while lo <= hi {
            let mid = (lo + hi) / 2
            if mid < tooWide && width(mid) <= limit + 1e-9 { fit = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        if fit >= count { return nil }
        // Step back out of a digit run or Latin word (never split "5,000억" or "CloudFront").
        func char(_ i: Int) -> Character { word.chars[start + i] }
        var cut = fit
        while cut > 1 && Self.glued(char(cut - 1), char(cut)) { cut -= 1 }
        if cut == 1 && Self.glued(char(0), char(1)) {
            // Nothing better: a space of the glued unit, else wherever the measure ends.
            cut = (1...fit).reversed().first { char($0) == " " } ?? fit
        }
        // A break at a space drops it: no line starts or ends with one.
        let headEnd = char(cut - 1) == " " ? cut - 1 : cut
        let tailStart = char(cut) == " " ? cut + 1 : cut
        return (start + headEnd, start + tailStart)
    }

    /// Whether a word broken inside must not break between `a` and `b`.
    static func glued(_ a: Character, _ b: Character) -> Bool {
        // The space inside a glued unit ("672억 달러", "(약 97조") is its last resort, and an
        // opening bracket never ends a line.
        if a == " " || b == " " || "([{（［｛〔〈《「『‘“".contains(a) { return true }
        if ")]}）］｝〕〉》」』’”.,:;?!。、，．%".contains(b) { return true }   // nor does a line start with a closer
        let digitish: (Character) -> Bool = { $0.isNumber || $0 == "," || $0 == "." }
        if digitish(a) && digitish(b) { return true }
        if a.isASCII && a.isLetter && b.isASCII && b.isLetter { return true }
        if a.isNumber && !b.isASCII && b.isLetter { return true }   // "2023년", "9배"
        return false
    }
}
