import Foundation
import Testing
import TestSupport
@testable import Briefing

@Suite("a commit cut short is finished by the next build")
struct CommitJournalTests {
    @Test("a journal left by a dead build has its remaining renames made, and goes")
    func rollForward() throws {
        let out = try PackagePaths.temporaryFolder("journal"), dead = try StaleTemporariesTests.deadPID()
        try FileManager.default.createDirectory(atPath: out + "/r", withIntermediateDirectories: true)
        let renames = [("\(out)/.r.pdf.tmp-\(dead)", "\(out)/r.pdf"), ("\(out)/r/.a.svg.tmp-\(dead)", "\(out)/r/a.svg"),
                       ("\(out)/r/.b.svg.tmp-\(dead)", "\(out)/r/b.svg")]
        // The PDF's rename was made before the kill; the figures' were not.
        try "new pdf".write(toFile: renames[0].1, atomically: false, encoding: .utf8)
        for (temp, final) in renames.dropFirst() {
            try "old".write(toFile: final, atomically: false, encoding: .utf8)
            try "new".write(toFile: temp, atomically: false, encoding: .utf8)
        }
        let journal = "\(out)/\(CommitJournal.prefix)\(dead)"
        try renames.map { "\($0.0)\t\($0.1)\n" }.joined().write(toFile: journal, atomically: false, encoding: .utf8)

        #expect(CommitJournal.rollForward(in: out) == [journal])
        #expect(try String(contentsOfFile: "\(out)/r/a.svg", encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: "\(out)/r/b.svg", encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: journal))
        #expect(!FileManager.default.fileExists(atPath: renames[1].0))
    }

    @Test("a live build's journal is left to it, and a journal naming files outside the folder moves nothing")
    func liveAndForeign() throws {
        let out = try PackagePaths.temporaryFolder("journal2"), outside = try PackagePaths.temporaryFolder("outside")
        let live = "\(out)/\(CommitJournal.prefix)\(getpid())"
        try "x\ty\n".write(toFile: live, atomically: false, encoding: .utf8)
        #expect(CommitJournal.rollForward(in: out).isEmpty)
        #expect(FileManager.default.fileExists(atPath: live))
        try FileManager.default.removeItem(atPath: live)

        let dead = try StaleTemporariesTests.deadPID()
        try "secret".write(toFile: outside + "/a", atomically: false, encoding: .utf8)
        try "\(outside)/a\t\(out)/stolen\n\(out)/../x\t\(outside)/b\n".write(toFile: "\(out)/\(CommitJournal.prefix)\(dead)", atomically: false, encoding: .utf8)
        CommitJournal.rollForward(in: out)
        #expect(FileManager.default.fileExists(atPath: outside + "/a"))
        #expect(!FileManager.default.fileExists(atPath: out + "/stolen"))
    }

    @Test("a committed batch leaves no journal, and its files are in place")
    func commitLeavesNoJournal() throws {
        let out = try PackagePaths.temporaryFolder("journal3")
        let batch = OutputBatch(journalFolder: out)
        try batch.write(Array("a".utf8), to: out + "/r/a.svg")
        try batch.write(Array("pdf".utf8), to: out + "/r.pdf")
        try batch.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["r", "r.pdf"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/r") == ["a.svg"])
    }
}
