#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport
@testable import Briefing

/// The fingerprint `watch` polls: cheap, inside the folder, never opening anything.
@Suite("watch fingerprint")
struct ReportInputsTests {
    @Test("the fingerprint stays while nothing changes and moves when a file is rewritten", .timeLimit(.minutes(1)))
    func changes() throws {
        let folder = try PackagePaths.temporaryFolder("watch-inputs")
        try "a,b\n1,2\n".write(toFile: folder + "/data.csv", atomically: true, encoding: .utf8)
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        let options = ["png=false"]
        let first = ReportInputs.fingerprint(folder: folder, options: options)
        #expect(ReportInputs.fingerprint(folder: folder, options: options) == first)
        #expect(ReportInputs.fingerprint(folder: folder, options: ["png=true"]) != first)
        try "a,b\n1,3\n".write(toFile: folder + "/data.csv", atomically: true, encoding: .utf8)
        #expect(ReportInputs.fingerprint(folder: folder, options: options) != first)
    }

    @Test("a link out of the folder counts by where it points, never by what is there")
    func linkOut() throws {
        let folder = try PackagePaths.temporaryFolder("watch-inputs"), outside = try PackagePaths.temporaryFolder("watch-outside")
        try "x".write(toFile: outside + "/a.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/a.csv", withDestinationPath: outside + "/a.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/all", withDestinationPath: outside)
        let first = ReportInputs.fingerprint(folder: folder, options: [])
        try "y, longer".write(toFile: outside + "/a.csv", atomically: true, encoding: .utf8)
        try "z".write(toFile: outside + "/b.csv", atomically: true, encoding: .utf8)
        #expect(ReportInputs.fingerprint(folder: folder, options: []) == first)
        try FileManager.default.removeItem(atPath: folder + "/a.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a.csv", withDestinationPath: outside + "/b.csv")
        #expect(ReportInputs.fingerprint(folder: folder, options: []) != first)
    }
}
