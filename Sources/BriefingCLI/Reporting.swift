import ArgumentParser
import Briefing
import Foundation

/// Prints what the engine returned: diagnostics on standard error (text with the source line,
/// or JSON lines), a JSON summary per report on standard output, and picks the exit code.
struct Reporting {
    let format: DiagnosticFormat
    let colour: Bool
    /// Say where the files went after a successful text-mode build.
    var announcesOutputs = false

    init(format: DiagnosticFormat, environment: [String: String]) {
        self.format = format
        colour = format == .text && Terminal.isInteractive(environment) && environment["NO_COLOR"] == nil
    }

    /// Prints every report's diagnostics in folder order, then (in JSON mode) one summary line
    /// each; returns the exit code: 3 when an output could not be written, 1 for any other
    /// failure, else 0.
    func finish(_ results: [ReportResult]) -> Int32 {
        for result in results {
            for d in result.diagnostics { Terminal.printError(format.render(d, colour: colour)) }
        }
        switch format {
        case .json: results.forEach { Terminal.printOutput(DiagnosticFormat.summary($0)) }
        case .text where announcesOutputs:
            for r in results where r.status != .failed {
                let verb = r.status == .upToDate ? "up to date" : "wrote"
                Terminal.printOutput("\(r.name): \(verb) \(r.outputs.first ?? r.folder)"
                                     + (r.outputs.count > 1 ? " and \(r.outputs.count - 1) more file\(r.outputs.count == 2 ? "" : "s")" : ""))
            }
        case .text: break
        }
        return Self.exitCode(results)
    }

    /// 3 when an output could not be written, 1 for any other failure, else 0.
    static func exitCode(_ results: [ReportResult]) -> Int32 {
        if results.contains(where: { $0.failure == .output }) { return 3 }
        return results.contains(where: { $0.status == .failed }) ? 1 : 0
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
extension SVGTextMode: ExpressibleByArgument {}
extension PageImageFormat: ExpressibleByArgument {}
