#if canImport(Glibc)
import Glibc
#endif
import Drawing

/// The fonts one document is rendered with: each face it uses cut down to the characters it
/// draws, in a temporary folder that lives as long as this object (Cairo reads the files
/// again when it finishes a surface, so keep this alive until every output is written).
///
/// ```swift
/// if let subset = try DocumentFonts(subsetting: fonts, using: usage) {
///     let engine = try TextEngine(fonts: subset.fonts)
/// }
/// ```
public final class DocumentFonts {
    /// A font set over the subset files only.
    public let fonts: FontSet
    /// The temporary folder and the files in it, for callers that clean up on interruption.
    public let folder: String
    public let files: [String]

    /// Subsets every face `usage` names to the characters it draws in them; nil when some
    /// character would need a fallback face (then render with the full set, which already covers it).
    ///
    /// The files go in a new folder `fonts-PID-XXXXXX` inside `parent` (default: the system's
    /// temporary folder), named after this process so that whoever cleans up after a killed
    /// process can tell whose it was.
    public init?(subsetting full: FontSet, using usage: FontUsage, in parent: String? = nil) throws {
        // Characters per face: fonts of several sizes share one face.
        var perFace: [String: (file: String, index: Int, scalars: Set<Unicode.Scalar>)] = [:]
        for (font, scalars) in usage.scalars {
            guard let face = full.face(for: font) else { return nil }
            perFace["\(face.file)#\(face.index)", default: (face.file, face.index, [" "])].scalars.formUnion(scalars)
        }
        guard !perFace.isEmpty else { return nil }
        for (key, face) in perFace {
            for (bracket, halfwidth) in TextEngine.halfwidthForms where face.scalars.contains(bracket)
                && full.face(file: face.file, index: face.index, covers: [halfwidth]) {
                perFace[key]?.scalars.insert(halfwidth)
            }
        }
        for face in perFace.values where !full.face(file: face.file, index: face.index, covers: face.scalars) { return nil }

        let base = parent ?? (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp")
        var template = Array((base + "/fonts-\(getpid())-XXXXXX").utf8CString)
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
