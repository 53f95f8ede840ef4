import ChartLayout

/// The kinds a `chart:` block (and `briefing chart --type`) can draw.
///
/// With no `type:`, categories that all read as dates (``TimePoint``) make a line chart, and
/// any others a bar chart; a key that only bars have (`orientation`, `facet`, `sort`,
/// `value-labels`, `axis`) keeps a time series in bars.
public enum ChartKind: String, Equatable, Sendable, CaseIterable {
    case bar, line, area, dot, lollipop, range, slope

    /// Keys only bar charts read; written on a time series, they ask for bars.
    static let barOnlyKeys = ["orientation", "facet", "columns", "sort", "value-labels", "axis"]
    /// Keys bar charts share with dot plots; dot plots refuse the others.
    static let dotKeys = ["sort", "value-labels"]
    /// Keys only line and area charts read.
    static let lineOnlyKeys = ["markers", "zero", "periods"]

    /// How many value columns the kind draws.
    public var seriesCounts: ClosedRange<Int> {
        switch self {
        case .lollipop: return 1...1
        case .range, .slope: return 2...2
        case .dot: return 1...12
        case .bar, .line, .area: return 1...Int.max
        }
    }

    /// ``seriesCounts`` as a message says it: "1", "2", "1 to 12".
    var seriesCountWords: String {
        let r = seriesCounts
        return r.lowerBound == r.upperBound ? "\(r.lowerBound)" : r.upperBound == Int.max ? "at least \(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)"
    }

    /// The kind for `categories` when none is asked for: lines for a time series, else bars.
    public static func chosen(for categories: [String], barKeysGiven: Bool = false) -> ChartKind {
        guard !barKeysGiven, !categories.isEmpty, categories.allSatisfy({ TimePoint($0) != nil }) else { return .bar }
        return .line
    }
}
