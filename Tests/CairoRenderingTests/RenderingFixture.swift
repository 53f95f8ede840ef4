import CairoRendering
import Drawing
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

extension Path {
    /// The largest gap between matching points of two paths with the same steps; infinity when
    /// their steps differ in kind.
    func maxDistance(to other: Path) -> Double {
        func points(_ e: Path.Element) -> [Point] {
            switch e {
            case .move(let p), .line(let p): return [p]
            case .curve(let p, let q, let r): return [p, q, r]
            case .close: return []
            }
        }
        var worst = 0.0
        for (x, y) in zip(elements, other.elements) {
            let (p, q) = (points(x), points(y))
            if p.count != q.count { return .infinity }
            for (u, v) in zip(p, q) { worst = max(worst, abs(u.x - v.x), abs(u.y - v.y)) }
        }
        return worst
    }
}
