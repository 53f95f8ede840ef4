import ChartLayout
import Foundation
import Testing

/// Liang's algorithm on the patterns of his thesis (hy-phen-ation) and on Debian's US English
/// patterns, which `scripts/setup.sh` installs.
@Suite("English hyphenation")
struct HyphenatorTests {
    /// The patterns Liang's thesis uses to hyphenate "hyphenation".
    static let thesis = try! Hyphenator(patterns: "UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 3\nhy3ph\nhe2n\nhena4\nhen5at\n1na\nn2at\n1tio\n2io\no2n\n")

    static func hyphenated(_ word: String, _ h: Hyphenator) -> String {
        var out = "", last = 0
        let chars = Array(word)
        for p in h.breakPoints(in: word) { out += String(chars[last..<p]) + "-"; last = p }
        return out + String(chars[last...])
    }

    @Test("the thesis patterns give hy-phen-ation, and the minimums hold")
    func thesis() {
        #expect(Self.thesis.breakPoints(in: "hyphenation") == [2, 6])
        #expect(Self.thesis.leftMinimum == 2 && Self.thesis.rightMinimum == 3)
        #expect(Self.thesis.breakPoints(in: "Hyphenation") == [2, 6], "a capital first letter is hyphenated as lowercase")
    }

    @Test("acronyms, names with inner capitals, words with digits or non-ASCII letters are never hyphenated",
          arguments: ["HYPHENATION", "hyPhenation", "hyphenation2", "hyphénation", "한국어문장", "hy-phenation"])
    func untouched(word: String) { #expect(Self.thesis.breakPoints(in: word).isEmpty) }

    @Test("a file with no pattern in it is refused")
    func empty() {
        #expect(throws: HyphenatorError.noPatterns) { try Hyphenator(patterns: "UTF-8\nLEFTHYPHENMIN 2\n") }
    }

    @Test("two readings of the same patterns are equal; other patterns are not")
    func identity() throws {
        let again = try Hyphenator(patterns: "UTF-8\nhy3ph\nhe2n\nhena4\nhen5at\n1na\nn2at\n1tio\n2io\no2n\n")
        #expect(again == Self.thesis)
        #expect(try Hyphenator(patterns: "1ba\n") != Self.thesis)
    }

    @Test("Debian's US English patterns hyphenate as TeX does",
          arguments: [("hyphenation", "hy-phen-ation"), ("comprehensive", "com-pre-hen-sive"),
                      ("semiconductor", "semi-con-duc-tor"), ("international", "in-ter-na-tional"),
                      ("appropriations", "ap-pro-pri-a-tions"), ("manufacturers", "man-u-fac-tur-ers"),
                      ("the", "the"), ("about", "about")])
    func english(word: String, expected: String) throws {
        let h = try Hyphenator(patterns: String(contentsOfFile: "/usr/share/hyphen/hyph_en_US.dic", encoding: .utf8))
        #expect(Self.hyphenated(word, h) == expected)
    }
}
