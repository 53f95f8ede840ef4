/// The value domain for bars: it always contains 0, 0 never moves, and only the ends away from 0 are made nice.
///
/// ```swift
/// BarDomain(values: [12, 67.2, 40])?.range        // 0...70
/// BarDomain(values: [-3, 8], tickCount: 5)?.range  // -4...8
/// ```
public struct BarDomain: Equatable, Hashable, Sendable {
    /// The low end, never above 0: -70 for values `[-67.2, 5]`.
    public let lower: Double
    /// The high end, never below 0: 70 for values `[67.2]`.
    public let upper: Double

    /// The domain for `values`, nice to about `tickCount` ticks; nil when no value is finite.
    ///
    /// ```swift
    /// BarDomain(values: [0, 0])?.range   // 0...1, so an all-zero chart still has an axis
    /// BarDomain(values: [])              // nil
    /// ```
    public init?(values: [Double], tickCount: Int = 5) {
        let finite = values.filter(\.isFinite)
        guard let smallest = finite.min(), let largest = finite.max() else { return nil }
        let low = min(0, smallest)
        let high = max(0, largest)
        guard low != high else {
            lower = 0
            upper = 1
            return
        }
        // 0 is a multiple of every tick step, so widening both ends to step multiples leaves it fixed.
        let niced = LinearScale(domain: (low, high)).nice(count: max(tickCount, 1))
        lower = min(0, niced.domainStart) + 0
        upper = max(0, niced.domainEnd) + 0
    }

    /// The domain as a closed range.
    ///
    /// ```swift
    /// BarDomain(values: [67.2])?.range   // 0...70
    /// ```
    public var range: ClosedRange<Double> { lower...upper }

    /// A linear scale from this domain onto `range`.
    ///
    /// ```swift
    /// let y = BarDomain(values: [67.2])?.scale(range: (300, 0))   // y?(70) == 0
    /// ```
    public func scale(range output: (Double, Double)) -> LinearScale {
        LinearScale(domain: (lower, upper), range: output)
    }
}
