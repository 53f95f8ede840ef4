extension Dataset {
    /// A dataset from rows in memory, as a CSV file with this header and these rows would give:
    /// messages name `name` and the row and column a CSV file would have (the header is line 1).
    ///
    /// ```swift
    /// let data = try Dataset(name: "investment", header: ["country", "usd_billion"],
    ///                        rows: [["미국", "67.2"], ["중국", "7.76"]])
    /// ```
    public init(name: String, header: [String], rows: [[String]]) throws {
        func located(_ row: [String], line: Int) -> [Located<String>] {
            row.enumerated().map { Located($1, at: SourceLocation(file: name, line: line, column: $0 + 1)) }
        }
        guard !header.isEmpty else { throw Diagnostic(.error, at: SourceLocation(file: name), Messages.csvEmpty) }
        for (i, row) in rows.enumerated() where row.count != header.count {
            throw Diagnostic(.error, at: SourceLocation(file: name, line: i + 2, column: 1),
                             Messages.csvRagged(expected: header.count, found: row.count))
        }
        self.init(name: name, file: name, table: CSVReader.Table(header: located(header, line: 1),
                                                                 rows: rows.enumerated().map { located($1, line: $0 + 2) }))
    }
}
