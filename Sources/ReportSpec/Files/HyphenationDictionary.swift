import ChartLayout
import Foundation
import Synchronization

/// The English hyphenation patterns justified paragraphs break words with: Debian's
/// `hyphen-en-us` (the TeX patterns for US English, in libhyphen's format), which
/// `scripts/setup.sh` installs; `BRIEFING_HYPHENATION` names another pattern file.
///
/// Why these and not libhyphen itself: Liang's algorithm is forty lines of Swift over the same
/// patterns, which keeps the layout layers free of C and gives the same points libhyphen gives
/// for a dictionary without non-standard patterns (the US English one has none).
public enum HyphenationDictionary {
    /// Where Debian's `hyphen-en-us` puts its patterns.
    public static let debianPath = "/usr/share/hyphen/hyph_en_US.dic"

    /// The path the patterns are read from: `BRIEFING_HYPHENATION` when set, else ``debianPath``.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["BRIEFING_HYPHENATION"].flatMap { $0.isEmpty ? nil : $0 } ?? debianPath
    }

    /// The patterns at `path`, read once per process; nil when the file is missing or holds none.
    public static func english(at path: String = path()) -> Hyphenator? {
        if let known = loaded.withLock({ $0[path] }) { return known }
        let hyphenator = (try? FileReader.read(path)).flatMap { try? Hyphenator(patterns: String(decoding: $0, as: UTF8.self)) }
        loaded.withLock { $0[path] = .some(hyphenator) }
        return hyphenator
    }

    private static let loaded = Mutex<[String: Hyphenator?]>([:])
}
