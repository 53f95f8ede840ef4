#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ReportFolder {
    /// The folder a report's own fonts live in, relative to the report folder.
    public static let fontsFolder = "fonts"

    /// The font files (`.ttf`, `.otf`, `.ttc`) in the report's own `fonts/` folder and its
    /// subfolders, as paths inside the report folder; empty when there is no such folder.
    ///
    /// A link is followed only to a regular file inside the report folder: fontconfig follows
    /// whatever it finds, so a `fonts/evil.ttf → /etc/shadow` had it open that file and a
    /// machine font embedded in a PDF. Anything else is an error naming the entry.
    public func fontFiles() throws -> [String] {
        let top = resolved + "/" + Self.fontsFolder
        var info = stat()
        guard lstat(top, &info) == 0 else { return [] }
        var files: [String] = []
        try collectFonts(in: top, shown: Self.fontsFolder, depth: 4, into: &files)
        return files.sorted()
    }

    private func collectFonts(in path: String, shown: String, depth: Int, into files: inout [String]) throws {
        let at = SourceLocation(file: display(shown))
        var info = stat()
        guard lstat(path, &info) == 0 else { throw Diagnostic(.error, at: at, Messages.fileNotFound(display(shown))) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard depth > 0, let dir = opendir(path) else { return }
            defer { closedir(dir) }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { names.append(name) }
            }
            for name in names.sorted() { try collectFonts(in: path + "/" + name, shown: shown + "/" + name, depth: depth - 1, into: &files) }
        case S_IFREG:
            if Self.isFontFile(path) { files.append(path) }
        case S_IFLNK:
            // Only to a folder or a regular file that is itself inside the report folder.
            let target = try resolve(shown, namedAt: at)
            guard stat(target, &info) == 0 else { throw Diagnostic(.error, at: at, Messages.fileNotFound(display(shown))) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: try collectFonts(in: target, shown: shown, depth: depth - 1, into: &files)
            case S_IFREG: if Self.isFontFile(path) { files.append(target) }
            default: if Self.isFontFile(path) { throw Diagnostic(.error, at: at, Messages.notARegularFile(display(shown))) }
            }
        default:
            if Self.isFontFile(path) { throw Diagnostic(.error, at: at, Messages.notARegularFile(display(shown))) }
        }
    }

    static func isFontFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".ttf") || lower.hasSuffix(".otf") || lower.hasSuffix(".ttc")
    }
}
