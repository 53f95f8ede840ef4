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

    /// Builds the report; throws ``Failed``.
    func run(in folder: ReportFolder) throws -> Built {
        let loaded: LoadedReport
        do {
            loaded = try ReportLoader(options: .init(sourceDateEpoch: options.sourceDateEpoch)).load(folder: folder)
        } catch let failure as LoadFailure {
            throw Failed(diagnostics: failure.diagnostics, failure: .input)
        } catch let d as Diagnostic {
            throw Failed(diagnostics: [d], failure: .input)
        }
        var warnings = loaded.warnings
        let report = loaded.report
        let session = try sessions.session(for: loaded)
        let uncovered = session.uncovered(loaded.texts)
        if !uncovered.isEmpty { throw Failed(diagnostics: warnings + uncovered, failure: .input) }

        let specLocation = SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
        let figureDir = "\(options.outputFolder)/\(report.name)"
        let files = FigureFiles(png: options.png, svgText: options.svgText)
        let standalone = report.figures.filter { !ReportLayout.tooLongForStandalone($0) }
        // A helper draws the figure files on another core while this process writes the PDF.
        let helper = options.figureProcess && !standalone.isEmpty
            ? options.workerExecutable.flatMap { FigureHelper(loaded: loaded, figures: standalone, into: figureDir,
                                                              fontDir: sessions.fontDir, options: options, executable: $0) }
            : nil
        defer { helper?.cleanUp() }

        let layout = ReportLayout(report: report, measurer: session.measurer)
        let paged: DocumentPages
        let figures: [(figure: Figure, frame: Frame)]
        do {
            // A map label with no free place is left out; say which, at the map's block.
            for figure in report.figures {
                let dropped = try layout.droppedLabels(of: figure)
                if !dropped.isEmpty {
                    warnings.append(Diagnostic(.warning, at: loaded.figureLocations[figure.id] ?? specLocation, Messages.mapDroppedLabels(dropped)))
                }
            }
            paged = try layOut(layout, fonts: session.fonts)
            figures = try layout.standaloneFigures()
        } catch let error as LayoutError {
            throw Failed(diagnostics: warnings + [Diagnostic(.error, at: loaded.figureLocations[error.figureID] ?? specLocation,
                                                             Messages.layoutFailed(error.message))], failure: .input)
        }
        for figure in report.figures where ReportLayout.tooLongForStandalone(figure) {
            guard case .table(let table) = figure.content else { continue }
            warnings.append(Diagnostic(.warning, at: loaded.figureLocations[figure.id] ?? specLocation,
                                       Messages.noStandaloneTable(figure.id, rows: table.rows.count, limit: ReportLayout.maxStandaloneTableRows)))
        }
        if options.warningsAsErrors && !warnings.isEmpty {
            throw Failed(diagnostics: warnings.map(Self.promoted), failure: .input)
        }

        let outputs = OutputBatch()
        defer { outputs.discard() }
        var usage = paged.fontUsage
        for figure in figures { usage.add(figure.frame) }
        let written: [String]
        do {
            let subset = try session.subsetRenderer(for: usage, subset: options.subsetFonts)
            let pdfPath = "\(options.outputFolder)/\(report.name).pdf"
            try writePDF(paged, to: pdfPath, name: report.name, title: report.metadata.title, renderer: subset.renderer,
                         measuringEngine: session.engine, outputs: outputs)
            let figurePaths = try writeFigures(figures, files: files, helper: helper, into: figureDir,
                                               renderer: subset.renderer, outputs: outputs)
            try outputs.commit()
            written = [pdfPath] + figurePaths + pageImagePaths(count: paged.count, name: report.name)
            withExtendedLifetime(subset) {}
        } catch let e as OutputError {
            throw Failed(diagnostics: warnings + [Diagnostic(.error, at: SourceLocation(file: self.folder), Messages.outputFailed(e.description))],
                         failure: .output)
        } catch let e as RenderError {
            // A write that fails (full disk, file-size limit) is an output problem, not the report's.
            throw Failed(diagnostics: warnings + [Diagnostic(.error, at: SourceLocation(file: self.folder), Messages.buildFailed(e.description))],
                         failure: e.isOutputFailure ? .output : .input)
        }
        if keepsLayoutUntilExit { ExitRetainer.keep([paged, loaded, figures]) }
        return Built(outputs: written, pages: paged.count, warnings: warnings)
    }

    /// Lays out and paginates; a long report breaks its paragraphs on a second thread meanwhile,
    /// with a text engine of its own over the same fonts.
    private func layOut(_ layout: ReportLayout, fonts: FontSet) throws -> DocumentPages {
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
            let pdf = try renderer.pdfWriter(to: pdfTemp, metadata: paged.metadata, firstPageSize: paged.pageSize)
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
