/// Where an English word may be hyphenated: Liang's algorithm (the one TeX and libhyphen use)
/// over a pattern list in libhyphen's `.dic` format, such as Debian's `hyphen-en-us`.
///
/// Only the plain patterns are read (a word of lowercase ASCII letters with digits between
/// them); libhyphen's non-standard ones (`/`-replacements, ligature letters) do not occur in
/// English words as Briefing writes them and are skipped. Matching is done on a trie, so a word
/// of n letters costs at most n × (longest pattern) steps.
///
/// ```swift
/// let en = try Hyphenator(patterns: String(decoding: bytes, as: UTF8.self))
/// en.breakPoints(in: "hyphenation")   // [2, 6]: "hy-phen-ation"
/// ```
public final class Hyphenator: Hashable, Sendable {
    /// Fewest letters before and after a hyphen (the file's LEFTHYPHENMIN / RIGHTHYPHENMIN).
    public let leftMinimum: Int
    public let rightMinimum: Int
    /// What tells two pattern lists apart without comparing them: count and a digest of the text.
    public let fingerprint: String

    /// Child of a trie node by letter: `node * 26 + letter`.
    private let children: [Int: Int]
    /// The digits a pattern ending at a node puts before each of its letters and after the last.
    private let values: [Int: [UInt8]]

    /// Reads `patterns`, the text of a libhyphen `.dic` file. Throws ``HyphenatorError`` when it
    /// holds no pattern at all.
    public init(patterns text: String) throws {
        var children: [Int: Int] = [:], values: [Int: [UInt8]] = [:]
        var nodes = 1, left = 2, right = 3, count = 0
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ")
            if fields.count == 2, let n = Int(fields[1]) {
                if fields[0] == "LEFTHYPHENMIN" { left = max(1, n) }
                if fields[0] == "RIGHTHYPHENMIN" { right = max(1, n) }
                continue
            }
            guard fields.count == 1, !line.hasPrefix("%") else { continue }
            var letters: [Int] = [], digits: [UInt8] = [0]
            var plain = true
            for b in line.utf8 {
                switch b {
                case 0x30...0x39: digits[digits.count - 1] = b - 0x30
                case 0x61...0x7A: letters.append(Int(b - 0x61)); digits.append(0)
                case 0x2E: letters.append(26); digits.append(0)   // "." marks a word's edge
                default: plain = false
                }
            }
            guard plain, !letters.isEmpty else { continue }
            var node = 0
            for letter in letters {
                let key = node * 27 + letter
                if let next = children[key] { node = next } else { children[key] = nodes; node = nodes; nodes += 1 }
            }
            values[node] = digits
            count += 1
            for b in line.utf8 { digest = (digest ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        guard count > 0 else { throw HyphenatorError.noPatterns }
        self.children = children; self.values = values
        self.leftMinimum = left; self.rightMinimum = right
        self.fingerprint = "\(count)-\(String(digest, radix: 16))"
    }

    /// The offsets (in characters from the start of `word`) where a hyphen may go, in order.
    /// Only words of ASCII letters, lowercase after the first, have any: acronyms ("LLM") and
    /// names written with inner capitals ("DeepSeek") are never hyphenated.
    public func breakPoints(in word: String) -> [Int] {
        let bytes = Array(word.utf8)
        guard bytes.count >= leftMinimum + rightMinimum, let first = bytes.first,
              (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first),
              bytes.dropFirst().allSatisfy({ (0x61...0x7A).contains($0) }) else { return [] }
        // ".word." as letter indices; each position takes the highest digit any pattern puts there.
        let letters = [26] + bytes.map { Int(($0 | 0x20) - 0x61) } + [26]
        var levels = [UInt8](repeating: 0, count: letters.count + 1)
        for start in letters.indices {
            var node = 0
            for i in start..<letters.count {
                guard let next = children[node * 27 + letters[i]] else { break }
                node = next
                if let digits = values[node] {
                    for (k, d) in digits.enumerated() where d > levels[start + k] { levels[start + k] = d }
                }
            }
        }
        // levels[j + 1] is the digit before the word's letter j (after the leading dot).
        return (leftMinimum...(bytes.count - rightMinimum)).filter { levels[$0 + 1] % 2 == 1 }
    }

    public static func == (a: Hyphenator, b: Hyphenator) -> Bool { a.fingerprint == b.fingerprint }
    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}

/// Why a pattern list could not be used.
public enum HyphenatorError: Error, Equatable {
    /// The text held no hyphenation pattern.
    case noPatterns
}
