import CCairo
@testable import CairoRendering
import Testing

@Suite("Cairo status")
struct CairoStatusTests {
    static let named: [(cairo_status_t, CairoStatus)] = [
        (CAIRO_STATUS_NO_MEMORY, .noMemory), (CAIRO_STATUS_INVALID_MATRIX, .invalidMatrix),
        (CAIRO_STATUS_INVALID_STRING, .invalidString), (CAIRO_STATUS_READ_ERROR, .readError),
        (CAIRO_STATUS_WRITE_ERROR, .writeError), (CAIRO_STATUS_FILE_NOT_FOUND, .fileNotFound),
        (CAIRO_STATUS_TEMP_FILE_ERROR, .tempFileError), (CAIRO_STATUS_INVALID_SIZE, .invalidSize),
        (CAIRO_STATUS_TAG_ERROR, .tagError),
    ]

    @Test("each named Cairo failure becomes its case and turns back into the same code")
    func namedStatusesRoundTrip() {
        for (code, status) in Self.named {
            #expect(CairoStatus(failure: code) == status)
            #expect(status.cValue == code)
        }
    }

    @Test("success is not a failure")
    func successIsNil() {
        #expect(CairoStatus(failure: CAIRO_STATUS_SUCCESS) == nil)
    }

    @Test("a status without a name keeps Cairo's number and text")
    func otherKeepsTheCode() throws {
        let status = try #require(CairoStatus(failure: CAIRO_STATUS_INVALID_RESTORE))
        #expect(status == .other(code: Int(CAIRO_STATUS_INVALID_RESTORE.rawValue)))
        #expect(status.cValue == CAIRO_STATUS_INVALID_RESTORE)
        #expect(status.description == String(cString: cairo_status_to_string(CAIRO_STATUS_INVALID_RESTORE)))
    }

    @Test("the description is Cairo's own text, as messages have always shown it")
    func descriptionIsCairos() {
        #expect(CairoStatus.writeError.description == "error while writing to output stream")
        #expect(CairoStatus.noMemory.description == "out of memory")
        for (code, status) in Self.named {
            #expect(status.description == String(cString: cairo_status_to_string(code)))
        }
    }

    @Test("only a failed write, Cairo's or its temporary file's, is a write failure")
    func writeFailures() {
        #expect(Self.named.filter { $0.1.isWriteFailure }.map(\.1) == [.writeError, .tempFileError])
        #expect(!CairoStatus.other(code: Int(CAIRO_STATUS_INVALID_RESTORE.rawValue)).isWriteFailure)
    }
}
