import Drawing

/// A comparison table, normalised: columns with their formats and in-cell visuals, header
/// groups, row groups of values, notes and the words around it.
///
/// Every option is explicit; the spec loader fills the defaults from the theme and language.
/// ``TableLayout`` turns it into a ``TableLayoutResult`` that the report builder can split
/// between rows.
///
/// ```swift
/// let table = ComparisonTable(
///     title: "중국의 주요 거대언어모델",
///     columns: [TableColumn(header: ["모델"]),
///               TableColumn(header: ["전체 매개변수"], kind: .number(.korean()), headerUnit: "개")],
///     groups: [RowGroup(rows: [TableRow(cells: [.text("DeepSeek-V3"), .number(671e9)])])])
/// ```
public struct ComparisonTable: Equatable, Hashable, Sendable {
    /// The takeaway above the table; repeated with ``TableLabels/continued`` on continuations.
    public var title: String
    /// The measure, place and period, under the title.
    public var subtitle: String?
    public var columns: [TableColumn]
    /// Spanning labels over runs of neighbouring columns (one level).
    public var headerGroups: [HeaderGroup]
    /// The rows, in groups; a group with a label gets a label row above its rows.
    public var groups: [RowGroup]
    /// Notes under the table, each with its mark (or none for a general note).
    public var notes: [TableNote]
    /// Printed after ``TableLabels/source``.
    public var source: String?
    /// Written where a value is missing: "—" by default.
    public var missingMark: String
    /// Light shading behind every other data row.
    public var zebra: Bool
    /// Stretch the table to the full width (surplus goes to text columns) or keep its natural width.
    public var fillsWidth: Bool
    /// Fixed words in the report's language.
    public var labels: TableLabels

    /// Creates a table; defaults describe a full-width table with no stripes, notes or source.
    public init(title: String, subtitle: String? = nil, columns: [TableColumn], headerGroups: [HeaderGroup] = [],
                groups: [RowGroup], notes: [TableNote] = [], source: String? = nil, missingMark: String = "—",
                zebra: Bool = false, fillsWidth: Bool = true, labels: TableLabels = .korean) {
        self.title = title; self.subtitle = subtitle; self.columns = columns; self.headerGroups = headerGroups
        self.groups = groups; self.notes = notes; self.source = source; self.missingMark = missingMark
        self.zebra = zebra; self.fillsWidth = fillsWidth; self.labels = labels
    }

    /// Every data row in order, across groups.
    public var rows: [TableRow] { groups.flatMap(\.rows) }

    /// A short description for screen readers: title, size and column names.
    public var altText: String {
        let names = columns.map { $0.header.joined(separator: " ") }.joined(separator: ", ")
        return "\(title). \(labels.table): \(rows.count)\(labels.rowsWord), \(names)"
    }
}

/// One column: its header, what its cells hold and how they are drawn.
///
/// ```swift
/// TableColumn(header: ["AI 기업"], kind: .number(.plain()), headerUnit: "곳", highlight: .maximum)
/// ```
public struct TableColumn: Equatable, Hashable, Sendable {
    /// What the cells hold; numbers are right-aligned with their header and never wrap.
    public enum Kind: Equatable, Hashable, Sendable {
        /// Words, wrapped at spaces (keep-all).
        case text
        /// Numbers written with a format.
        case number(NumberFormat)
        /// Calendar dates to year, month or day precision, written in the labels' date style.
        case date
    }
    /// Horizontal placement of the cell contents.
    public enum Alignment: String, Equatable, Hashable, Sendable, CaseIterable { case left, center, right }

    /// Header lines as written; each may still wrap at spaces.
    public var header: [String]
    public var kind: Kind
    public var alignment: Alignment
    /// Bounds on the column's width in points, padding included.
    public var minWidth: Double
    public var maxWidth: Double
    /// A unit shown once under the header, "(개)", instead of in every cell.
    public var headerUnit: String?
    /// A proportional bar beside each number, on one scale for the column.
    public var miniBar: Bool
    /// ▲/▼ before each number by its sign (changes, growth rates).
    public var delta: Bool
    /// Which cells stand out in bold accent colour.
    public var highlight: CellHighlight
    /// A footnote mark written after the header, "1)".
    public var headerMark: String?

    /// Creates a column; numbers default to right alignment, everything else to left.
    public init(header: [String], kind: Kind = .text, alignment: Alignment? = nil, minWidth: Double = 0,
                maxWidth: Double = .infinity, headerUnit: String? = nil, miniBar: Bool = false, delta: Bool = false,
                highlight: CellHighlight = .none, headerMark: String? = nil) {
        self.header = header; self.kind = kind; self.headerMark = headerMark
        if case .number = kind { self.alignment = alignment ?? .right } else { self.alignment = alignment ?? .left }
        self.minWidth = minWidth; self.maxWidth = maxWidth; self.headerUnit = headerUnit
        self.miniBar = miniBar; self.delta = delta; self.highlight = highlight
    }

