#if canImport(Glibc)
import Glibc
#endif
import Drawing

/// The fonts one document is rendered with: each face it uses cut down to the characters it
/// draws, in a temporary folder that lives as long as this object (Cairo reads the files
/// again when it finishes a surface, so keep this alive until every output is written).
///
/// ```swift
/// if let subset = try DocumentFonts(subsetting: fonts, for: frames) {
///     let engine = try TextEngine(fonts: subset.fonts)
/// }
/// ```
public final class DocumentFonts {
    /// A font set over the subset files only.
    public let fonts: FontSet
    /// The temporary folder and the files in it, for callers that clean up on interruption.
    public let folder: String
    public let files: [String]

    /// Subsets every face `frames` draw with; nil when some character would need a fallback
    /// face (then render with the full set, which already covers it).
    public init?(subsetting full: FontSet, for frames: [Frame]) throws {
        // Characters per face actually used.
        var perFace: [String: (file: String, index: Int, scalars: Set<Unicode.Scalar>)] = [:]
        var faceOf: [Font: (file: String, index: Int)] = [:]
        for frame in frames {
            for line in frame.textLines {
                for span in line.spans {
                    let face: (file: String, index: Int)
                    if let known = faceOf[span.style.font] { face = known } else {
                        guard let found = full.face(for: span.style.font) else { return nil }
                        faceOf[span.style.font] = found
                        face = found
                    }
                    let key = "\(face.file)#\(face.index)"
                    perFace[key, default: (face.file, face.index, [" "])].scalars.formUnion(span.text.unicodeScalars)
                }
            }
        }
        guard !perFace.isEmpty else { return nil }
        for face in perFace.values where !full.face(file: face.file, index: face.index, covers: face.scalars) { return nil }

        var template = Array(((getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/briefing-fonts-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw RenderError.write(path: "temporary font folder", reason: String(cString: strerror(errno))) }
        folder = String(cString: made)
        var written: [String] = []
        do {
            for (n, key) in perFace.keys.sorted().enumerated() {
                guard let face = perFace[key] else { continue }
                let path = "\(folder)/face\(n).otf"
                // Listed before writing, so a half-written file is removed too when writing fails.
                written.append(path)
                try FontSubsetter.subset(file: face.file, index: face.index, keeping: face.scalars, to: path)
            }
            files = written
            fonts = try FontSet(files: written, defaultFamily: full.defaultFamily)
        } catch {
            for f in written { unlink(f) }
            rmdir(folder)
            throw error
        }
    }

    deinit {
        for f in files { unlink(f) }
        rmdir(folder)
    }
}
