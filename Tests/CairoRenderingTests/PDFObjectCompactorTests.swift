@testable import CairoRendering
import Testing

@Suite("PDF object compactor")
struct PDFObjectCompactorTests {
    static func compact(_ text: String) -> String { String(decoding: PDFObjectCompactor.compact(Array(text.utf8)), as: UTF8.self) }

    @Test("layout whitespace and comments go; strings keep every byte")
    func dictionaries() {
        #expect(Self.compact("3 0 obj\n<< /Type /Page % 1\n   /Parent 1 0 R\n   /MediaBox [ 0 0 595 842 ]\n>>\nendobj\n")
                == "3 0 obj\n<< /Type /Page /Parent 1 0 R /MediaBox [ 0 0 595 842 ] >>\nendobj\n")
        #expect(Self.compact("4 0 obj\n<< /Title (a  b\n  (c\\) %d)) /ID [<0A 1B>]\n>>\nendobj\n")
                == "4 0 obj\n<< /Title (a  b\n  (c\\) %d)) /ID [<0A 1B>] >>\nendobj\n")
    }

    @Test("a stream's data is copied as it is, and compacting twice changes nothing more")
    func streams() {
        let stream = "5 0 obj\n<< /Length 9\n   /Filter /FlateDecode\n>>\nstream\n%  (\n\n >>\nendstream\nendobj\n"
        let once = Self.compact(stream)
        #expect(once == "5 0 obj\n<< /Length 9 /Filter /FlateDecode >> stream\n%  (\n\n >>\nendstream\nendobj\n")
        #expect(Self.compact(once) == once)
    }

    @Test("bytes that are not an object are left alone")
    func notAnObject() {
        #expect(Self.compact("no object here") == "no object here")
    }
}
