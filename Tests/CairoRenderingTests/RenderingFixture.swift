import CairoRendering
import Foundation
import TestSupport

/// A font set over the bundled Fonts/ folder with a throwaway cache, as the CLI makes one.
enum RenderingFixture {
    static func engine() throws -> TextEngine {
        let cache = try PackagePaths.temporaryFolder("fc-cache")
        let fonts = try FontSet(directories: [PackagePaths.fonts], cacheDirectory: cache)
        return try TextEngine(fonts: fonts)
    }
}
