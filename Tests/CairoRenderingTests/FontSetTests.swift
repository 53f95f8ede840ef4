import CairoRendering
import Drawing
import Testing
import TestSupport

@Suite("font set")
struct FontSetTests {
    @Test("the font set holds only the files in Fonts/, never the machine's fonts")
    func isolated() throws {
        let engine = try RenderingFixture.engine()
        let faces = engine.fonts.faces
        #expect(!faces.isEmpty)
        #expect(faces.allSatisfy { $0.file.hasPrefix(PackagePaths.fonts + "/") }, "\(faces.map(\.file))")
        #expect(faces.contains { $0.family.contains("Noto Sans CJK KR") })
    }

    @Test("characters outside every font are named in order; spaces never count")
    func uncovered() throws {
        let engine = try RenderingFixture.engine()
        #expect(engine.fonts.uncoveredScalars(in: "중국 AI 산업 6,000억 위안 — 「AI 인덱스」 · 2~3년") == [])
        #expect(engine.fonts.uncoveredScalars(in: "AI 🚀 로봇 🚀 ٱ") == ["🚀", "ٱ"])
    }

    @Test("a folder without fonts is a clear error")
    func emptyFolder() throws {
        let empty = try PackagePaths.temporaryFolder("nofonts")
        #expect(throws: RenderError.noFonts(directories: [empty])) {
            _ = try FontSet(directories: [empty], cacheDirectory: try PackagePaths.temporaryFolder("fc"))
        }
    }
}
