#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under /tmp for one test, removed (with what the test wrote) on `remove()`.
///
/// ```swift
/// let folder = try TempFolder()
/// defer { folder.remove() }
/// try folder.write("report.yaml", "title: 보고서\n")
/// ```
final class TempFolder {
    let path: String
    private var created: [String] = []   // files, links and folders, in creation order

    struct Failure: Error, CustomStringConvertible { var description: String }

    init() throws {
        var template = Array("/tmp/briefing-spec-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(description: "mkdtemp failed: \(errno)") }
        path = String(cString: made)
    }

    /// Writes `text` to `relative`, creating its folders.
    func write(_ relative: String, _ text: String) throws { try write(relative, bytes: Array(text.utf8)) }

    func write(_ relative: String, bytes: [UInt8]) throws {
        try makeParents(of: relative)
        let full = path + "/" + relative
        guard let f = fopen(full, "wb") else { throw Failure(description: "cannot create \(full)") }
        defer { fclose(f) }
        guard fwrite(bytes, 1, bytes.count, f) == bytes.count else { throw Failure(description: "cannot write \(full)") }
        created.append(full)
    }

    /// Makes `relative` a symbolic link to `target`.
    func link(_ relative: String, to target: String) throws {
        try makeParents(of: relative)
        let full = path + "/" + relative
        guard symlink(target, full) == 0 else { throw Failure(description: "cannot link \(full)") }
        created.append(full)
    }

    private func makeParents(of relative: String) throws {
        var dir = path
        for part in relative.split(separator: "/").dropLast() {
            dir += "/" + part
            if access(dir, F_OK) != 0 {
                guard mkdir(dir, 0o755) == 0 else { throw Failure(description: "cannot make \(dir)") }
                created.append(dir)
            }
        }
    }

    func remove() {
        for p in created.reversed() {
            if unlink(p) != 0 { rmdir(p) }
        }
        rmdir(path)
    }
}
