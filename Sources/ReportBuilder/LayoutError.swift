/// Why a report cannot be laid out on its pages.
public enum LayoutError: Error, Equatable, Sendable {
    /// A figure is taller than a page's content area: it could only be drawn past the margin.
    case figureTooTall(id: String, height: Double, available: Double)
    /// A table's columns need more than the column width even at the smallest text size.
    case tableTooWide(id: String, needed: Double, available: Double, fontSize: Double)
    /// A table's header and one line of a row do not fit a page, so no piece of it can be placed.
    case tableHeaderTooTall(id: String, height: Double, available: Double)
    /// A table without columns.
    case tableWithoutColumns(id: String)

    /// The figure the problem is about.
    public var figureID: String {
        switch self {
        case .figureTooTall(let id, _, _), .tableTooWide(let id, _, _, _), .tableHeaderTooTall(let id, _, _),
             .tableWithoutColumns(let id): return id
        }
    }

    /// The message for users, without a location.
    public var message: String {
        switch self {
        case .figureTooTall(let id, let height, let available):
            return "figure '\(id)' is \(Int(height.rounded(.up))) pt tall, but a page holds \(Int(available)) pt of content; "
                + "show fewer categories or split it into several figures"
        case .tableTooWide(let id, let needed, let available, let size):
            return "table '\(id)' needs \(Int(needed.rounded(.up))) pt for its columns even with \(size.formatted1) pt text, "
                + "but the column is \(Int(available)) pt wide; drop a column, shorten long words or numbers, or give text columns a 'max-width'"
        case .tableHeaderTooTall(let id, let height, let available):
            return "table '\(id)' has a header \(Int(height.rounded(.up))) pt tall, so with a row it cannot fit the \(Int(available)) pt "
                + "of a page; shorten the title or the column headers"
        case .tableWithoutColumns(let id):
            return "table '\(id)' has no columns"
        }
    }
}

extension Double {
    /// One decimal when needed: 7 → "7", 7.5 → "7.5".
    var formatted1: String {
        let r = (self * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
