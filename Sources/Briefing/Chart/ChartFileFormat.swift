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
