import CairoRendering
import ChartLayout
import ReportSpec

/// Everything about one chart besides its data: what to chart, how it looks, how big it is.
///
/// ```swift
/// var options = ChartOptions()
/// options.chart.title = "미국의 AI 민간 투자, 중국의 9배"
/// options.chart.highlight = ["미국"]
/// options.size = CanvasSize(width: 960, height: 540)
/// ```
public struct ChartOptions: Sendable {
    /// What to chart and its words: columns, orientation, layout, title, source, number format.
    public var chart = QuickChart.Options()
    /// The canvas, in points; 960×540 (16:9) unless set.
    public var size = CanvasSize(width: 960, height: 540)
    /// Colours and type.
    public var theme = Theme.standard
    /// No background (PNG and SVG).
    public var transparent = false
    /// Pixels per point of a PNG.
    public var pngScale = 2.0
    /// How an SVG writes its text.
    public var svgText = SVGTextMode.outlines

    /// Options that leave every choice to the data.
    public init() {}
}
