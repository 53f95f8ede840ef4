import ArgumentParser
import Foundation
import ReportSpec

/// `briefing check <folder>…`: validate specs, data and glyph coverage without rendering.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check report folders (spec, data, and that the fonts can draw every character) without rendering.")

    @Argument(help: "Report folders, each holding a report.yaml, or folders of them such as Reports/.")
    var folders: [String]

    @Option(help: "Folder of fonts to check against.")
    var fonts: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let fontDir = try FontLocator.locate(option: fonts, environment: env)
        var failed = false
        for folder in BuildPlan.expand(folders) {
            do {
                let epoch = env["SOURCE_DATE_EPOCH"].flatMap(Int.init)
                let loaded = try ReportLoader(options: .init(sourceDateEpoch: epoch)).load(folder: folder)
                loaded.warnings.forEach { Terminal.printError($0.description) }
                let own = loaded.folder.resolved + "/fonts"
                let session = try RenderSession(fontDir: fontDir, extraFontDirs: FileManager.default.fileExists(atPath: own) ? [own] : [],
                                                family: loaded.report.theme.fontFamily, environment: env)
                let problems = session.uncovered(loaded.texts)
                if !problems.isEmpty { throw LoadFailure(problems) }
            } catch let failure as LoadFailure {
                failure.diagnostics.forEach { Terminal.printError($0.description) }
                failed = true
            } catch let d as Diagnostic {
                Terminal.printError(d.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
