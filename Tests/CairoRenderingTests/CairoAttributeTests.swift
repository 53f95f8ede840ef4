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
}
