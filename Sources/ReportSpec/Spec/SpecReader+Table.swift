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

    mutating func readTable(_ node: SpecNode, language: String) throws -> Figure {
        let map = try node.mapping("table", allowed: Self.tableKeys)
        let (id, idNode) = try figureID(map, "table")
        let labels: TableLabels = language.hasPrefix("ko") ? .korean : .english
        let (dataName, dataset, dataNode) = try namedDataset(map)
        guard !dataset.rows.isEmpty else { throw Diagnostic(.error, at: dataNode.location, Messages.tableNoRows(dataset: dataName)) }
        let title = try optionalProse(map, "title") ?? ""
        let subtitle = try optionalProse(map, "subtitle")
        let source = try optionalProse(map, "source")
        let missing = try optionalProse(map, "missing") ?? "—"

        let columnsNode = try map.required("columns")
        var draft = try readTableColumns(columnsNode, dataset: dataset, labels: labels)
        try readTableRows(dataset, into: &draft, missing: missing)
        if let n = map["emphasize"] {
            for value in try n.strings("emphasize") {
                for i in try draft.rowIndices(value, at: n.location) { draft.rows[i].emphasized = true }
            }
        }
        let notes = try map["notes"].map { try readTableNotes($0, into: &draft) } ?? []
        let groups = try map["header-groups"].map { try readHeaderGroups($0, of: draft) } ?? []
        let rowGroups = try map["group-by"].map { try readRowGroups($0, dataset: dataset, rows: draft.rows) } ?? [RowGroup(rows: draft.rows)]
        let zebra = try map["zebra"]?.bool("zebra") ?? false
        let width = choice(map["width"], "width", default: TableWidth.full)

        let table = ComparisonTable(title: title, subtitle: subtitle, columns: draft.columns, headerGroups: groups, groups: rowGroups,
                                    notes: notes, source: source, missingMark: missing, zebra: zebra,
                                    fillsWidth: width == .full, labels: labels)
        for column in draft.columns {
            for line in column.header { addText(line, at: columnsNode.location) }
            if let u = column.headerUnit { addText(u, at: columnsNode.location) }
        }
        addText(labels.continued, at: idNode.location)
        return Figure(id: id, content: .table(table), alt: try optionalProse(map, "alt") ?? table.altText)
    }

    /// `columns:`: which dataset columns the table shows, and how.
    private mutating func readTableColumns(_ node: SpecNode, dataset: Dataset, labels: TableLabels) throws -> TableDraft {
        var draft = TableDraft(labels: labels)
        let items = try node.sequence("columns")
        guard !items.isEmpty else {
            throw Diagnostic(.error, at: node.location, Messages.expected("a list of at least one column", for: "columns"))
        }
        // Columns are independent: each one's mistake is recorded before the table gives up.
        var complete = true
        for item in items {
            let read = try diagnostics.recovering { () throws -> (String, TableColumn, Int) in
                let (name, column) = try readTableColumn(item)
                return (name, column, try dataset.columnIndex(name, at: item.location))
            }
            guard let (name, column, index) = read else { complete = false; continue }
            draft.names.append(name); draft.columns.append(column); draft.indices.append(index)
        }
        guard complete else { throw AlreadyReported() }
        return draft
    }

    /// Every cell read as its column's kind, noting the text it prints.
    ///
    /// Bad cells are collected column by column and all reported (up to the per-column cap)
    /// before the table gives up, so one run finds every one.
    private mutating func readTableRows(_ dataset: Dataset, into draft: inout TableDraft, missing: String) throws {
        var bad = [[BadCell]](repeating: [], count: draft.columns.count)
        draft.rows.reserveCapacity(dataset.rows.count)
        for (r, record) in dataset.rows.enumerated() {
            var cells: [TableValue] = []
            for (c, column) in draft.columns.enumerated() {
                let cell = record[draft.indices[c]]
                guard let value = Self.value(cell, kind: column.kind) else {
                    let name = draft.names[c]
                    bad[c].append(BadCell(cell) { Self.badCellMessage(cell, kind: column.kind, column: name, row: r + 1) })
                    cells.append(.missing)
                    continue
                }
                cells.append(value)
                addText(Self.printed(value, column: column, missing: missing, labels: draft.labels), at: cell.location)
            }
            draft.rows.append(TableRow(cells: cells))
        }
        for (c, cells) in bad.enumerated() where !cells.isEmpty { reportBadCells(cells, column: draft.names[c]) }
        if bad.contains(where: { !$0.isEmpty }) { throw AlreadyReported() }
    }

    /// `notes:`: general notes, and notes whose marks go in a cell or (without `row`) in a column's header.
    private mutating func readTableNotes(_ node: SpecNode, into draft: inout TableDraft) throws -> [TableNote] {
        var notes: [TableNote] = []
        var number = 0
        for item in try node.sequence("notes") {
            if case .scalar = item.node {
                let s = try item.string("notes"); addText(s, at: item.location)
                notes.append(TableNote(mark: nil, text: s)); continue
            }
            let m = try item.mapping("notes", allowed: ["text", "column", "row", "mark"])
            let textNode = try m.required("text")
            let noteText = try prose(textNode, "text")
            let column = try m["column"].map { try draft.columnIndex($0, "column") }
            guard let c = column else {
                if m["row"] != nil { throw Diagnostic(.error, at: m.location, Messages.noteWithoutPlace) }
                notes.append(TableNote(mark: nil, text: noteText)); continue
            }
            number += 1
            let mark = try m["mark"]?.string("mark") ?? "\(number))"
            addText(mark, at: (m["mark"] ?? item).location)
            if let rowNode = m["row"] {
                for i in try draft.rowIndices(try rowNode.string("row"), at: rowNode.location) { draft.rows[i].marks[c] = mark }
            } else {
                draft.columns[c].headerMark = mark
            }
            notes.append(TableNote(mark: mark, text: noteText))
        }
        return notes
    }

    /// `header-groups:`: spanning headers over neighbouring columns, each column under one at most.
    private mutating func readHeaderGroups(_ node: SpecNode, of draft: TableDraft) throws -> [HeaderGroup] {
        var groups: [HeaderGroup] = []
        var taken = Set<Int>()
        for item in try node.sequence("header-groups") {
            let m = try item.mapping("header-groups", allowed: ["label", "columns"])
            let labelNode = try m.required("label")
            let label = try labelNode.string("label"); addText(label, at: labelNode.location)
            let colsNode = try m.required("columns")
            let members = try colsNode.strings("columns").map { name -> Int in
                guard let i = draft.names.firstIndex(of: name) else {
                    throw Diagnostic(.error, at: colsNode.location, Messages.notATableColumn(name, available: draft.names))
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
        return groups
    }

    /// `group-by:`: rows grouped by a column's value, groups in order of first appearance.
    private mutating func readRowGroups(_ node: SpecNode, dataset: Dataset, rows: [TableRow]) throws -> [RowGroup] {
        let cells = try dataset.strings(in: try node.string("group-by"), at: node.location)
        var order: [String] = []
        var members: [String: [TableRow]] = [:]
        for (cell, row) in zip(cells, rows) {
            let key = cell.value.trimmingSpaces
            if members[key] == nil { order.append(key); addText(key, at: cell.location) }
            members[key, default: []].append(row)
        }
        return order.map { RowGroup(label: $0.isEmpty ? nil : $0, rows: members[$0] ?? []) }
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
        let typeNode = m["type"]
        let typeName = try typeNode?.string("type") ?? "text"
        let kind: TableColumn.Kind
        var headerUnit: String? = nil
        switch typeName {
        case "text": kind = .text
        case "date": kind = .date
        case "integer", "decimal", "percent", "currency", "units", "korean":
            let style = typeName == "percent" ? "percent" : typeName == "korean" ? "korean" : "plain"
            var format = try NumberFormatReader.read(m["format"], style: style, decimals: typeName == "decimal" ? 1 : 0, unitSpacing: unitSpacing)
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
            // Only a written type can be unknown; the default "text" is not.
            throw Diagnostic(.error, at: (typeNode ?? item).location, Messages.unknownValue(typeName, for: "column type", allowed: Self.columnTypes))
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
        // The default minimum (0) is below any maximum, so only a written one can exceed it.
        if let n = m["min-width"], minWidth > maxWidth {
            throw Diagnostic(.error, at: n.location, Messages.expected("at most 'max-width'", for: "min-width"))
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

    /// A cell read as its column's kind, or nil when it does not read as one.
    static func value(_ cell: Located<String>, kind: TableColumn.Kind) -> TableValue? {
        let raw = cell.value.trimmingSpaces
        switch kind {
        case .text: return raw.isEmpty ? .missing : .text(raw)
        case .number:
            switch NumberParser.parse(raw) {
            case .number(let v): return .number(v)
            case .missing: return .missing
            case .invalid: return nil
            }
        case .date:
            if NumberParser.missingMarks.contains(raw) { return .missing }
            return TableDate(iso: raw).map { .date($0) }
        }
    }

    /// Why a cell does not read as its column's kind, naming the row and the column.
    static func badCellMessage(_ cell: Located<String>, kind: TableColumn.Kind, column: String, row: Int) -> Message {
        if case .date = kind { return Messages.notADateInTable(cell.value, column: column, row: row) }
        return Messages.notANumberInTable(cell.value, column: column, row: row)
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

/// `width:` of a table: stretched to the column, or its natural width.
enum TableWidth: String, CaseIterable { case full, auto }

/// A table while its block is read: the dataset columns it shows and its rows, which emphasis and notes then mark.
struct TableDraft {
    /// The dataset column of each table column.
    var names: [String] = []
    var columns: [TableColumn] = []
    /// Where each table column is in the dataset's rows.
    var indices: [Int] = []
    var rows: [TableRow] = []
    let labels: TableLabels

    init(labels: TableLabels) { self.labels = labels }

    /// The rows named `value` by their first cell, as written in the data; an error at `location` when none is.
    func rowIndices(_ value: String, at location: SourceLocation) throws -> [Int] {
        let found = rows.indices.filter { SpecReader.key(rows[$0].cells[0], column: columns[0], labels: labels) == value }
        guard !found.isEmpty else { throw Diagnostic(.error, at: location, Messages.unknownRow(value, column: names[0])) }
        return found
    }

    /// The table column `node` names under `key`.
    func columnIndex(_ node: SpecNode, _ key: String) throws -> Int {
        let name = try node.string(key)
        guard let i = names.firstIndex(of: name) else {
            throw Diagnostic(.error, at: node.location, Messages.notATableColumn(name, available: names))
        }
        return i
    }
}
