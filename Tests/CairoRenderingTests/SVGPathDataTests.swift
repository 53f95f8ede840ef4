@testable import CairoRendering
import Drawing
import Testing

@Suite("SVG path data")
struct SVGPathDataTests {
    @Test("a rectangle becomes one absolute move and relative axis steps")
    func rectangle() {
        let d = SVGPathData.string(for: Path(rect: Rect(x: 1, y: 2, width: 3, height: 4)), decimals: 2)
        #expect(d == "M1 2h3v4h-3z")
    }

    @Test("rounding does not accumulate: each step is relative to the previous rounded point")
    func noDrift() {
        var p = Path()
        p.move(to: Point(x: 0, y: 0))
        for i in 1...300 { p.line(to: Point(x: Double(i) * 0.333, y: 0)) }
        let d = SVGPathData.string(for: p, decimals: 2)
        #expect(d.hasPrefix("M0 0h0.33 0.34 0.33 0.33"))
        // Rounding each step on its own would end at 300 × 0.33 = 99; the written steps end at 99.9.
        let steps = d.dropFirst("M0 0h".count).split(separator: " ").compactMap { Double($0) }
        #expect(steps.count == 300)
        #expect(abs(steps.reduce(0, +) - 99.9) < 1e-9)
    }

    @Test("minus signs separate numbers, repeated commands are left out, and empty moves are dropped")
    func compact() {
        var p = Path()
        p.move(to: Point(x: 5, y: 5))          // dropped: another move follows
        p.move(to: Point(x: 10, y: 10))
        p.line(to: Point(x: 8, y: 7))
        p.line(to: Point(x: 6, y: 9))
        p.curve(to: Point(x: 10, y: 10), control1: Point(x: 6, y: 10), control2: Point(x: 9, y: 11))
        p.line(to: Point(x: 10, y: 10))        // back to the start right before z: z draws it
        p.close()
        p.move(to: Point(x: 20, y: 10))        // dropped: nothing follows
        #expect(SVGPathData.string(for: p, decimals: 2) == "M10 10l-2-3-2 2c0 1 3 2 4 1z")
    }

    @Test("a move after z is relative to the start of the closed subpath")
    func moveAfterClose() {
        var p = Path(rect: Rect(x: 1, y: 1, width: 2, height: 2))
        p.move(to: Point(x: 5, y: 1))
        p.line(to: Point(x: 7, y: 1)); p.line(to: Point(x: 7, y: 3)); p.line(to: Point(x: 5, y: 3))
        p.close()
        #expect(SVGPathData.string(for: p, decimals: 2) == "M1 1h2v2h-2zm4 0h2v2h-2z")
    }
}
