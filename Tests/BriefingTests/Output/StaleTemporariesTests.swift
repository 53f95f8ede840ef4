import Foundation
import Testing
import TestSupport
@testable import Briefing

@Suite("temporaries left by a killed build")
struct StaleTemporariesTests {
    /// The id of a process that has ended.
    static func deadPID() throws -> pid_t {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    @Test("the next build removes a dead build's temporary files, helper folder and subset fonts, and leaves a live one's alone")
    func cleaned() throws {
        let out = try PackagePaths.temporaryFolder("stale"), dead = try Self.deadPID(), live = getpid()
        let fm = FileManager.default
        try fm.createDirectory(atPath: "\(out)/r/pages", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: "\(out)/r/.figures-\(dead)", withIntermediateDirectories: true)
        let deadFiles = ["\(out)/.r.pdf.tmp-\(dead)", "\(out)/r/.a.svg.tmp-\(dead)", "\(out)/r/pages/.page-001.png.tmp-\(dead)",
                         "\(out)/r/.figures-\(dead)/a.svg"]
        let liveFiles = ["\(out)/.r.pdf.tmp-\(live)", "\(out)/r/a.svg", "\(out)/r/.keep"]
        for path in deadFiles + liveFiles { try "x".write(toFile: path, atomically: false, encoding: .utf8) }
        let deadFonts = "\(PrivateTemporaryFolder.path)/fonts-\(dead)-abcdef"
        try fm.createDirectory(atPath: deadFonts, withIntermediateDirectories: true)
        try "x".write(toFile: deadFonts + "/face0.otf", atomically: false, encoding: .utf8)

        // Builds of other tests running meanwhile may clean the temporary folder first: what counts
        // is that the dead build's files are gone and the live one's are not.
        StaleTemporaries.clean(outputFolder: out)
        for path in deadFiles where !path.contains(".figures-") { #expect(!fm.fileExists(atPath: path), "\(path)") }
        #expect(!fm.fileExists(atPath: "\(out)/r/.figures-\(dead)"))
        #expect(!fm.fileExists(atPath: deadFonts))
        for path in liveFiles { #expect(fm.fileExists(atPath: path), "\(path)") }
    }

    @Test("owners are read from the names the engine makes")
    func owners() {
        #expect(StaleTemporaries.tmpOwner(of: ".china-ai-2025.pdf.tmp-4242") == 4242)
        #expect(StaleTemporaries.tmpOwner(of: ".a.tmp-x.svg") == nil)
        #expect(StaleTemporaries.owner(of: "briefing-fonts-77-Xy12ab", prefixes: ["briefing-fonts-"]) == 77)
        #expect(StaleTemporaries.owner(of: ".figures-123", prefixes: [".figures-"]) == 123)
        // An older build's random suffix names no owner, even when it starts with digits.
        #expect(StaleTemporaries.owner(of: "briefing-fonts-4aB9zQ", prefixes: ["briefing-fonts-"]) == nil)
        #expect(StaleTemporaries.isAlive(getpid()))
    }
}
