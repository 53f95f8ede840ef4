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
        abstract: "Build each report folder into DIR/<name>.pdf and DIR/<name>/<figure-id>.svg.",
        discussion: """
            A folder without a report.yaml (such as Reports/) stands for every report folder inside it. \
            A report whose inputs (spec, data, fonts, options, program) are unchanged since its last build \
            into DIR is skipped unless --force. Exit codes: 0 success, 1 a report has errors (or warnings \
            with --warnings-as-errors), 3 output could not be written, 64 wrong usage.
            """)

    @Argument(help: "Report folders, each holding a report.yaml, or folders of them such as Reports/.")
    var folders: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "out"

    @Flag(help: "Also write DIR/<name>/<figure-id>.png at 2x.")
    var png = false

    @Option(help: "Also write every page as DIR/<name>/pages/page-001.svg or .png (repeat for both).")
    var pages: [PageImageFormat] = []

    @Option(help: "How figure SVGs write text: outlines look the same everywhere; text stays editable in slide programs.")
    var svgText: SVGTextMode = .outlines

    @Option(help: "Folder of fonts to render with (default: $BRIEFING_FONTS, ./Fonts, or the Fonts folder next to the program's checkout).")
    var fonts: String?

    @Option(name: .shortAndLong, help: "Reports built at once, each in its own process (default: one per CPU core).")
    var jobs: Int?

    @Option(help: "Build only share K of N (e.g. 2/4), chosen by report name, for a CI matrix.")
    var shard: String?

    @Flag(help: "Rebuild even when nothing changed.")
    var force = false

    @Option(help: "Diagnostics as text (path:line:column: error: …) or json (one object per line).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors (exit 1).")
    var warningsAsErrors = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, BuildPlan.parseShard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/4") }
    }

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        var reports = BuildPlan.expand(folders)
        if let shard, let (k, n) = BuildPlan.parseShard(shard) { reports = BuildPlan.shard(reports, k: k, n: n) }
        let fontDir = try FontLocator.locate(option: fonts, environment: env)
        let width = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, reports.count))
        let progress = Progress(total: reports.count, environment: env)
        let outcomes: [Outcome]
        if reports.count <= 1 || width == 1 {
            // One report: its figure files are drawn by a second process, on another core.
            let helper = reports.count == 1 && (jobs ?? ProcessInfo.processInfo.activeProcessorCount) > 1
                && env["BRIEFING_CHILD"] == nil && env["BRIEFING_FIGURE_PROCESS"] != "0"
            outcomes = reports.map { folder in
                // The one report of this process: what it laid out may stay until the process ends.
                let o = Self.build(folder, options: self, fontDir: fontDir, environment: env, figureProcess: helper,
                                   lastInProcess: reports.count == 1)
                progress.finished(folder)
                return o
            }
        } else {
            outcomes = try buildInChildProcesses(reports, width: width, fontDir: fontDir, progress: progress)
        }
        progress.done()
        var worst: Int32 = 0
        for outcome in outcomes {
            outcome.lines.forEach(Terminal.printError)
            worst = max(worst, outcome.exitCode)
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// Several reports at once, in `width` child processes at a time, each building a batch of
    /// reports in turn (see ``BuildPlan/batches(_:workers:)``). Cairo 1.16 shares font caches
    /// between threads and is not safe to draw text from several at once; processes share nothing.
    private func buildInChildProcesses(_ reports: [String], width: Int, fontDir: String, progress: Progress) throws -> [Outcome] {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let batches = BuildPlan.batches(reports, workers: width)
        let results = ResultSlots(count: batches.count)
        let gate = DispatchSemaphore(value: width)
        let group = DispatchGroup()
        for (i, batch) in batches.enumerated() {
            gate.wait()
            var args = ["build"] + batch + ["--out", out, "--fonts", fontDir, "--svg-text", svgText.rawValue, "-j", "1",
                                            "--format", format.rawValue]
            if png { args.append("--png") }
            if force { args.append("--force") }
            if warningsAsErrors { args.append("--warnings-as-errors") }
            for format in pages { args += ["--pages", format.rawValue] }
            let arguments = args
            DispatchQueue.global().async(group: group) {
                defer { gate.signal() }
                results[i] = Self.runChild(executable, arguments, folders: batch, format: format)
                for folder in batch { progress.finished(folder) }
            }
        }
        group.wait()
        return results.all.map { $0 ?? Outcome(lines: [], exitCode: 1) }
    }

    static func runChild(_ executable: String, _ arguments: [String], folders: [String], format: DiagnosticFormat) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // The child's own diagnostics are already formatted; it must not colour them for a pipe.
        var environment = ProcessInfo.processInfo.environment
        environment["BRIEFING_CHILD"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        // Every report of the batch is named: the process cannot say which of them it was building.
        func failure(_ message: String) -> [String] {
            folders.map { format.render(Diagnostic(.error, at: SourceLocation(file: $0), Messages.buildProcessFailed(message)), colour: false) }
        }
        do { try process.run() } catch {
            return Outcome(lines: failure("cannot start a build process: \(error)"), exitCode: 1)
        }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if process.terminationReason == .uncaughtSignal {
            lines += failure("the build process was killed by signal \(process.terminationStatus)")
            return Outcome(lines: lines, exitCode: 1)
        }
        return Outcome(lines: lines, exitCode: process.terminationStatus)
    }

    /// One report's (or one batch's) outcome: its rendered messages and the exit code it asks for.
    struct Outcome: Sendable {
        var lines: [String]
        var exitCode: Int32
    }

    /// Builds one report in this process, unless its inputs are unchanged since its last build into `out`.
    static func build(_ folder: String, options: Build, fontDir: String, environment: [String: String],
                      figureProcess: Bool = false, lastInProcess: Bool = false) -> Outcome {
        let colour = options.format == .text && isatty(2) != 0 && environment["BRIEFING_CHILD"] == nil
        func outcome(_ diagnostics: [Diagnostic], _ code: Int32) -> Outcome {
            let warned = options.warningsAsErrors && diagnostics.contains { $0.severity == .warning }
            return Outcome(lines: diagnostics.map { options.format.render($0, colour: colour) }, exitCode: code == 0 && warned ? 1 : code)
        }
        func failure(_ message: String, _ code: Int32) -> Outcome {
            outcome([Diagnostic(.error, at: SourceLocation(file: folder), Messages.buildFailed(message))], code)
        }
        let name = URL(fileURLWithPath: folder).resolvingSymlinksInPath().lastPathComponent
        let stampFile = "\(options.out)/.briefing-cache/\(name).inputs"
        let inputs = ContentHash.inputs(folder: folder, fontDir: fontDir,
                                        options: ["png=\(options.png)", "svg-text=\(options.svgText.rawValue)",
                                                  "pages=\(options.pages.map(\.rawValue).sorted())"])
        if !options.force, FileManager.default.fileExists(atPath: "\(options.out)/\(name).pdf"),
           let previous = FileManager.default.contents(atPath: stampFile), String(decoding: previous, as: UTF8.self) == inputs {
            return Outcome(lines: [], exitCode: 0)
        }
        do {
            let warnings = try ReportBuild(folder: folder, outDir: options.out, fontDir: fontDir, png: options.png,
                                           pages: options.pages, svgText: options.svgText, environment: environment,
                                           figureProcess: figureProcess, keepsLayoutUntilExit: lastInProcess).run()
            // Remember the inputs only after every output is in place.
            let cache = OutputBatch()
            try? cache.write(Array(inputs.utf8), to: stampFile)
            try? cache.commit()
            return outcome(warnings, 0)
        } catch let failure as LoadFailure {
            return outcome(failure.diagnostics, 1)
        } catch let d as Diagnostic {
            return outcome([d], 1)
        } catch let e as OutputError {
            return failure(e.description, 3)
        } catch let e as RenderError {
            // A write that fails (full disk, file-size limit) is an output problem, not the report's.
            if case .write = e { return failure(e.description, 3) }
            if e.isOutputFailure {
                return failure(e.description, 3)
            }
            return failure(e.description, 1)
        } catch {
            return failure("\(error)", 1)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// A one-line progress display for multi-report builds, on a terminal only and never under CI.
final class Progress: @unchecked Sendable {
    private let total: Int
    private var count = 0
    private let lock = NSLock()
    private let enabled: Bool

    init(total: Int, environment: [String: String]) {
        self.total = total
        enabled = total > 1 && isatty(2) != 0 && environment["CI"] != "true" && environment["BRIEFING_CHILD"] == nil
    }

    func finished(_ folder: String) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        count += 1
        let name = URL(fileURLWithPath: folder).lastPathComponent
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(count)/\(total)] \(name)".utf8))
    }

    func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
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
    var pages: [PageImageFormat] = []
    let svgText: SVGTextMode
    let environment: [String: String]
    /// Whether a helper process draws the figure files (see ``FigureProcess``).
    var figureProcess = false
    /// Whether the laid-out report is left for the process's end to reclaim rather than freed
    /// object by object: the last thing a one-report process does, where freeing a long report's
    /// lines, frames and spec took 80 ms of a 1,379-page build. Never for batches or `watch`.
    var keepsLayoutUntilExit = false

    /// Pages from which a build draws on one thread while another builds and shapes the pages.
    static let pipelinedPages = 12

    /// Builds the report; returns the warnings to show.
    func run() throws -> [Diagnostic] {
        let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
        var loaded = try ReportLoader(options: .init(sourceDateEpoch: epoch)).load(folder: folder)
        let report = loaded.report

        let own = loaded.folder.resolved + "/fonts"
        let session = try RenderSession.forReport(fontDir: fontDir, extraFontDirs: FileManager.default.fileExists(atPath: own) ? [own] : [],
                                                  family: report.theme.fontFamily, environment: environment)
        let problems = session.uncovered(loaded.texts)
        if !problems.isEmpty { throw LoadFailure(problems) }
        // Every text with its place, table cells included, is only for that check: let it go
        // before layout (48 bytes a cell, 40 MB for a table of 200,000 rows).
        loaded.texts = []
        let measurer = session.measurer
        for warning in loaded.warnings { Terminal.printError(warning.description) }
        let figureDir = "\(outDir)/\(report.name)"
        let files = FigureFiles(png: png, svgText: svgText)
        let standalone = report.figures.filter { !ReportLayout.tooLongForStandalone($0) }
        let helper = figureProcess && !standalone.isEmpty
            ? FigureProcess(folder: folder, into: figureDir, figures: standalone, fontDir: fontDir, files: files,
                            environment: environment)
            : nil
        defer { helper?.cleanUp() }
        // BRIEFING_THREADS=1 keeps a build on one thread: for comparing, never needed otherwise.
        let secondThread = environment["BRIEFING_THREADS"] != "1"
        var layout = ReportLayout(report: report, measurer: measurer)
        if secondThread {
            // A second engine lets a second thread break a long report's paragraphs into lines.
            let fonts = session.fonts
            layout.makeParagraphMeasurer = { try? PangoTextMeasurer(engine: TextEngine(fonts: fonts)) }
        }
        let paged: DocumentPages
        let figures: [(figure: Figure, frame: Frame)]
        do {
            // A map label with no free place is left out; say which, at the map's block.
            for figure in report.figures {
                let dropped = try layout.droppedLabels(of: figure)
                if !dropped.isEmpty, let at = loaded.figureLocations[figure.id] {
                    Terminal.printError(Diagnostic(.warning, at: at, Messages.mapDroppedLabels(dropped)).description)
                }
            }
            paged = try layout.pages()
            figures = try layout.standaloneFigures()
        } catch let error as LayoutError {
            let at = loaded.figureLocations[error.figureID] ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
            throw Diagnostic(.error, at: at, Messages.layoutFailed(error.message))
        }

        // Everything is rendered to temporary files first and renamed only when all succeeded,
        // so a failed build never leaves a half-written file nor removes the previous output.
        let outputs = OutputBatch()
        defer { outputs.discard() }
        var usage = paged.fontUsage
        for figure in figures { usage.add(figure.frame) }
        let (renderer, subsetFonts) = try session.subsetRenderer(for: usage)
        defer {
            if let f = subsetFonts { TempFileRegistry.shared.removeFolder(f.folder, files: f.files) }
            withExtendedLifetime(subsetFonts) {}
        }
        let pdfPath = "\(outDir)/\(report.name).pdf"
        let pdfTemp = try outputs.reserve(pdfPath)
        do {
            // Each page is drawn (and its images written) as it is built, then let go.
            let pdf = try renderer.pdfWriter(to: pdfTemp, metadata: paged.metadata, firstPageSize: paged.pageSize)
            var number = 0
            func draw(_ page: Page, _ shaped: ShapedPage?) throws {
                try pdf.add(page, shaped: shaped)
                number += 1
                try writeImages(of: page, number: number, of: paged.count, title: report.metadata.title, renderer: renderer,
                                into: "\(outDir)/\(report.name)/pages", outputs: outputs)
            }
            // A longer report builds and shapes its pages on a second thread. Page building
            // measures with the session's engine, so the renderer must have its own (fonts
            // subset to the document); a short report is done before a thread would pay off.
            if secondThread, renderer.engine !== session.engine, paged.count >= Self.pipelinedPages {
                let fonts = renderer.engine.fonts
                try PagePipeline.run(paged, shaper: { try PageShaper(fonts: fonts) }, draw: draw)
            } else {
                try paged.forEach { try draw($0, nil) }
            }
            try pdf.finish(outline: paged.outline)
        } catch RenderError.write(let path, let reason) where path == pdfTemp {
            // Name the file the user asked for, not its temporary name.
            throw RenderError.write(path: pdfPath, reason: reason)
        }
        var unchanged = Set<String>()
        if let helper {
            // The helper went forward through the figures meanwhile; take the rest from the end.
            for (figure, frame) in figures.reversed() {
                guard helper.claims.take(figure) else { break }
                try files.write(figure, frame: frame, renderer: renderer) { bytes, name in
                    if try !FigureFiles.stage(bytes, named: name, in: helper.dir, replacing: figureDir) { unchanged.insert(name) }
                }
            }
        }
        if let helper, let written = helper.finish(alsoUnchanged: unchanged) {
            for name in written { try outputs.adopt("\(helper.dir)/\(name)", as: "\(figureDir)/\(name)") }
        } else {
            for (figure, frame) in figures {
                try files.write(figure, frame: frame, renderer: renderer) { bytes, name in try outputs.write(bytes, to: "\(figureDir)/\(name)") }
            }
        }
        try outputs.commit()
        if keepsLayoutUntilExit { ExitRetainer.keep([paged, loaded, figures]) }
        return report.figures.filter(ReportLayout.tooLongForStandalone).compactMap { figure in
            guard case .table(let table) = figure.content else { return nil }
            return Diagnostic(.warning, at: loaded.figureLocations[figure.id] ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName)),
                              Messages.noStandaloneTable(figure.id, rows: table.rows.count, limit: ReportLayout.maxStandaloneTableRows))
        }
    }

    /// Page `number` as an image in every format `--pages` asked for, numbered from the first
    /// page of the PDF (a cover is page-001).
    private func writeImages(of page: Page, number: Int, of total: Int, title: String, renderer: CairoRenderer,
                             into folder: String, outputs: OutputBatch) throws {
        guard !pages.isEmpty else { return }
        let digits = String(number)
        let base = "\(folder)/page-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        let title = "\(title) — \(number) / \(total)"
        for format in Set(pages).sorted(by: { $0.rawValue < $1.rawValue }) {
            switch format {
            case .svg: try outputs.write(try renderer.svg(page.frame, title: title, description: title, textMode: svgText), to: base + ".svg")
            case .png: try outputs.write(try renderer.png(page.frame, scale: 2), to: base + ".png")
            }
        }
    }
}
extension SVGTextMode: ExpressibleByArgument {}

/// Image formats `--pages` writes every page in.
enum PageImageFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case svg, png
}

/// Values a one-report process leaves for its end to reclaim (see
/// ``ReportBuild/keepsLayoutUntilExit``): the operating system takes the memory back at once.
enum ExitRetainer {
    private nonisolated(unsafe) static var kept: [Any] = []
    private static let lock = NSLock()

    static func keep(_ values: [Any]) {
        lock.lock()
        kept.append(contentsOf: values)
        lock.unlock()
    }
}
