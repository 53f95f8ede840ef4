import ChartLayout
import ReportBuilder

/// The `table:` block: a comparison table from columns of a dataset.
///
/// ```yaml
/// - table: llm-comparison              # figure id: names out/<report>/llm-comparison.svg
///   data: llm-models                   # a dataset from the spec's `data:` section
///   title: 중국의 주요 거대언어모델
///   columns:
///     - {column: model, header: 모델}
///     - {column: total_billion, header: 전체 매개변수, type: korean,
///        format: {unit: 개, multiplier: 1e9}, unit-in-header: true, bar: true}
///   emphasize: Llama 2                 # rows matched by their first column
///   notes:
///     - {text: 1,000억 개 이상으로만 공개, column: total_billion, row: 훈위안}
/// ```
extension SpecReader {
    static let tableKeys = ["caption", "table", "data", "title", "subtitle", "columns", "header-groups", "group-by", "emphasize",
                            "zebra", "width", "missing", "notes", "source", "alt"]
    static let tableColumnKeys = ["column", "header", "type", "format", "unit-in-header", "align", "min-width", "max-width",
                                  "bar", "delta", "highlight"]
    static let columnTypes = ["text", "integer", "decimal", "percent", "currency", "units", "korean", "date"]

    mutating func readTable(_ node: SpecNode, datasets: [String: Dataset], language: String) throws -> Figure {
        let map = try node.mapping("table", allowed: Self.tableKeys)
        let idNode = try map.required("table")
        let id = try idNode.string("table")
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
            throw Diagnostic(.error, at: idNode.location, Messages.invalidID(id))
        }
        let labels: TableLabels = language.hasPrefix("ko") ? .korean : .english
        let dataNode = try map.required("data")
        let dataName = try dataNode.string("data")
        guard let dataset = datasets[dataName] else {
            throw Diagnostic(.error, at: dataNode.location, Messages.unknownDataset(dataName, available: datasets.keys.sorted()))
        }
        guard !dataset.rows.isEmpty else { throw Diagnostic(.error, at: dataNode.location, Messages.tableNoRows(dataset: dataName)) }
        func text(_ key: String) throws -> String? {
            guard let n = map[key] else { return nil }
            return try prose(n, key)
        }
        let title = try text("title") ?? ""
        let subtitle = try text("subtitle")
        let source = try text("source")
        let missing = try text("missing") ?? "—"

        // Columns, then every cell read as its column's kind.
        let columnsNode = try map.required("columns")
        var names: [String] = []
        var columns: [TableColumn] = []
        var indices: [Int] = []
        for item in try columnsNode.sequence("columns") {
            let (name, column) = try readTableColumn(item)
            indices.append(try dataset.columnIndex(name, at: item.location))
            names.append(name); columns.append(column)
        }
        guard !columns.isEmpty else {
            throw Diagnostic(.error, at: columnsNode.location, Messages.expected("a list of at least one column", for: "columns"))
        }
        var rows: [TableRow] = []
        rows.reserveCapacity(dataset.rows.count)
        for (r, record) in dataset.rows.enumerated() {
            var cells: [TableValue] = []
            for (c, column) in columns.enumerated() {
                let cell = record[indices[c]]
                let value = try Self.value(cell, kind: column.kind, column: names[c], row: r + 1)
                cells.append(value)
                addText(Self.printed(value, column: column, missing: missing, labels: labels), at: cell.location)
            }
            rows.append(TableRow(cells: cells))
        }

        // Rows are named by their first column's text, for emphasis and notes.
        func rowIndices(_ value: String, at location: SourceLocation) throws -> [Int] {
            let found = rows.indices.filter { Self.key(rows[$0].cells[0], column: columns[0], labels: labels) == value }
            guard !found.isEmpty else { throw Diagnostic(.error, at: location, Messages.unknownRow(value, column: names[0])) }
            return found
        }
        if let n = map["emphasize"] {
            for value in try n.strings("emphasize") {
                for i in try rowIndices(value, at: n.location) { rows[i].emphasized = true }
            }
        }
        func columnIndex(_ n: SpecNode, _ key: String) throws -> Int {
            let name = try n.string(key)
            guard let i = names.firstIndex(of: name) else {
                throw Diagnostic(.error, at: n.location, Messages.notATableColumn(name, available: names))
            }
            return i
        }

