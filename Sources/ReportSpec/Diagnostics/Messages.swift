/// Every message users see about their input, in one place, so wording stays consistent and tests can assert it.
public enum Messages {
    // MARK: Files
    public static func fileNotFound(_ path: String) -> String { "file not found: \(path)" }
    public static func pathLeavesFolder(_ path: String) -> String {
        "path '\(path)' leaves the report folder; data, boundary and font files must live inside it"
    }
    public static func cannotRead(_ path: String, _ reason: String) -> String { "cannot read \(path): \(reason)" }
    public static func invalidUTF8(byteOffset: Int) -> String { "invalid UTF-8 at byte offset \(byteOffset); save the file as UTF-8" }

    // MARK: CSV
    public static let csvEmpty = "the CSV file is empty; expected a header row and at least one data row"
    public static let csvUnclosedQuote = "quoted field is never closed; expected a closing '\"'"
    public static let csvTextAfterQuote = "unexpected text after a closing quote; expected ',' or the end of the line"
    public static func csvRagged(expected: Int, found: Int) -> String {
        "row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)"
    }
    public static func notANumber(_ cell: String, column: String) -> String {
        "'\(cell)' in column '\(column)' is not a number; expected digits such as 1339, 1,339 or 67.2 (leave the cell empty for a missing value)"
    }
    public static func unknownColumn(_ column: String, dataset: String, file: String, available: [String]) -> String {
        "dataset '\(dataset)' (\(file)) has no column '\(column)'\(suggestion(column, among: available)); its columns are \(available.map { "'\($0)'" }.joined(separator: ", "))"
    }
    public static func noRows(dataset: String) -> String { "dataset '\(dataset)' has no data rows; a chart needs at least one" }

    // MARK: Spec
    public static func yamlSyntax(_ problem: String) -> String { "invalid YAML: \(problem)" }
    public static let specNotMapping = "the report spec must be a mapping of keys such as 'title', 'data' and 'body'"
    public static func unknownKey(_ key: String, in context: String, allowed: [String]) -> String {
        "unknown key '\(key)' in \(context)\(suggestion(key, among: allowed)); expected one of \(allowed.joined(separator: ", "))"
    }
    public static func missingKey(_ key: String, in context: String) -> String { "\(context) needs '\(key)'" }
    public static func expected(_ what: String, for key: String) -> String { "'\(key)' must be \(what)" }
    public static func unknownBlock(_ keys: [String], allowed: [String]) -> String {
        let found = keys.isEmpty ? "no block type" : "'\(keys.joined(separator: "', '"))'"
        return "a body block needs exactly one type key; found \(found), expected one of \(allowed.joined(separator: ", "))"
    }
    public static func unknownDataset(_ name: String, available: [String]) -> String {
        "no dataset named '\(name)'\(suggestion(name, among: available)); the spec's 'data' section defines \(available.isEmpty ? "none" : available.map { "'\($0)'" }.joined(separator: ", "))"
    }
    public static func duplicateID(_ id: String) -> String { "figure id '\(id)' is used twice; figure ids name output files and must be unique" }
    public static func invalidID(_ id: String) -> String {
        "figure id '\(id)' may contain only letters, digits, '-' and '_'; it names the output file"
    }
    public static func invalidDate(_ text: String) -> String { "'\(text)' is not a date; expected YYYY-MM-DD" }
    public static func invalidColor(_ text: String) -> String { "'\(text)' is not a colour; expected #rrggbb" }
    public static func unknownValue(_ value: String, for key: String, allowed: [String]) -> String {
        "'\(value)' is not a valid \(key)\(suggestion(value, among: allowed)); expected one of \(allowed.joined(separator: ", "))"
    }
    public static func unknownCategory(_ value: String, dataset: String) -> String {
        "'\(value)' is not a category of dataset '\(dataset)'"
    }

    // MARK: Fonts
    public static func uncoveredCharacters(_ scalars: [Unicode.Scalar]) -> String {
        let list = scalars.map { "'\(Character($0))' (U+\(hex($0.value)))" }.joined(separator: ", ")
        return "no font in the font set can draw \(list); add a font that covers \(scalars.count == 1 ? "it" : "them") to the report's fonts/ folder or change the text"
    }

    // MARK: Helpers
    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// ", did you mean 'x'?" when a close candidate exists, else "".
    static func suggestion(_ word: String, among candidates: [String]) -> String {
        let best = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(1, word.count / 3) else { return "" }
        return " (did you mean '\(best.0)'?)"
    }

    /// Edits between `a` and `b`, where swapping two neighbouring letters ("titel" → "title") is one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = Array(0...b.count)   // row i - 2, for transpositions
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], before[j - 2] + 1) }
            }
            before = prev
            prev = cur
        }
        return prev[b.count]
    }
}
