import CairoRendering
import Drawing
import Foundation
import ReportSpec

/// The rendering state one command needs: the font set over the bundled fonts (plus any
/// extra folders), one text engine, its measurer and the renderer sharing it.
struct RenderSession {
    let fonts: FontSet
    let engine: TextEngine
    let measurer: PangoTextMeasurer
    let renderer: CairoRenderer

    init(fontDir: String, extraFontDirs: [String] = [], family: String, environment: [String: String]) throws {
        fonts = try FontSet(directories: [fontDir] + extraFontDirs,
                            cacheDirectory: try FontLocator.cacheDirectory(environment: environment), defaultFamily: family)
        engine = try TextEngine(fonts: fonts)
        measurer = PangoTextMeasurer(engine: engine)
        renderer = CairoRenderer(engine: engine)
    }

    /// Errors for every text whose characters no font in the set can draw, at the text's source.
    func uncovered(_ texts: [Located<String>]) -> [Diagnostic] {
        texts.compactMap { text in
            let missing = fonts.uncoveredScalars(in: text.value)
            return missing.isEmpty ? nil : Diagnostic(.error, at: text.location, Messages.uncoveredCharacters(missing))
        }
    }
}
