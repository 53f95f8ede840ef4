/// A place in an input file, for messages: `path:line:column`.
///
/// ```swift
/// SourceLocation(file: "Reports/a/report.yaml", line: 12, column: 5).description  // "Reports/a/report.yaml:12:5"
/// ```
public struct SourceLocation: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line; 0 when the whole file is meant.
    public var line: Int
    /// 1-based column; 0 when the whole line is meant.
    public var column: Int
    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file; self.line = line; self.column = column
    }
    public var description: String {
        line > 0 ? "\(file):\(line):\(column > 0 ? column : 1)" : file
    }
}

/// A value read from an input file together with where it was written.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation
    /// Pairs a value with its location.
    public init(_ value: Value, at location: SourceLocation) { self.value = value; self.location = location }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Sendable where Value: Sendable {}
