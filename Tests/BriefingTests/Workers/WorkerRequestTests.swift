import Foundation
import Testing
@testable import Briefing

@Suite("worker requests")
struct WorkerRequestTests {
    @Test("a figures request and its snapshot of input files cross a pipe intact, binary bytes and odd names included")
    func roundTrip() throws {
        let job = WorkerRequest.FiguresJob(folder: "Reports/x", resolvedFolder: "/abs/Reports/x", dir: "out/x/.figures-1",
                                           current: "out/x", fontDir: "/fonts", options: BuildOptions(outputFolder: "out", png: true))
        let snapshot: [String: [UInt8]] = ["report.yaml": Array("title: 가\n".utf8), "data/a b.csv": [0, 10, 255, 13, 10],
                                           "empty.csv": []]
        let pipe = Pipe()
        try WorkerRequest.figures(job).send(to: pipe.fileHandleForWriting, snapshot: snapshot)
        try pipe.fileHandleForWriting.close()
        let (request, received) = try WorkerRequest.receive(Array(pipe.fileHandleForReading.readDataToEndOfFile()))
        guard case .figures(let got) = request else { Issue.record("not a figures request"); return }
        #expect(got.folder == job.folder && got.dir == job.dir && got.options == job.options)
        #expect(received == snapshot)
    }

    @Test("a truncated request is refused, not trapped on")
    func truncated() throws {
        let pipe = Pipe()
        try WorkerRequest.build(folders: ["a"], options: BuildOptions(), fontDir: "/f")
            .send(to: pipe.fileHandleForWriting, snapshot: ["x": Array(repeating: 7, count: 100)])
        try pipe.fileHandleForWriting.close()
        let bytes = Array(pipe.fileHandleForReading.readDataToEndOfFile())
        for cut in [0, 5, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) { try WorkerRequest.receive(Array(bytes.prefix(cut))) }
        }
    }
}
