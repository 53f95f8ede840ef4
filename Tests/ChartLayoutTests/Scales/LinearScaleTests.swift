import Testing
@testable import ChartLayout

@Suite("Linear scale")
struct LinearScaleTests {
    @Test("maps the domain linearly and extrapolates beyond it")
    func mapsAndExtrapolates() {
        let scale = LinearScale(domain: 0...10, range: (0, 100))
        #expect(scale(0) == 0)
        #expect(scale(2.5) == 25)
        #expect(scale(10) == 100)
        #expect(scale(12) == 120)
        #expect(scale(-1) == -10)
    }

    @Test("a reversed range puts the domain start at the bottom of a chart")
    func reversedRange() {
        let y = LinearScale(domain: 0...70, range: (300, 0))
        #expect(y(0) == 300)
        #expect(y(35) == 150)
        #expect(y(70) == 0)
    }

    @Test("tuple and closed-range domains make the same scale")
    func tupleAndRangeAgree() {
        #expect(LinearScale(domain: (0, 5), range: (1, 2)) == LinearScale(domain: 0...5, range: (1, 2)))
        #expect(LinearScale(domain: (3, -1)).domain == (3, -1))
    }

    @Test("invert undoes the mapping")
    func invertUndoes() {
        let scale = LinearScale(domain: (-20, 80), range: (400, 0))
        #expect(scale.invert(scale(30)) == 30)
        #expect(scale.invert(0) == 80)
    }

    @Test("invert is nil when the domain or range is degenerate")
    func invertDegenerate() {
        #expect(LinearScale(domain: 5...5, range: (0, 100)).invert(50) == nil)
        #expect(LinearScale(domain: 0...1, range: (7, 7)).invert(7) == nil)
        #expect(LinearScale(domain: 0...1, range: (0, 1)).invert(.infinity) == nil)
    }

    @Test("a degenerate domain maps every value to the middle of the range without crashing")
    func degenerateDomain() {
        let scale = LinearScale(domain: 4...4, range: (0, 100))
        #expect(scale(4) == 50)
        #expect(scale(1_000) == 50)
        #expect(scale.ticks(count: 5) == [4])
        #expect(scale.tickStep(count: 5) == nil)
        #expect(scale.tickDecimals(count: 5) == 0)
        #expect(scale.nice(count: 5) == scale)
    }

    @Test("nice widens 0…67.2 to 0…70 with five ticks")
    func niceToSeventy() {
        let nice = LinearScale(domain: 0...67.2, range: (0, 1)).nice(count: 5)
        #expect(nice.domain == (0, 70))
        #expect(nice.range == (0, 1))
    }

    @Test("nice handles negative and reversed domains")
    func niceNegativeAndReversed() {
        #expect(LinearScale(domain: -67.2 ... -3.1).nice(count: 5).domain == (-70, 0))
        #expect(LinearScale(domain: (-0.83, 0.37)).nice(count: 10).domain == (-0.9, 0.4))
        #expect(LinearScale(domain: (67.2, 0)).nice(count: 5).domain == (70, 0))
        #expect(LinearScale(domain: 0.13...0.87).nice(count: 10).domain == (0.1, 0.9))
    }

    @Test("nice is stable once applied")
    func niceIsStable() {
        let once = LinearScale(domain: 0.501...9.49).nice(count: 7)
        #expect(once.nice(count: 7) == once)
    }

    @Test("non-finite domains give no ticks and never crash")
    func nonFiniteDomains() {
        let scale = LinearScale(domain: (.nan, 1), range: (0, 1))
        #expect(scale.ticks(count: 5) == [])
        #expect(scale.tickStep(count: 5) == nil)
        #expect(scale.nice(count: 5).domainEnd == 1)
        #expect(LinearScale(domain: (-.infinity, .infinity)).ticks() == [])
        #expect(LinearScale(domain: (-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude)).ticks() == [])
        #expect(scale(0.5).isNaN)
    }
}
