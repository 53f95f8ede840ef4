import Testing
@testable import ReportSpec

@Suite("Messages and diagnostics")
struct MessagesTests {
    @Test("edit distance counts insertions, deletions, substitutions and neighbour swaps", arguments: [
        ("titel", "title", 1), ("title", "title", 0), ("kitten", "sitting", 3), ("", "body", 4), ("data", "", 4),
        ("bdoy", "body", 1), ("ca", "abc", 3),
    ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Messages.editDistance(a, b) == distance)
        #expect(Messages.editDistance(b, a) == distance)
    }

    @Test("long lists in messages stop after a few items and say how many more")
    func longLists() {
        let names = (1...15_171).map { "Region \($0)" }
        let message = Messages.mapRegionsWithoutData(names).text
        #expect(message == "15,171 regions have no data and are drawn as no data: " + (1...10).map { "Region \($0)" }.joined(separator: ", ") + " and 15,161 more")
        #expect(Messages.mapUnmatchedIDs(["a", "b"], dataset: "d").text == "ids 'a', 'b' in dataset 'd' match no region of the boundary file")
        #expect(Messages.listed((1...11).map(String.init), quoted: true) == "'1', '2', '3', '4', '5', '6', '7', '8', '9', '10' and 1 more")
    }

    @Test("a suggestion is offered only for a close candidate")
    func suggestion() {
        #expect(Messages.suggestion("titel", among: ReportLoader.topKeys) == " (did you mean 'title'?)")
        #expect(Messages.suggestion("Body", among: ReportLoader.topKeys) == " (did you mean 'body'?)")
        #expect(Messages.suggestion("colour", among: ReportLoader.topKeys) == "")
        #expect(Messages.suggestion("x", among: []) == "")
    }

    @Test("a diagnostic prints as path:line:column: severity: message")
    func description() {
        let at = SourceLocation(file: "Reports/a/report.yaml", line: 12, column: 5)
        #expect(Diagnostic(.error, at: at, Message("test.boom", "boom")).description == "Reports/a/report.yaml:12:5: error: boom")
        #expect(Diagnostic(.warning, at: at, Message("test.hmm", "hmm")).description == "Reports/a/report.yaml:12:5: warning: hmm")
        // A whole file has no line; a whole line is column 1.
        #expect(SourceLocation(file: "a.csv").description == "a.csv")
        #expect(SourceLocation(file: "a.csv", line: 3).description == "a.csv:3:1")
    }

    @Test("the collector keeps every diagnostic and tells errors from warnings")
    func collector() {
        let diagnostics = Diagnostics()
        #expect(!diagnostics.hasErrors)
        diagnostics.warning(SourceLocation(file: "a"), Message("test.w", "w"))
        #expect(!diagnostics.hasErrors)
        diagnostics.error(SourceLocation(file: "b", line: 1, column: 2), Message("test.e", "e"))
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.all.count == 2)
        #expect(diagnostics.errors.map(\.message) == ["e"])
        #expect(LoadFailure(diagnostics.all).description == "a: warning: w\nb:1:2: error: e")
    }
}