    /// Whether the cells are numbers (never wrapped).
    public var isNumeric: Bool { if case .number = kind { return true } else { return false } }
}

/// Which numbers of a column are highlighted.
public enum CellHighlight: Equatable, Hashable, Sendable {
    case none
    /// The largest value(s) of the column.
    case maximum
    /// The smallest value(s) of the column.
    case minimum
    /// Values at or above a threshold.
    case atLeast(Double)
    /// Values at or below a threshold.
    case atMost(Double)

    /// Whether `value` stands out among `column`'s values.
    public func matches(_ value: Double, in column: [Double]) -> Bool {
        switch self {
        case .none: return false
        case .maximum: return column.max() == value
        case .minimum: return column.min() == value
        case .atLeast(let t): return value >= t
        case .atMost(let t): return value <= t
        }
    }
}

/// A label spanning neighbouring columns, with a short rule under it.
public struct HeaderGroup: Equatable, Hashable, Sendable {
    public var label: String
    /// The columns it spans, by index.
    public var columns: Range<Int>
    /// Creates a spanning header.
    public init(label: String, columns: Range<Int>) { self.label = label; self.columns = columns }
}

/// Rows under an optional label row ("미국 기업", "중국 기업").
public struct RowGroup: Equatable, Hashable, Sendable {
    public var label: String?
    public var rows: [TableRow]
    /// Creates a group.
    public init(label: String? = nil, rows: [TableRow]) { self.label = label; self.rows = rows }
}

/// One data row: a value per column, whether it is emphasised, and footnote marks per column.
public struct TableRow: Equatable, Hashable, Sendable {
    public var cells: [TableValue]
    /// Drawn in bold on a tint: the reference row of a comparison.
    public var emphasized: Bool
    /// Footnote marks by column index, written after the cell's text.
    public var marks: [Int: String]
    /// Creates a row.
    public init(cells: [TableValue], emphasized: Bool = false, marks: [Int: String] = [:]) {
        self.cells = cells; self.emphasized = emphasized; self.marks = marks
    }
}

/// A cell's value; formatting happens in layout, from the column.
public enum TableValue: Equatable, Hashable, Sendable {
    case text(String)
    case number(Double)
    case date(TableDate)
    /// Written as the table's missing mark.
    case missing

    /// The number, if this is one.
    public var number: Double? { if case .number(let v) = self { return v } else { return nil } }
}

/// A calendar date known to the year, the month or the day.
public struct TableDate: Equatable, Hashable, Sendable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    /// Creates a date; `day` is only meaningful with `month`.
    public init(year: Int, month: Int? = nil, day: Int? = nil) { self.year = year; self.month = month; self.day = month == nil ? nil : day }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        year = y; month = nil; day = nil
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
    }
}

/// A note under the table; its mark appears in the cells or headers it explains.
public struct TableNote: Equatable, Hashable, Sendable {
    /// "1)", "*"; nil for a general note printed after ``TableLabels/note``.
    public var mark: String?
    public var text: String
    /// Creates a note.
    public init(mark: String?, text: String) { self.mark = mark; self.text = text }
}

/// The fixed words a table prints, per language.
public struct TableLabels: Equatable, Hashable, Sendable {
    /// Appended to the title on continuation pages: "(계속)".
    public var continued: String
    public var source: String
    public var note: String
    /// Alt-text words.
    public var table: String, rowsWord: String
    /// How dates are written: Korean "2024. 12." or ISO "2024-12".
    public var koreanDates: Bool
    /// Creates table words.
    public init(continued: String, source: String, note: String, table: String, rowsWord: String, koreanDates: Bool) {
        self.continued = continued; self.source = source; self.note = note
        self.table = table; self.rowsWord = rowsWord; self.koreanDates = koreanDates
    }
    /// Korean: (계속), 출처, 주; dates as "2024. 12. 26.".
    public static let korean = TableLabels(continued: "(계속)", source: "출처", note: "주", table: "표", rowsWord: "개 행", koreanDates: true)
    /// English: (continued), Source, Note; ISO dates.
    public static let english = TableLabels(continued: "(continued)", source: "Source", note: "Note", table: "Table", rowsWord: " rows", koreanDates: false)

    /// `date` as text: "2024. 12." in Korean tables (a period after each part), "2024-12" otherwise.
    public func format(_ date: TableDate) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if koreanDates {
            return [date.year, date.month, date.day].compactMap { $0 }.map { "\($0)." }.joined(separator: " ")
        }
        return ([String(date.year)] + [date.month, date.day].compactMap { $0 }.map(two)).joined(separator: "-")
    }
}
