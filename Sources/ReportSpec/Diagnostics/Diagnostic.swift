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
    public var kind: Kind
    /// The hint's text.
    public var message: String
    /// The other place the note points at, if any.
    public var location: SourceLocation?

    /// A note, optionally at another place.
    public init(_ message: String, at location: SourceLocation? = nil) {
        kind = .note; self.message = message; self.location = location
    }

    /// A suggested change.
    public init(help message: String) {
        kind = .help; self.message = message; location = nil
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

    /// Creates a message.
    public init(_ code: String, _ text: String, notes: [DiagnosticNote] = []) {
        self.code = code; self.text = text; self.notes = notes
    }

    public var description: String { text }
}

/// Collects diagnostics while loading, so one run reports every problem it can find.
///
/// Passed explicitly; there is no global logger.
public final class Diagnostics {
    public private(set) var all: [Diagnostic] = []
    /// Creates an empty collector.
    public init() {}
    /// Records an error.
    public func error(_ location: SourceLocation, _ message: Message) { all.append(Diagnostic(.error, at: location, message)) }
    /// Records a warning.
    public func warning(_ location: SourceLocation, _ message: Message) { all.append(Diagnostic(.warning, at: location, message)) }
    /// Records an already-built diagnostic.
    public func add(_ d: Diagnostic) { all.append(d) }
    /// True when any error was recorded.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    /// The errors only.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
}

/// Thrown when loading found errors; carries every diagnostic recorded.
public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Creates the failure.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
