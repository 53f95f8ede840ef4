@testable import CairoRendering
import Testing

@Suite("cairo tag attributes")
struct CairoAttributeTests {
    @Test("quotes and backslashes in a destination or URI are escaped for cairo's single-quoted values")
    func escaping() {
        #expect("sec-1".cairoQuoted == "sec-1")
        #expect("it's".cairoQuoted == "it\\'s")
        #expect("a\\b'c".cairoQuoted == "a\\\\b\\'c")
        #expect("mailto:briefing@example.com?subject=브리핑".cairoQuoted == "mailto:briefing@example.com?subject=브리핑")
    }

    @Test("a link's address is percent-encoded where a PDF string or a URI reader could misread it")
    func percentEncoding() {
        #expect("https://en.wikipedia.org/wiki/Mercury_(planet)".percentEncodedForPDF == "https://en.wikipedia.org/wiki/Mercury_%28planet%29")
        #expect("https://example.com/a\\".percentEncodedForPDF == "https://example.com/a%5C")
        #expect("https://example.com/검색?q=가 나".percentEncodedForPDF == "https://example.com/%EA%B2%80%EC%83%89?q=%EA%B0%80%20%EB%82%98")
        #expect("https://example.com/?a=%2F&b=100%".percentEncodedForPDF == "https://example.com/?a=%2F&b=100%25")
        #expect("mailto:briefing@example.com".percentEncodedForPDF == "mailto:briefing@example.com")
        #expect("a\u{0}b\u{7}\n".percentEncodedForPDF == "a%00b%07%0A")
    }

    @Test("a destination name keeps its words and loses only what breaks a PDF string, without two names meeting")
    func destinationNames() {
        #expect("sec-들어가며".pdfDestinationName == "sec-들어가며")
        #expect("a(b)\\c".pdfDestinationName == "a%28b%29%5Cc")
        #expect("100%\r\n".pdfDestinationName == "100%25%0D%0A")
        #expect("a%28".pdfDestinationName != "a(".pdfDestinationName)
    }
}
