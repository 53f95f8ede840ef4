import CairoRendering
import ReportSpec

/// How a build runs and what it writes, besides the report folders themselves.
///
/// ```swift
/// var options = BuildOptions(outputFolder: "out")
/// options.png = true
/// options.warningsAsErrors = true
/// let result = try Engine().build(["Reports/china-ai-2025"], options: options)
/// ```
public struct BuildOptions: Sendable, Codable, Equatable {
    /// Where `<name>.pdf` and `<name>/<figure-id>.svg` go.
    public var outputFolder: String
    /// Also write `<name>/<figure-id>.png` at 2×.
    public var png: Bool
    /// Also write every page as `<name>/pages/page-001.svg` or `.png`.
    public var pageImages: Set<PageImageFormat>
    /// How figure SVGs write their text.
    public var svgText: SVGTextMode
    /// Rebuild even when the inputs are unchanged since the last build into ``outputFolder``.
    public var force: Bool
    /// Fail a report that has warnings, whatever layer raised them; nothing of it is written.
    public var warningsAsErrors: Bool
    /// Reports built at once, each in its own worker process (needs ``workerExecutable``);
    /// nil: one per core.
    public var jobs: Int?
    /// The report date for specs that give none, as `SOURCE_DATE_EPOCH` seconds.
    public var sourceDateEpoch: Int?
    /// A program that runs the engine's worker (`briefing` does, through its hidden `worker`
    /// command, see ``Engine/serveWorker(parent:input:output:)``). Without one, every report and figure
    /// is built in this process, one after another.
    public var workerExecutable: String?
    /// Draw a single report's figure files in a worker process on another core while this one
    /// writes the PDF (needs ``workerExecutable``).
    public var figureProcess: Bool
    /// Let a long report break paragraphs and build pages on a second thread (same bytes).
    public var secondThread: Bool
    /// Embed fonts cut down to the glyphs used (same outlines and pixels, a fraction of the size).
    public var subsetFonts: Bool
    /// Name each report's outputs after its parent folder and its own (`teamA/q1` → `teamA-q1.pdf`),
    /// so reports whose folders share a name can be built into one output folder.
    public var qualifiedNames = false
    /// Also make each PDF a PDF/A-2 file of this level (an sRGB output intent, the XMP
    /// identification); every PDF is PDF/UA-1 whatever this says.
    public var pdfStandard: PDFArchival.Level?

    /// Options with every default: PDF and SVGs into `outputFolder`, text outlined, one worker per core.
    public init(outputFolder: String = "out", png: Bool = false, pageImages: Set<PageImageFormat> = [],
                svgText: SVGTextMode = .outlines, force: Bool = false, warningsAsErrors: Bool = false,
                jobs: Int? = nil, sourceDateEpoch: Int? = nil, workerExecutable: String? = nil,
                figureProcess: Bool = true, secondThread: Bool = true, subsetFonts: Bool = true) {
        self.outputFolder = outputFolder; self.png = png; self.pageImages = pageImages; self.svgText = svgText
        self.force = force; self.warningsAsErrors = warningsAsErrors; self.jobs = jobs
        self.sourceDateEpoch = sourceDateEpoch; self.workerExecutable = workerExecutable
        self.figureProcess = figureProcess; self.secondThread = secondThread; self.subsetFonts = subsetFonts
    }

    /// The options that change what a build writes, as the content cache records them, and the
    /// English hyphenation patterns the machine has (installing or changing them moves line breaks).
    var outputAffecting: [String] {
        ["png=\(png)", "svg-text=\(svgText.rawValue)", "pdf-standard=\(pdfStandard?.rawValue ?? "")", "pages=\(pageImages.map(\.rawValue).sorted())",
         "warnings-as-errors=\(warningsAsErrors)", "date=\(sourceDateEpoch.map(String.init) ?? "")",
         "hyphenation=\(HyphenationDictionary.english()?.fingerprint ?? "none")"]
    }
}

/// Image formats every page can also be written in.
public enum PageImageFormat: String, CaseIterable, Sendable, Codable, Hashable {
    /// `page-001.svg`, text as the figures write it.
    case svg
    /// `page-001.png` at 2×.
    case png
}
