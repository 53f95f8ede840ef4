import ChartLayout
import Drawing
import ReportSpec

/// The data one chart is drawn from: a CSV or JSON file, or a dataset already in memory.
public enum ChartData: Sendable {
    /// A CSV file (or JSON, by its `.json` name): a header row, then one row per category.
    case file(String)
    /// Rows in memory, as `Dataset(name:header:rows:)` makes them.
    case dataset(Dataset)
}

/// The file format of a chart.
public enum ChartFileFormat: String, Sendable, CaseIterable {
    /// Plain-element SVG for slide programs, text outlined unless ``ChartOptions/svgText`` says otherwise.
    case svg
    /// PNG at ``ChartOptions/pngScale`` pixels per point, recording that resolution.
    case png
    /// A one-page tagged PDF.
    case pdf

    /// The format a file name asks for by its extension, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}

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

/// A chart's canvas: a width and, unless the height is to fit the content, a height, in points.
public struct CanvasSize: Sendable, Equatable {
    /// Width in points.
    public var width: Double
    /// Height in points; nil for as tall as the content needs.
    public var height: Double?

    /// A canvas of `width` × `height` points.
    public init(width: Double, height: Double?) { self.width = width; self.height = height }

    /// `16:9` (960×540), `4:3` (960×720), `1:1` (720×720), `WIDTHxHEIGHT` or a width alone, each
    /// side 100–10,000 pt; nil for anything else.
    public init?(_ text: String) {
        let ratios: [String: (Double, Double)] = ["16:9": (960, 540), "4:3": (960, 720), "1:1": (720, 720)]
        if let r = ratios[text] { self.init(width: r.0, height: r.1); return }
        let parts = text.lowercased().split(separator: "x")
        guard (1...2).contains(parts.count), let w = Double(parts[0]), w >= 100, w <= 10000 else { return nil }
        if parts.count == 2 {
            guard let h = Double(parts[1]), h >= 100, h <= 10000 else { return nil }
            self.init(width: w, height: h)
        } else {
            self.init(width: w, height: nil)
        }
    }
}

/// A drawn chart: the file's bytes, and warnings (such as a chart taller than its canvas).
public struct ChartOutput: Sendable {
    /// The SVG, PNG or PDF file's bytes.
    public var bytes: [UInt8]
    /// Warnings; errors are thrown instead.
    public var warnings: [Diagnostic]
    /// The chart's alt text, generated from the data.
    public var altText: String
}
