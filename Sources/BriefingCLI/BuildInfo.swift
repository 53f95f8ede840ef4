import Briefing
import CBuildInfo

/// What `briefing --version` prints: the package version and the commit the program was built from.
///
/// ```swift
/// BuildInfo.versionLine   // "0.1.0 (3f2c9a1b7d04)", or "0.1.0 (unknown commit)"
/// ```
enum BuildInfo {
    /// The package version, the engine's.
    static var version: String { Engine.version }

    /// The abbreviated git commit stamped in by `make`, or `nil` for a plain `swift build` or a tree outside git.
    static var commit: String? {
        let stamped = String(cString: briefing_build_commit())
        return stamped.isEmpty ? nil : stamped
    }

    /// `0.1.0 (abc1234def56)`, or `0.1.0 (unknown commit)`.
    static var versionLine: String { "\(version) (\(commit ?? "unknown commit"))" }
}
