import Testing
@testable import ChartLayout

@Suite("Korean format properties over many values")
struct NumberFormatKoreanPropertyTests {
    /// One parsed Korean number: the value the text stands for and the digits of each group.
    struct Parsed {
        var value: Double
        var groupDigits: [String]
    }

    /// Reads "77억 6,000만" back, or nil when a token does not look like a group.
    static func parse(_ body: Substring) -> Parsed? {
        let words: [(Character, Double)] = [("경", 1e16), ("조", 1e12), ("억", 1e8), ("만", 1e4)]
        var value = 0.0
        var groups: [String] = []
        for token in body.split(separator: " ", omittingEmptySubsequences: false) {
            var digits = Substring(token)
            var scale = 1.0
            if let last = digits.last, let word = words.first(where: { $0.0 == last }) {
                scale = word.1
                digits = digits.dropLast()
            }
            // Commas sit only between a leading digit and three more, as "5,000".
            let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
            guard !parts.isEmpty, parts.dropFirst().allSatisfy({ $0.count == 3 }),
                  let first = parts.first, (1...3).contains(first.count) else { return nil }
            let plain = parts.joined()
            guard let number = Double(plain), plain.allSatisfy(\.isNumber) else { return nil }
            groups.append(plain)
            value += number * scale
        }
        return Parsed(value: value, groupDigits: groups)
    }

    @Test("2,000 pseudo-random values keep every Korean layout rule")
    func layoutRulesHold() throws {
        var generator = SeededGenerator(seed: 0x5EED_2024)
        let nouns = ["원", "달러", "위안"]
        for _ in 0..<2_000 {
            let exponent = Int.random(in: 0...15, using: &generator)
            let mantissa = Double.random(in: 1..<10, using: &generator)
            let negative = Bool.random(using: &generator)
            let magnitude = (mantissa * DecimalDigits.powerOfTen(exponent)).rounded()
            let value = negative ? -magnitude : magnitude
            let significant = Int.random(in: 1...6, using: &generator)
            let noun = nouns[Int.random(in: 0..<nouns.count, using: &generator)]
            let format = NumberFormat.korean(unit: noun, significantDigits: significant, approximate: true)
            let text = format.format(value)

            // The unit noun is spaced after a Hangul numeral and attached to figures (제43항).
            #expect(text.hasSuffix(noun), "\(value) → \(text)")
            var body = Substring(text.dropLast(noun.count))
            let spaced = body.hasSuffix(" ")
            if spaced { body = body.dropLast() }
            #expect(spaced == (body.last.map { "만억조경".contains($0) } ?? false), "\(value) → \(text)")
            let marked = body.hasPrefix("약 ")
            if marked { body = body.dropFirst(2) }
            if body.hasPrefix("\u{2212}") { body = body.dropFirst() }
            #expect(!body.hasPrefix("-"), "a minus sign, not a hyphen: \(text)")

            // Groups are separated by exactly one space.
            #expect(!body.contains("  ") && !body.hasPrefix(" ") && !body.hasSuffix(" "), "\(value) → \(text)")

            let parsed = try #require(Self.parse(body), "\(value) → \(text)")
            for digits in parsed.groupDigits {
                #expect(digits.count <= 4, "group too long in \(text)")
                #expect(digits.first != "0" || parsed.groupDigits == ["0"], "zero or padded group in \(text)")
            }

            // Digits parse back to the value rounded to the requested significant digits.
            let unit = DecimalDigits.powerOfTen(max(0, exponent - significant + 1))
            let expected = (magnitude / unit).rounded() * unit
            #expect(parsed.value == expected, "\(value) → \(text), expected \(expected)")
            #expect(marked == (expected != magnitude), "approximate mark wrong in \(text)")
        }
    }

    @Test("random whole numbers below one 조 round-trip exactly in exact mode")
    func wholeNumbersRoundTrip() throws {
        let exact = NumberFormat.korean(significantDigits: nil)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let value = Double(Int.random(in: 0..<1_000_000_000_000, using: &generator))
            let parsed = try #require(Self.parse(Substring(exact.format(value))))
            #expect(parsed.value == value)
        }
    }
}