        var notes: [TableNote] = []
        if let n = map["notes"] {
            var number = 0
            for item in try n.sequence("notes") {
                if case .scalar = item.node {
                    let s = try item.string("notes"); addText(s, at: item.location)
                    notes.append(TableNote(mark: nil, text: s)); continue
                }
                let m = try item.mapping("notes", allowed: ["text", "column", "row", "mark"])
                let textNode = try m.required("text")
                let noteText = try prose(textNode, "text")
                let column = try m["column"].map { try columnIndex($0, "column") }
                if m["row"] != nil && column == nil { throw Diagnostic(.error, at: m.location, Messages.noteWithoutPlace) }
                var mark: String? = nil
                if column != nil {
                    number += 1
                    mark = try m["mark"]?.string("mark") ?? "\(number))"
                    addText(mark!, at: (m["mark"] ?? item).location)
                }
                if let c = column, let rowNode = m["row"] {
                    for i in try rowIndices(try rowNode.string("row"), at: rowNode.location) { rows[i].marks[c] = mark }
                } else if let c = column {
                    columns[c].headerMark = mark
                }
                notes.append(TableNote(mark: mark, text: noteText))
            }
        }

        var groups: [HeaderGroup] = []
        if let n = map["header-groups"] {
            var taken = Set<Int>()
            for item in try n.sequence("header-groups") {
                let m = try item.mapping("header-groups", allowed: ["label", "columns"])
                let labelNode = try m.required("label")
                let label = try labelNode.string("label"); addText(label, at: labelNode.location)
                let colsNode = try m.required("columns")
                let members = try colsNode.strings("columns").map { name -> Int in
                    guard let i = names.firstIndex(of: name) else {
                        throw Diagnostic(.error, at: colsNode.location, Messages.notATableColumn(name, available: names))
                    }
                    return i
                }.sorted()
                guard let lo = members.first, let hi = members.last, hi - lo + 1 == Set(members).count else {
                    throw Diagnostic(.error, at: colsNode.location, Messages.headerGroupGap(label))
                }
                guard taken.isDisjoint(with: lo...hi) else { throw Diagnostic(.error, at: colsNode.location, Messages.headerGroupsOverlap(label)) }
                taken.formUnion(lo...hi)
                groups.append(HeaderGroup(label: label, columns: lo..<(hi + 1)))
            }
        }

        // Row groups: consecutive order of first appearance of the group column's value.
        var rowGroups: [RowGroup]
        if let n = map["group-by"] {
            let cells = try dataset.strings(in: try n.string("group-by"), at: n.location)
            var order: [String] = []
            var members: [String: [TableRow]] = [:]
            for (cell, row) in zip(cells, rows) {
                let key = cell.value.trimmingSpaces
                if members[key] == nil { order.append(key); addText(key, at: cell.location) }
                members[key, default: []].append(row)
            }
            rowGroups = order.map { RowGroup(label: $0.isEmpty ? nil : $0, rows: members[$0] ?? []) }
        } else {
            rowGroups = [RowGroup(rows: rows)]
        }

