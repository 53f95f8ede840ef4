import CairoRendering
import Drawing
import Foundation
import ReportBuilder

/// The standalone files of a report's figures: `<id>.svg`, and `<id>.png` at 2× when asked.
///
/// One description of those files for both places that write them: the build itself, and the
/// helper process (`briefing worker`) that writes them while the build writes the PDF.
///
/// ```swift
/// let files = FigureFiles(png: true, svgText: .outlines)
/// for name in files.names(of: figures) { … }
/// for (figure, frame) in figures {
///     try files.write(figure, frame: frame, renderer: renderer) { bytes, name in try outputs.write(bytes, to: dir + "/" + name) }
/// }
/// ```
struct FigureFiles {
    let png: Bool
    let svgText: SVGTextMode

    /// The file names written for `figures`, in writing order.
    func names(of figures: [Figure]) -> [String] {
        figures.flatMap { png ? ["\($0.id).svg", "\($0.id).png"] : ["\($0.id).svg"] }
    }

    /// Writes a figure file into `dir`, from where the build renames it over the file of the same
    /// name in `current`, unless that file already holds these bytes; false when it did.
    static func stage(_ bytes: [UInt8], named name: String, in dir: String, replacing current: String?) throws -> Bool {
        if let current, Filesystem.holds(bytes, at: "\(current)/\(name)") { return false }
        try Filesystem.write(bytes, to: "\(dir)/\(name)", naming: "\(current ?? dir)/\(name)")
        return true
    }

    /// Renders one figure and hands the bytes and name of each of its files to `save`.
    func write(_ figure: Figure, frame: Frame, renderer: CairoRenderer, save: ([UInt8], String) throws -> Void) throws {
        try save(try renderer.svg(frame, title: figure.title, description: figure.alt, textMode: svgText), "\(figure.id).svg")
        if png { try save(try renderer.png(frame, scale: 2), "\(figure.id).png") }
    }
}
