import ReportSpec

/// Attaches to each diagnostic the text of its line, taken from the bytes the build read (its
/// ``InputSnapshot``), so the line shown under a message is the one that was loaded even if the
/// file has been edited since.
struct SourceLines {
    let folder: ReportFolder

    /// The longest line, in bytes, shown under a message.
    static let longest = 1_000

    /// `diagnostics` with ``Diagnostic/sourceLine`` filled where the file is one the build read.
    func attach(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        var split: [String: [Substring]] = [:]
        return diagnostics.map { d in
            guard d.location.line > 0, d.sourceLine == nil, let relative = relativePath(d.location.file) else { return d }
            if split[relative] == nil, let bytes = folder.snapshot.bytes(of: relative) {
                // Lines as YAML and CSV readers count them: "\r\n" and a lone "\r" end a line too.
                let text = String(decoding: bytes, as: UTF8.self)
                split[relative] = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            }
            // A line of a minified file can be megabytes: it is not carried (nor stored in the cache's
            // stamp with every warning); the message and its line and column still say where.
            guard let lines = split[relative], d.location.line <= lines.count, lines[d.location.line - 1].utf8.count <= Self.longest else { return d }
            var with = d
            with.sourceLine = String(lines[d.location.line - 1])
            return with
        }
    }

    /// The path inside the folder that `file` (as messages name it) stands for.
    private func relativePath(_ file: String) -> String? {
        if folder.path == "." { return file }
        let prefix = folder.path + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
    }
}
