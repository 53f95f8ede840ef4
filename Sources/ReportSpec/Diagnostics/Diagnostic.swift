/// One message for the user about their input: severity, place and text.
///
/// Printed as `path:line:column: error: message`, the form editors and CI annotate.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible, Error {
    /// How bad it is.
    public enum Severity: String, Equatable, Hashable, Sendable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity; self.location = location; self.message = message
    }
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects diagnostics while loading, so one run reports every problem it can find.
///
/// Passed explicitly; there is no global logger.
public final class Diagnostics {
    public private(set) var all: [Diagnostic] = []
    /// Creates an empty collector.
    public init() {}
    /// Records an error.
    public func error(_ location: SourceLocation, _ message: String) { all.append(Diagnostic(.error, at: location, message)) }
    /// Records a warning.
    public func warning(_ location: SourceLocation, _ message: String) { all.append(Diagnostic(.warning, at: location, message)) }
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
