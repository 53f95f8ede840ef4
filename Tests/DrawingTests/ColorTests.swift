import Testing
import Drawing

@Suite("Color")
struct ColorTests {
    @Test("#rgb repeats each digit, so #f80 is #ff8800")
    func shortHex() throws {
        let c = try #require(Color(hex: "#f80"))
        #expect(c == Color(red: 1, green: 0x88 / 255.0, blue: 0))
        #expect(c.hexString == "#ff8800")
        #expect(c.alpha == 1)
    }

    @Test("#rrggbb reads each pair as a byte, upper or lower case, with or without #")
    func longHex() throws {
        let c = try #require(Color(hex: "#1d81a2"))
        #expect(c.red == 0x1d / 255.0)
        #expect(c.green == 0x81 / 255.0)
        #expect(c.blue == 0xa2 / 255.0)
        #expect(Color(hex: "#1D81A2") == c)
        #expect(Color(hex: "1d81a2") == c)
        #expect(c.hexString == "#1d81a2")
    }

    @Test("#rrggbbaa carries alpha")
    func alphaHex() throws {
        let c = try #require(Color(hex: "#00000080"))
        #expect(c.alpha == 128 / 255.0)
        #expect(c.hexString == "#000000")
    }

    @Test("invalid hex strings give nil", arguments: ["", "#", "#12", "#1234", "#12345", "#1234567", "#gggggg", "#12 456", "red", "##123456", "#+12345"])
    func invalidHex(text: String) {
        #expect(Color(hex: text) == nil)
    }

    @Test("white on black has the maximum WCAG contrast of 21")
    func whiteBlack() {
        #expect(abs(Color.white.contrastRatio(with: .black) - 21) < 1e-12)
        #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 1e-12)
        #expect(Color.white.contrastRatio(with: .white) == 1)
        #expect(Color.white.relativeLuminance == 1)
        #expect(Color.black.relativeLuminance == 0)
    }

    @Test("#1d81a2 on white has contrast 4.45, just short of 4.5")
    func accentOnWhite() throws {
        let c = try #require(Color(hex: "#1d81a2"))
        let ratio = c.contrastRatio(with: .white)
        #expect(abs(ratio - 4.45) < 0.01)
        #expect(ratio < 4.5)
        #expect(ratio == Color.white.contrastRatio(with: c))
    }

    @Test("mixed interpolates every channel linearly")
    func mixed() {
        let grey = Color.black.mixed(with: .white, amount: 0.25)
        #expect(grey == Color(red: 0.25, green: 0.25, blue: 0.25))
        #expect(Color.black.mixed(with: .white, amount: 0) == .black)
        #expect(Color.black.mixed(with: .white, amount: 1) == .white)
    }
}
