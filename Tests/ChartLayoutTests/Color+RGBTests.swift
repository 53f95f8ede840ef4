import Drawing
import Testing
@testable import ChartLayout

@Suite("Colour literals")
struct ColorRGBTests {
    @Test("a 0xRRGGBB literal gives exactly the channels Color(hex:) parses, opaque")
    func matchesHex() {
        for (rgb, hex) in [(0xd9d9d9, "#d9d9d9"), (0x1a6496, "#1a6496"), (0x000000, "#000000"), (0xffffff, "#ffffff"), (0x0072b2, "#0072B2")] as [(UInt32, String)] {
            #expect(Color(rgb: rgb) == Color(hex: hex))
        }
        #expect(Color(rgb: 0x336699).alpha == 1)
    }

    @Test("bits above the 24 colour bits are ignored")
    func highBitsIgnored() {
        #expect(Color(rgb: 0xff_1a6496) == Color(rgb: 0x1a6496))
    }
}
