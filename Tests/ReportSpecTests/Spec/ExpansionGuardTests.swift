import ReportBuilder
import Testing
@testable import ReportSpec

/// Aliases cannot blow a small spec up: past 250,000 values, or 512 levels, once expanded, the
/// load fails at the alias that leads there, without expanding the rest.
@Suite("Alias expansion limits")
struct ExpansionGuardTests {
    static let head = "title: x\ndate: 2025-01-21\n"

    /// `[*name, *name, …]`, `count` aliases.
    static func aliases(_ name: String, _ count: Int = 10) -> String {
        "[" + Array(repeating: "*" + name, count: count).joined(separator: ", ") + "]"
    }

    /// The one error of loading `spec`.
    static func error(_ spec: String) throws -> Diagnostic {
        try ReportLoaderTests.diagnostic(files: ["report.yaml": spec]).diagnostic
    }

    static func location(_ d: Diagnostic) -> String { "\(d.location.line):\(d.location.column)" }

    @Test("lists of aliases in the body, each ten of the one before, fail at the alias where the count runs out")
    func listsInBody() throws {
        // The audit's shape: 600 bytes that expanded to 1.1 million blocks.
        var spec = Self.head + "body:\n  - &a {paragraph: x}\n  - &b \(Self.aliases("a"))\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) { spec += "  - &\(name) \(Self.aliases(previous))\n" }
        let d = try Self.error(spec)
        #expect(d.code == "spec.too-many-values")
        #expect(d.message == "the spec holds more than 250,000 values once its aliases are expanded (an alias repeats all its anchor holds); a report spec needs far fewer")
        // Seven values before a; a holds 3, b 31, c 311, d 3,111, e 31,111: f's seventh *e passes 250,000.
        #expect(Self.location(d) == "9:33", "\(d)")
    }

    @Test("list items whose sublists repeat other items fail at the alias")
    func listItems() throws {
        var spec = Self.head + "body:\n  - list:\n      - &t0 {text: x}\n"
        for i in 1...8 { spec += "      - &t\(i) {text: x, list: \(Self.aliases("t\(i - 1)"))}\n" }
        let d = try Self.error(spec)
        #expect(d.code == "spec.too-many-values")
        // Each item holds ten times the one before and five more: t5's sixth *t4 passes 250,000.
        #expect(Self.location(d) == "10:55", "\(d)")
    }

    @Test("multi-column blocks holding copies of multi-column blocks fail at the alias")
    func multiColumn() throws {
        var spec = Self.head + "body:\n  - &m0 {paragraph: x}\n"
        for i in 1...8 { spec += "  - &m\(i) {multi-column: 2, blocks: \(Self.aliases("m\(i - 1)"))}\n" }
        let d = try Self.error(spec)
        #expect(d.code == "spec.too-many-values")
        // m0 holds 3 values, m1 35, m2 355, m3 3,555, m4 35,555: m5's sixth *m4 passes 250,000.
        #expect(Self.location(d) == "9:61", "\(d)")
    }

    @Test("mappings whose values are aliases of mappings fail at the alias, wherever they are in the spec")
    func mappings() throws {
        var spec = Self.head + "theme:\n  m0: &m0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\n"
        for i in 1...8 {
            let values = "abcdefghij".map { "\($0): *m\(i - 1)" }.joined(separator: ", ")
            spec += "  m\(i): &m\(i) {\(values)}\n"
        }
        spec += "body:\n  - paragraph: x\n"
        let d = try Self.error(spec)
        #expect(d.code == "spec.too-many-values")
        // m0 holds 21 values, m1 221, …, m4 222,221, still under the budget with what comes before: m5's first *m4 passes it.
        #expect(Self.location(d) == "9:15", "\(d)")
    }

