import Testing
@testable import ChartLayout

@Suite("Linear ticks")
struct TickTests {
    @Test("ticks for 0…67.2 with count 5 match d3.ticks: 0, 10, … 60")
    func ticksToSixtySeven() {
        let scale = LinearScale(domain: 0...67.2)
        #expect(scale.ticks(count: 5) == [0, 10, 20, 30, 40, 50, 60])
        #expect(scale.tickStep(count: 5) == 10)
        #expect(scale.tickDecimals(count: 5) == 0)
    }

    @Test("ticks for 0…1 with count 10 are k/10 with no float noise")
    func tenthsWithoutNoise() {
        let ticks = LinearScale(domain: 0...1).ticks(count: 10)
        #expect(ticks == (0...10).map { Double($0) / 10.0 })
        #expect(ticks[3] == 3 / 10.0)
        #expect(ticks[3] != 0.1 + 0.2)
        #expect(LinearScale(domain: 0...1).tickStep(count: 10) == 0.1)
        #expect(LinearScale(domain: 0...1).tickDecimals(count: 10) == 1)
    }

    @Test("step factors follow the square-root thresholds 1, 2, 5, 10")
    func stepFactors() {
        #expect(LinearScale(domain: 0...10).tickStep(count: 10) == 1)
        #expect(LinearScale(domain: 0...14).tickStep(count: 10) == 1)
        #expect(LinearScale(domain: 0...15).tickStep(count: 10) == 2)
        #expect(LinearScale(domain: 0...32).tickStep(count: 10) == 5)
        #expect(LinearScale(domain: 0...71).tickStep(count: 10) == 10)
        #expect(LinearScale(domain: 0...0.05).tickStep(count: 10) == 0.005)
    }

    @Test("negative domains tick through zero")
    func negativeDomains() {
        #expect(LinearScale(domain: -67.2 ... -3.1).ticks(count: 5) == [-60, -50, -40, -30, -20, -10])
        #expect(LinearScale(domain: -1...1).ticks(count: 4) == [-1, -0.5, 0, 0.5, 1])
    }

    @Test("a reversed domain gives descending ticks and a negative step")
    func reversedDomain() {
        let scale = LinearScale(domain: (1, 0))
        #expect(scale.ticks(count: 5) == [1, 0.8, 0.6, 0.4, 0.2, 0])
        #expect(scale.tickStep(count: 5) == -0.2)
        #expect(scale.tickDecimals(count: 5) == 1)
    }

    @Test("a count below two still finds a tick when one fits")
    func smallCountRetries() {
        #expect(LinearScale(domain: 0.2...0.9).ticks(count: 1) == [0.5])
    }

    @Test("zero or negative counts give no ticks")
    func noCount() {
        #expect(LinearScale(domain: 0...1).ticks(count: 0) == [])
        #expect(LinearScale(domain: 0...1).ticks(count: -3) == [])
        #expect(LinearScale(domain: 0...1).tickStep(count: 0) == nil)
    }

    @Test("absurd counts give no ticks instead of huge arrays")
    func absurdCounts() {
        #expect(LinearScale(domain: 0...1).ticks(count: Int.max) == [])
        #expect(LinearScale(domain: 0...1).ticks(count: 1_000).count == 1_001)
    }

    @Test("tick decimals come from the power of the step")
    func decimalsForStep() {
        #expect(LinearScale.decimals(forStep: 10) == 0)
        #expect(LinearScale.decimals(forStep: 1) == 0)
        #expect(LinearScale.decimals(forStep: 0.5) == 1)
        #expect(LinearScale.decimals(forStep: 0.05) == 2)
        #expect(LinearScale.decimals(forStep: -0.2) == 1)
        #expect(LinearScale.decimals(forStep: 0) == 0)
        #expect(LinearScale.decimals(forStep: .nan) == 0)
    }

    @Test("tick labels formatted with the suggested decimals read cleanly")
    func labelsReadCleanly() {
        let scale = LinearScale(domain: 0...1)
        let format = NumberFormat.plain(decimals: scale.tickDecimals(count: 5))
        #expect(scale.ticks(count: 5).map(format.format) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }
}
