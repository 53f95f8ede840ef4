import Foundation

/// Temporary files and folders left by a build that was killed (SIGKILL, a power cut): no
/// handler ran, so the next build removes them once their owner is gone. Every temporary name
/// the engine makes carries its process id, which is how an owner is told apart: a live one's
/// files are never touched.
///
/// - `OUT/.<file>.tmp-PID` and the same inside report and page folders (the output transaction);
/// - `OUT/<report>/.figures-PID/` (a figure helper's private folder);
/// - in ``PrivateTemporaryFolder``: `fonts-PID-…/` (subset fonts) and `chart-PID-….pdf`.
enum StaleTemporaries {
    /// Removes what dead builds left in `outputFolder` (three levels deep, never through a link)
    /// and in the system's temporary folder; returns the paths removed.
    @discardableResult
    static func clean(outputFolder: String) -> [String] {
        var removed: [String] = []
        visit(outputFolder, depth: 3, removed: &removed)
        let tmp = PrivateTemporaryFolder.path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? [] {
            if let pid = owner(of: name, prefixes: ["fonts-", "chart-"]), !isAlive(pid) {
                remove(tmp + "/" + name, removed: &removed)
            }
        }
        return removed
    }

    /// Looks at the dot-names of `folder` and goes into its folders; only a dot-name is ever
    /// examined, and an entry's kind comes from the directory listing, so an output folder of
    /// thousands of figures costs one listing each, not a stat per file.
    private static func visit(_ folder: String, depth: Int, removed: inout [String]) {
        guard depth > 0, let dir = opendir(folder) else { return }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != "." && name != ".." else { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                type = lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            entries.append((name, type == UInt8(DT_DIR)))
        }
        closedir(dir)
        for (name, isFolder) in entries {
            let path = folder + "/" + name
            if name.hasPrefix(".") {
                if let pid = owner(of: name, prefixes: [".figures-"]) ?? tmpOwner(of: name), !isAlive(pid) { remove(path, removed: &removed) }
            } else if isFolder {
                visit(path, depth: depth - 1, removed: &removed)
            }
        }
    }

    /// The process id in `name` after one of `prefixes`: digits up to the end or to a "-" (a
    /// name of another shape, such as an older build's random suffix, has no owner we can tell).
    static func owner(of name: String, prefixes: [String]) -> pid_t? {
        for prefix in prefixes where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count == rest.count || rest.dropFirst(digits.count).first == "-" else { return nil }
            return pid_t(digits)
        }
        return nil
    }

    /// The process id of an output transaction's temporary file, `.<name>.tmp-PID`.
    static func tmpOwner(of name: String) -> pid_t? {
        guard let range = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let digits = name[range.upperBound...]
        return digits.allSatisfy(\.isNumber) ? pid_t(digits) : nil
    }

    /// Whether a process `pid` exists (one we may not signal still exists).
    static func isAlive(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    private static func remove(_ path: String, removed: inout [String]) {
        if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
    }
}
