import Foundation
import ReportSpec
import Testing
import TestSupport

/// Prose bound to data: `{{ … }}` computed from datasets, formatted as Korean editors write numbers,
/// and every mistake reported at its line and column in the spec.
@Suite("data-bound prose")
struct ProseBinderTests {
    /// A report folder whose one paragraph is `paragraph`, with investment and rates data.
    static func load(paragraph: String) throws -> (LoadedReport?, Diagnostic?, String) {
        let folder = try PackagePaths.temporaryFolder("prose")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "country,usd_billion\n미국,67.2\n중국,7.76\n한국,\n".write(toFile: folder + "/data/i.csv", atomically: true, encoding: .utf8)
        try "currency,krw\nUSD,1450\n".write(toFile: folder + "/data/r.csv", atomically: true, encoding: .utf8)
        let spec = "title: 시험\ndate: 2025-01-21\ndata:\n  investment: data/i.csv\n  rates: data/r.csv\nbody:\n  - paragraph: \(paragraph)\n"
        try spec.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        do {
            return (try ReportLoader().load(folder: folder), nil, folder + "/report.yaml")
        } catch let f as LoadFailure {
            return (nil, f.diagnostics.first, folder + "/report.yaml")
        }
    }

    static func text(_ paragraph: String) throws -> String {
        let (loaded, d, _) = try load(paragraph: paragraph)
        if let d { Issue.record("unexpected \(d)") }
        guard case .paragraph(let inlines, _)? = loaded?.report.blocks.first else { return "" }
        return inlines.map(\.text).joined()
    }

    @Test("a cell times a rate is written in Korean units, rounded to an editor's step", arguments: [
        ("{{ investment.usd_billion[\"미국\"] * 1e9 | korean(unit: \"달러\") }}", "672억 달러"),
        ("{{ investment.usd_billion[\"중국\"] * 1e9 | korean(unit: \"달러\") }}", "77억 6,000만 달러"),
        ("{{ investment.usd_billion[\"미국\"] * 1e9 * rates.krw[\"USD\"] | korean(unit: \"원\", step: 5e11) }}", "97조 5,000억 원"),
        ("{{ round(investment.usd_billion[\"미국\"] / investment.usd_billion[\"중국\"]) }}배", "9배"),
        ("{{ investment.usd_billion[\"미국\"] / investment.usd_billion[\"중국\"] | plain(decimals: 1) }}배", "8.7배"),
        ("{{ sum(investment.usd_billion) | plain(decimals: 2) }}", "74.96"),
        ("{{ max(investment.usd_billion) - min(investment.usd_billion) }}", "59.44"),
        ("{{ count(investment.usd_billion) }}개국", "2개국"),
        ("{{ investment.usd_billion[\"중국\"] / sum(investment.usd_billion) | percent(decimals: 1) }}", "10.4%"),
        ("{{ 1339 }}곳, {{ -(2 + 3) * 4 }}", "1,339곳, \u{2212}20"),
        // A comma groups digits only before exactly three: otherwise it separates arguments.
        ("{{ round(3.14159, 2) }}, {{ round(1,339.5) }}, {{ round(3.14159,2) }}", "3.14, 1,340, 3.14"),
    ])
    func values(source: String, expected: String) throws {
        #expect(try Self.text("'\(source.replacingOccurrences(of: "'", with: "''"))'") == expected)
    }

