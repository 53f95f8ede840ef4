import Testing
@testable import ReportSpec

@Suite("Diagnostics collector")
struct DiagnosticTests {
    static func at(_ file: String, _ line: Int, _ column: Int) -> ReportSpec.SourceLocation { ReportSpec.SourceLocation(file: file, line: line, column: column) }

    @Test("errors past the limit are counted, not kept; warnings are always kept")
    func errorLimit() {
        let diagnostics = Diagnostics(errorLimit: 2)
        for line in 1...5 { diagnostics.error(Self.at("a", line, 1), Message("test.e", "e\(line)")) }
        diagnostics.warning(Self.at("a", 9, 1), Message("test.w", "w"))
        #expect(diagnostics.errors.map(\.message) == ["e1", "e2"])
        #expect(diagnostics.omittedErrors == 3)
        #expect(diagnostics.warnings.map(\.message) == ["w"])
        let failure = diagnostics.failure(summaryAt: "a")
        #expect(failure?.diagnostics.map(\.message) == ["e1", "e2", "w", Messages.tooManyErrors(shown: 2, more: 3).text])
        #expect(failure?.diagnostics.last?.code == "spec.too-many-errors")
    }

    @Test("a diagnostic equal to one already kept is dropped")
    func duplicates() {
        let diagnostics = Diagnostics()
        let d = Diagnostic(.error, at: Self.at("a.csv", 3, 4), Messages.notANumber("x", column: "v"))
        diagnostics.add(d); diagnostics.add(d)
        diagnostics.error(Self.at("a.csv", 4, 4), Messages.notANumber("x", column: "v"))
        #expect(diagnostics.all.count == 2)
    }

    @Test("source order is by file, then line, then column, and stable for one place")
    func sourceOrder() {
        let diagnostics = Diagnostics()
        diagnostics.error(Self.at("r.yaml", 9, 1), Message("test.a", "a"))
        diagnostics.warning(Self.at("d.csv", 2, 5), Message("test.b", "b"))
        diagnostics.error(Self.at("r.yaml", 3, 7), Message("test.c", "c"))
        diagnostics.error(Self.at("r.yaml", 3, 2), Message("test.d", "d"))
        diagnostics.error(Self.at("r.yaml", 3, 2), Message("test.e", "e"))
        diagnostics.error(SourceLocation(file: "r.yaml"), Message("test.f", "f"))
        #expect(diagnostics.inSourceOrder.map(\.message) == ["b", "f", "d", "e", "c", "a"])
    }

    @Test("warnings alone are no failure")
    func warningsAlone() {
        let diagnostics = Diagnostics()
        diagnostics.warning(Self.at("a", 1, 1), Message("test.w", "w"))
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.failure(summaryAt: "a") == nil)
    }
}
