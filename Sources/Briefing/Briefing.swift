// `import Briefing` is enough to build reports and charts from Swift: the engine's entry points
// (``Engine``, ``buildReport(at:into:options:)``, ``makeChart(_:options:format:fonts:)``) and the
// public types of every layer they take and return (diagnostics, datasets, chart options, frames).
@_exported import CairoRendering
@_exported import ChartLayout
@_exported import Drawing
@_exported import ReportBuilder
@_exported import ReportSpec
