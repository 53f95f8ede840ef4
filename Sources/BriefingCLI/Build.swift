import ArgumentParser
import Briefing
import Foundation

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

    @Option(help: "Diagnostics as text (path:line:column: error: … with the source line) or json (one object per line on stderr, and a summary per report on stdout).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors: the report fails (exit 1) and nothing of it is written.")
    var warningsAsErrors = false

    @Option(help: "Also make each PDF a PDF/A-2 file: a-2b (appearance), a-2u (and Unicode text) or a-2a (and a tagged structure). Every PDF is PDF/UA-1 either way.")
    var pdfStandard: PDFArchival.Level?

    @Flag(help: "Name each report's outputs after its parent folder too (teamA/q1 → teamA-q1.pdf), so folders named alike can share --out.")
    var qualifiedNames = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/4") }
        try Self.validateOutputFolder(out)
    }

    /// An output folder must be named, and must be a folder if it exists: `--out ''` would write
    /// into the current folder's root files' place, and a file cannot hold reports.
    static func validateOutputFolder(_ out: String) throws {
        guard !out.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--out must name a folder") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--out \(out) is a file, not a folder")
        }
    }

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        var engine: Engine
        do { engine = try Engine(fonts: fonts, environment: env) } catch {
            throw ExitCode(Reporting(format: format, environment: env).finish([Self.setupFailure(error)]))
        }
        engine.exitsAfterBuild = true
        var reports = Engine.reportFolders(in: folders)
        if let shard, let s = Shard(shard) { reports = Engine.shard(reports, k: s.k, of: s.n) }
        if let (name, clashing) = Engine.nameClashes(reports, qualified: qualifiedNames).min(by: { $0.key < $1.key }) {
            throw ValidationError("report folders \(clashing.joined(separator: " and ")) are both named '\(name)', so their outputs "
                                  + "would overwrite each other in \(out); build them into different --out folders, or pass --qualified-names")
        }
        let progress = Progress(total: reports.count, enabled: Terminal.isInteractive(env) && format == .text)
        let results = engine.build(reports, options: options(env)) { progress.finished($0.folder) }
        progress.done()
        var reporting = Reporting(format: format, environment: env)
        reporting.announcesOutputs = format == .text && isatty(1) != 0 && env["CI"] != "true"
        let code = reporting.finish(results)
        if code != 0 { throw ExitCode(code) }
    }

    /// What the engine is asked to do, from the flags and the environment.
    func options(_ env: [String: String]) -> BuildOptions {
        var options = BuildOptions(outputFolder: out, png: png, pageImages: Set(pages), svgText: svgText, force: force,
                     warningsAsErrors: warningsAsErrors, jobs: jobs, sourceDateEpoch: env["SOURCE_DATE_EPOCH"].flatMap(Int.init),
                     workerExecutable: Bundle.main.executablePath ?? CommandLine.arguments[0],
                     // BRIEFING_FIGURE_PROCESS=0 and BRIEFING_THREADS=1 keep a build in one process and
                     // on one thread; BRIEFING_FONT_SUBSETTING=0 embeds whole faces: for comparing only.
                     figureProcess: env["BRIEFING_FIGURE_PROCESS"] != "0", secondThread: env["BRIEFING_THREADS"] != "1",
                     subsetFonts: env["BRIEFING_FONT_SUBSETTING"] != "0")
        options.qualifiedNames = qualifiedNames
        options.pdfStandard = pdfStandard
        return options
    }

    /// A failure before any report is built (no fonts, no cache folder), as a result to print.
    static func setupFailure(_ error: Error) -> ReportResult {
        let d = error as? Diagnostic ?? Diagnostic(.error, at: SourceLocation(file: "briefing"), Messages.buildFailed("\(error)"))
        return ReportResult(folder: "", name: "", status: .failed, failure: error is OutputError ? .output : .input, diagnostics: [d])
    }
}

/// `K/N` with 1 ≤ K ≤ N: one share of a CI matrix.
struct Shard {
    let k: Int
    let n: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.k = k; self.n = n
    }
}
