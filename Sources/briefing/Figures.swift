import ArgumentParser
import CairoRendering
import Foundation
import ReportBuilder
import ReportSpec

/// `briefing figures <folder> --dir DIR`: writes a report's standalone figure files into DIR.
///
/// Internal: `briefing build` runs it as a second process, so the figure SVGs (and PNGs) are
/// drawn on another core while the build writes the PDF. Cairo 1.16 is not safe for drawing
/// text from two threads, so the second core is used by a process. The build checks and
/// renames what it writes; on any failure it draws the figures itself.
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a report's figure files into a folder (used by build).", shouldDisplay: false)

    /// How much less CPU the helper asks for than the build when both want the second core.
    static let niceness: Int32 = 10

    @Argument var folder: String
    @Option var dir: String
    /// The folder of the files the build would replace: a file already there with the same bytes
    /// is named in DIR/.unchanged instead of written.
    @Option var current: String?
    @Option var fonts: String
    @Option var svgText: SVGTextMode = .outlines
    @Flag var png = false

    func run() throws {
        // The build's own second thread (paragraphs, then pages) is on the critical path and
        // this process is not: it has until the PDF is written, then the build helps from the end.
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
        let environment = ProcessInfo.processInfo.environment
        let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
        do {
            let loaded = try ReportLoader(options: .init(sourceDateEpoch: epoch)).load(folder: folder)
            let own = loaded.folder.resolved + "/fonts"
            let session = try RenderSession(fontDir: fonts, extraFontDirs: FileManager.default.fileExists(atPath: own) ? [own] : [],
                                            family: loaded.report.theme.fontFamily, environment: environment)
            let files = FigureFiles(png: png, svgText: svgText)
            // One figure at a time, so a long report's maps are never all held, from the first;
            // the build takes figures from the last once its PDF is written. The full faces
            // draw the same outlines and pixels as the build's subset faces.
            let layout = ReportLayout(report: loaded.report, measurer: session.measurer)
            var unchanged: [String] = []
            let standalone = loaded.report.figures.filter { !ReportLayout.tooLongForStandalone($0) }
            guard let claims = FigureClaims(in: dir, figures: standalone, creating: false) else { throw ExitCode(1) }
            try layout.forEachStandaloneFigure(where: claims.take) { figure, frame in
                try files.write(figure, frame: frame, renderer: session.renderer) { bytes, name in
                    if try !FigureFiles.stage(bytes, named: name, in: dir, replacing: current) { unchanged.append(name) }
                }
            }
            let list = dir + "/" + FigureProcess.unchangedList
            try Filesystem.write(Array(unchanged.map { $0 + "\n" }.joined().utf8), to: list, naming: list)
        } catch {
            Terminal.printError("\(folder): figures: \(error)")
            throw ExitCode(1)
        }
    }
}
