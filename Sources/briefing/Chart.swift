import ArgumentParser
import CairoRendering
import ChartLayout
import Drawing
import Foundation
import ReportSpec

/// `briefing chart <data.csv> [options] -o chart.svg|.png|.pdf`: one chart straight from a CSV, for slides.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw one bar chart straight from a CSV file, sized for a slide.",
        discussion: """
            With no options, the first text column names the categories and every numeric column is a series; \
            categories that read as a time line (years, months) become columns, others horizontal bars. \
            The output format follows the file name: .svg (text as outlines, or --svg-text text), .png (at --scale, \
            2x by default, since Google Slides takes no SVG) or .pdf.
            """)

    @Argument(help: "The CSV file: a header row, then one row per category.")
    var data: String

    @Option(name: [.short, .customLong("output")], help: "Where to write: a .svg, .png or .pdf file.")
    var output: String

    @Option(help: "Column of category labels (default: the first text column).")
    var category: String?

    @Option(name: .customLong("value"), help: "A column to chart; repeat for several series (default: every numeric column).")
    var values: [String] = []

    @Option(help: "horizontal or vertical (default: chosen from the categories).")
    var orientation: BarChart.Orientation?

    @Option(help: "grouped, stacked or percent, for several series.")
    var layout: BarChart.Layout = .grouped

    @Option(help: "linear or log.")
    var scale: BarChart.Scale = .linear

    @Option(help: "data, descending or ascending.")
    var sort: BarChart.Sort = .data

    @Option(help: "Canvas size: 16:9 (960x540 pt), 4:3, 1:1, WIDTHxHEIGHT in points, or a width alone for a height that fits.")
    var size: String = "16:9"

    @Option(help: "The chart's title: its takeaway in a few words (default: from the file name).")
    var title: String?

    @Option(help: "What is measured, in which unit, where and when.")
    var subtitle: String?

    @Option(help: "Where the data comes from.")
    var source: String?

    @Option(help: "A note above the source line.")
    var note: String?

    @Option(help: "A category to draw in the accent colour; repeat for several.")
    var highlight: [String] = []

    @Option(help: "Number style: plain, percent, korean (만/억/조) or english.")
    var format: String?

    @Option(help: "A unit noun written after each value, e.g. 달러.")
    var unit: String = ""

    @Option(help: "Multiply values before writing them (1e9 when the data is in billions).")
    var multiplier: Double = 1

    @Option(help: "Chart words in this language: ko or en.")
    var language: String = "ko"

    @Option(help: "A theme file: YAML with the keys of a report's theme: section (font, accent, text, muted-bar…).")
    var theme: String?

    @Option(help: "Accent colour as #rrggbb (over the theme).")
    var accent: String?

    @Flag(help: "No background (PNG and SVG).")
    var transparent = false

    @Option(help: "Pixels per point for PNG output.")
    var scalePNG: Double = 2

    @Option(help: "SVG text: outlines (looks the same everywhere) or text (editable, needs the font).")
    var svgText: SVGTextMode = .outlines

    @Option(help: "Folder of fonts to render with.")
    var fonts: String?

    func validate() throws {
        let ext = (output as NSString).pathExtension.lowercased()
        guard ["svg", "png", "pdf"].contains(ext) else { throw ValidationError("--output must end in .svg, .png or .pdf") }
        guard CanvasSize(size) != nil else { throw ValidationError("--size must be 16:9, 4:3, 1:1, WIDTHxHEIGHT or WIDTH (points)") }
        guard scalePNG > 0 && scalePNG <= 8 else { throw ValidationError("--scale-png must be above 0 and at most 8") }
        if let accent, Color(hex: accent) == nil { throw ValidationError("--accent must be a colour such as #1a6496") }
        if let format, !["plain", "percent", "korean", "english"].contains(format) {
            throw ValidationError("--format must be plain, percent, korean or english")
        }
    }

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        do {
            try draw(environment: env)
        } catch let d as Diagnostic {
            Terminal.printError(d.description); throw ExitCode(1)
        } catch let f as LoadFailure {
            f.diagnostics.forEach { Terminal.printError($0.description) }; throw ExitCode(1)
        } catch let e as OutputError {
            Terminal.printError("\(output): error: \(e)"); throw ExitCode(3)
        }
    }

    private func draw(environment env: [String: String]) throws {
        let dataset = try Dataset.load(csv: data)
        var options = QuickChart.Options()
        options.category = category; options.values = values; options.orientation = orientation
        options.layout = layout; options.scale = scale; options.sort = sort
        options.title = title; options.subtitle = subtitle; options.source = source; options.note = note
        options.highlight = highlight; options.language = language
        options.format = format.map { style -> NumberFormat in
            switch style {
            case "percent": return .percent(decimals: 0, multiplier: multiplier)
            case "korean": return .korean(unit: unit, multiplier: multiplier)
            case "english": return .english(unit: unit, multiplier: multiplier)
            default: return .plain(decimals: QuickChart.decimalsWritten(in: dataset, columns: values), unit: unit, multiplier: multiplier)
            }
        }
        let chart = try QuickChart.make(from: dataset, options: options)

        var theme = try self.theme.map(ThemeReader.load(file:)) ?? .standard
        if let accent, let c = Color(hex: accent) { theme.accent = c }
        let session = try RenderSession(fontDir: try FontLocator.locate(option: fonts, environment: env),
                                        family: theme.fontFamily, environment: env)
        // Every text the chart prints must be drawable; the data file is where it came from.
        let texts = ([chart.title, chart.subtitle, chart.source, chart.note].compactMap { $0 } + chart.categories + chart.series.map(\.name))
            .map { Located($0, at: SourceLocation(file: data)) }
        let problems = session.uncovered(texts)
        if !problems.isEmpty { throw LoadFailure(problems) }

        let canvasStyle = FigureCanvas(margin: 24, background: transparent ? nil : theme.background)
        let canvas = CanvasSize(size)!
        let content = canvasStyle.contentSize(in: Size(width: canvas.width, height: canvas.height ?? 0))
        let figure = BarChartLayout(theme: theme, measurer: session.measurer)
            .layout(chart, width: content.width, height: canvas.height.map { _ in content.height })
        let frame = canvasStyle.frame(figure, alt: chart.altText)

        let (renderer, subsetFonts) = try session.subsetRenderer(for: FontUsage([frame]))
        defer {
            if let f = subsetFonts { TempFileRegistry.shared.removeFolder(f.folder, files: f.files) }
            withExtendedLifetime(subsetFonts) {}
        }
        let outputs = OutputBatch()
        defer { outputs.discard() }
        switch (output as NSString).pathExtension.lowercased() {
        case "svg": try outputs.write(try renderer.svg(frame, title: chart.title, description: chart.altText, textMode: svgText), to: output)
        case "png": try outputs.write(try renderer.png(frame, scale: scalePNG, transparent: transparent), to: output)
        default:
            let doc = PagedDocument(pages: [Page(frame: frame, label: "1")],
                                    metadata: DocumentMetadata(title: chart.title, subject: chart.altText, language: language,
                                                               date: "1970-01-01T00:00:00Z"))
            try renderer.writePDF(doc, to: try outputs.reserve(output))
        }
        try outputs.commit()
        if let height = canvas.height, frame.size.height > height + 0.5 {
            Terminal.printError("\(data): warning: the chart needs \(Int(frame.size.height.rounded(.up))) pt of height but --size gives \(Int(height)); the file is taller than asked")
        }
    }
}

/// A canvas size from `--size`: a ratio at 960 pt wide, WIDTHxHEIGHT, or a width alone (height from content).
struct CanvasSize {
    let width: Double
    let height: Double?

    init?(_ text: String) {
        let ratios: [String: (Double, Double)] = ["16:9": (960, 540), "4:3": (960, 720), "1:1": (720, 720)]
        if let r = ratios[text] { width = r.0; height = r.1; return }
        let parts = text.lowercased().split(separator: "x")
        guard (1...2).contains(parts.count), let w = Double(parts[0]), w >= 100, w <= 10000 else { return nil }
        if parts.count == 2 {
            guard let h = Double(parts[1]), h >= 100, h <= 10000 else { return nil }
            height = h
        } else {
            height = nil
        }
        width = w
    }
}

extension BarChart.Orientation: ExpressibleByArgument {}
extension BarChart.Layout: ExpressibleByArgument {}
extension BarChart.Scale: ExpressibleByArgument {}
extension BarChart.Sort: ExpressibleByArgument {}
