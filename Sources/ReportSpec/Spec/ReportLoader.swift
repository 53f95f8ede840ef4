import ReportBuilder

/// A loaded report plus every piece of text it will print with where it came from, so a
/// character no font can draw is reported at its source line.
public struct LoadedReport: Sendable {
    public var report: Report
    public var folder: ReportFolder
    /// Every text the report prints, located in the spec or data file that holds it.
    public var texts: [Located<String>]
    /// Where each figure is declared, by id, for layout errors.
    public var figureLocations: [String: SourceLocation]
    /// Problems worth telling but not fatal (a map's unmatched ids, regions without data), in source order.
    public var warnings: [Diagnostic] = []
    /// Where the theme names its font family (`theme: {font: …}`), when it does: the place to
    /// report a family the fonts do not have.
    public var fontFamilyLocation: SourceLocation?
}

/// Loads `report.yaml` and its data from a report folder and normalises it into a ``Report``.
///
/// Every default comes from ``Theme/standard`` and the values here; layout never sees an
/// implied default. Problems are thrown as one ``LoadFailure`` with `path:line:column`
/// locations: every independent mistake of the spec and its data in one run (up to
/// ``Diagnostics/defaultErrorLimit``), with the warnings found, in source order.
///
/// ```swift
/// let loaded = try ReportLoader(options: .init(sourceDateEpoch: nil)).load(folder: "Reports/china-ai-2025")
/// ```
public struct ReportLoader {
    /// Inputs from outside the folder that a load may use.
    public struct Options: Sendable {
        /// `SOURCE_DATE_EPOCH`, used as the report date when the spec gives none.
        public var sourceDateEpoch: Int?
        /// Creates options.
        public init(sourceDateEpoch: Int? = nil) { self.sourceDateEpoch = sourceDateEpoch }
    }

    /// The spec file every report folder holds.
    public static let specFileName = "report.yaml"
    /// Specs larger than this are refused before parsing (a spec is prose and settings, not data).
    public static let maxSpecBytes = 4 << 20

    static let topKeys = ["title", "subtitle", "author", "subject", "keywords", "language", "date", "page", "theme", "data", "body",
                          "cover"]
    static let blockKinds = ["heading", "paragraph", "chart", "table", "list", "numbered", "quote", "key-figures", "sidebar",
                             "contents", "rule", "page-break", "multi-column", "map"]

    public let options: Options
    /// Creates a loader.
    public init(options: Options = Options()) { self.options = options }

    /// Loads the report in `folderPath`.
    public func load(folder folderPath: String) throws -> LoadedReport {
        try load(folder: try ReportFolder(path: folderPath))
    }

    /// Loads the report in `folder`, reading through it (and so into its snapshot).
    public func load(folder: ReportFolder) throws -> LoadedReport {
        let specPath = folder.display(Self.specFileName)
        let bytes = try folder.read(Self.specFileName, namedAt: SourceLocation(file: specPath))
        if bytes.count > Self.maxSpecBytes {
            throw LoadFailure([Diagnostic(.error, at: SourceLocation(file: specPath), Messages.specTooLarge(Self.specFileName, megabytes: Self.maxSpecBytes >> 20))])
        }
        guard let text = String(validatingUTF8Bytes: bytes[...]) else {
            throw LoadFailure([Diagnostic(.error, at: SourceLocation(file: specPath), Messages.invalidUTF8(byteOffset: 0))])
        }
        do {
            var reader = SpecReader(folder: folder, file: specPath, options: options)
            return try reader.read(yaml: text)
        } catch let d as Diagnostic {
            throw LoadFailure([d])
        }
    }
}
