import Foundation
import Testing
@testable import Briefing

@Suite("diagnostic formats")
struct DiagnosticFormatTests {
    static func diagnostic(line: String?) -> Diagnostic {
        var d = Diagnostic(.error, at: SourceLocation(file: "r/report.yaml", line: 12, column: 3),
                           Message("spec.unknown-key", "unknown key 'vlaue' in 'chart'", notes: [DiagnosticNote(help: "did you mean 'value'?")]))
        d.sourceLine = line
        return d
    }

    @Test("text shows the first line as editors parse it, the source line with a caret, and the notes")
    func text() {
        let rendered = DiagnosticFormat.text.render(Self.diagnostic(line: "  vlaue: amount"), colour: false)
        #expect(rendered == """
            r/report.yaml:12:3: error: unknown key 'vlaue' in 'chart'
               |
            12 |   vlaue: amount
               |   ^
               = help: did you mean 'value'?
            """)
    }

    @Test("without a source line, text is the first line and the notes")
    func textWithoutSource() {
        #expect(DiagnosticFormat.text.render(Self.diagnostic(line: nil), colour: false)
                == "r/report.yaml:12:3: error: unknown key 'vlaue' in 'chart'\n = help: did you mean 'value'?")
    }

    @Test("JSON is one line with every field, in a fixed order, and escapes what JSON must")
    func json() throws {
        var d = Self.diagnostic(line: nil)
        d.message = "quote \" backslash \\ newline \n tab \t bell \u{7}"
        let line = DiagnosticFormat.json.render(d, colour: false)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("{\"file\":\"r/report.yaml\",\"line\":12,\"column\":3,\"severity\":\"error\",\"code\":\"spec.unknown-key\","))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == d.message)
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.first?["kind"] as? String == "help" && notes.first?["message"] as? String == "did you mean 'value'?")
    }

    @Test("a summary line names the report, its status, outputs, pages and counts")
    func summary() throws {
        let result = ReportResult(folder: "Reports/x", name: "x", status: .upToDate, outputs: ["out/x.pdf"], pages: 6,
                                  diagnostics: [Self.diagnostic(line: nil)], seconds: 0.01234)
        let line = DiagnosticFormat.summary(result)
        #expect(line == "{\"report\":\"x\",\"folder\":\"Reports/x\",\"status\":\"up-to-date\",\"outputs\":[\"out/x.pdf\"],\"pages\":6,\"warnings\":0,\"errors\":1,\"seconds\":0.012}")
    }

    @Test("a long line is shown as a window around the column, the caret still under it")
    func longLine() {
        var d = Diagnostic(.warning, at: SourceLocation(file: "g.geojson", line: 1, column: 300), Message("geo.x", "here"))
        d.sourceLine = String(repeating: "a", count: 299) + "X" + String(repeating: "b", count: 300)
        let lines = DiagnosticFormat.text.render(d, colour: false).split(separator: "\n").map(String.init)
        let shown = lines[2].dropFirst(4), caret = lines[3].dropFirst(4)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(shown.count == 122)
        let caretAt = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }
        #expect(caretAt.map { Array(shown)[$0] } == "X")
    }
}
