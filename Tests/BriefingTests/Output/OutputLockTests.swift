import Foundation
import Testing
import TestSupport
@testable import Briefing

@Suite("one build at a time into an output folder")
struct OutputLockTests {
    @Test("a build into a folder another build holds waits for it, then builds")
    func waits() throws {
        let out = try PackagePaths.temporaryFolder("locked")
        let lock = try OutputLock(folder: out)
        let build = Process()
        build.executableURL = URL(fileURLWithPath: PackagePaths.briefing)
        build.arguments = ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out]
        build.standardError = FileHandle.nullDevice
        try build.run()
        Thread.sleep(forTimeInterval: 1.0)
        #expect(build.isRunning, "the second build did not wait")
        #expect(!FileManager.default.fileExists(atPath: out + "/china-ai-2025.pdf"))
        lock.release()
        build.waitUntilExit()
        #expect(build.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/china-ai-2025.pdf"))
    }

    @Test("a lock file planted as a link is not followed")
    func noFollow() throws {
        let out = try PackagePaths.temporaryFolder("lock-link"), target = try PackagePaths.temporaryFolder("elsewhere") + "/x"
        try FileManager.default.createSymbolicLink(atPath: out + "/" + OutputLock.fileName, withDestinationPath: target)
        #expect(throws: OutputError.self) { try OutputLock(folder: out) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
