import CairoRendering
import ChartLayout
import Drawing
import Foundation
import ReportBuilder
import ReportSpec

/// One report folder through every layer: load, check fonts, lay out, render, commit.
///
/// Everything is written under temporary names and renamed only when all of it rendered, so
/// a failed build never leaves a half-written file nor removes the previous output. Problems
/// come back as diagnostics; nothing here prints.
struct ReportBuild {
    let folder: String
    /// The stem of the report's output files (see ``Engine/reportName(_:qualified:)``).
    let name: String
    let options: BuildOptions
    let sessions: SessionCache
    /// Whether the laid-out report is left for the process's end to reclaim rather than freed
    /// object by object (see ``ExitRetainer``): only for the last build of a one-report process.
    var keepsLayoutUntilExit = false

    /// Pages from which a build draws on one thread while another builds and shapes the pages.
    static let pipelinedPages = 12

    /// What a successful build wrote, and the warnings it raised.
    struct Built {
        var outputs: [String]
        var pages: Int
        var warnings: [Diagnostic]
    }

    /// A build that stopped: every diagnostic found, and whether the input or the output is to blame.
    struct Failed: Error {
        var diagnostics: [Diagnostic]
        var failure: ReportResult.Failure
    }

    /// Builds the report in named steps: load and check its text against the fonts, start the
    /// figure helper, lay out, gather the warnings (failing here under warnings-as-errors, before
    /// anything is written), render and commit. Throws ``Failed``.
    func run(in folder: ReportFolder) throws -> Built {
        let loaded = try load(folder)
        let session = try sessions.session(for: loaded)
        let uncovered = session.uncovered(loaded.texts)
        if !uncovered.isEmpty { throw Failed(diagnostics: loaded.warnings + uncovered, failure: .input) }
        let helper = startFigureHelper(for: loaded)
        defer { helper?.cleanUp() }
        var warnings = loaded.warnings
        let laidOut = try layOut(loaded, session: session, warnings: &warnings)
        warnings += tablesWithoutFiles(loaded)
        if options.warningsAsErrors && !warnings.isEmpty {
            throw Failed(diagnostics: warnings.map(Self.promoted), failure: .input)
        }
        do {
            let written = try render(laidOut, name: name, title: loaded.report.metadata.title,
                                     session: session, helper: helper)
            if keepsLayoutUntilExit { ExitRetainer.keep([laidOut.pages, loaded, laidOut.figures]) }
            return Built(outputs: written, pages: laidOut.pages.count, warnings: warnings)
        } catch let e as OutputError {
            throw Failed(diagnostics: warnings + [Diagnostic(.error, at: SourceLocation(file: self.folder), Messages.outputFailed(e.description))],
                         failure: .output)
        } catch let e as RenderError {
            // A write that fails (full disk, file-size limit) is an output problem, not the report's.
            throw Failed(diagnostics: warnings + [Diagnostic(.error, at: SourceLocation(file: self.folder), Messages.buildFailed(e.description))],
                         failure: e.isOutputFailure ? .output : .input)
        }
    }

    /// The report's pages, still to be built one at a time, and its figures laid out on their own.
    struct LaidOut {
        var pages: DocumentPages
        var figures: [(figure: Figure, frame: Frame)]
    }

    private func load(_ folder: ReportFolder) throws -> LoadedReport {
        do {
            return try ReportLoader(options: .init(sourceDateEpoch: options.sourceDateEpoch)).load(folder: folder)
        } catch let failure as LoadFailure {
            throw Failed(diagnostics: failure.diagnostics, failure: .input)
        } catch let d as Diagnostic {
            throw Failed(diagnostics: [d], failure: .input)
        }
    }

    /// A helper drawing the figure files on another core while this process writes the PDF,
    /// when the options allow one and there are figures to draw.
    private func startFigureHelper(for loaded: LoadedReport) -> FigureHelper? {
        let standalone = loaded.report.figures.filter { !ReportLayout.tooLongForStandalone($0) }
        guard options.figureProcess, !standalone.isEmpty, let executable = options.workerExecutable else { return nil }
        return FigureHelper(loaded: loaded, figures: standalone, into: "\(options.outputFolder)/\(name)",
                            fontDir: sessions.fontDir, options: options, executable: executable)
    }

