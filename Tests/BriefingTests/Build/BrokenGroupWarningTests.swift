import ReportSpec
import Testing
import TestSupport
@testable import Briefing

/// The warning a build gives where a paragraph could only be set by parting "약" from its number
/// (``TextBlock/brokenGroups``): at the line of the prose that holds the group.
@Suite("broken group warnings")
struct BrokenGroupWarningTests {
    @Test("each broken group is a warning at the prose that holds it, naming the place; one no prose holds points at the spec")
    func located() throws {
        let folder = try PackagePaths.bundledReportCopy("groups", name: "china-ai-2025")
        let loaded = try ReportLoader().load(folder: folder)
        let warnings = ReportBuild.brokenGroupWarnings(["(약 / 97조 5,000억 원)로", "어디에도 / 없는"], in: loaded)
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.code == "layout.broken-group" })
        #expect(warnings[0].location.file.hasSuffix("report.yaml") && warnings[0].location.line == 57, "\(warnings[0].location)")
        #expect(warnings[0].message.contains("'(약 / 97조 5,000억 원)로'"))
        #expect(warnings[1].location.line == 0 && warnings[1].location.file.hasSuffix("report.yaml"))
    }
}
