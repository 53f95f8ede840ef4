/// Why a table cannot be laid out at a width.
///
/// ```swift
/// catch TableLayoutError.tooWide(let needed, let available, let size) { … }
/// ```
public enum TableLayoutError: Error, Equatable, Sendable {
    /// Even at the smallest text size the columns' unbreakable contents need more than the width.
    case tooWide(needed: Double, available: Double, fontSize: Double)
    /// The table has no columns.
    case noColumns
}
