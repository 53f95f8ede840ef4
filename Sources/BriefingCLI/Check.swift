import ArgumentParser
import Briefing
import Foundation

/// `briefing check <folder>…`: validate specs, data and glyph coverage without rendering.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check report folders (spec, data, and that the fonts can draw every character) without rendering.")

    @Argument(help: "Report folders, each holding a report.yaml, or folders of them such as Reports/.")
    var folders: [String]

    @Option(help: "Folder of fonts to check against.")
    var fonts: String?

    @Option(help: "Diagnostics as text or json (one object per line on stderr, and a summary per report on stdout).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors (exit 1).")
    var warningsAsErrors = false

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let reporting = Reporting(format: format, environment: env)
        let results: [ReportResult]
        do {
            let options = BuildOptions(warningsAsErrors: warningsAsErrors, sourceDateEpoch: env["SOURCE_DATE_EPOCH"].flatMap(Int.init))
            results = try Engine(fonts: fonts, environment: env).check(folders, options: options)
        } catch {
            results = [Build.setupFailure(error)]
        }
        let code = reporting.finish(results)
        if code != 0 { throw ExitCode(code) }
    }
}
