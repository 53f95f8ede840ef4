import Drawing

/// Why rendering failed. Every case names what went wrong in words a user can act on.
///
/// Code deciding what to do asks the case (or ``isOutputFailure``), never the description.
///
/// ```swift
/// catch let error as RenderError {
///     exit(error.isOutputFailure ? 3 : 1)   // 3: the output could not be written
/// }
/// ```
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported a failure status during `operation` ("drawing", "creating the PNG").
    case cairo(operation: String, status: CairoStatus)
    /// Pango handed back no object (`missing`, e.g. "layout iterator") where it always hands one back.
    case pango(operation: String, missing: String)
    /// zlib failed with `status` (one of its `Z_…` codes) while compressing during `operation`.
    case zlib(operation: String, status: Int32)
    /// An image surface that is not 32-bit ARGB reached `operation`: a bug in the renderer.
    case unsupportedPixelFormat(operation: String)
    /// fontconfig could not load the font directory or configuration.
    case fontconfig(String)
    /// No usable font was found in the font directories.
    case noFonts(directories: [String])
    /// Text asked for glyphs that no font in the set has (they would print as boxes).
    case missingGlyphs(text: String, count: Int)
    /// A file could not be written.
    case write(path: String, reason: String)
    /// The frame holds a number no file can carry (`what`: "a path's point is nan", or a page or
    /// image larger than the format allows); a bug in whatever built the frame.
    case invalidFrame(String)
    /// A PDF/A level was asked for that the file cannot meet (`why`: "heading level 3 follows
    /// level 1" for level A, or no colour profile for its output intent).
    case notArchivable(level: String, why: String)

    public var description: String {
        switch self {
        case .cairo(let op, let status): return "cairo failed in \(op): \(status)"
        case .pango(let op, let missing): return "pango failed in \(op): no \(missing)"
        case .zlib(let op, let status): return "zlib failed in \(op): error \(status)"
        case .unsupportedPixelFormat(let op): return "\(op) failed: not an ARGB32 image"
        case .fontconfig(let why): return "font configuration failed: \(why)"
        case .noFonts(let dirs):
            return "no fonts found in \(dirs.joined(separator: ", ")); run `make setup` to install the bundled fonts"
        case .missingGlyphs(let text, let count):
            return "\(count) character(s) in \"\(text)\" have no glyph in the font set"
        case .write(let path, let reason): return "cannot write \(path): \(reason)"
        case .invalidFrame(let what): return "cannot draw the frame: \(what)"
        case .notArchivable(let level, let why):
            return "cannot write PDF/\(level.uppercased()): \(why)"
        }
    }

    /// True when the output could not be written (a full disk, a file-size limit, a folder
    /// that refuses files), so the fault is the destination's, not the report's or the renderer's.
    ///
    /// ```swift
    /// RenderError.write(path: "out/a.pdf", reason: "File too large").isOutputFailure            // true
    /// RenderError.cairo(operation: "drawing", status: .writeError).isOutputFailure              // true
    /// RenderError.missingGlyphs(text: "🚀", count: 1).isOutputFailure                          // false
    /// ```
    public var isOutputFailure: Bool {
        switch self {
        case .write: return true
        case .cairo(_, let status): return status.isWriteFailure
        case .pango, .zlib, .unsupportedPixelFormat, .fontconfig, .noFonts, .missingGlyphs, .invalidFrame, .notArchivable: return false
        }
    }

    /// Throws ``invalidFrame(_:)`` when `frame` holds a number no renderer can write.
    static func check(_ frame: Frame) throws {
        if let bad = frame.invalidNumber { throw RenderError.invalidFrame(bad) }
    }
}
