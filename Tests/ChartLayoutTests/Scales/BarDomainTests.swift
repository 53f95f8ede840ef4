import Testing
@testable import ChartLayout

@Suite("Bar value domain")
struct BarDomainTests {
    @Test("positive bars start at zero and end on a nice value")
    func positiveBars() {
        #expect(BarDomain(values: [12, 67.2, 40])?.range == 0...70)
        #expect(BarDomain(values: [5, 8])?.range == 0...8)
    }

    @Test("negative bars end at zero and start on a nice value")
    func negativeBars() {
        #expect(BarDomain(values: [-12, -67.2])?.range == -70...0)
    }

    @Test("mixed bars keep zero inside and nice both far ends")
    func mixedBars() {
        #expect(BarDomain(values: [-3, 8], tickCount: 5)?.range == -4...8)
    }

    @Test("zero never moves whatever the data")
    func zeroStays() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let values = (0..<5).map { _ in Double.random(in: -1e6...1e6, using: &generator) }
            guard let domain = BarDomain(values: values) else {
                Issue.record("no domain for \(values)")
                continue
            }
            #expect(domain.lower <= 0 && domain.upper >= 0)
            #expect(domain.lower <= values.min() ?? 0 && domain.upper >= values.max() ?? 0)
            #expect(domain.scale(range: (0, 1))(0).isFinite)
        }
    }

    @Test("all-zero data gives 0…1")
    func allZero() {
        #expect(BarDomain(values: [0, 0, 0])?.range == 0...1)
        #expect(BarDomain(values: [-0.0])?.range == 0...1)
    }

    @Test("empty or non-finite input gives nil")
    func emptyInput() {
        #expect(BarDomain(values: []) == nil)
        #expect(BarDomain(values: [.nan, .infinity]) == nil)
        #expect(BarDomain(values: [.nan, 3])?.range == 0...3)
    }

    @Test("extreme magnitudes do not crash")
    func extremes() {
        #expect(BarDomain(values: [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude]) != nil)
        #expect(BarDomain(values: [Double.leastNonzeroMagnitude]) != nil)
        #expect(BarDomain(values: [1], tickCount: 0)?.range == 0...1)
    }
}
