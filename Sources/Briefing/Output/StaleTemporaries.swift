import Foundation

/// Temporary files and folders left by a build that was killed (SIGKILL, a power cut): no
/// handler ran, so the next build removes them once their owner is gone. Every temporary name
/// the engine makes carries its process id, which is how an owner is told apart: a live one's
/// files are never touched.
///
/// - `OUT/.<file>.tmp-PID` and the same inside report and page folders (the output transaction);
/// - `OUT/<report>/.figures-PID/` (a figure helper's private folder);
/// - `$TMPDIR/briefing-fonts-PID-…/` (subset fonts) and `$TMPDIR/briefing-chart-PID-….pdf`.
enum StaleTemporaries {
    /// Removes what dead builds left in `outputFolder` (three levels deep, never through a link)
    /// and in the system's temporary folder; returns the paths removed.
    @discardableResult
    static func clean(outputFolder: String) -> [String] {
        var removed: [String] = []
        visit(outputFolder, depth: 3, removed: &removed)
        let tmp = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? [] {
            if let pid = owner(of: name, prefixes: ["briefing-fonts-", "briefing-chart-"]), !isAlive(pid) {
                remove(tmp + "/" + name, removed: &removed)
            }
        }
        return removed
    }

    private static func visit(_ folder: String, depth: Int, removed: inout [String]) {
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            if name.hasPrefix("."), let pid = owner(of: name, prefixes: [".figures-"]) ?? tmpOwner(of: name), !isAlive(pid) {
                remove(path, removed: &removed)
            } else if isFolder && !name.hasPrefix(".") {
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
