/// Reads a dataset from JSON: an array of flat objects, one per row, as many APIs export.
///
/// ```json
/// [{"country": "미국", "usd_billion": 67.2}, {"country": "중국", "usd_billion": 7.76}]
/// ```
/// Columns are the keys in order of first appearance; a key missing from a row, or `null`, is a
/// missing value. Every cell remembers its line and column, like a CSV cell.
enum JSONDataReader {
    static func read(_ bytes: [UInt8], file: String, maxRows: Int = CSVReader.maxRows) throws -> CSVReader.Table {
        var locator = ByteLocator(bytes)
        func at(_ offset: Int) -> SourceLocation {
            let (line, column) = locator.lineColumn(of: offset)
            return SourceLocation(file: file, line: line, column: column)
        }
        var parser = JSONParser(bytes)
        let root: JSONNode
        do { root = try parser.parse() } catch { throw Diagnostic(.error, at: at(error.offset), Messages.jsonSyntax(error.message)) }
        guard let items = root.array else { throw Diagnostic(.error, at: at(root.offset), Messages.jsonDataShape) }
        guard !items.isEmpty else { throw Diagnostic(.error, at: at(root.offset), Messages.jsonEmpty) }
        if items.count > maxRows { throw Diagnostic(.error, at: at(items[maxRows].offset), Messages.csvTooManyRows(limit: maxRows)) }
        var header: [Located<String>] = []
        var index: [String: Int] = [:]
        var objects: [[(key: String, value: JSONNode)]] = []
        for item in items {
            guard case .object(let members) = item.value else { throw Diagnostic(.error, at: at(item.offset), Messages.jsonDataShape) }
            for m in members where index[m.key] == nil {
                index[m.key] = header.count
                header.append(Located(m.key, at: at(m.value.offset)))
            }
            objects.append(members)
        }
        let rows: [[Located<String>]] = try zip(items, objects).map { pair in
            let (item, members) = pair
            var row = header.map { _ in Located("", at: at(item.offset)) }
            for m in members {
                guard let i = index[m.key] else { continue }
                row[i] = Located(try text(of: m.value, key: m.key, at: at(m.value.offset)), at: at(m.value.offset))
            }
            return row
        }
        return CSVReader.Table(header: header, rows: rows)
    }

    /// A cell's text as a CSV would hold it.
    private static func text(of node: JSONNode, key: String, at location: SourceLocation) throws -> String {
        switch node.value {
        case .string(let s): return s
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let d):
            // Whole numbers as integers ("2400", not "2400.0"); others in Swift's shortest round-trip form.
            if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
            return "\(d)"
        case .array, .object, .pair:
            throw Diagnostic(.error, at: location, Messages.jsonDataNested(key))
        }
    }
}
