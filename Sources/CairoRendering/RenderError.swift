/// Why rendering failed. Every case names what went wrong in words a user can act on.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported a failure status.
    case cairo(operation: String, status: String)
    /// fontconfig could not load the font directory or configuration.
    case fontconfig(String)
    /// No usable font was found in the font directories.
    case noFonts(directories: [String])
    /// Text asked for glyphs that no font in the set has (they would print as boxes).
    case missingGlyphs(text: String, count: Int)
    /// A file could not be written.
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .cairo(let op, let status): return "cairo failed in \(op): \(status)"
        case .fontconfig(let why): return "font configuration failed: \(why)"
        case .noFonts(let dirs):
            return "no fonts found in \(dirs.joined(separator: ", ")); run `make setup` to install the bundled fonts"
        case .missingGlyphs(let text, let count):
            return "\(count) character(s) in \"\(text)\" have no glyph in the font set"
        case .write(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
