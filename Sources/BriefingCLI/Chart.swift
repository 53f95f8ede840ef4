import ArgumentParser
import Briefing
import Foundation

/// `briefing chart <data.csv> [options] -o chart.svg|.png|.pdf`: one chart straight from a CSV, for slides.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw one chart (bars, lines, areas, dots, ranges or slopes) straight from a CSV file, sized for a slide.",
        discussion: """
            With no options, the first text column names the categories and every numeric column is a series; \
            categories that are all dates (2023, 2023-Q1, Q1 2024, 2024-03, 2024년 3월, 2024-03-15) become a line chart \
            placed by date, and any others horizontal bars (columns for a few month or year names such as 1월 or Q1). \
            --type chooses any kind (bar, line, area, dot, lollipop, range, slope); --layout stacked or percent stacks areas. \
            The output format follows the file name: .svg (text as outlines, or --svg-text text), .png (at --scale, \
            2x by default, since Google Slides takes no SVG) or .pdf.

            Units come from the value column's header: 투자액(억 달러) writes the cell 672 as "672억 달러", \
            share (%) writes 2.1 as "2.1%", Investment (US$ bn) writes 67.2 as "US$67.2 billion", 인구(만 명) \
            writes 5171 as "5,171만 명". Scale words 천, 만, 억, 조 (and 백만, 십억…), k/m/bn/tn after a currency, \
            thousand/million/billion/trillion, and unit nouns such as 달러, 원, 명, 개, 건, km are read; other words \
            in brackets stay part of the name. Without --subtitle the subtitle is the header as written (with \
            several columns, the unit they share), so the unit always shows. --format, --unit, --multiplier, \
            --prefix, --suffix and --decimals each win over what the header says. Value columns in different \
            units get a warning and no unit.

            --format percent takes the values as percentages and never multiplies them: 2.1 is written "2.1%". \
            For fractions of one (0.021 meaning 2.1%), pass --format fraction. When every value is between -1 \
            and 1 under percent, or one is above 1 under fraction, a warning names the file and what was assumed.

            --size WIDTH (a width alone, e.g. --size 800) makes the chart exactly as tall as its content needs.
            """)

    @Argument(help: "The CSV file: a header row, then one row per category.")
    var data: String

    @Option(name: [.short, .customLong("output")], help: "Where to write: a .svg, .png or .pdf file.")
    var output: String

    @Option(help: "Column of category labels (default: the first text column).")
    var category: String?

    @Option(name: .customLong("value"), help: "A column to chart; repeat for several series (default: every numeric column).")
    var values: [String] = []

    @Option(help: "bar, line, area, dot, lollipop, range (two value columns: from, to) or slope (two value columns: the two moments) (default: line when every category is a date such as 2023, 2023-Q1, Q1 2024, 2024-03 or 2024년 3월; bar otherwise).")
    var type: ChartKind?

    @Option(help: "horizontal or vertical bars (default: chosen from the categories).")
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

    @Option(help: ArgumentHelp(
        "How values are written: plain, percent, fraction, korean (만/억/조) or english (billion).",
        discussion: "percent: the values are percentages, 2.1 → 2.1% (never multiplied). fraction: the values are fractions of one, "
            + "0.021 → 2.1%. Default: what the value column's header implies (억 달러 → korean, % → percent, US$ bn → english), else plain."))
    var format: QuickChart.NumberStyle?

    @Option(help: "A unit noun written after each value, e.g. 달러 (default: the header's, as 달러 in 투자액(억 달러)).")
    var unit: String?

    @Option(help: "Multiply values before writing them: 1e9 when the data is in billions (default: the header's scale, as 1e8 for 억).")
    var multiplier: Double?

    @Option(help: "Text written before each value's digits, e.g. $ (default: the header's currency, as US$ in (US$ bn)).")
    var prefix: String?

    @Option(help: "Text written after each value, e.g. p for %p or 배.")
    var suffix: String?

    @Option(help: "Fixed decimals for values, 0 to 6 (default: as many as the cells are written with, at most 2). Ticks take as many as their step needs.")
    var decimals: Int?

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
        guard ChartFileFormat(fileName: output) != nil else { throw ValidationError("--output must end in .svg, .png or .pdf") }
        guard CanvasSize(size) != nil else { throw ValidationError("--size must be 16:9, 4:3, 1:1, WIDTHxHEIGHT or WIDTH (points)") }
        guard scalePNG > 0 && scalePNG <= 8 else { throw ValidationError("--scale-png must be above 0 and at most 8") }
        if let accent, Color(hex: accent) == nil { throw ValidationError("--accent must be a colour such as #1a6496") }
        if let decimals, !(0...QuickChart.NumberOptions.maxDecimals).contains(decimals) {
            throw ValidationError("--decimals must be a whole number from 0 to \(QuickChart.NumberOptions.maxDecimals)")
        }
        if let multiplier, !multiplier.isFinite || multiplier == 0 {
            throw ValidationError("--multiplier must be a number other than 0, such as 1e9 for billions")
        }
        for (flag, text) in [("--prefix", prefix), ("--suffix", suffix), ("--unit", unit)] {
            guard let text else { continue }
            guard text.count <= Self.maxAffixLength, !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw ValidationError("\(flag) must be at most \(Self.maxAffixLength) characters, without line breaks or control characters")
            }
        }
        if unit != nil, format == .percent || format == .fraction {
            throw ValidationError("--unit is not used with --format \(format?.rawValue ?? "percent"): the % sign is the unit; use --suffix for text after it")
        }
    }

    /// The longest --prefix, --suffix or --unit: a sign or a unit noun, not a sentence.
    static let maxAffixLength = 12

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        let reporting = Reporting(format: .text, environment: env)
        var result = ReportResult(folder: data, name: output, status: .built)
        do {
            let dataset = try Dataset.load(csv: data)
            let engine = try Engine(fonts: fonts, environment: env)
            let chart = try engine.chart(.dataset(dataset), options: try options(for: dataset), format: ChartFileFormat(fileName: output) ?? .svg)
            try Engine.writeFile(chart.bytes, to: output)
            result.diagnostics = chart.warnings
        } catch let f as LoadFailure {
            result.status = .failed; result.failure = .input; result.diagnostics = f.diagnostics
        } catch let d as Diagnostic {
            result.status = .failed; result.failure = .input; result.diagnostics = [d]
        } catch {
            result = Build.setupFailure(error)
        }
        let code = reporting.finish([result])
        if code != 0 { throw ExitCode(code) }
    }

    /// The engine's chart options from the flags.
    private func options(for dataset: Dataset) throws -> ChartOptions {
        var options = ChartOptions()
        options.chart.category = category; options.chart.values = values; options.chart.orientation = orientation
        options.chart.layout = layout; options.chart.scale = scale; options.chart.sort = sort
        options.chart.title = title; options.chart.subtitle = subtitle; options.chart.source = source; options.chart.note = note
        options.chart.highlight = highlight; options.chart.language = language; options.chart.type = type
        options.chart.numbers = QuickChart.NumberOptions(style: format, unit: unit, multiplier: multiplier, prefix: prefix,
                                                         suffix: suffix, decimals: decimals)
        var theme = try self.theme.map(ThemeReader.load(file:)) ?? .standard
        if let accent, let c = Color(hex: accent) { theme.accent = c }
        options.theme = theme
        options.size = CanvasSize(size) ?? options.size
        options.transparent = transparent
        options.pngScale = scalePNG
        options.svgText = svgText
        return options
    }
}

extension BarChart.Orientation: ExpressibleByArgument {}
extension ChartKind: ExpressibleByArgument {}
extension BarChart.Layout: ExpressibleByArgument {}
extension BarChart.Scale: ExpressibleByArgument {}
extension BarChart.Sort: ExpressibleByArgument {}
extension QuickChart.NumberStyle: ExpressibleByArgument {}
