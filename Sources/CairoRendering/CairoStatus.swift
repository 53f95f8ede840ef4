import CCairo

/// A failure Cairo reported, by name for the ones the renderer tells apart.
///
/// The text is Cairo's own (`cairo_status_to_string`), so a message reads as it always has;
/// code that decides what to do asks the case, never the text.
///
/// ```swift
/// if case .cairo(_, let status) = error, status.isWriteFailure { … }   // the output, not the report
/// print(CairoStatus.writeError)   // "error while writing to output stream"
/// ```
public enum CairoStatus: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Cairo could not allocate memory.
    case noMemory
    /// A transformation could not be inverted (a scale of 0).
    case invalidMatrix
    /// Text handed to Cairo was not valid UTF-8.
    case invalidString
    /// A stream Cairo read from failed.
    case readError
    /// A stream Cairo wrote to failed: the output could not be written.
    case writeError
    /// A file Cairo was asked to open does not exist.
    case fileNotFound
    /// Cairo could not create or write a temporary file of its own.
    case tempFileError
    /// A size was out of range, typically an image too big to allocate.
    case invalidSize
    /// Tagged-PDF structure tags were misnamed or badly nested.
    case tagError
    /// Any other failure, by its `cairo_status_t` number; never one of the named ones.
    case other(code: Int)

    /// Cairo's description of the status, e.g. "out of memory".
    public var description: String { String(cString: cairo_status_to_string(cValue)) }

    /// True when the status means output could not be written (a full disk, a file-size
    /// limit), not that the renderer or the report is at fault.
    ///
    /// ```swift
    /// CairoStatus.writeError.isWriteFailure   // true
    /// CairoStatus.noMemory.isWriteFailure     // false
    /// ```
    public var isWriteFailure: Bool {
        switch self {
        case .writeError, .tempFileError: return true
        default: return false
        }
    }

    /// The failure `status` names, or nil for `CAIRO_STATUS_SUCCESS`.
    init?(failure status: cairo_status_t) {
        switch status {
        case CAIRO_STATUS_SUCCESS: return nil
        case CAIRO_STATUS_NO_MEMORY: self = .noMemory
        case CAIRO_STATUS_INVALID_MATRIX: self = .invalidMatrix
        case CAIRO_STATUS_INVALID_STRING: self = .invalidString
        case CAIRO_STATUS_READ_ERROR: self = .readError
        case CAIRO_STATUS_WRITE_ERROR: self = .writeError
        case CAIRO_STATUS_FILE_NOT_FOUND: self = .fileNotFound
        case CAIRO_STATUS_TEMP_FILE_ERROR: self = .tempFileError
        case CAIRO_STATUS_INVALID_SIZE: self = .invalidSize
        case CAIRO_STATUS_TAG_ERROR: self = .tagError
        default: self = .other(code: Int(status.rawValue))
        }
    }

    /// The `cairo_status_t` this stands for.
    var cValue: cairo_status_t {
        switch self {
        case .noMemory: return CAIRO_STATUS_NO_MEMORY
        case .invalidMatrix: return CAIRO_STATUS_INVALID_MATRIX
        case .invalidString: return CAIRO_STATUS_INVALID_STRING
        case .readError: return CAIRO_STATUS_READ_ERROR
        case .writeError: return CAIRO_STATUS_WRITE_ERROR
        case .fileNotFound: return CAIRO_STATUS_FILE_NOT_FOUND
        case .tempFileError: return CAIRO_STATUS_TEMP_FILE_ERROR
        case .invalidSize: return CAIRO_STATUS_INVALID_SIZE
        case .tagError: return CAIRO_STATUS_TAG_ERROR
        case .other(let code): return cairo_status_t(rawValue: UInt32(truncatingIfNeeded: code))
        }
    }
}
