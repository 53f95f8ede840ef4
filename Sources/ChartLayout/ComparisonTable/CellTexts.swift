/// Every data cell written out once, with what decides its weight, so measuring and drawing agree.
struct CellTexts {
    struct Row {
        var texts: [String]
        var marks: [Int: String]
        var emphasized: Bool
    }
    var rows: [Row]
    /// Per column and row: whether the column's highlight rule picks the cell.
    var highlighted: [[Bool]]
    /// The numbers of each column, for bar scales.
    var numbers: [[Double]]
    /// The data rows across groups, in order.
    var source: [TableRow]

    init(table: ComparisonTable) {
        let n = table.columns.count
        let all = table.rows
        source = all
        numbers = (0..<n).map { c in all.compactMap { c < $0.cells.count ? $0.cells[c].number : nil } }
        rows = all.map { row in
            Row(texts: (0..<n).map { c in
                    Self.text(c < row.cells.count ? row.cells[c] : .missing, column: table.columns[c], table: table)
                }, marks: row.marks, emphasized: row.emphasized)
        }
        let numbers = self.numbers
        highlighted = (0..<n).map { c in
            all.map { row in
                guard c < row.cells.count, let v = row.cells[c].number else { return false }
                return table.columns[c].highlight.matches(v, in: numbers[c])
            }
        }
    }

    func isBold(row: Int, column: Int) -> Bool { rows[row].emphasized || highlighted[column][row] }

    static func text(_ value: TableValue, column: TableColumn, table: ComparisonTable) -> String {
        switch value {
        case .missing: return table.missingMark
        case .text(let s): return s
        case .date(let d): return table.labels.format(d)
        case .number(let v):
            if case .number(let format) = column.kind { return format.format(v) }
            return NumberFormat.plain().format(v)
        }
    }
}
