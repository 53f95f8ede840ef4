import Foundation
import ReportSpec

/// The render sessions of one engine, by font family: reports built one after another (a
/// batch of a parallel build, `watch`'s rebuilds, a library caller's loop) share one, so the
/// fonts, the font map and the measured widths stay warm. A report with fonts of its own gets
/// a session of its own, as those files may change between builds.
final class SessionCache {
    /// The bundled font folder every session draws from.
    let fontDir: String
    /// Where fontconfig keeps its cache.
    let cacheDirectory: String
    private var byFamily: [String: RenderSession] = [:]

    init(fontDir: String, cacheDirectory: String) {
        self.fontDir = fontDir; self.cacheDirectory = cacheDirectory
    }

    /// The session for a loaded report: its theme's family, plus the report's own `fonts/` folder.
    /// A family no font of the set has is an error at the theme's `font:`, not a quiet fallback
    /// to another face.
    func session(for loaded: LoadedReport) throws -> RenderSession {
        let family = loaded.report.theme.fontFamily
        let own = try loaded.folder.fontFiles()
        let session = own.isEmpty ? try self.session(family: family)
            : try RenderSession(fontDir: fontDir, extraFontFiles: own, family: family, cacheDirectory: cacheDirectory)
        // fontconfig matches families ignoring case and blanks.
        func key(_ name: String) -> String { name.lowercased().filter { $0 != " " } }
        let families = session.fonts.faces.map(\.family)
        guard families.contains(where: { key($0) == key(family) }) else {
            let at = loaded.fontFamilyLocation ?? SourceLocation(file: loaded.folder.display(ReportLoader.specFileName))
            throw Diagnostic(.error, at: at, Messages.unknownFontFamily(family, available: Array(Set(families)).sorted()))
        }
        return session
    }

    /// The shared session over the bundled fonts with `family` as the default.
    func session(family: String) throws -> RenderSession {
        if let known = byFamily[family] { return known }
        let made = try RenderSession(fontDir: fontDir, family: family, cacheDirectory: cacheDirectory)
        byFamily[family] = made
        return made
    }
}
