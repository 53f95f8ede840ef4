import Testing
@testable import ChartLayout

@Suite("Choropleth classification")
struct ClassificationTests {
    static let skewed: [Double] = [1, 1.5, 2, 2.2, 3, 3.1, 10, 11, 12, 40, 42, 100]

    @Test("breaks strictly increase and span the values for every method",
          arguments: [ClassificationMethod.quantile, .equalInterval, .naturalBreaks, .manual([5, 20, 50])])
    func breaksIncrease(method: ClassificationMethod) {
        let b = Classification.breaks(Self.skewed, method: method, count: 4)
        #expect(b.first == 1 && b.last == 100)
        #expect(zip(b, b.dropFirst()).allSatisfy { $0 < $1 })
        for v in Self.skewed { #expect(Classification.classIndex(of: v, breaks: b) != nil) }
    }

    @Test("equal intervals cut the range into equal steps")
    func equalInterval() {
        #expect(Classification.breaks([0, 3, 10], method: .equalInterval, count: 5) == [0, 2, 4, 6, 8, 10])
    }

    @Test("natural breaks find the obvious clusters")
    func naturalBreaks() {
        let b = Classification.breaks([1, 2, 3, 10, 11, 12, 50, 51], method: .naturalBreaks, count: 3)
        #expect(b == [1, 10, 50, 51])
    }

    @Test("natural breaks do not depend on scale, even where squares overflow a Double")
    func naturalBreaksAnyScale() {
        let values: [Double] = [1, 2, 3, 10, 11, 12, 50, 51]
        for scale in [1e-300, 1.0, 1e150, 1e300] {
            let b = Classification.breaks(values.map { $0 * scale }, method: .naturalBreaks, count: 3)
            #expect(b == [1, 10, 50, 51].map { $0 * scale }, "scale \(scale)")
        }
        // Once this trapped walking back from an index of -1.
        let extreme = Classification.breaks([-1e154, 1e153, 1e153, 1e153, 1.2e154], method: .naturalBreaks, count: 4)
        #expect(zip(extreme, extreme.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("repeated values give fewer classes rather than empty ones")
    func repeated() {
        let b = Classification.breaks([5, 5, 5, 5, 9], method: .quantile, count: 4)
        #expect(zip(b, b.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Classification.breaks([], method: .quantile, count: 3).isEmpty)
    }

    @Test("each value falls in exactly one class, the maximum in the last")
    func classIndex() {
        let b = [0.0, 10, 20, 30]
        #expect(Classification.classIndex(of: 0, breaks: b) == 0)
        #expect(Classification.classIndex(of: 10, breaks: b) == 1)
        #expect(Classification.classIndex(of: 30, breaks: b) == 2)
        #expect(Classification.classIndex(of: 31, breaks: b) == nil)
    }

    @Test("the sequential palette gets darker class by class")
    func paletteMonotone() {
        for k in 1...7 {
            let l = SequentialPalette.blues(k).map(\.relativeLuminance)
            #expect(l.count == k)
            #expect(zip(l, l.dropFirst()).allSatisfy { $0 > $1 })
        }
    }
}
