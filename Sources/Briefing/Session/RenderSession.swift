import CairoRendering
import Drawing
import Foundation
import ReportSpec

/// The rendering state a build needs: the font set over the bundled fonts (plus any extra
/// folders), one text engine, its measurer and the renderer sharing it.
final class RenderSession {
    let fonts: FontSet
    let engine: TextEngine
    let measurer: PangoTextMeasurer
    let renderer: CairoRenderer

    init(fontDir: String, extraFontFiles: [String] = [], family: String, cacheDirectory: String) throws {
        fonts = try FontSet(directories: [fontDir], files: extraFontFiles, cacheDirectory: cacheDirectory, defaultFamily: family)
        engine = try TextEngine(fonts: fonts)
        measurer = PangoTextMeasurer(engine: engine)
        renderer = CairoRenderer(engine: engine)
    }

    /// A renderer over fonts cut down to what `usage` draws (faster, and a PDF a fraction of the
    /// size), or the full set when `subset` is off or a fallback face is needed. Keep the returned
    /// fonts alive until every output is written: Cairo reads the font files when it finishes a surface.
    func subsetRenderer(for usage: FontUsage, subset: Bool) throws -> SubsetRenderer {
        guard subset, let fonts = try DocumentFonts(subsetting: fonts, using: usage, in: PrivateTemporaryFolder.path) else {
            return SubsetRenderer(renderer: renderer, fonts: nil)
        }
        TempFileRegistry.shared.addFolder(fonts.folder, files: fonts.files)
        return SubsetRenderer(renderer: CairoRenderer(engine: try TextEngine(fonts: fonts.fonts)), fonts: fonts)
    }

    /// Errors for every text whose characters no font in the set can draw, at the text's source.
    func uncovered(_ texts: [Located<String>]) -> [Diagnostic] {
        texts.compactMap { text in
            let missing = fonts.uncoveredScalars(in: text.value)
            return missing.isEmpty ? nil : Diagnostic(.error, at: text.location, Messages.uncoveredCharacters(missing))
        }
    }
}

/// A renderer and the subset fonts it draws with, whose files are removed when it is let go.
final class SubsetRenderer {
    let renderer: CairoRenderer
    private let fonts: DocumentFonts?

    init(renderer: CairoRenderer, fonts: DocumentFonts?) { self.renderer = renderer; self.fonts = fonts }

    deinit {
        if let fonts { TempFileRegistry.shared.removeFolder(fonts.folder, files: fonts.files) }
    }
}
