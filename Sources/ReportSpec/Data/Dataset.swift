/// A table of data loaded from a report's CSV file: named columns of located cells.
///
/// ```swift
/// let investment = try Dataset.load(name: "investment", file: "data/investment.csv", in: folder)
/// let amounts = try investment.numbers(in: "amount", at: specLocation)   // [67.2, 7.76, 1.4]
/// ```
public struct Dataset: Equatable, Sendable {
    /// The name the spec gives the dataset.
    public var name: String
    /// The file it was read from, as written in messages.
    public var file: String
    public var header: [Located<String>]
    public var rows: [[Located<String>]]

    /// Creates a dataset from a parsed CSV table.
    public init(name: String, file: String, table: CSVReader.Table) {
        self.name = name; self.file = file; self.header = table.header; self.rows = table.rows
    }

    /// Parses a data file's bytes: JSON (an array of objects) when `file` ends in `.json`, CSV otherwise.
    public init(name: String, file: String, bytes: [UInt8]) throws {
        let table = file.lowercased().hasSuffix(".json")
            ? try JSONDataReader.read(bytes, file: file) : try CSVReader.read(bytes, file: file)
        self.init(name: name, file: file, table: table)
    }

    /// The column names in order.
    public var columnNames: [String] { header.map(\.value) }

    /// The index of `column`, or a diagnostic at `location` (the spec line that asked for it).
    public func columnIndex(_ column: String, at location: SourceLocation) throws -> Int {
        if let i = header.firstIndex(where: { $0.value == column }) { return i }
        throw Diagnostic(.error, at: location,
                         Messages.unknownColumn(column, dataset: name, file: file, available: columnNames))
    }

    /// The text cells of `column`.
    public func strings(in column: String, at location: SourceLocation) throws -> [Located<String>] {
        let i = try columnIndex(column, at: location)
        return rows.map { $0[i] }
    }

    /// The cells of `column` as numbers; empty cells and "n/a" marks are missing (nil), never zero.
    ///
    /// Accepts digit grouping ("1,339") and a leading minus; anything else is an error at the cell.
    public func numbers(in column: String, at location: SourceLocation) throws -> [Double?] {
        let (values, invalid) = try parsedNumbers(in: column, at: location)
        if let cell = invalid.first { throw Diagnostic(.error, at: cell.location, Messages.notANumber(cell.value, column: column)) }
        return values
    }

    /// The cells of `column` as numbers (nil where missing or invalid), with every cell that is not a number.
    func parsedNumbers(in column: String, at location: SourceLocation) throws -> (values: [Double?], invalid: [Located<String>]) {
        var invalid: [Located<String>] = []
        let values = try strings(in: column, at: location).map { cell -> Double? in
            switch NumberParser.parse(cell.value) {
            case .number(let v): return v
            case .missing: return nil
            case .invalid: invalid.append(cell); return nil
            }
        }
        return (values, invalid)
    }
}

/// Reads numbers as people write them in data files.
enum NumberParser {
    enum Result: Equatable { case number(Double), missing, invalid }

    static let missingMarks: Set<String> = ["", "n/a", "N/A", "NA", "na", "-", "—", "–", "..", "null"]

    static func parse(_ raw: String) -> Result {
        let s = raw.trimmingSpaces
        if missingMarks.contains(s) { return .missing }
        var body = Substring(s)
        // An exponent ("1.5e12", as JSON exports write large numbers) scales the mantissa.
        var exponent = 0
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(body[body.index(after: e)...]), abs(x) <= 300 else { return .invalid }
            exponent = x
            body = body[..<e]
        }
        var sign = 1.0
        if body.first == "-" || body.first == "−" { sign = -1; body = body.dropFirst() }
        else if body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let intPart = parts.first, !intPart.isEmpty || parts.count == 2 else { return .invalid }
        // Grouping commas are allowed only in threes ("1,339", not "13,39").
        let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .invalid }
        }
        let digits = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits != ".", let v = Double(digits + (exponent != 0 ? "e\(exponent)" : "")), v.isFinite else { return .invalid }
        return .number(sign * v)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
