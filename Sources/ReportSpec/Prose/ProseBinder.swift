import ChartLayout
import ReportBuilder

/// Replaces every `{{ expression | format }}` in a text with the value it computes from the
/// report's datasets, so a number in prose can never drift from the data it cites.
///
/// ```swift
/// let binder = ProseBinder(datasets: datasets)
/// binder.bind("미국은 {{ investment.usd_billion[\"미국\"] * 1e9 | korean(unit: \"달러\") }}", locate: locate, failed: record)
/// // "미국은 672억 달러"
/// ```
struct ProseBinder {
    let datasets: ReportDatasets
    /// How a counter follows a figure unless a binding says `unit-spacing` itself (the theme's).
    var unitSpacing: NumberFormat.UnitSpacing = .spelling
    /// The report's figures, numbered, for `ref("…")`.
    var figures = FigureIndex()
    /// Whether a cross-reference reads "그림 2" (Korean) or "Figure 2".
    var korean = true

    /// A value while evaluating: a number, or a whole column for aggregates.
    enum Value {
        case number(Double)
        case column([Double], name: String)
    }

    /// An evaluation failure at a Character offset of the text.
    struct Failure: Error {
        var offset: Int
        var message: Message
    }

    /// Cells a binding needs as numbers that are not: the data's mistake, reported at the cells.
    struct BadCells: Error {
        var cells: [Located<String>]
        var column: String
    }

