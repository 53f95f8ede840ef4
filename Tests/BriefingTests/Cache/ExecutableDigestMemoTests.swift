import Foundation
import Testing
import TestSupport
@testable import Briefing

/// The program's identity and the memo that spares a process reading its own executable again.
@Suite("program identity")
struct ExecutableDigestMemoTests {
    func status(_ path: String) -> stat {
        var info = stat()
        _ = stat(path, &info)
        return info
    }

    @Test("a program is named by the version and the SHA-256 of its bytes")
    func identity() throws {
        let file = try PackagePaths.temporaryFolder("program") + "/tool"
        try "program bytes".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(ProgramIdentity.identity(ofExecutableAt: file, memo: nil)
            == "briefing \(ProgramIdentity.version), sha256 \(SHA256.hash(Array("program bytes".utf8)))")
        #expect(ProgramIdentity.identity(ofExecutableAt: file + "-missing", memo: nil).contains("unreadable executable"))
    }

    @Test("the memo answers for a file of the same status only, and forgets nothing it was not told")
    func memo() throws {
        let dir = try PackagePaths.temporaryFolder("memo")
        let memo = ExecutableDigestMemo(cacheFolder: dir), file = dir + "/tool"
        try "one".write(toFile: file, atomically: true, encoding: .utf8)
        let digest = SHA256.hash(Array("one".utf8)).description
        #expect(memo.digest(for: status(file)) == nil)
        memo.remember(digest, for: status(file), now: Date().addingTimeInterval(10))
        #expect(memo.digest(for: status(file)) == digest)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: file)
        #expect(memo.digest(for: status(file)) == nil)
    }

    @Test("a file changed less than two seconds before it was hashed is not remembered")
    func racyFile() throws {
        let dir = try PackagePaths.temporaryFolder("memo")
        let memo = ExecutableDigestMemo(cacheFolder: dir), file = dir + "/tool"
        try "one".write(toFile: file, atomically: true, encoding: .utf8)
        _ = ProgramIdentity.identity(ofExecutableAt: file, memo: memo)
        #expect(memo.digest(for: status(file)) == nil)
        #expect(!FileManager.default.fileExists(atPath: memo.path))
    }

    @Test("a remembered digest stands in for reading the file until the file is written again")
    func shortcut() throws {
        let dir = try PackagePaths.temporaryFolder("memo")
        let memo = ExecutableDigestMemo(cacheFolder: dir), file = dir + "/tool"
        try "one".write(toFile: file, atomically: true, encoding: .utf8)
        let stand = String(repeating: "ab", count: 32)
        memo.remember(stand, for: status(file), now: Date().addingTimeInterval(10))
        #expect(ProgramIdentity.identity(ofExecutableAt: file, memo: memo) == "briefing \(ProgramIdentity.version), sha256 \(stand)")
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data("two".utf8))
        try handle.close()
        #expect(ProgramIdentity.identity(ofExecutableAt: file, memo: memo)
            == "briefing \(ProgramIdentity.version), sha256 \(SHA256.hash(Array("two".utf8)))")
    }
}
