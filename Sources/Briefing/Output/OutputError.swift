/// A failure to write output (permissions, a full disk): the command line's exit code 3.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// What could not be written, and the system's reason.
    public let description: String
}
