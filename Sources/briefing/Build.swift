import ArgumentParser
import CairoRendering
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

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        let fontDir = try FontLocator.locate(option: fonts, environment: env)
        var failed = false
        for folder in folders {
            do {
                try ReportBuild(folder: folder, outDir: out, fontDir: fontDir, png: png, svgText: svgText, environment: env).run()
            } catch let failure as LoadFailure {
                failure.diagnostics.forEach { Terminal.printError($0.description) }
                failed = true
            } catch let d as Diagnostic {
                Terminal.printError(d.description)
                failed = true
            } catch let e as OutputError {
                Terminal.printError("\(folder): error: \(e)")
                throw ExitCode(3)
            } catch {
                Terminal.printError("\(folder): error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

extension SVGTextMode: ExpressibleByArgument {}

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
        let renderer = session.renderer
        let measurer = session.measurer
        let layout = ReportLayout(report: report, measurer: measurer)
        let document: PagedDocument
        do {
            document = try layout.document()
        } catch let error as LayoutError {
            let at = loaded.figureLocations[error.figureID] ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
            throw Diagnostic(.error, at: at, error.message)
        }

        // Everything is rendered to temporary files first and renamed only when all succeeded,
        // so a failed build never leaves a half-written file nor removes the previous output.
        let outputs = OutputBatch()
        defer { outputs.discard() }
        let pdfPath = "\(outDir)/\(report.name).pdf"
        let pdfTemp = try outputs.reserve(pdfPath)
        try renderer.writePDF(document, to: pdfTemp)
        let figures: [(figure: Figure, frame: Frame)]
        do {
            figures = try layout.standaloneFigures()
        } catch let error as LayoutError {
            let at = loaded.figureLocations[error.figureID] ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
            throw Diagnostic(.error, at: at, error.message)
        }
        for (figure, frame) in figures {
            let base = "\(outDir)/\(report.name)/\(figure.id)"
            try outputs.write(try renderer.svg(frame, title: figure.title, description: figure.alt, textMode: svgText), to: base + ".svg")
            if png { try outputs.write(try renderer.png(frame, scale: 2), to: base + ".png") }
        }
        try outputs.commit()
    }
}
