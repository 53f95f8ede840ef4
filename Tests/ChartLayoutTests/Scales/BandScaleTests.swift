import Testing
@testable import ChartLayout

@Suite("Band scale")
struct BandScaleTests {
    static func isClose(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test("band scale leaves equal gaps when padding is 0.2")
    func equalGapsAtPointTwo() {
        // step = 300 / (3 - 0.2 + 2·0.2) = 93.75; bandwidth = 0.8 · step = 75;
        // start = (300 - 93.75 · 2.8) / 2 = 18.75, so every gap, inner and outer, is 18.75.
        let x = BandScale(domain: ["A", "B", "C"], range: (0, 300), paddingInner: 0.2, paddingOuter: 0.2)
        #expect(Self.isClose(x.step, 93.75))
        #expect(Self.isClose(x.bandwidth, 75))
        #expect(Self.isClose(x("A"), 18.75))
        #expect(Self.isClose(x("B"), 112.5))
        #expect(Self.isClose(x("C"), 206.25))
        #expect(Self.isClose(x.center("A"), 56.25))
        let gapBetween = (x("B") ?? 0) - ((x("A") ?? 0) + x.bandwidth)
        let gapAfter = 300 - ((x("C") ?? 0) + x.bandwidth)
        #expect(Self.isClose(gapBetween, 18.75))
        #expect(Self.isClose(gapAfter, 18.75))
    }

    @Test("band scale geometry is exact when the padding is a binary fraction")
    func exactWithQuarterPadding() {
        // step = 400 / (4 - 0.25 + 2·0.125) = 100; bandwidth = 75; start = (400 - 100 · 3.75) / 2 = 12.5.
        let x = BandScale(domain: ["a", "b", "c", "d"], range: (0, 400), paddingInner: 0.25, paddingOuter: 0.125)
        #expect(x.step == 100)
        #expect(x.bandwidth == 75)
        #expect(["a", "b", "c", "d"].map { x($0) } == [12.5, 112.5, 212.5, 312.5])
    }

    @Test("unknown keys have no band")
    func unknownKey() {
        let x = BandScale(domain: ["A"], range: (0, 100))
        #expect(x("Z") == nil)
        #expect(x.center("Z") == nil)
    }

    @Test("with no padding the bands tile the range")
    func noPadding() {
        let x = BandScale(domain: ["A", "B"], range: (0, 100))
        #expect(x("A") == 0 && x("B") == 50 && x.bandwidth == 50 && x.step == 50)
    }

    @Test("rounding makes step, start and bandwidth whole")
    func roundingToWholeUnits() {
        // step = floor(100 / 3.2) = 31; start = round((100 - 31 · 2.8) / 2) = round(6.6) = 7; bandwidth = round(24.8) = 25.
        let x = BandScale(domain: ["A", "B", "C"], range: (0, 100), paddingInner: 0.2, paddingOuter: 0.2, round: true)
        #expect(x.step == 31)
        #expect(x.bandwidth == 25)
        #expect(x("A") == 7 && x("B") == 38 && x("C") == 69)
    }

    @Test("a reversed range puts the first key at the high end")
    func reversedRange() {
        let x = BandScale(domain: ["A", "B"], range: (100, 0))
        #expect(x("A") == 50 && x("B") == 0)
    }

    @Test("align 0 pushes leftover space to the end")
    func alignStart() {
        let x = BandScale(domain: ["A", "B"], range: (0, 100), paddingInner: 0, paddingOuter: 0.5, align: 0)
        // step = 100 / 3; start = 0 + (100 - step · 2) · 0 = 0.
        #expect(x("A") == 0)
        #expect(Self.isClose(x("B"), 100.0 / 3))
    }

    @Test("repeated keys keep their first band")
    func repeatedKeys() {
        let x = BandScale(domain: ["A", "B", "A"], range: (0, 100))
        #expect(x.domain == ["A", "B"])
        #expect(x("B") == 50)
    }

    @Test("odd inputs are clamped instead of trapping")
    func oddInputs() {
        let empty = BandScale(domain: [], range: (0, 100))
        #expect(empty("A") == nil)
        let wild = BandScale(domain: ["A", "B"], range: (0, 100), paddingInner: 7, paddingOuter: -.infinity, align: .nan)
        #expect(wild.paddingInner == 1 && wild.paddingOuter == 0 && wild.align == 0.5)
        #expect(wild.bandwidth == 0)
        let nanRange = BandScale(domain: ["A"], range: (.nan, 1))
        #expect(nanRange("A") != nil)
    }

    @Test("bands a fixed step apart start where they are told, and the range follows from the step")
    func fixedStep() {
        let rows = BandScale(domain: ["A", "B", "C"], start: 10, step: 20)
        #expect(rows("A") == 10 && rows("B") == 30 && rows("C") == 50)
        #expect(rows.bandwidth == 20 && rows.step == 20)
        #expect(rows.rangeStart == 10 && rows.rangeEnd == 70)
        #expect(rows.center("B") == 40)
    }

    @Test("a negative or NaN step gives empty bands at the start instead of trapping")
    func fixedStepOddInputs() {
        for step in [-5, Double.nan] {
            let rows = BandScale(domain: ["A", "B"], start: 10, step: step)
            #expect(rows.step == 0 && rows.bandwidth == 0)
            #expect(rows("B") == 10 && rows.rangeEnd == 10)
        }
    }

    @Test("a band found by its position is the band found by its key")
    func byIndex() {
        let x = BandScale(domain: ["A", "B", "C"], range: (0, 300), paddingInner: 0.2, paddingOuter: 0.2)
        for (index, key) in x.domain.enumerated() {
            #expect(x.start(at: index) == x(key))
            #expect(x.center(at: index) == x.center(key))
        }
        #expect(x.start(at: 3) == nil && x.start(at: -1) == nil && x.center(at: 3) == nil)
        let reversed = BandScale(domain: ["A", "B"], range: (100, 0))
        #expect(reversed.start(at: 0) == 50 && reversed.start(at: 1) == 0)
    }

    @Test("with align 0 the first band starts exactly at the range's start, whatever the rounding")
    func alignZeroStartsExactly() {
        // 100 / 11 · 11 is not exactly 100 in binary floating point: centred, that leftover would move the first band.
        let x = BandScale(domain: (0..<11).map(String.init), range: (0, 100), align: 0)
        #expect(x.step == 100.0 / 11)
        #expect(x.start(at: 0) == 0)
        #expect(x.start(at: 10) == 100.0 / 11 * 10)
    }
}
