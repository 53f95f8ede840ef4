import ArgumentParser
import Briefing

/// `briefing worker --parent PID`: serves one request of the engine that started it (a batch
/// of reports to build, or a report's figures to draw). Internal; see ``Engine/serveWorker(parent:input:output:)``.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve one request of a build (used by build).", shouldDisplay: false)

    @Option(help: "The process that started this one; the worker ends with it.")
    var parent: Int32

    func run() throws {
        let status = Engine.serveWorker(parent: parent)
        if status != 0 { throw ExitCode(status) }
    }
}
