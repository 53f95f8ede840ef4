import ChartLayout

/// Every message users see about their input, in one place, so wording stays consistent and tests can assert it.
public enum Messages {
    // MARK: Files
    public static func fileNotFound(_ path: String) -> Message { Message("file.not-found", "file not found: \(path)") }
    public static func pathLeavesFolder(_ path: String) -> Message {
        Message("file.outside-folder", "path '\(path)' leaves the report folder; data, boundary and font files must live inside it")
    }
    public static func cannotRead(_ path: String, _ reason: String) -> Message { Message("file.cannot-read", "cannot read \(path): \(reason)") }
    public static func notARegularFile(_ path: String) -> Message {
        Message("file.not-regular", "\(path) is not a regular file (a folder, a pipe or a device); a report reads only files")
    }
    public static func invalidUTF8(byteOffset: Int) -> Message { Message("file.invalid-utf8", "invalid UTF-8 at byte offset \(byteOffset); save the file as UTF-8") }

    // MARK: CSV
    public static let csvEmpty = Message("data.empty", "the CSV file is empty; expected a header row and at least one data row")
    public static let csvUnclosedQuote = Message("data.unclosed-quote", "quoted field is never closed; expected a closing '\"'")
    public static let csvTextAfterQuote = Message("data.text-after-quote", "unexpected text after a closing quote; expected ',' or the end of the line")
    public static let jsonDataShape = Message("data.json-shape", "a JSON dataset must be an array of objects, one per row, such as [{\"country\": \"미국\", \"value\": 67.2}]")
    public static func jsonDataNested(_ key: String) -> Message {
        Message("data.json-nested", "'\(key)' holds a list or an object; a JSON dataset's values must be numbers, text, true/false or null")
    }
    public static func csvTooManyRows(limit: Int) -> Message {
        Message("data.too-many-rows", "the file has more than \(limit) data rows; aggregate the data before charting it")
    }
    public static func csvRagged(expected: Int, found: Int) -> Message {
        Message("data.ragged-row", "row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)")
    }
    public static func notANumber(_ cell: String, column: String) -> Message {
        Message("data.not-a-number", "'\(cell)' in column '\(column)' is not a number; expected digits such as 1339, 1,339 or 67.2 (leave the cell empty for a missing value)")
    }
    public static func unknownColumn(_ column: String, dataset: String, file: String, available: [String]) -> Message {
        Message("data.unknown-column", "dataset '\(dataset)' (\(file)) has no column '\(column)'; its columns are \(listed(available, quoted: true, limit: 30))",
                notes: didYouMean(column, among: available))
    }
    /// After the first bad cells of a column, how many more have the same problem.
    public static func moreBadCells(_ n: Int, column: String) -> Message {
        Message("data.more-bad-cells", "\(count(n)) more cell\(n == 1 ? "" : "s") in column '\(column)' \(n == 1 ? "has" : "have") the same problem")
    }
    public static func noRows(dataset: String) -> Message { Message("data.no-rows", "dataset '\(dataset)' has no data rows; a chart needs at least one") }

    public static let jsonEmpty = Message("data.json-empty", "the JSON dataset is an empty array; expected one object per row, such as [{\"country\": \"미국\", \"value\": 67.2}]")
    public static func duplicateColumn(_ name: String) -> Message {
        Message("data.duplicate-column", "the header names column '\(name)' twice; each column needs a name of its own")
    }
    public static func controlCharacter(_ scalar: Unicode.Scalar) -> Message {
        Message("spec.control-character", "the text holds the control character U+\(hex(scalar.value)), which prints as nothing (a NUL would end the line there); remove it")
    }

