import ArgumentParser
import CairoRendering
import ChartLayout
import Drawing
import Foundation
import ReportBuilder
import ReportSpec

/// `briefing build <folder>… [--out DIR] [--png]`
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build each report folder into DIR/<name>.pdf and DIR/<name>/<figure-id>.svg.")

    @Argument(help: "Report folders, each holding a report.yaml.")
    var folders: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "out"

    @Flag(help: "Also write DIR/<name>/<figure-id>.png at 2x.")
    var png = false

    @Option(help: "How figure SVGs write text: outlines look the same everywhere; text stays editable in slide programs.")
    var svgText: SVGTextMode = .outlines

    @Option(help: "Folder of fonts to render with (default: $BRIEFING_FONTS, ./Fonts, or the Fonts folder next to the program's checkout).")
    var fonts: String?

    @Option(name: .shortAndLong, help: "Reports built at once, each in its own process (default: one per CPU core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        let fontDir = try FontLocator.locate(option: fonts, environment: env)
        let width = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, folders.count))
        let outcomes: [Outcome]
        if folders.count == 1 || width == 1 {
            outcomes = folders.map { Self.build($0, outDir: out, fontDir: fontDir, png: png, svgText: svgText, environment: env) }
        } else {
            outcomes = try buildInChildProcesses(width: width, fontDir: fontDir)
        }
        var worst: Int32 = 0
        for outcome in outcomes {
            outcome.messages.forEach(Terminal.printError)
            worst = max(worst, outcome.exitCode)
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// Several reports at once, each in a process of its own. Cairo 1.16 shares font caches between
    /// threads and is not safe to draw text from several at once; processes share nothing.
    private func buildInChildProcesses(width: Int, fontDir: String) throws -> [Outcome] {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let results = ResultSlots(count: folders.count)
        let gate = DispatchSemaphore(value: width)
        let group = DispatchGroup()
        for (i, folder) in folders.enumerated() {
            gate.wait()
            var args = ["build", folder, "--out", out, "--fonts", fontDir, "--svg-text", svgText.rawValue, "-j", "1"]
            if png { args.append("--png") }
            let arguments = args
            DispatchQueue.global().async(group: group) {
                defer { gate.signal() }
                results[i] = Self.runChild(executable, arguments, folder: folder)
            }
        }
        group.wait()
        return results.all.map { $0 ?? Outcome(messages: [], exitCode: 1) }
    }

    static func runChild(_ executable: String, _ arguments: [String], folder: String) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            return Outcome(messages: ["\(folder): error: cannot start a build process: \(error)"], exitCode: 1)
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if process.terminationReason == .uncaughtSignal {
            return Outcome(messages: lines + ["\(folder): error: the build process was killed by signal \(process.terminationStatus)"], exitCode: 1)
        }
        return Outcome(messages: lines, exitCode: process.terminationStatus)
    }

    /// One report's outcome: its messages and the exit code it asks for.
    struct Outcome: Sendable {
        var messages: [String]
        var exitCode: Int32
    }

    static func build(_ folder: String, outDir: String, fontDir: String, png: Bool, svgText: SVGTextMode,
                      environment: [String: String]) -> Outcome {
        do {
            try ReportBuild(folder: folder, outDir: outDir, fontDir: fontDir, png: png, svgText: svgText, environment: environment).run()
            return Outcome(messages: [], exitCode: 0)
        } catch let failure as LoadFailure {
            return Outcome(messages: failure.diagnostics.map(\.description), exitCode: 1)
        } catch let d as Diagnostic {
            return Outcome(messages: [d.description], exitCode: 1)
        } catch let e as OutputError {
            return Outcome(messages: ["\(folder): error: \(e)"], exitCode: 3)
        } catch {
            return Outcome(messages: ["\(folder): error: \(error)"], exitCode: 1)
        }
    }
}

/// Results written by concurrent builds, one slot each.
final class ResultSlots: @unchecked Sendable {
    private var slots: [Build.Outcome?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    subscript(i: Int) -> Build.Outcome? {
        get { lock.lock(); defer { lock.unlock() }; return slots[i] }
        set { lock.lock(); slots[i] = newValue; lock.unlock() }
    }
    var all: [Build.Outcome?] { lock.lock(); defer { lock.unlock() }; return slots }
}

/// One report folder through every layer: load, check fonts, lay out, render, write.
struct ReportBuild {
    let folder: String
    let outDir: String
    let fontDir: String
    let png: Bool
    let svgText: SVGTextMode
    let environment: [String: String]

    func run() throws {
        let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
        let loaded = try ReportLoader(options: .init(sourceDateEpoch: epoch)).load(folder: folder)
        let report = loaded.report

        let own = loaded.folder.resolved + "/fonts"
        let session = try RenderSession(fontDir: fontDir, extraFontDirs: FileManager.default.fileExists(atPath: own) ? [own] : [],
                                        family: report.theme.fontFamily, environment: environment)
        let problems = session.uncovered(loaded.texts)
        if !problems.isEmpty { throw LoadFailure(problems) }
        let measurer = session.measurer
        for warning in loaded.warnings { Terminal.printError(warning.description) }
        // A map label with no free place is left out; say which, at the map's block.
        for figure in report.figures {
            guard case .map(let map) = figure.content else { continue }
            let dropped = RegionalMapLayout(theme: report.theme, measurer: measurer).layout(map, width: report.page.contentRect.width).droppedLabels
            if !dropped.isEmpty, let at = loaded.figureLocations[figure.id] {
                Terminal.printError(Diagnostic(.warning, at: at, Messages.mapDroppedLabels(dropped)).description)
            }
        }
        let layout = ReportLayout(report: report, measurer: measurer)
        let document: PagedDocument
        let figures: [(figure: Figure, frame: Frame)]
        do {
            document = try layout.document()
            figures = try layout.standaloneFigures()
        } catch let error as LayoutError {
            let at = loaded.figureLocations[error.figureID] ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
            throw Diagnostic(.error, at: at, error.message)
        }

        // Everything is rendered to temporary files first and renamed only when all succeeded,
        // so a failed build never leaves a half-written file nor removes the previous output.
        let outputs = OutputBatch()
        defer { outputs.discard() }
        let (renderer, subsetFonts) = try session.subsetRenderer(for: document.pages.map(\.frame) + figures.map(\.frame))
        defer { withExtendedLifetime(subsetFonts) {} }
        let pdfPath = "\(outDir)/\(report.name).pdf"
        let pdfTemp = try outputs.reserve(pdfPath)
        try renderer.writePDF(document, to: pdfTemp)
        for (figure, frame) in figures {
            let base = "\(outDir)/\(report.name)/\(figure.id)"
            try outputs.write(try renderer.svg(frame, title: figure.title, description: figure.alt, textMode: svgText), to: base + ".svg")
            if png { try outputs.write(try renderer.png(frame, scale: 2), to: base + ".png") }
        }
        try outputs.commit()
    }
}
extension SVGTextMode: ExpressibleByArgument {}