    /// Lays out the pages and the standalone figures; a label or annotation with no free place is
    /// left out or moved, and said so in a warning at the figure's block.
    private func layOut(_ loaded: LoadedReport, session: RenderSession, warnings: inout [Diagnostic]) throws -> LaidOut {
        let layout = ReportLayout(report: loaded.report, measurer: session.measurer)
        do {
            for figure in loaded.report.figures {
                let at = location(of: figure, in: loaded)
                let isMap = if case .map = figure.content { true } else { false }
                warnings += Messages.layoutNotices(try layout.notices(of: figure), inMap: isMap).map { Diagnostic(.warning, at: at, $0) }
            }
            let pages = try paginate(layout, fonts: session.fonts)
            warnings += Self.brokenGroupWarnings(pages.brokenGroups, in: loaded)
            return LaidOut(pages: pages, figures: try layout.standaloneFigures())
        } catch let error as LayoutError {
            let at = loaded.figureLocations[error.figureID] ?? specLocation(loaded)
            throw Failed(diagnostics: warnings + [Diagnostic(.error, at: at, Messages.layoutFailed(error.message))], failure: .input)
        }
    }

    /// A warning for each table too long for a standalone file (the PDF has every row).
    private func tablesWithoutFiles(_ loaded: LoadedReport) -> [Diagnostic] {
        loaded.report.figures.filter(ReportLayout.tooLongForStandalone).compactMap { figure in
            guard case .table(let table) = figure.content else { return nil }
            return Diagnostic(.warning, at: location(of: figure, in: loaded),
                              Messages.noStandaloneTable(figure.id, rows: table.rows.count, limit: ReportLayout.maxStandaloneTableRows))
        }
    }

    /// Renders the PDF (and page images) and the figure files under temporary names, then renames
    /// them all into place; the paths of the report's files.
    private func render(_ laidOut: LaidOut, name: String, title: String, session: RenderSession, helper: FigureHelper?) throws -> [String] {
        let outputs = OutputBatch(journalFolder: options.outputFolder)
        defer { outputs.discard() }
        var usage = laidOut.pages.fontUsage
        for figure in laidOut.figures { usage.add(figure.frame) }
        let subset = try session.subsetRenderer(for: usage, subset: options.subsetFonts)
        let pdfPath = "\(options.outputFolder)/\(name).pdf"
        try writePDF(laidOut.pages, to: pdfPath, name: name, title: title, renderer: subset.renderer,
                     measuringEngine: session.engine, outputs: outputs)
        let figurePaths = try writeFigures(laidOut.figures, files: FigureFiles(png: options.png, svgText: options.svgText),
                                           helper: helper, into: "\(options.outputFolder)/\(name)", renderer: subset.renderer, outputs: outputs)
        try outputs.commit()
        // The subset fonts' files are read by Cairo until its surfaces are finished.
        withExtendedLifetime(subset) {}
        return [pdfPath] + figurePaths + pageImagePaths(count: laidOut.pages.count, name: name)
    }

    private func specLocation(_ loaded: LoadedReport) -> SourceLocation {
        SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
    }

    /// A warning for each place a paragraph parts what a house rule keeps together, at the
    /// prose that holds it (else the spec itself).
    static func brokenGroupWarnings(_ groups: [String], in loaded: LoadedReport) -> [Diagnostic] {
        groups.map { group in
            let text = group.replacingOccurrences(of: " / ", with: " ")
            let at = loaded.texts.first { $0.value.contains(text) }?.location
                ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
            return Diagnostic(.warning, at: at, Messages.brokenGroup(group))
        }
    }

    private func location(of figure: Figure, in loaded: LoadedReport) -> SourceLocation {
        loaded.figureLocations[figure.id] ?? specLocation(loaded)
    }

