/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 BOM)
/// and remembers where every cell was written.
///
/// ```swift
/// let table = try CSVReader.read(bytes, file: "data/investment.csv")
/// table.header        // ["country", "amount"]
/// table.rows[0][1]    // Located("67.2", at: data/investment.csv:2:8)
/// ```
public enum CSVReader {
    /// A parsed file: the header row and the data rows, every cell located.
    public struct Table: Equatable, Sendable {
        public var header: [Located<String>]
        public var rows: [[Located<String>]]
    }

    /// The most data rows a file may have: enough for any chart or table, and a bound on memory.
    public static let maxRows = 500_000

    /// Parses `bytes`; throws a ``Diagnostic`` naming the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String, maxRows: Int = CSVReader.maxRows) throws -> Table {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validatingUTF8Bytes: body) else {
            let offset = firstInvalidUTF8Offset(body) + (bytes.count - body.count)
            throw Diagnostic(.error, at: SourceLocation(file: file), Messages.invalidUTF8(byteOffset: offset))
        }
        var records: [[Located<String>]] = []
        var record: [Located<String>] = []
        var field = ""
        var fieldStart = (line: 1, column: 1)
        var line = 1, column = 1
        var inQuotes = false, quotedField = false, afterQuote = false
        var quoteOpened = (line: 1, column: 1)
        var atFieldStart = true
        // Walk the scalars with one of lookahead; no copy of the whole file.
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        func endField() {
            record.append(Located(field, at: SourceLocation(file: file, line: fieldStart.line, column: fieldStart.column)))
            field = ""; quotedField = false; afterQuote = false; atFieldStart = true
        }
        func endRecord() throws {
            endField()
            // A line with a single empty field is a blank line, not a record.
            if !(record.count == 1 && record[0].value.isEmpty) { records.append(record) }
            record = []
            if records.count > maxRows + 1 {
                throw Diagnostic(.error, at: SourceLocation(file: file, line: line, column: 1), Messages.csvTooManyRows(limit: maxRows))
            }
        }
        while let c = next {
            next = scalars.next()
            if atFieldStart { fieldStart = (line, column); atFieldStart = false }
            if inQuotes {
                if c == "\"" {
                    if next == "\"" { field.unicodeScalars.append("\""); next = scalars.next(); column += 1 }
                    else { inQuotes = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
            } else if c == "," {
                endField()
            } else if c == "\r" || c == "\n" {
                if c == "\r" && next == "\n" { next = scalars.next() }
                try endRecord()
                line += 1; column = 0
            } else if c == "\"" && field.isEmpty && !quotedField {
                inQuotes = true; quotedField = true; quoteOpened = (line, column)
            } else if afterQuote {
                throw Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column),
                                 Messages.csvTextAfterQuote)
            } else {
                field.unicodeScalars.append(c)
            }
            column += 1
        }
        if inQuotes {
            throw Diagnostic(.error, at: SourceLocation(file: file, line: quoteOpened.line, column: quoteOpened.column),
                             Messages.csvUnclosedQuote)
        }
        if !atFieldStart || !record.isEmpty { try endRecord() }
        guard let header = records.first else {
            throw Diagnostic(.error, at: SourceLocation(file: file), Messages.csvEmpty)
        }
        // A second column of the same name could never be asked for: `value: amount` would
        // silently mean the first.
        var seen = Set<String>()
        for cell in header where !seen.insert(cell.value).inserted {
            throw Diagnostic(.error, at: cell.location, Messages.duplicateColumn(cell.value))
        }
        let rows = Array(records.dropFirst())
        for row in rows where row.count != header.count {
            let at = row.first?.location ?? SourceLocation(file: file)
            throw Diagnostic(.error, at: SourceLocation(file: file, line: at.line, column: 1),
                             Messages.csvRagged(expected: header.count, found: row.count))
        }
        return Table(header: header, rows: rows)
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var offset = 0
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): consumed += UTF8.width(s); offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}

extension String {
    /// Decodes UTF-8, or nil when any byte sequence is invalid (no replacement characters).
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
