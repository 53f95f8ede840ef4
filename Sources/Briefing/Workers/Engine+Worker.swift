import CairoRendering
import Foundation
import ReportBuilder
import ReportSpec

extension Engine {
    /// Serves the one request a worker process is started for, reading it from `input` and
    /// answering on `output`; returns the process's exit status.
    ///
    /// A program that passes itself as ``BuildOptions/workerExecutable`` must call this when it
    /// is started with the arguments `worker --parent PID`, reading the request from standard
    /// input, or from the file after `--request FILE` when one follows (as `briefing` does):
    ///
    /// ```swift
    /// if CommandLine.arguments.dropFirst().first == "worker" { exit(Engine.serveWorker(parent: pid)) }
    /// ```
    public static func serveWorker(parent: Int32, input: FileHandle = .standardInput,
                                   output: FileHandle = .standardOutput) -> Int32 {
        guard WorkerProcess.dieWith(parent: parent) else { return 1 }
        guard let bytes = try? input.readToEnd(), let (request, snapshot) = try? WorkerRequest.receive(Array(bytes)) else { return 64 }
        switch request {
        case .build(let folders, let options, let fontDir):
            var results: [ReportResult] = []
            do {
                let engine = try Engine(fonts: fontDir)
                var inWorker = options
                inWorker.figureProcess = false
                results = folders.map { engine.buildReport($0, options: inWorker, lastInProcess: false) }
            } catch {
                results = folders.map { folder in
                    let d = error as? Diagnostic ?? Diagnostic(.error, at: SourceLocation(file: folder), Messages.buildFailed("\(error)"))
                    return ReportResult(folder: folder, name: reportName(folder), status: .failed, failure: .input, diagnostics: [d])
                }
            }
            guard let answer = try? JSONEncoder().encode(results), (try? output.write(contentsOf: answer)) != nil else { return 3 }
            return 0
        case .figures(let job):
            return (try? drawFigures(job, snapshot: snapshot)) != nil ? 0 : 1
        }
    }

    /// How much less CPU the figure helper asks for than the build when both want the second core:
    /// the build's own second thread (paragraphs, then pages) is on the critical path and the
    /// helper is not; it has until the PDF is written, then the build helps from the end.
    static let figureHelperNiceness: Int32 = 10

    /// The figure helper's side (see ``FigureHelper``): loads the report from the bytes the build
    /// read, and draws the figures it can claim into the private folder, from the first.
    private static func drawFigures(_ job: WorkerRequest.FiguresJob, snapshot: [String: [UInt8]]) throws {
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, figureHelperNiceness)
        let folder = ReportFolder(replaying: InputSnapshot(replaying: snapshot), path: job.folder, resolved: job.resolvedFolder)
        let loaded = try ReportLoader(options: .init(sourceDateEpoch: job.options.sourceDateEpoch)).load(folder: folder)
        let engine = try Engine(fonts: job.fontDir)
        let session = try engine.sessions.session(for: loaded)
        let files = FigureFiles(png: job.options.png, svgText: job.options.svgText)
        // One figure at a time, so a long report's maps are never all held, from the first; the
        // full faces draw the same outlines and pixels as the build's subset faces.
        let layout = ReportLayout(report: loaded.report, measurer: session.measurer)
        var unchanged: [String] = []
        let standalone = loaded.report.figures.filter { !ReportLayout.tooLongForStandalone($0) }
        guard let claims = FigureClaims(in: job.dir, figures: standalone, creating: false) else { throw WorkerRequest.Malformed() }
        try layout.forEachStandaloneFigure(where: claims.take) { figure, frame in
            try files.write(figure, frame: frame, renderer: session.renderer) { bytes, name in
                if try !FigureFiles.stage(bytes, named: name, in: job.dir, replacing: job.current) { unchanged.append(name) }
            }
        }
        let list = job.dir + "/" + FigureHelper.unchangedList
        try Filesystem.write(Array(unchanged.map { $0 + "\n" }.joined().utf8), to: list, naming: list)
    }
}
