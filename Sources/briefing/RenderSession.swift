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

    /// A session for one report build: the same session for every report this process builds
    /// over the same font folder and family (a batch of a parallel build, or `watch`'s rebuilds),
    /// so the fonts, the font map and the measured widths stay warm. A report with fonts of its
    /// own gets a session of its own, as those files may change between builds.
    static func forReport(fontDir: String, extraFontDirs: [String], family: String, environment: [String: String]) throws -> RenderSession {
        guard extraFontDirs.isEmpty else {
            return try RenderSession(fontDir: fontDir, extraFontDirs: extraFontDirs, family: family, environment: environment)
        }
        let key = fontDir + "\u{0}" + family
        reusable.lock.lock()
        defer { reusable.lock.unlock() }
        if let known = reusable.sessions[key] { return known }
        let made = try RenderSession(fontDir: fontDir, family: family, environment: environment)
        reusable.sessions[key] = made
        return made
    }

    /// Sessions kept for reuse, by font folder and family. Builds in one process run one after
    /// another; the lock only guards the table.
    private final class Reusable: @unchecked Sendable {
        let lock = NSLock()
        var sessions: [String: RenderSession] = [:]
    }
    private static let reusable = Reusable()

    /// A renderer over fonts cut down to what `usage` draws (faster, and a PDF a fraction of the
    /// size), or the full set when a fallback face is needed. Keep the returned fonts alive until
    /// every output is written: Cairo reads the font files when it finishes a surface.
    func subsetRenderer(for usage: FontUsage, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (renderer: CairoRenderer, fonts: DocumentFonts?) {
        // BRIEFING_FONT_SUBSETTING=0 renders with the full faces: for comparing, never needed otherwise.
        if environment["BRIEFING_FONT_SUBSETTING"] == "0" { return (renderer, nil) }
        guard let subset = try DocumentFonts(subsetting: fonts, using: usage) else { return (renderer, nil) }
        TempFileRegistry.shared.addFolder(subset.folder, files: subset.files)
        return (CairoRenderer(engine: try TextEngine(fonts: subset.fonts)), subset)
    }

    /// Errors for every text whose characters no font in the set can draw, at the text's source.
    func uncovered(_ texts: [Located<String>]) -> [Diagnostic] {
        texts.compactMap { text in
            let missing = fonts.uncoveredScalars(in: text.value)
            return missing.isEmpty ? nil : Diagnostic(.error, at: text.location, Messages.uncoveredCharacters(missing))
        }
    }
}
