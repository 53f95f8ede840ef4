import Testing
@testable import ReportSpec

/// Text nested deeper than a spec can mean is refused before the parser, which recurses once per level.
@Suite("Nesting limits")
struct NestingGuardTests {
    @Test("twenty thousand '- ' or '? ' on one line are refused where they pass 256 columns, not a stack overflow",
          arguments: ["- ", "? "])
    func compactNesting(indicator: String) throws {
        let spec = "title: x\ndate: 2025-01-21\nbody:\n  " + String(repeating: indicator, count: 20_000) + "x\n"
        let d = try ReportLoaderTests.diagnostic(files: ["report.yaml": spec]).diagnostic
        #expect(d.code == "spec.too-deep")
        #expect("\(d.location.line):\(d.location.column)" == "4:258")
    }

    @Test("a '- ' opening a line counts as indentation: 127 compact levels after two spaces pass, 128 do not")
    func compactEdge() {
        let fits = "body:\n  " + String(repeating: "- ", count: 127) + "x\n"
        #expect(NestingGuard.firstViolation(in: fits, file: "f") == nil)
        let over = "body:\n  " + String(repeating: "- ", count: 128) + "x\n"
        #expect(NestingGuard.firstViolation(in: over, file: "f")?.location.column == 258)
    }

    @Test("a dash that is not an indicator is text: '-5', '---' and '-x' add nothing")
    func dashesAsText() {
        let pad = String(repeating: " ", count: 255)
        for line in ["-5", "---", "-x", "?x", ":x"] {
            #expect(NestingGuard.firstViolation(in: "a:\n" + pad + line + "\n", file: "f") == nil, "\(line)")
        }
    }
}
