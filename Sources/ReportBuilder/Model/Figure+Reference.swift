/// How a figure is named from elsewhere: its number's words and its place in the PDF, shared
/// by captions, cross-references and the layout so they can never disagree.
extension Figure {
    /// "그림 2" / "Figure 2" for a chart or map, "표 1" / "Table 1" for a table.
    ///
    /// ```swift
    /// Figure.label(number: 2, isTable: false, korean: true)   // "그림 2"
    /// Figure.label(number: 1, isTable: true, korean: false)   // "Table 1"
    /// ```
    public static func label(number: Int, isTable: Bool, korean: Bool) -> String {
        switch (korean, isTable) {
        case (true, true): return "표 \(number)"
        case (true, false): return "그림 \(number)"
        case (false, true): return "Table \(number)"
        case (false, false): return "Figure \(number)"
        }
    }

    /// The named destination placed at the figure in the PDF, which links to it jump to.
    ///
    /// ```swift
    /// Figure.anchor(id: "private-investment")   // "fig-private-investment"
    /// ```
    public static func anchor(id: String) -> String { "fig-\(id)" }
}

extension Report {
    /// Every figure's number by id, as captions print it: charts and maps counted apart from
    /// tables, in reading order.
    ///
    /// ```swift
    /// report.figureNumbers["private-investment"]   // 1
    /// ```
    public var figureNumbers: [String: Int] { DocumentPlan(blocks: blocks).figureNumbers }
}
