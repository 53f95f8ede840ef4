import ArgumentParser
import Briefing
import Foundation

/// `briefing worker --parent PID`: serves one request of the engine that started it (a batch
/// of reports to build, or a report's figures to draw). Internal; see ``Engine/serveWorker(parent:input:output:)``.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve one request of a build (used by build).", shouldDisplay: false)

    @Option(help: "The process that started this one; the worker ends with it.")
    var parent: Int32

    @Option(help: "A file holding the request (default: standard input).")
    var request: String?

    func run() throws {
        let input = request.map { FileHandle(forReadingAtPath: $0) } ?? .standardInput
        guard let input else { throw ExitCode(66) }
        let status = Engine.serveWorker(parent: parent, input: input)
        if status != 0 { throw ExitCode(status) }
    }
}
