/// One message for the user about their input: severity, a stable code, place, text and notes.
///
/// Every layer returns diagnostics; none prints them. The engine collects them and the
/// command line renders them, as `path:line:column: error: message` (the form editors and CI
/// annotate) followed by the source line, or as one JSON object per line.
///
/// ```swift
/// let d = Diagnostic(.error, at: SourceLocation(file: "report.yaml", line: 3, column: 1),
///                    Messages.unknownKey("titel", in: "report.yaml", allowed: ["title"]))
/// d.code         // "spec.unknown-key"
/// d.notes        // [help: did you mean 'title'?]
/// ```
public struct Diagnostic: Equatable, Hashable, Sendable, Codable, CustomStringConvertible, Error {
    /// How bad it is.
    public enum Severity: String, Equatable, Hashable, Sendable, Codable { case error, warning }
    /// Whether the build fails (`error`) or goes on (`warning`).
    public var severity: Severity
    /// A stable, dotted name of the kind of problem (`spec.unknown-key`, `data.not-a-number`),
    /// for tools that filter or count diagnostics; the wording of ``message`` may change, this may not.
    public var code: String
    /// Where the problem is: the file, and its line and column when known.
    public var location: SourceLocation
    /// What is wrong and what was expected, in one sentence.
    public var message: String
    /// Further hints: a likely correction, or another place that takes part in the problem.
    public var notes: [DiagnosticNote]
    /// The text of the line at ``location``, as it was read, when the engine attached it: for
    /// showing the line with a caret under the column.
    public var sourceLine: String?

    /// Creates a diagnostic from one of ``Messages``' messages.
    public init(_ severity: Severity, at location: SourceLocation, _ message: Message, notes: [DiagnosticNote] = []) {
        self.severity = severity; self.location = location
        self.code = message.code; self.message = message.text; self.notes = message.notes + notes
    }

    /// The first line of the text form: `path:line:column: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// A hint attached to a diagnostic: "did you mean 'title'?", or another place involved.
///
/// ```swift
/// DiagnosticNote("the map joins on it here", at: joinKeyLocation)
/// DiagnosticNote(help: "did you mean 'value'?")
/// ```
public struct DiagnosticNote: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What kind of hint it is: `note` points at something, `help` suggests a change.
    public enum Kind: String, Equatable, Hashable, Sendable, Codable { case note, help }
    /// Whether the note points at something or suggests a change.
    public var kind: Kind
    /// The hint's text.
    public var message: String
    /// The other place the note points at, if any.
    public var location: SourceLocation?

    /// A note, optionally at another place.
    public init(_ message: String, at location: SourceLocation? = nil) {
        kind = .note; self.message = message.escapingControlCharacters; self.location = location
    }

    /// A suggested change.
    public init(help message: String) {
        kind = .help; self.message = message.escapingControlCharacters; location = nil
    }

    /// `note: text (at path:line:column)` or `help: text`.
    public var description: String {
        "\(kind.rawValue): \(message)" + (location.map { " (\($0))" } ?? "")
    }
}

/// The text of a diagnostic with its stable code and any notes; every one comes from ``Messages``.
///
/// ```swift
/// Message("spec.missing-key", "'chart' needs 'data'")
/// ```
public struct Message: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The stable code (see ``Diagnostic/code``).
    public var code: String
    /// The sentence shown to the user.
    public var text: String
    /// Hints that go with it.
    public var notes: [DiagnosticNote]

    /// Creates a message; control characters quoted from the input are shown as `\u{1B}`, never
    /// sent raw to a terminal.
    public init(_ code: String, _ text: String, notes: [DiagnosticNote] = []) {
        self.code = code; self.text = text.escapingControlCharacters; self.notes = notes
    }

    /// The sentence, as printed.
    public var description: String { text }
}

/// Collects diagnostics while loading, so one run reports every problem it can find.
///
/// Passed explicitly; there is no global logger. Errors past ``errorLimit`` are counted, not
/// kept: after fifty mistakes the rest are most often one mistake repeated. Warnings are always kept.
///
/// ```swift
/// let diagnostics = Diagnostics()
/// diagnostics.error(at, Messages.unknownKey("titel", in: "'report.yaml'", allowed: ["title"]))
/// diagnostics.hasErrors        // true
/// diagnostics.inSourceOrder    // by file, line and column
/// ```
public final class Diagnostics {
    /// How many errors one load reports before it only counts them.
    public static let defaultErrorLimit = 50
    /// The most errors kept; those after it are counted in ``omittedErrors``.
    public let errorLimit: Int
    /// Every diagnostic kept, in the order recorded.
    public private(set) var all: [Diagnostic] = []
    /// Errors recorded after the limit was reached.
    public private(set) var omittedErrors = 0
    private var errorCount = 0
    private var seen = Set<Diagnostic>()

    /// Creates an empty collector.
    public init(errorLimit: Int = Diagnostics.defaultErrorLimit) { self.errorLimit = errorLimit }
    /// Records an error.
    public func error(_ location: SourceLocation, _ message: Message) { add(Diagnostic(.error, at: location, message)) }
    /// Records a warning.
    public func warning(_ location: SourceLocation, _ message: Message) { add(Diagnostic(.warning, at: location, message)) }
    /// Records an already-built diagnostic; one equal to a diagnostic already kept is dropped (a cell
    /// read by a chart and by a sentence citing it is one mistake, said once).
    public func add(_ d: Diagnostic) {
        guard !seen.contains(d) else { return }
        if d.severity == .error {
            guard errorCount < errorLimit else { omittedErrors += 1; return }
            errorCount += 1
        }
        seen.insert(d)
        all.append(d)
    }
    /// True when any error was recorded, kept or counted.
    public var hasErrors: Bool { errorCount > 0 }
    /// The errors kept.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    /// The warnings.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    /// Every diagnostic kept, in source order: by file, then line, then column; those at one place in the order recorded.
    public var inSourceOrder: [Diagnostic] {
        all.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Thrown when loading found errors; carries every diagnostic recorded.
public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Every error of the load and the warnings found with them, in source order.
    public var diagnostics: [Diagnostic]
    /// Creates the failure.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// Each diagnostic's first line, one to a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension String {
    /// The text with C0 and C1 control characters and DEL written as `\u{1B}`: a message quoting
    /// input must not ring the terminal's bell or send it an escape sequence.
    var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