    // MARK: Spec
    public static func yamlSyntax(_ problem: String) -> Message { Message("spec.syntax", "invalid YAML: \(problem)") }
    public static func nestedTooDeep(limit: Int, indent: Int) -> Message {
        Message("spec.too-deep", "the spec nests deeper than \(limit) brackets or indents more than \(indent) spaces; a report spec needs only a few levels")
    }
    /// A spec whose aliases expand it past `limit` values (scalars, lists and mappings), at the alias.
    public static func tooManyValues(limit: Int) -> Message {
        Message("spec.too-many-values", "the spec holds more than \(count(limit)) values once its aliases are expanded (an alias repeats all its anchor holds); a report spec needs far fewer")
    }
    /// A spec whose aliases nest it deeper than `limit` levels, at the alias.
    public static func aliasesTooDeep(limit: Int) -> Message {
        Message("spec.aliases-too-deep", "aliases nest the spec deeper than \(limit) levels once expanded; a report spec needs only a few")
    }
    public static let specNotMapping = Message("spec.not-a-mapping", "the report spec must be a mapping of keys such as 'title', 'data' and 'body'")
    public static func unknownKey(_ key: String, in context: String, allowed: [String]) -> Message {
        Message("spec.unknown-key", "unknown key '\(key)' in \(context); expected one of \(allowed.joined(separator: ", "))",
                notes: didYouMean(key, among: allowed))
    }
    public static func missingKey(_ key: String, in context: String) -> Message { Message("spec.missing-key", "\(context) needs '\(key)'") }
    public static func expected(_ what: String, for key: String) -> Message { Message("spec.invalid-value", "'\(key)' must be \(what)") }
    public static func unknownBlock(_ keys: [String], allowed: [String]) -> Message {
        let found = keys.isEmpty ? "no block type" : "'\(keys.joined(separator: "', '"))'"
        // A misspelt type ("chrat") hides among the block's other keys: suggest for the first key near a type.
        let notes = keys.lazy.filter { !allowed.contains($0) }.map { didYouMean($0, among: allowed) }.first { !$0.isEmpty } ?? []
        return Message("spec.unknown-block", "a body block needs exactly one type key; found \(found), expected one of \(allowed.joined(separator: ", "))",
                       notes: notes)
    }
    public static func unknownDataset(_ name: String, available: [String]) -> Message {
        Message("spec.unknown-dataset", "no dataset named '\(name)'; the spec's 'data' section defines \(available.isEmpty ? "none" : available.map { "'\($0)'" }.joined(separator: ", "))",
                notes: didYouMean(name, among: available))
    }
    public static func duplicateID(_ id: String) -> Message { Message("spec.duplicate-id", "figure id '\(id)' is used twice; figure ids name output files and must be unique") }
    public static func invalidID(_ id: String) -> Message {
        Message("spec.invalid-id", "figure id '\(id)' may contain only letters, digits, '-' and '_'; it names the output file")
    }
    public static func invalidDate(_ text: String) -> Message { Message("spec.invalid-date", "'\(text)' is not a date; expected YYYY-MM-DD") }
    public static func invalidColor(_ text: String) -> Message { Message("spec.invalid-color", "'\(text)' is not a colour; expected #rrggbb") }
    public static func unknownValue(_ value: String, for key: String, allowed: [String]) -> Message {
        Message("spec.unknown-value", "'\(value)' is not a valid \(key); expected one of \(allowed.joined(separator: ", "))",
                notes: didYouMean(value, among: allowed))
    }
    public static func noHyphenationPatterns(_ path: String) -> Message {
        Message("theme.no-hyphenation", "no English hyphenation patterns at \(path); English words in justified paragraphs are not hyphenated",
                notes: [DiagnosticNote(help: "install Debian's hyphen-en-us (scripts/setup.sh does), set BRIEFING_HYPHENATION to a libhyphen .dic file, or say 'hyphenate: false' in the theme")])
    }
    public static func eitherKey(_ a: String, _ b: String) -> Message { Message("spec.conflicting-keys", "give either '\(a)' or '\(b)', not both") }
    /// The last error of a load that stopped recording: how many more errors there were.
    public static func tooManyErrors(shown: Int, more: Int) -> Message {
        Message("spec.too-many-errors", "too many errors: \(count(more)) more after the first \(count(shown)) are not shown; fix these and run again")
    }
    /// A key given twice in one mapping.
    public static func duplicateKey(_ key: String) -> Message { Message("spec.duplicate-key", "'\(key)' must be given once") }
    /// A spec file larger than a spec can need.
    public static func specTooLarge(_ file: String, megabytes: Int) -> Message { Message("spec.too-large", "'\(file)' must be at most \(megabytes) MB") }

