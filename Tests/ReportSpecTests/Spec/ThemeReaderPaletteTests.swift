import ChartLayout
import Drawing
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Theme palette")
struct ThemeReaderPaletteTests {
    typealias T = ReportLoaderTests

    static func theme(_ line: String) throws -> Result<LoadedReport, LoadFailure> {
        try T.load(files: ["report.yaml": line + "\n" + T.spec(body: "  - paragraph: 가\n"), "data/investment.csv": T.investmentCSV]).result
    }

    @Test("one accent across kinds: the standard palette starts with the accent, and a lone series takes it")
    func standard() {
        let theme = Theme.standard
        #expect(theme.palette.first == theme.accent)
        #expect(theme.seriesColor(0, of: 1) == theme.accent)
        #expect(theme.seriesColor(0, of: 3) == theme.accent)
        #expect(theme.seriesColor(8, of: 9) == theme.palette[1], "past its end the palette starts again")
    }

    @Test("a palette alone sets the accent; an accent alone leads the palette; both are kept as written")
    func coupling() throws {
        let palette = try Self.theme(##"theme: {palette: ["#c0392b", "#2c3e50", "#27ae60"]}"##).get().report.theme
        #expect(palette.palette == ["#c0392b", "#2c3e50", "#27ae60"].compactMap { Color(hex: $0) })
        #expect(palette.accent == Color(hex: "#c0392b"))
        let accent = try Self.theme(##"theme: {accent: "#c0392b"}"##).get().report.theme
        #expect(accent.palette.first == Color(hex: "#c0392b"))
        #expect(accent.palette.dropFirst() == Theme.standard.palette.dropFirst())
        let both = try Self.theme(##"theme: {accent: "#111111", palette: ["#c0392b", "#2c3e50"]}"##).get().report.theme
        #expect(both.accent == Color(hex: "#111111") && both.palette.first == Color(hex: "#c0392b"))
    }

    @Test("a bad colour is an error at its line, and so is a palette of one colour")
    func errors() throws {
        let bad = try T.errors(files: ["report.yaml": "theme:\n  palette: [\"#c0392b\", blue]\n" + T.spec(body: "  - paragraph: 가\n"),
                                       "data/investment.csv": T.investmentCSV])
        #expect(bad.errors.map(\.code) == ["spec.invalid-color"], "\(bad.errors)")
        #expect(bad.errors.first?.location.line == 2)
        let short = try T.errors(files: ["report.yaml": "theme: {palette: [\"#c0392b\"]}\n" + T.spec(body: "  - paragraph: 가\n"),
                                         "data/investment.csv": T.investmentCSV])
        #expect(short.errors.first?.message.contains("2 to 12 colours") == true, "\(short.errors)")
    }
}
