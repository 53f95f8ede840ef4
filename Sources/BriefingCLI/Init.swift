import ArgumentParser
import Briefing
import Foundation

/// `briefing init <folder>`: a new report folder that builds at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a report folder with a spec, a dataset and a chart that builds as it is.")

    @Argument(help: "The folder to create; it must not exist or must be empty.")
    var folder: String

    @Option(help: "Language of the scaffold: ko or en.")
    var language: String = "ko"

    func validate() throws {
        guard ScaffoldLanguage(rawValue: language) != nil else { throw ValidationError("--language must be ko or en") }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        do {
            try Engine.createReportFolder(at: folder, language: ScaffoldLanguage(rawValue: language) ?? .ko)
        } catch {
            let result = Build.setupFailure(error)
            throw ExitCode(Reporting(format: .text, environment: env).finish([ReportResult(
                folder: folder, name: "", status: .failed, failure: result.failure, diagnostics: result.diagnostics)]))
        }
        Terminal.printOutput("created \(folder)/report.yaml, \(folder)/data/sales.csv and \(folder)/data/monthly.csv; build it with: briefing build \(folder)")
    }
}