    /// The text with every binding replaced; `locate` turns an offset in the text into a source location.
    ///
    /// A binding that cannot be computed is left as written and its error (a ``Diagnostic``,
    /// ``BadCells``, or ``AlreadyReported`` for a dataset whose file failed) passed to `failed`,
    /// so one run reports every bad binding of a text.
    func bind(_ text: String, locate: (Int) -> SourceLocation, failed: (Error) -> Void) -> String {
        guard text.contains("{{") else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" {
                guard let close = Self.closing(chars, from: i + 2) else {
                    failed(Diagnostic(.error, at: locate(i), Messages.unclosedBinding))
                    out += String(chars[i...])
                    break
                }
                let inner = String(chars[(i + 2)..<close])
                do {
                    var parser = ExpressionParser(Substring(inner), base: i + 2)
                    let (expression, format) = try parser.parseBinding()
                    if case .reference(let id) = expression {
                        out += try reference(id, at: i)
                    } else {
                        let value = try evaluate(expression, at: i)
                        out += try write(value, format, at: i)
                    }
                } catch {
                    switch error {
                    case let e as ExpressionSyntaxError: failed(Diagnostic(.error, at: locate(e.offset), Messages.bindingSyntax(e.message)))
                    case let f as Failure: failed(Diagnostic(.error, at: locate(f.offset), f.message))
                    default: failed(error)
                    }
                    out += String(chars[i..<(close + 2)])
                }
                i = close + 2
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    private static func closing(_ chars: [Character], from start: Int) -> Int? {
        var j = start
        while j + 1 < chars.count {
            if chars[j] == "}" && chars[j + 1] == "}" { return j }
            j += 1
        }
        return nil
    }

    // MARK: Evaluation

    func evaluate(_ e: Expression, at offset: Int) throws -> Value {
        switch e {
        case .number(let v): return .number(v)
        case .negate(let inner): return .number(-(try number(evaluate(inner, at: offset), at: offset)))
        case .binary(let op, let l, let r):
            let a = try number(evaluate(l, at: offset), at: offset), b = try number(evaluate(r, at: offset), at: offset)
            let v: Double
            switch op {
            case "+": v = a + b
            case "-": v = a - b
            case "*": v = a * b
            default:
                guard b != 0 else { throw Failure(offset: offset, message: Messages.divisionByZero) }
                v = a / b
            }
            guard v.isFinite else { throw Failure(offset: offset, message: Messages.notFinite) }
            return .number(v)
        case .cell(let name, let column, let row):
            let data = try dataset(name, at: offset)
            let location = SourceLocation(file: data.file)
            let index = try wrap(offset) { try data.columnIndex(column, at: location) }
            guard let r = data.rows.first(where: { $0.first?.value == row }) else {
                let keys = data.rows.compactMap { $0.first?.value }
                throw Failure(offset: offset, message: Messages.unknownRow(row, dataset: name, keyColumn: data.columnNames.first ?? "", available: keys))
            }
            let cell = r[index]
            switch NumberParser.parse(cell.value) {
            case .number(let v): return .number(v)
            case .missing: throw Failure(offset: offset, message: Messages.emptyCell(column: column, row: row, at: cell.location.description))
            // A bad cell is the data's fault: point at the cell, not at the sentence citing it.
            case .invalid: throw BadCells(cells: [cell], column: column)
            }
        case .column(let name, let column):
            let data = try dataset(name, at: offset)
            let (values, invalid) = try wrap(offset) { try data.parsedNumbers(in: column, at: SourceLocation(file: data.file)) }
            guard invalid.isEmpty else { throw BadCells(cells: invalid, column: column) }
            return .column(values.compactMap { $0 }, name: "\(name).\(column)")
        case .reference:
            // The parser lets a reference stand only alone, where `bind` writes it.
            throw Failure(offset: offset, message: Messages.bindingSyntax("ref(\"…\") stands alone in {{ … }}"))
        case .call(let function, let args):
            // A sum or mean of huge cells can overflow to infinity, as an arithmetic step can.
            let v = try call(function, args, at: offset)
            guard v.isFinite else { throw Failure(offset: offset, message: Messages.notFinite) }
            return .number(v)
        }
    }

    private func call(_ function: String, _ args: [Expression], at offset: Int) throws -> Double {
        let values = try args.map { try evaluate($0, at: offset) }
        func list() throws -> [Double] {
            var out: [Double] = []
            for v in values {
                switch v {
                case .number(let n): out.append(n)
                case .column(let c, _): out += c
                }
            }
            guard !out.isEmpty else { throw Failure(offset: offset, message: Messages.aggregateOfNothing(function)) }
            return out
        }
        switch function {
        case "sum": return try list().reduce(0, +)
        case "min": return try list().min() ?? 0
        case "max": return try list().max() ?? 0
        case "mean", "average": let l = try list(); return l.reduce(0, +) / Double(l.count)
        case "count": return Double(try list().count)
        case "abs":
            guard values.count == 1 else { throw Failure(offset: offset, message: Messages.wrongArguments("abs", expected: "one number")) }
            return abs(try number(values[0], at: offset))
        case "round":
            guard (1...2).contains(values.count) else { throw Failure(offset: offset, message: Messages.wrongArguments("round", expected: "a number and optional decimals")) }
            let x = try number(values[0], at: offset)
            let places = values.count == 2 ? try number(values[1], at: offset) : 0
            // Checked as a Double first: converting 1e19 to Int would trap.
            guard places == places.rounded(), (-12...12).contains(places) else {
                throw Failure(offset: offset, message: Messages.wrongArguments("round", expected: "decimals between -12 and 12"))
            }
            let digits = Int(places)
            var scale = 1.0
            for _ in 0..<abs(digits) { scale *= 10 }
            return digits >= 0 ? (x * scale).rounded() / scale : (x / scale).rounded() * scale
        default:
            throw Failure(offset: offset, message: Messages.unknownFunction(function, allowed: ["sum", "min", "max", "mean", "count", "round", "abs"]))
        }
    }

    private func number(_ v: Value, at offset: Int) throws -> Double {
        switch v {
        case .number(let n): return n
        case .column(_, let name): throw Failure(offset: offset, message: Messages.columnWhereNumberExpected(name))
        }
    }

    private func dataset(_ name: String, at offset: Int) throws -> Dataset {
        switch datasets.lookup(name) {
        case .found(let d): return d
        case .failed: throw AlreadyReported()
        case .unknown(let message): throw Failure(offset: offset, message: message)
        }
    }

    private func wrap<T>(_ offset: Int, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let d as Diagnostic { throw Failure(offset: offset, message: Message(d.code, d.message, notes: d.notes)) }
    }

    // MARK: Cross-references

    /// The figure's number as the caption prints it ("그림 2", "Table 1"), marked (``FigureReference``)
    /// so that text taking inline markup can link it to the figure.
    private func reference(_ id: String, at offset: Int) throws -> String {
        guard let figure = figures[id] else {
            throw Failure(offset: offset, message: Messages.unknownFigure(id, available: figures.ids))
        }
        let label = Figure.label(number: figure.number, isTable: figure.isTable, korean: korean)
        return FigureReference.marked(label, anchor: Figure.anchor(id: id))
    }

    // MARK: Writing

    private func write(_ value: Value, _ format: FormatCall?, at offset: Int) throws -> String {
        let v = try number(value, at: offset)
        guard let format else {
            // No format: digit grouping and as few decimals as the value needs (at most two).
            let decimals = (v * 100).rounded() == (v * 10).rounded() * 10 ? ((v * 10).rounded() == v.rounded() * 10 ? 0 : 1) : 2
            return NumberFormat.plain(decimals: decimals).format(v)
        }
        let allowed: Set<String> = ["unit", "unit-spacing", "multiplier", "digits", "decimals", "approximate", "prefix", "suffix", "step"]
        for key in format.arguments.keys where !allowed.contains(key) {
            throw Failure(offset: offset, message: Messages.unknownKey(key, in: "the format '\(format.name)'", allowed: allowed.sorted()))
        }
        func text(_ k: String) -> String? { if case .text(let t)? = format.arguments[k] { return t }; return nil }
        func num(_ k: String) -> Double? { if case .number(let n)? = format.arguments[k] { return n }; return nil }
        func flag(_ k: String) -> Bool { if case .flag(let b)? = format.arguments[k] { return b }; return false }
        // A value out of range is the author's mistake to hear about, not one to round quietly.
        func whole(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let n = num(key) else { return nil }
            guard n.isFinite, n == n.rounded(), n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
                throw Failure(offset: offset, message: Messages.expected("a whole number from \(range.lowerBound) to \(range.upperBound)", for: key))
            }
            return Int(n)
        }
        let multiplier = num("multiplier") ?? 1
        guard multiplier.isFinite, multiplier != 0 else {
            throw Failure(offset: offset, message: Messages.expected("a number other than 0", for: "multiplier"))
        }
        var value = v
        if let step = num("step") {
            guard step.isFinite, step > 0 else { throw Failure(offset: offset, message: Messages.expected("a number above 0", for: "step")) }
            // Editors round to a chosen unit ("97조 5,000억"): snap to the nearest multiple of `step`.
            value = (v * multiplier / step).rounded() * step / multiplier
        }
        let decimals = try whole("decimals", in: 0...10) ?? 0
        let digits = try whole("digits", in: 1...15)
        var f: NumberFormat
        switch format.name {
        case "korean":
            f = .korean(unit: text("unit") ?? "", multiplier: multiplier,
                        significantDigits: num("step") != nil ? nil : (digits ?? 4), approximate: flag("approximate"),
                        prefix: text("prefix") ?? "", suffix: text("suffix") ?? "")
        case "plain":
            f = .plain(decimals: decimals, prefix: text("prefix") ?? "", suffix: text("suffix") ?? "", unit: text("unit") ?? "", multiplier: multiplier)
        case "percent":
            f = .percent(decimals: decimals, multiplier: multiplier)
        case "english":
            f = .english(significantDigits: digits ?? 3, decimals: decimals, prefix: text("prefix") ?? "", suffix: text("suffix") ?? "",
                         unit: text("unit") ?? "", multiplier: multiplier, approximate: flag("approximate"))
        default:
            throw Failure(offset: offset, message: Messages.unknownValue(format.name, for: "format", allowed: ["korean", "plain", "percent", "english"]))
        }
        f.unitSpacing = unitSpacing
        if let name = text("unit-spacing") {
            guard let spacing = NumberFormat.UnitSpacing(rawValue: name) else {
                throw Failure(offset: offset, message: Messages.unknownValue(name, for: "unit-spacing",
                                                                             allowed: NumberFormat.UnitSpacing.allCases.map(\.rawValue)))
            }
            f.unitSpacing = spacing
        }
        return f.format(value)
    }
}