    @Test("mistakes are errors at their line and column, never 'nan' or an empty string", arguments: [
        ("x {{ investmnt.usd_billion[\"미국\"] }}", 18, "no dataset named 'investmnt'; the spec's 'data' section defines 'investment', 'rates'"),
        ("x {{ investment.usd[\"미국\"] }}", 18, "dataset 'investment' ("),
        ("x {{ investment.usd_billion[\"일본\"] }}", 18, "dataset 'investment' has no row '일본' in its first column 'country'"),
        ("x {{ investment.usd_billion[\"미국\"] / 0 }}", 18, "division by zero in {{ … }}"),
        ("x {{ investment.usd_billion + 1 }}", 18, "'investment.usd_billion' is a whole column; pick one value with [\"row\"] or use sum, min, max, mean or count"),
        ("x {{ median(investment.usd_billion) }}", 18, "unknown function 'median'; expected one of sum, min, max, mean, count, round, abs"),
        ("x {{ 1 + }}", 25, "in {{ … }}: expected a number, a data reference or a function"),
        ("x {{ 1 | korea }}", 18, "'korea' is not a valid format; expected one of korean, plain, percent, english"),
        ("x {{ 1 ", 18, "'{{' is never closed; write a value as {{ dataset.column[\"row\"] | format }}"),
        // Inputs that once trapped: an argument with no number, decimals too large for an Int, an overflowing sum.
        ("'x {{ 1 | plain(decimals: }}'", 42, "in {{ … }}: expected a number"),
        ("'x {{ 1 | plain(decimals: -}}'", 43, "in {{ … }}: expected a number"),
        ("x {{ round(investment.usd_billion[\"미국\"], 1e19) }}", 18, "round(…) takes decimals between -12 and 12"),
        // Format arguments out of range are errors, never clamped quietly (and 1e19 never becomes an Int).
        ("'x {{ 1 | plain(decimals: 1e19) }}'", 19, "'decimals' must be a whole number from 0 to 10"),
        ("'x {{ 2 | english(digits: -1e19) }}'", 19, "'digits' must be a whole number from 1 to 15"),
        ("x {{ sum(investment.usd_billion) * 1e307 }}", 18, "the value in {{ … }} is not a finite number"),
        ("x {{ round(sum(investment.usd_billion) * 1e306 + 1e308, 1) }}", 18, "the value in {{ … }} is not a finite number"),
    ])
    func errors(source: String, column: Int, message: String) throws {
        let (_, d, spec) = try Self.load(paragraph: source)
        let diagnostic = try #require(d)
        #expect(diagnostic.location == SourceLocation(file: diagnostic.location.file, line: 7, column: column), "\(diagnostic)")
        #expect(diagnostic.location.file.hasSuffix(spec.split(separator: "/").suffix(2).joined(separator: "/")))
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
    }

    @Test("a misspelt dataset, row, function or format comes with a 'did you mean' note", arguments: [
        ("x {{ investmnt.usd_billion[\"미국\"] }}", "investment"),
        ("x {{ investment.usd_billion[\"미귝\"] }}", "미국"),
        ("x {{ median(investment.usd_billion) }}", "mean"),
        ("x {{ 1 | korea }}", "korean"),
    ])
    func suggestions(source: String, meant: String) throws {
        let (_, d, _) = try Self.load(paragraph: source)
        #expect(d?.notes == [DiagnosticNote(help: "did you mean '\(meant)'?")], "\(String(describing: d))")
    }

    @Test("an empty cell cannot be cited")
    func emptyCell() throws {
        let (_, d, _) = try Self.load(paragraph: "x {{ investment.usd_billion[\"한국\"] }}")
        #expect(d?.message.hasPrefix("the cell for row '한국', column 'usd_billion' is empty") == true, "\(String(describing: d))")
    }

    @Test("an error inside a block scalar points at its own line")
    func blockScalar() throws {
        let (_, d, _) = try Self.load(paragraph: "|\n      첫 줄입니다.\n      둘째 줄 {{ investment.usd_billion[\"일본\"] }}입니다.")
        #expect(d?.location.line == 9)
        #expect(d?.location.column == 12)
    }

    @Test("a spec with Windows or Unicode line breaks places a binding error on its own line", arguments: ["\r\n", "\r", "\u{2028}"])
    func lineBreaks(separator: String) throws {
        let folder = try PackagePaths.temporaryFolder("prose-breaks")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "country,usd_billion\n미국,67.2\n".write(toFile: folder + "/data/i.csv", atomically: true, encoding: .utf8)
        let lines = ["title: 시험", "date: 2025-01-21", "data:", "  investment: data/i.csv", "body:", "  - paragraph: 첫 문단", "  - paragraph: x {{ nope.v }}"]
        try (lines.joined(separator: separator) + separator).write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try ReportLoader().load(folder: folder)
            Issue.record("no error")
        } catch let f as LoadFailure {
            let d = try #require(f.diagnostics.first)
            #expect(d.location.line == 7 && d.location.column == 18, "\(d)")
            #expect(d.message.hasPrefix("no dataset named 'nope'"), "\(d.message)")
        }
    }
}
