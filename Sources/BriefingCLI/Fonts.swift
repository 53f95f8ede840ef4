import ArgumentParser
import Briefing
import Foundation

/// `briefing fonts [folder]`: the font set, and what of a report's text each face covers.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the fonts rendering uses; with a report folder, which of its characters each face covers.")

    @Argument(help: "A report folder to check its text against the fonts.")
    var folder: String?

    @Option(help: "Folder of fonts.")
    var fonts: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let coverage: FontCoverage
        do {
            coverage = try Engine(fonts: fonts, environment: env)
                .fontCoverage(of: folder, sourceDateEpoch: env["SOURCE_DATE_EPOCH"].flatMap(Int.init))
        } catch let f as LoadFailure {
            throw ExitCode(Reporting(format: .text, environment: env)
                .finish([ReportResult(folder: folder ?? "", name: "", status: .failed, failure: .input, diagnostics: f.diagnostics)]))
        } catch {
            throw ExitCode(Reporting(format: .text, environment: env).finish([Build.setupFailure(error)]))
        }
        for face in coverage.faces {
            Terminal.printOutput("\(face.family) \(face.style)  \(face.file) #\(face.index)"
                  + (face.covered.map { "  covers \($0) of \(coverage.characters) characters" } ?? ""))
        }
        guard folder != nil else { return }
        Terminal.printOutput(coverage.missing.isEmpty ? "every character of the report has a glyph"
              : "no glyph: " + coverage.missing.map { "'\(Character($0))' U+\(String($0.value, radix: 16, uppercase: true))" }.joined(separator: ", "))
        if !coverage.missing.isEmpty { throw ExitCode(1) }
    }
}
