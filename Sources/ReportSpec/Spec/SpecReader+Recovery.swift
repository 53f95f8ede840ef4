/// How reading goes on past a mistake: recovery points, data cells reported once per column,
/// and datasets whose files failed, which later blocks skip without a second error.
extension SpecReader {
    /// At most this many bad cells of one column are reported one by one; one more error counts the rest.
    static let cellErrorsPerColumn = 5

    /// Records the bad cells of one column, each at its own place, up to ``cellErrorsPerColumn``,
    /// then one error saying how many more there are. Cells already reported (another block
    /// read the same column) are not reported again.
    mutating func reportBadCells(_ bad: [BadCell], column: String) {
        let fresh = bad.filter { !reportedCells.contains($0.cell.location) }
        for b in bad { reportedCells.insert(b.cell.location) }
        for b in fresh.prefix(Self.cellErrorsPerColumn) { diagnostics.error(b.cell.location, b.message()) }
        if fresh.count > Self.cellErrorsPerColumn {
            let next = fresh[Self.cellErrorsPerColumn].cell.location
            diagnostics.error(next, Messages.moreBadCells(fresh.count - Self.cellErrorsPerColumn, column: column))
        }
    }

    /// The cells of `column` as numbers (nil for a missing value); every cell that is not a number is reported.
    mutating func numbers(in dataset: Dataset, _ column: String, at location: SourceLocation) throws -> [Double?] {
        guard let values = try checkedNumbers(in: dataset, column, at: location) else { throw AlreadyReported() }
        return values
    }

    /// The cells of `column` as numbers, each also held to `rule` when one is given. Cells that are
    /// not numbers, or that break the rule, are all reported and nil returned, so a block can
    /// check its other columns before giving up.
    mutating func checkedNumbers(in dataset: Dataset, _ column: String, at location: SourceLocation,
                                 rule: ValueRule? = nil) throws -> [Double?]? {
        let (values, invalid) = try dataset.parsedNumbers(in: column, at: location)
        guard invalid.isEmpty else {
            reportBadCells(invalid.map { BadCell(notANumber: $0, column: column) }, column: column)
            return nil
        }
        guard let rule else { return values }
        let cells = try dataset.strings(in: column, at: location)
        let refused = zip(cells, values).filter { !rule.accepts($1) }.map { cell, _ in BadCell(cell) { rule.refusal(cell) } }
        guard refused.isEmpty else {
            reportBadCells(refused, column: column)
            return nil
        }
        return values
    }

    /// The dataset a block names under `data:`; a dataset whose file failed ends the block without a second error.
    func namedDataset(_ map: SpecMapping) throws -> (name: String, dataset: Dataset, node: SpecNode) {
        let node = try map.required("data")
        let name = try node.string("data")
        switch datasets.lookup(name) {
        case .found(let dataset): return (name, dataset, node)
        case .failed: throw AlreadyReported()
        case .unknown(let message): throw Diagnostic(.error, at: node.location, message)
        }
    }
}

extension Diagnostics {
    /// Runs one recovery point (a section, a dataset, a block): an error it throws is recorded
    /// and nil returned, so the reader moves on to the next.
    func recovering<T>(_ body: () throws -> T) throws -> T? {
        do { return try body() } catch { try record(error); return nil }
    }

    /// Records an error a reader threw: a diagnostic, every diagnostic of a failure, nothing for
    /// one already reported. Anything else is not a mistake in the input, and is thrown on.
    func record(_ error: Error) throws {
        switch error {
        case let d as Diagnostic: add(d)
        case let f as LoadFailure: f.diagnostics.forEach(add)
        case is AlreadyReported: break
        default: throw error
        }
    }

    /// The failure a load with errors ends in: every diagnostic in source order, then, when errors
    /// were left out past the limit, one saying how many. Nil when no error was recorded.
    func failure(summaryAt file: String) -> LoadFailure? {
        guard hasErrors else { return nil }
        var list = inSourceOrder
        if omittedErrors > 0 {
            list.append(Diagnostic(.error, at: SourceLocation(file: file), Messages.tooManyErrors(shown: errorLimit, more: omittedErrors)))
        }
        return LoadFailure(list)
    }
}

/// A data cell a block cannot use, with what to say about it; the message is built only for the
/// few cells shown (a 500,000-row column of text in a number's place is one mistake, not 500,000 sentences).
struct BadCell {
    var cell: Located<String>
    var message: () -> Message

    init(_ cell: Located<String>, message: @escaping () -> Message) { self.cell = cell; self.message = message }

    /// A cell that should be a number and is not.
    init(notANumber cell: Located<String>, column: String) {
        self.init(cell) { Messages.notANumber(cell.value, column: column) }
    }
}

/// What a column's values must be beyond numbers (a latitude within ±90, a rank from 1).
struct ValueRule {
    /// Whether a value is fine; nil is a missing value.
    var accepts: (Double?) -> Bool
    /// What is wrong with a cell whose value is not.
    var refusal: (Located<String>) -> Message
}
