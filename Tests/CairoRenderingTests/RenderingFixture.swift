@testable import CairoRendering
import CPangoCairo
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

extension TextEngine {
    /// A layout of `line` (the caller unrefs it), its scale, and where its top goes for its
    /// baseline to land on the line's.
    func placedLayout(for line: TextLine) throws -> (layout: OpaquePointer, scale: Double, top: Point) {
        let (layout, scale) = try makeLayout(for: line)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) * scale
        return (layout, scale, Point(x: line.baseline.x, y: line.baseline.y - baseline))
    }
}

extension [GlyphOutliner.Outline] {
    /// Every run's outline as one path, in drawing order.
    var joinedPath: Path {
        var path = Path()
        for run in self { path.appendSubpaths(of: run.path) }
        return path
    }
}
