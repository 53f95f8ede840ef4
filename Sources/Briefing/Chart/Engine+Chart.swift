import CairoRendering
import Foundation
import ChartLayout
import Drawing
import ReportSpec

extension Engine {
    /// Draws one bar chart from `data` as the bytes of an SVG, PNG or PDF file; every choice not
    /// made in `options` is made from the data. Throws a `LoadFailure` (or `Diagnostic`)
    /// naming the file, line and column of a problem with the data or its text.
    ///
    /// ```swift
    /// let data = try Dataset(name: "investment", header: ["country", "usd_billion"], rows: [["미국", "67.2"], ["중국", "7.76"]])
    /// let svg = try Engine().chart(.dataset(data), options: ChartOptions(), format: .svg).bytes
    /// ```
    public func chart(_ data: ChartData, options: ChartOptions = ChartOptions(), format: ChartFileFormat) throws -> ChartOutput {
        let dataset: Dataset
        switch data {
        case .file(let path): dataset = try Dataset.load(csv: path)
        case .dataset(let d): dataset = d
        }
        // Highlighted names are categories of bars but series of lines: they are checked once the kind is known.
        var warnings: [Diagnostic] = []
        var barOptions = options.chart
        barOptions.highlight = []
        var chart = try QuickChart.make(from: dataset, options: barOptions, warnings: &warnings)
        let kind = QuickChart.kind(for: chart, options: options.chart)
        // Highlights name categories in every kind but lines and areas.
        if kind != .line && kind != .area {
            warnings = []
            chart = try QuickChart.make(from: dataset, options: options.chart, warnings: &warnings)
        }
        let theme = options.theme
        // The theme's unit spacing, as in a report: no flag sets another.
        chart.valueFormat.unitSpacing = theme.unitSpacing
        let session = try sessions.session(family: theme.fontFamily)
        // Every text the chart prints must be drawable; the data is where it came from.
        let texts = ([chart.title, chart.subtitle, chart.source, chart.note].compactMap { $0 } + chart.categories + chart.series.map(\.name))
            .map { Located($0, at: SourceLocation(file: dataset.file)) }
        let problems = session.uncovered(texts)
        if !problems.isEmpty { throw LoadFailure(problems) }

        let canvasStyle = FigureCanvas(margin: 24, background: options.transparent ? nil : theme.background)
        let canvas = options.size
        let content = canvasStyle.contentSize(in: Size(width: canvas.width, height: canvas.height ?? 0))
        let contentHeight = canvas.height.map { _ in content.height }
        let figure: LaidOutFigure, altText: String
        switch kind {
        case .bar:
            figure = BarChartLayout(theme: theme, measurer: session.measurer).laidOut(chart, width: content.width, height: contentHeight)
            altText = chart.altText
        case .line, .area:
            let lines = try QuickChart.lineChart(from: chart, kind: kind, highlight: options.chart.highlight, file: dataset.file)
            figure = LineChartLayout(theme: theme, measurer: session.measurer).laidOut(lines, width: content.width, height: contentHeight)
            altText = lines.altText
        case .dot, .lollipop, .range, .slope:
            switch try QuickChart.dotOrSlope(from: chart, kind: kind, file: dataset.file) {
            case .slopeChart(let slope):
                figure = SlopeChartLayout(theme: theme, measurer: session.measurer).laidOut(slope, width: content.width, height: contentHeight)
                altText = slope.altText
            case .dotPlot(let dots):
                figure = DotPlotLayout(theme: theme, measurer: session.measurer).laidOut(dots, width: content.width, height: contentHeight)
                altText = dots.altText
            default:
                throw OutputError(description: "no layout for a \(kind.rawValue) chart")
            }
        }
        let frame = canvasStyle.frame(figure.frame, alt: altText)

        warnings += Messages.layoutNotices(figure.notices).map { Diagnostic(.warning, at: SourceLocation(file: dataset.file), $0) }
        if let height = canvas.height, frame.size.height > height + 0.5 {
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: dataset.file),
                                       Messages.chartTallerThanCanvas(needed: Int(frame.size.height.rounded(.up)), given: Int(height))))
        }
        let subset = try session.subsetRenderer(for: FontUsage([frame]), subset: true)
        let renderer = subset.renderer
        let bytes: [UInt8]
        switch format {
        case .svg: bytes = try renderer.svg(frame, title: chart.title, description: altText, textMode: options.svgText)
        case .png: bytes = try renderer.png(frame, scale: options.pngScale, transparent: options.transparent)
        case .pdf:
            let doc = PagedDocument(pages: [Page(frame: frame, label: "1")],
                                    metadata: DocumentMetadata(title: chart.title, subject: altText, language: options.chart.language,
                                                               date: "1970-01-01T00:00:00Z"))
            bytes = try Self.pdfBytes(doc, renderer: renderer)
        }
        withExtendedLifetime(subset) {}
        return ChartOutput(bytes: bytes, warnings: warnings, altText: altText)
    }

    /// A PDF's bytes: Cairo writes PDFs to a file (and the tagging appends to it), so it is
    /// written to a private temporary file, read back and removed.
    private static func pdfBytes(_ doc: PagedDocument, renderer: CairoRenderer) throws -> [UInt8] {
        let path = PrivateTemporaryFolder.path + "/chart-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).pdf"
        TempFileRegistry.shared.add(path)
        defer { unlink(path); TempFileRegistry.shared.remove(path) }
        try renderer.writePDF(doc, to: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError(description: "cannot read back the chart's PDF from \(path)")
        }
        return Array(data)
    }
}
