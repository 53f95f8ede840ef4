import Testing
@testable import ReportSpec

/// Values the loader once took without a word: each is now an error at its place.
@Suite("input taken silently no more")
struct InputHardeningTests {
    typealias T = ReportLoaderTests

    @Test("a control character in a title, a paragraph or a data cell is an error at it, and the message shows it escaped")
    func controlCharacters() throws {
        let body = "  - paragraph: \"앞부분\\0뒷부분\"\n"
        let spec = T.spec(title: "\"제목\\e[31m\\a\"", body: body)
        let csv = "country,usd_billion\n미\u{7}국,67.2\n중국,7.76\n"
        let (_, errors) = try T.errors(files: ["report.yaml": spec, "data/investment.csv": csv])
        let codes = errors.map(\.code)
        #expect(codes.filter { $0 == "spec.control-character" }.count >= 2, "\(errors)")
        #expect(errors.allSatisfy { !$0.message.unicodeScalars.contains { $0.value < 0x20 } })
        #expect(errors.contains { $0.message.contains("U+0000") })
        #expect(errors.contains { $0.message.contains("U+001B") })
    }

    @Test("a quoted control character is shown as \\u{…} in any message")
    func escapedInMessages() {
        #expect(Messages.unknownKey("a\u{1B}[31m", in: "'x'", allowed: ["b"]).text.contains("a\\u{1B}[31m"))
        #expect(DiagnosticNote(help: "bell\u{7}").message == "bell\\u{7}")
    }

    @Test("a CSV header that names a column twice is an error at the second")
    func duplicateHeader() throws {
        let csv = "country,usd_billion,usd_billion\n미국,67.2,1\n"
        let (folder, d) = try T.diagnostic(files: ["report.yaml": T.spec(), "data/investment.csv": csv])
        #expect(d.code == "data.duplicate-column")
        #expect(d.location == SourceLocation(file: folder + "/data/investment.csv", line: 1, column: 21))
    }

    @Test("format arguments out of range are errors, not quietly rounded", arguments: [
        "korean(digits: -1)", "english(digits: 0)", "plain(decimals: 11)", "plain(decimals: 1.5)", "korean(step: 0)",
        "korean(step: -5)", "plain(multiplier: 0)",
    ])
    func formatArguments(call: String) throws {
        let body = "  - paragraph: 'x {{ investment.usd_billion[\"미국\"] | \(call) }}'\n"
        let (_, d) = try T.diagnostic(files: ["report.yaml": T.spec(body: body), "data/investment.csv": T.investmentCSV])
        #expect(d.code == "spec.invalid-value", "\(d)")
        #expect(d.location.line == 6)
    }
}