    @Test("an alias to a block list that would make the body longer than the budget fails at that alias")
    func aliasToBlockList() throws {
        // Lists of blocks, each ten blocks holding the list before: l3 holds 35,551 values, all four 39,484.
        var spec = Self.head + "keywords:\n  - &l0 [" + Array(repeating: "{paragraph: x}", count: 10).joined(separator: ", ") + "]\n"
        for i in 1...3 { spec += "  - &l\(i) [" + Array(repeating: "{multi-column: 1, blocks: *l\(i - 1)}", count: 10).joined(separator: ", ") + "]\n" }
        spec += "body:\n" + String(repeating: "  - multi-column: 1\n    blocks: *l3\n", count: 7)
        let d = try Self.error(spec)
        #expect(d.code == "spec.too-many-values")
        // Each body block adds 35,555 values to the 39,493 before the body: the sixth passes 250,000.
        #expect(Self.location(d) == "20:13", "\(d)")
    }

    @Test("a bomb of 10^12 values fails as fast as one of 10^6: counting stops at the budget")
    func boundedCheck() throws {
        var spec = Self.head + "keywords:\n  - &k0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...12 { spec += "  - &k\(i) \(Self.aliases("k\(i - 1)"))\n" }
        spec += "body:\n  - paragraph: x\n"
        let d = try Self.error(spec)
        #expect(d.code == "spec.too-many-values")
        // k4 holds 111,111 values: k5's second *k4 passes 250,000, and k6 to k12 are never walked.
        #expect(Self.location(d) == "9:15", "\(d)")
    }

    @Test("aliases nesting a spec deeper than 512 levels fail at the alias, before the reader recurses that deep")
    func tooDeep() throws {
        var spec = Self.head + "body:\n  - &a0 {paragraph: x}\n"
        for i in 1...400 { spec += "  - &a\(i) {multi-column: 1, blocks: [*a\(i - 1)]}\n" }
        let d = try Self.error(spec)
        #expect(d.code == "spec.aliases-too-deep")
        #expect(d.message == "aliases nest the spec deeper than 512 levels once expanded; a report spec needs only a few")
        #expect(Self.location(d) == "259:38", "\(d)")   // *a254: the body, then two levels a block
    }

    /// A spec of exactly `values` values: a list of 998 ones, 249 copies of it, and `rest` more ones.
    static func spec(rest: Int) -> String {
        let ones = { (n: Int) in "[" + Array(repeating: "1", count: n).joined(separator: ", ") + "]" }
        // root 1, 'a' 1, list 999; 'b' 1, list 1, copies 249 × 999; 'c' 1, list 1, rest.
        return "a: &x \(ones(998))\nb: \(aliases("x", 249))\nc: \(ones(rest))\n"
    }

    @Test("250,000 values are read; one more is refused, at the value that passes the budget")
    func budgetEdge() throws {
        #expect(1 + 1 + 999 + 2 + 249 * 999 + 2 + 244 == ExpansionGuard.maxValues)
        let under = try ReportLoaderTests.errors(files: ["report.yaml": Self.spec(rest: 244)]).errors
        #expect(!under.isEmpty && !under.contains { $0.code == "spec.too-many-values" })
        let over = try Self.error(Self.spec(rest: 245))
        #expect(over.code == "spec.too-many-values")
        #expect(Self.location(over) == "3:\(5 + 244 * 3)", "\(over)")   // the 245th one, written where it stands
    }

    @Test("aliases a report uses (a repeated style, a repeated list) are read as before")
    func ordinaryAliases() throws {
        let spec = Self.head + """
            data:
              investment: data/investment.csv
            body:
              - &intro {paragraph: 첫 문단}
              - list: &items [하나, 둘, 셋]
              - numbered: *items
              - *intro

            """
        let (_, result) = try ReportLoaderTests.load(files: ["report.yaml": spec, "data/investment.csv": ReportLoaderTests.investmentCSV])
        let loaded = try result.get()
        #expect(loaded.report.blocks.count == 4)
    }

    @Test("the bundled reports load well under the budget", arguments: ["china-ai-2025", "ai-readiness-world"])
    func bundledReports(name: String) throws {
        let loaded = try ReportLoader().load(folder: ReportLoaderTests.packageRoot + "/Reports/" + name)
        #expect(!loaded.report.blocks.isEmpty)
    }
}
