import CairoRendering
import Foundation
import ReportSpec

/// The engine's font set, and how much of a report's text each face can draw.
public struct FontCoverage: Sendable {
    /// One face of the set.
    public struct Face: Sendable {
        /// The family name fontconfig reports, such as "Noto Sans CJK KR".
        public var family: String
        /// The style, such as "Regular" or "Bold".
        public var style: String
        /// The font file.
        public var file: String
        /// The face's index in a collection (`.ttc`) file.
        public var index: Int
        /// How many of the report's distinct characters the face has glyphs for (nil without a report).
        public var covered: Int?
    }
    /// Every face rendering may use, the report's own `fonts/` included.
    public var faces: [Face]
    /// The report's distinct printable characters (0 without a report).
    public var characters: Int
    /// Characters no face can draw, in code point order.
    public var missing: [Unicode.Scalar]
}

extension Engine {
    /// The font set, and, given a report `folder`, which of its characters each face covers;
    /// throws a `LoadFailure` or `Diagnostic` when the report cannot be loaded.
    public func fontCoverage(of folder: String? = nil, sourceDateEpoch: Int? = nil) throws -> FontCoverage {
        var own: [String] = []
        var texts: [Located<String>] = []
        if let folder {
            let loaded = try ReportLoader(options: .init(sourceDateEpoch: sourceDateEpoch)).load(folder: folder)
            texts = loaded.texts
            own = try loaded.folder.fontFiles()
        }
        let set = try FontSet(directories: [fontFolder], files: own, cacheDirectory: sessions.cacheDirectory)
        let characters = Set(texts.flatMap { $0.value.unicodeScalars }.filter { $0.properties.generalCategory != .control && $0 != " " })
        let faces = set.faces.map { face in
            FontCoverage.Face(family: face.family, style: face.style, file: face.file, index: face.index,
                              covered: folder == nil ? nil : characters.filter { set.face(file: face.file, index: face.index, covers: [$0]) }.count)
        }
        return FontCoverage(faces: faces, characters: characters.count,
                            missing: characters.filter { !set.covers($0) }.sorted { $0.value < $1.value })
    }
}