    // MARK: Charts
    public static func noTextColumn(available: [String]) -> Message {
        Message("chart.no-text-column", "no column of text to use as categories among \(available.map { "'\($0)'" }.joined(separator: ", ")); pass --category COLUMN")
    }
    public static func noNumberColumn(available: [String]) -> Message {
        Message("chart.no-number-column", "no column of numbers to chart among \(available.map { "'\($0)'" }.joined(separator: ", ")); pass --value COLUMN")
    }
    public static func negativeInPercent(_ cell: String) -> Message {
        Message("chart.negative-in-percent", "'\(cell)' is negative; a 100 % stacked chart shows shares of a total and needs values of 0 or more")
    }
    public static func nonPositiveOnLog(_ cell: String) -> Message {
        Message("chart.non-positive-on-log", "'\(cell)' cannot be shown on a log scale, which needs values above 0; use a linear scale")
    }
    public static let averageOfNothing = Message("chart.empty-average", "an average line needs at least one value in the chart's first series")
    public static func negativeInStack(_ cell: String) -> Message {
        Message("chart.negative-in-stack", "'\(cell)' is below 0, which stacked areas cannot show; draw lines instead ('type: line')")
    }
    public static func annotationOnMissing(_ category: String, series: String) -> Message {
        Message("chart.annotation-on-missing", "series '\(series)' has no value at '\(category)' for the annotation to point at")
    }
    public static func seriesCount(kind: String, expected: String, given: Int) -> Message {
        Message("chart.series-count", "a \(kind) chart needs \(expected) series (value columns); \(given) given")
    }
    public static func keyNotForKind(_ key: String, kind: String, suited: String) -> Message {
        Message("chart.key-not-for-kind", "'\(key)' is not a key of a \(kind) chart; it applies to \(suited) charts (set 'type' to choose the kind)")
    }
    public static func unknownCategory(_ value: String, dataset: String) -> Message {
        Message("chart.unknown-category", "'\(value)' is not a category of dataset '\(dataset)'")
    }

    public static func unsafeLink(_ link: String) -> Message {
        Message("spec.unsafe-link", "the link '\(link)' is not an https:, http: or mailto: address; a PDF reader would run any other kind as an action")
    }

    // MARK: Tables
    public static func noStandaloneTable(_ id: String, rows: Int, limit: Int) -> Message {
        Message("table.no-standalone-file", "table '\(id)' has \(rows) rows, so no standalone SVG or PNG is written for it (only tables of at most \(limit) rows get one); the PDF has every row")
    }
    public static func tableNoRows(dataset: String) -> Message { Message("table.no-rows", "dataset '\(dataset)' has no data rows; a table needs at least one") }
    public static func notANumberInTable(_ cell: String, column: String, row: Int) -> Message {
        Message("table.not-a-number", "row \(row): '\(cell)' in column '\(column)' is not a number; expected digits such as 1339, 1,339 or 67.2 (leave the cell empty for a missing value, or make the column 'type: text')")
    }
    public static func notADateInTable(_ cell: String, column: String, row: Int) -> Message {
        Message("table.not-a-date", "row \(row): '\(cell)' in column '\(column)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (leave the cell empty for a missing value)")
    }
    public static func notATableColumn(_ column: String, available: [String]) -> Message {
        Message("table.unknown-column", "'\(column)' is not a column of this table; its columns are \(listed(available, quoted: true, limit: 30))",
                notes: didYouMean(column, among: available))
    }
    public static func unknownRow(_ value: String, column: String) -> Message {
        Message("table.unknown-row", "no row has '\(value)' in its first column '\(column)'")
    }
    public static func headerGroupGap(_ label: String) -> Message {
        Message("table.header-group-gap", "the columns under '\(label)' must be neighbours in the table's column order")
    }
    public static func headerGroupsOverlap(_ label: String) -> Message {
        Message("table.header-group-overlap", "the columns under '\(label)' are already under another group header")
    }
    public static let unitInHeaderWithoutUnit = Message("table.no-unit-for-header", "'unit-in-header: true' moves the format's unit into the header, but the column's format has no 'unit'")
    public static func numberOptionOnText(_ key: String) -> Message {
        Message("table.number-option-on-text", "'\(key)' needs a number column (type integer, decimal, percent, currency, units or korean)")
    }
    public static let currencyWithoutSymbol = Message("table.missing-symbol", "a currency column needs a symbol or unit in its format: 'prefix: $' or 'unit: 원'")
    public static let unitsWithoutUnit = Message("table.missing-unit", "a units column needs the unit in its format: 'unit: 개' or 'suffix: 개'")
    public static let noteWithoutPlace = Message("table.note-without-column", "a note with 'row' also needs 'column': the mark goes in that cell")

