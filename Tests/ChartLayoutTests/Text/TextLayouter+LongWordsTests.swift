import Drawing
import Testing
import TestSupport
@testable import ChartLayout

/// Over-long words: the breaks are the ones the plain search made (every head it asked about
/// shaped), and the work grows with the word, not with its square.
@Suite("Over-long words")
struct TextLayouterLongWordsTests {
    static let regular = TextStyle(font: Font(family: "Test", size: 10), color: .black)
    static let bold = TextStyle(font: Font(family: "Test", size: 10, weight: .bold), color: .black)

    /// Widths with kerning that can make a longer head narrower: "가" then "나" adds less than
    /// nothing, so the widths of a word's heads go down as well as up.
    struct KerningMeasurer: TextMeasuring {
        func width(of text: String, font: Font) -> Double {
            var total = 0.0
            var previous: Character? = nil
            for c in text {
                total += c.unicodeScalars.reduce(0) { $0 + FixedAdvanceMeasurer.advance(of: $1) }
                if previous == "가" && c == "나" { total -= 1.2 }
                if previous == "A" && c == "V" { total -= 0.6 }
                previous = c
            }
            return total * font.size
        }
        func metrics(of font: Font) -> FontMetrics { FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2) }
    }

    /// Counts the characters it is asked to shape, to tell linear work from quadratic.
    final class CountingMeasurer: TextMeasuring {
        var shaped = 0
        func width(of text: String, font: Font) -> Double {
            shaped += text.count
            return FixedAdvanceMeasurer().width(of: text, font: font)
        }
        func metrics(of font: Font) -> FontMetrics { FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2) }
    }

    /// The search as it was before it was made linear: the rest of the word flattened again for
    /// every line, and every head the binary search asks about shaped. The reference the new one
    /// must match.
    static func plainSearchLines(_ pieces: [TextSpan], width limit: Double, measurer: any TextMeasuring) -> [[TextSpan]] {
        func measure(_ spans: [TextSpan]) -> Double { spans.reduce(0) { $0 + measurer.width(of: $1.text, font: $1.style.font) } }
        func split(_ pieces: [TextSpan]) -> ([TextSpan], [TextSpan]) {
            var chars: [(Character, TextSpan)] = []
            for p in pieces { for c in p.text { chars.append((c, p)) } }
            func spans(_ slice: ArraySlice<(Character, TextSpan)>) -> [TextSpan] {
                var out: [TextSpan] = []
                for (c, p) in slice {
                    if let last = out.last, last.style == p.style, last.link == p.link {
                        out[out.count - 1].text.append(c)
                    } else {
                        out.append(TextSpan(String(c), style: p.style, link: p.link))
                    }
                }
                return out
            }
            var fit = 1
            var lo = 1, hi = chars.count
            while lo <= hi {
                let mid = (lo + hi) / 2
                if measure(spans(chars[..<mid])) <= limit + 1e-9 { fit = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            if fit >= chars.count { return (pieces, []) }
            var cut = fit
            while cut > 1 && TextLayouter.glued(chars[cut - 1].0, chars[cut].0) { cut -= 1 }
            if cut == 1 && TextLayouter.glued(chars[0].0, chars[1].0) {
                cut = chars[1...fit].lastIndex { $0.0 == " " } ?? fit
            }
            let headEnd = chars[cut - 1].0 == " " ? cut - 1 : cut
            let tailStart = chars[cut].0 == " " ? cut + 1 : cut
            return (spans(chars[..<headEnd]), spans(chars[tailStart...]))
        }
        var lines: [[TextSpan]] = []
        var rest = pieces
        while !rest.isEmpty {
            let (head, tail) = split(rest)
            lines.append(head)
            rest = tail
        }
        return lines
    }

    /// A word with no space: Hangul, digits with separators, Latin letters and brackets, in
    /// runs of regular and bold, drawn from a fixed-seed generator.
    static func words() -> [[TextSpan]] {
        let alphabet: [Character] = Array("가나다라마바사아자차카타파하억원만년배") + Array("0123456789,.") + Array("ABCVWxyz") +
            Array("()[]「」%!")
        var seed: UInt64 = 20250121
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var out: [[TextSpan]] = []
        for _ in 0..<300 {
            var pieces: [TextSpan] = []
            for _ in 0..<(1 + next(3)) {
                let text = String((0..<(1 + next(40))).map { _ in alphabet[next(alphabet.count)] })
                pieces.append(TextSpan(text, style: next(2) == 0 ? regular : bold))
            }
            out.append(pieces)
        }
        // Glued units, with the spaces that are their last resort.
        out.append([TextSpan("672억 달러(약 97조", style: regular)])
        out.append([TextSpan("Qwen 2.5", style: regular)])
        out.append([TextSpan("(((((((((((((((((((((((((((((가", style: regular)])
        return out
    }

    @Test("an over-long word breaks where the plain search broke it, with fixed advances and with kerning",
          arguments: [7.5, 12, 35, 45, 60.0])
    func sameBreaksAsPlainSearch(width: Double) {
        let measurers: [any TextMeasuring] = [FixedAdvanceMeasurer(), KerningMeasurer()]
        for measurer in measurers {
            for word in Self.words() {
                let expected = Self.plainSearchLines(word, width: width, measurer: measurer)
                let block = TextLayouter(measurer: measurer).layout(word, width: width, style: ParagraphStyle(lineHeight: 17))
                guard block.lines.count > 1 else { continue }   // not wider than the measure: never split
                #expect(block.lines.map(\.text) == expected.map { $0.map(\.text).joined() },
                        "\(word.map(\.text)) at \(width) pt with \(type(of: measurer))")
                #expect(block.lines.map { $0.spans.map(\.style) } == expected.map { line in
                    line.reduce(into: [TextStyle]()) { styles, span in if styles.last != span.style { styles.append(span.style) } }
                })
            }
        }
    }

    @Test("breaking a 20,000-syllable word shapes a few dozen characters per character, not thousands")
    func linearWork() {
        let counting = CountingMeasurer()
        let word = String(repeating: "가나다라", count: 5_000)
        let block = TextLayouter(measurer: counting).layout([TextSpan(word, style: Self.regular)], width: 300,
                                                            style: ParagraphStyle(lineHeight: 17))
        #expect(block.lines.count == 667)
        #expect(block.lines.map(\.text).joined() == word)
        // Before, each of the 667 lines shaped heads of up to half the rest of the word: about 10⁸ characters.
        #expect(counting.shaped < 60 * word.count, "\(counting.shaped) characters shaped")
    }

    @Test("a one-line limit sets only the lines it keeps: a long heading in the running header costs one line of work")
    func lineLimitStopsEarly() {
        let counting = CountingMeasurer()
        let word = String(repeating: "가나다라", count: 5_000)
        let block = TextLayouter(measurer: counting).layout([TextSpan(word, style: Self.regular)], width: 300,
                                                            style: ParagraphStyle(lineHeight: 12, maxLines: 1))
        #expect(block.lines.map(\.text) == ["가나다라가나다라가나다라가나다라가나다라가나다라가나다라가…"])
        #expect(block.truncated)
        // The whole word once, to learn it is too wide, and a few lines' heads.
        #expect(counting.shaped < word.count + 2_000, "\(counting.shaped) characters shaped")
    }

    @Test("a line limit changes nothing but the lines after it", arguments: [1, 2, 3, 5])
    func lineLimitKeepsLines(maxLines: Int) {
        let text = BriefingSentences.all.joined(separator: " ") + " " + String(repeating: "가나다라", count: 30)
        let layouter = TextLayouter(measurer: FixedAdvanceMeasurer())
        let all = layouter.layout([TextSpan(text, style: Self.regular)], width: 120, style: ParagraphStyle(lineHeight: 17))
        let capped = layouter.layout([TextSpan(text, style: Self.regular)], width: 120,
                                     style: ParagraphStyle(lineHeight: 17, maxLines: maxLines))
        #expect(capped.truncated)
        #expect(capped.lines.count == maxLines)
        #expect(Array(capped.lines.dropLast()) == Array(all.lines.prefix(maxLines - 1)))
    }
}