    /// Paginates; a long report breaks its paragraphs on a second thread meanwhile,
    /// with a text engine of its own over the same fonts.
    private func paginate(_ layout: ReportLayout, fonts: FontSet) throws -> DocumentPages {
        let jobs = layout.paragraphJobs
        guard options.secondThread, jobs.count >= ParagraphPrefetch.worthwhile,
              let measurer = try? PangoTextMeasurer(engine: TextEngine(fonts: fonts)) else {
            return try layout.pages()
        }
        let prefetch = ParagraphPrefetch(jobs, measurer: measurer)
        defer { prefetch.finish() }
        return try layout.pages(prelaid: prefetch.take)
    }

    /// Draws every page into the PDF (and its `--pages` images) as it is built, then lets it go.
    /// A longer report builds and shapes its pages on a second thread: page building measures
    /// with the session's engine, so the renderer must have its own (fonts subset to the
    /// document); a short report is done before a thread would pay off.
    private func writePDF(_ paged: DocumentPages, to pdfPath: String, name: String, title: String, renderer: CairoRenderer,
                          measuringEngine: TextEngine, outputs: OutputBatch) throws {
        let pdfTemp = try outputs.reserve(pdfPath)
        do {
            let archival = try options.pdfStandard.map { try OutputIntentProfile.archival($0) }
            let pdf = try renderer.pdfWriter(to: pdfTemp, metadata: paged.metadata, firstPageSize: paged.pageSize, archival: archival)
            var number = 0
            func draw(_ page: Page, _ shaped: ShapedPage?) throws {
                try pdf.add(page, shaped: shaped)
                number += 1
                try writeImages(of: page, number: number, of: paged.count, title: title, renderer: renderer,
                                into: "\(options.outputFolder)/\(name)/pages", outputs: outputs)
            }
            if options.secondThread, renderer.engine !== measuringEngine, paged.count >= Self.pipelinedPages {
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
    }

    /// Writes the figure files, or adopts those the helper wrote; the paths of every figure file.
    private func writeFigures(_ figures: [(figure: Figure, frame: Frame)], files: FigureFiles, helper: FigureHelper?,
                              into figureDir: String, renderer: CairoRenderer, outputs: OutputBatch) throws -> [String] {
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
        return files.names(of: figures.map(\.figure)).map { "\(figureDir)/\($0)" }
    }

    /// Page `number` as an image in every format asked for, numbered from the first page of the
    /// PDF (a cover is page-001).
    private func writeImages(of page: Page, number: Int, of total: Int, title: String, renderer: CairoRenderer,
                             into folder: String, outputs: OutputBatch) throws {
        guard !options.pageImages.isEmpty else { return }
        let base = "\(folder)/\(Self.pageFileStem(number))"
        let title = "\(title) — \(number) / \(total)"
        for format in options.pageImages.sorted(by: { $0.rawValue < $1.rawValue }) {
            switch format {
            case .svg: try outputs.write(try renderer.svg(page.frame, title: title, description: title, textMode: options.svgText), to: base + ".svg")
            case .png: try outputs.write(try renderer.png(page.frame, scale: 2), to: base + ".png")
            }
        }
    }

    private func pageImagePaths(count: Int, name: String) -> [String] {
        let formats = options.pageImages.sorted(by: { $0.rawValue < $1.rawValue })
        guard !formats.isEmpty, count > 0 else { return [] }
        return (1...count).flatMap { n in formats.map { "\(options.outputFolder)/\(name)/pages/\(Self.pageFileStem(n)).\($0.rawValue)" } }
    }

    /// `page-001`: three digits at least, so files sort in page order.
    static func pageFileStem(_ number: Int) -> String {
        let digits = String(number)
        return "page-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// A warning made an error by ``BuildOptions/warningsAsErrors``, saying so.
    static func promoted(_ d: Diagnostic) -> Diagnostic {
        guard d.severity == .warning else { return d }
        var e = d
        e.severity = .error
        e.notes.append(DiagnosticNote("a warning, made an error by --warnings-as-errors"))
        return e
    }
}