    // MARK: Data-bound prose
    public static let unclosedBinding = Message("prose.unclosed-binding", "'{{' is never closed; write a value as {{ dataset.column[\"row\"] | format }}")
    public static func bindingSyntax(_ problem: String) -> Message { Message("prose.syntax", "in {{ … }}: \(problem)") }
    public static let divisionByZero = Message("prose.division-by-zero", "division by zero in {{ … }}")
    public static let notFinite = Message("prose.not-finite", "the value in {{ … }} is not a finite number")
    public static func unknownRow(_ row: String, dataset: String, keyColumn: String, available: [String]) -> Message {
        Message("prose.unknown-row", "dataset '\(dataset)' has no row '\(row)' in its first column '\(keyColumn)'", notes: didYouMean(row, among: available))
    }
    public static func emptyCell(column: String, row: String, at location: String) -> Message {
        Message("prose.empty-cell", "the cell for row '\(row)', column '\(column)' is empty (\(location)); prose cannot cite a missing value")
    }
    public static func aggregateOfNothing(_ function: String) -> Message { Message("prose.empty-aggregate", "\(function)(…) has no values to work on") }
    public static func wrongArguments(_ function: String, expected: String) -> Message { Message("prose.wrong-arguments", "\(function)(…) takes \(expected)") }
    public static func unknownFunction(_ name: String, allowed: [String]) -> Message {
        Message("prose.unknown-function", "unknown function '\(name)'; expected one of \(allowed.joined(separator: ", "))",
                notes: didYouMean(name, among: allowed))
    }
    public static func columnWhereNumberExpected(_ column: String) -> Message {
        Message("prose.whole-column", "'\(column)' is a whole column; pick one value with [\"row\"] or use sum, min, max, mean or count")
    }

    // MARK: Fonts
    public static func unknownFontFamily(_ family: String, available: [String]) -> Message {
        Message("font.unknown-family", "no font of the set is in the family '\(family)'; its families are \(listed(available, quoted: true))",
                notes: didYouMean(family, among: available))
    }
    public static func uncoveredCharacters(_ scalars: [Unicode.Scalar]) -> Message {
        let list = scalars.map { "'\(Character($0))' (U+\(hex($0.value)))" }.joined(separator: ", ")
        return Message("font.uncovered-characters", "no font in the font set can draw \(list); add a font that covers \(scalars.count == 1 ? "it" : "them") to the report's fonts/ folder or change the text")
    }

    // MARK: Helpers
    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// Items joined by ", ", at most `limit` of them, then "and N more": a boundary file with
    /// thousands of regions must not make a message thousands of names long.
    static func listed(_ items: [String], quoted: Bool = false, limit: Int = 10) -> String {
        let shown = items.prefix(limit).map { quoted ? "'\($0)'" : $0 }.joined(separator: ", ")
        let rest = items.count - limit
        return rest > 0 ? "\(shown) and \(count(rest)) more" : shown
    }

    /// A count with digit grouping, as messages write numbers ("15,171").
    static func count(_ n: Int) -> String { NumberFormat.plain(decimals: 0).format(Double(n)) }

    /// The candidate a misspelt `word` most likely meant: the nearest, when within a third of the word's length (at least 1 edit).
    static func suggestion(_ word: String, among candidates: [String]) -> String? {
        let best = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(1, word.count / 3) else { return nil }
        return best.0
    }

    /// A help note "did you mean 'x'?" when a close candidate exists; kept out of the message so tools can offer it as a fix.
    static func didYouMean(_ word: String, among candidates: [String]) -> [DiagnosticNote] {
        suggestion(word, among: candidates).map { [DiagnosticNote(help: "did you mean '\($0)'?")] } ?? []
    }

    /// Optimal string alignment distance: edits plus adjacent transpositions ("titel" → "title" is 1).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