        let zebra = try map["zebra"]?.bool("zebra") ?? false
        let widthMode = try map["width"]?.string("width") ?? "full"
        guard ["full", "auto"].contains(widthMode) else {
            throw Diagnostic(.error, at: map["width"]!.location, Messages.unknownValue(widthMode, for: "width", allowed: ["full", "auto"]))
        }
        let table = ComparisonTable(title: title, subtitle: subtitle, columns: columns, headerGroups: groups, groups: rowGroups,
                                    notes: notes, source: source, missingMark: missing, zebra: zebra,
                                    fillsWidth: widthMode == "full", labels: labels)
        for column in columns {
            for line in column.header { addText(line, at: columnsNode.location) }
            if let u = column.headerUnit { addText(u, at: columnsNode.location) }
        }
        addText(labels.continued, at: idNode.location)
        return Figure(id: id, content: .table(table), alt: try text("alt") ?? table.altText)
    }

    /// One entry of `columns:`: a column name, or a mapping of options.
    private mutating func readTableColumn(_ item: SpecNode) throws -> (String, TableColumn) {
        if case .scalar = item.node {
            let name = try item.string("columns")
            return (name, TableColumn(header: [name]))
        }
        let m = try item.mapping("columns", allowed: Self.tableColumnKeys)
        let name = try m.required("column").string("column")
        let header = try m["header"]?.strings("header") ?? [name]
        let typeName = try m["type"]?.string("type") ?? "text"
        let kind: TableColumn.Kind
        var headerUnit: String? = nil
        switch typeName {
        case "text": kind = .text
        case "date": kind = .date
        case "integer", "decimal", "percent", "currency", "units", "korean":
            let style = typeName == "percent" ? "percent" : typeName == "korean" ? "korean" : "plain"
            var format = try NumberFormatReader.read(m["format"], style: style, decimals: typeName == "decimal" ? 1 : 0)
            if typeName == "currency" && format.prefix.isEmpty && format.unit.isEmpty {
                throw Diagnostic(.error, at: (m["format"] ?? item).location, Messages.currencyWithoutSymbol)
            }
            if typeName == "units" && format.unit.isEmpty && format.suffix.isEmpty {
                throw Diagnostic(.error, at: (m["format"] ?? item).location, Messages.unitsWithoutUnit)
            }
            if let n = m["unit-in-header"] {
                if case .scalar(let s) = n.node, !["true", "false", "yes", "no"].contains(s.string) {
                    headerUnit = s.string   // a unit written by hand: the cells stay as formatted
                } else if try n.bool("unit-in-header") {
                    guard !format.unit.isEmpty else { throw Diagnostic(.error, at: n.location, Messages.unitInHeaderWithoutUnit) }
                    headerUnit = format.unit
                    format.unit = ""
                }
            }
            kind = .number(format)
        default:
            throw Diagnostic(.error, at: m["type"]!.location, Messages.unknownValue(typeName, for: "column type", allowed: Self.columnTypes))
        }
        let numeric: Bool = { if case .number = kind { return true } else { return false } }()
        for key in ["bar", "delta", "highlight", "unit-in-header"] where !numeric {
            if let n = m[key] { throw Diagnostic(.error, at: n.location, Messages.numberOptionOnText(key)) }
        }
        let alignment = try m["align"].map { n -> TableColumn.Alignment in
            let s = try n.string("align")
            guard let a = TableColumn.Alignment(rawValue: s) else {
                throw Diagnostic(.error, at: n.location, Messages.unknownValue(s, for: "align", allowed: TableColumn.Alignment.allCases.map(\.rawValue)))
            }
            return a
        }
        let minWidth = try m["min-width"]?.number("min-width", in: 0...2000) ?? 0
        let maxWidth = try m["max-width"]?.number("max-width", in: 1...2000) ?? .infinity
        if minWidth > maxWidth {
            throw Diagnostic(.error, at: m["min-width"]!.location, Messages.expected("at most 'max-width'", for: "min-width"))
        }
        let highlight = try m["highlight"].map(Self.readHighlight) ?? .none
        return (name, TableColumn(header: header, kind: kind, alignment: alignment, minWidth: minWidth, maxWidth: maxWidth,
                                  headerUnit: headerUnit, miniBar: try m["bar"]?.bool("bar") ?? false,
                                  delta: try m["delta"]?.bool("delta") ?? false, highlight: highlight))
    }

    /// `max`, `min`, `{at-least: n}` or `{at-most: n}`.
    private static func readHighlight(_ n: SpecNode) throws -> CellHighlight {
        if case .scalar(let s) = n.node {
            switch s.string {
            case "max": return .maximum
            case "min": return .minimum
            default: throw Diagnostic(.error, at: n.location, Messages.unknownValue(s.string, for: "highlight", allowed: ["max", "min", "{at-least: n}", "{at-most: n}"]))
            }
        }
        let m = try n.mapping("highlight", allowed: ["at-least", "at-most"])
        if let v = m["at-least"] { return .atLeast(try v.number("at-least")) }
        if let v = m["at-most"] { return .atMost(try v.number("at-most")) }
        throw Diagnostic(.error, at: n.location, Messages.missingKey("at-least", in: "'highlight'"))
    }

    /// A cell read as its column's kind; a bad cell is an error at its line and column naming the row.
    static func value(_ cell: Located<String>, kind: TableColumn.Kind, column: String, row: Int) throws -> TableValue {
        let raw = cell.value.trimmingSpaces
        switch kind {
        case .text: return raw.isEmpty ? .missing : .text(raw)
        case .number:
            switch NumberParser.parse(raw) {
            case .number(let v): return .number(v)
            case .missing: return .missing
            case .invalid: throw Diagnostic(.error, at: cell.location, Messages.notANumberInTable(cell.value, column: column, row: row))
            }
        case .date:
            if NumberParser.missingMarks.contains(raw) { return .missing }
            guard let d = TableDate(iso: raw) else {
                throw Diagnostic(.error, at: cell.location, Messages.notADateInTable(cell.value, column: column, row: row))
            }
            return .date(d)
        }
    }

    /// The text a cell prints, for the font check.
    static func printed(_ value: TableValue, column: TableColumn, missing: String, labels: TableLabels) -> String {
        switch value {
        case .missing: return missing
        case .text(let s): return s
        case .date(let d): return labels.format(d)
        case .number(let v):
            if case .number(let f) = column.kind { return f.format(v) }
            return String(v)
        }
    }

    /// How a row is named in `emphasize` and `notes`: its first cell as written in the data.
    static func key(_ value: TableValue, column: TableColumn, labels: TableLabels) -> String {
        switch value {
        case .text(let s): return s
        default: return printed(value, column: column, missing: "", labels: labels)
        }
    }
}
