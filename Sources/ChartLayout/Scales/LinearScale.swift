#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a continuous domain onto a range linearly, as d3's scaleLinear; it extrapolates outside the domain.
///
/// ```swift
/// let y = LinearScale(domain: 0...70, range: (300, 0))
/// y(35)   // 150
/// ```
public struct LinearScale: Equatable, Hashable, Sendable {
    /// The domain value mapped to `rangeStart`: 0 in `LinearScale(domain: 0...70)`.
    public let domainStart: Double
    /// The domain value mapped to `rangeEnd`: 70 in `LinearScale(domain: 0...70)`.
    public let domainEnd: Double
    /// Where `domainStart` lands: 300 for a y axis drawn with `range: (300, 0)`.
    public let rangeStart: Double
    /// Where `domainEnd` lands: 0 for a y axis drawn with `range: (300, 0)`.
    public let rangeEnd: Double

    /// Creates a scale from two domain ends, which may be reversed.
    ///
    /// ```swift
    /// let x = LinearScale(domain: (10, 0), range: (0, 100))   // x(10) == 0
    /// ```
    public init(domain: (Double, Double), range: (Double, Double) = (0, 1)) {
        domainStart = domain.0
        domainEnd = domain.1
        rangeStart = range.0
        rangeEnd = range.1
    }

    /// Creates a scale from an ascending domain.
    ///
    /// ```swift
    /// let x = LinearScale(domain: 0...67.2, range: (0, 400))
    /// ```
    public init(domain: ClosedRange<Double>, range: (Double, Double) = (0, 1)) {
        self.init(domain: (domain.lowerBound, domain.upperBound), range: range)
    }

    /// The domain as a pair, in the given order.
    ///
    /// ```swift
    /// LinearScale(domain: 0...70).domain   // (0, 70)
    /// ```
    public var domain: (Double, Double) { (domainStart, domainEnd) }

    /// The range as a pair, in the given order.
    ///
    /// ```swift
    /// LinearScale(domain: 0...1, range: (300, 0)).range   // (300, 0)
    /// ```
    public var range: (Double, Double) { (rangeStart, rangeEnd) }

    /// The range position of `value`; a degenerate domain maps everything to the middle of the range and a NaN end gives NaN, as d3 does.
    ///
    /// ```swift
    /// LinearScale(domain: 0...10, range: (0, 100))(12)   // 120
    /// ```
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        // A zero span has no direction, so the middle is the only answer that favours neither end.
        let t = span == 0 ? 0.5 : (value - domainStart) / span
        return rangeStart + t * (rangeEnd - rangeStart)
    }

    /// The domain value at range position `position`, or nil when either end pair is degenerate or the answer is not finite.
    ///
    /// ```swift
    /// LinearScale(domain: 0...10, range: (0, 100)).invert(25)   // 2.5
    /// ```
    public func invert(_ position: Double) -> Double? {
        let span = rangeEnd - rangeStart
        guard span != 0, domainEnd != domainStart else { return nil }
        let value = domainStart + (position - rangeStart) / span * (domainEnd - domainStart)
        return value.isFinite ? value : nil
    }

    /// About `count` round tick values inside the domain, in domain order; empty when there are none.
    ///
    /// ```swift
    /// LinearScale(domain: 0...67.2).ticks(count: 5)   // [0, 10, 20, 30, 40, 50, 60]
    /// ```
    public func ticks(count: Int = 10) -> [Double] {
        guard domainStart.isFinite, domainEnd.isFinite, count > 0 else { return [] }
        if domainStart == domainEnd { return [domainStart] }
        let reversed = domainEnd < domainStart
        let spec = TickSpec(from: min(domainStart, domainEnd), to: max(domainStart, domainEnd), count: Double(count))
        let values = spec?.values ?? []
        return reversed ? values.reversed() : values
    }

    /// The signed distance between neighbouring ticks (negative for a reversed domain), or nil when there are no ticks.
    ///
    /// ```swift
    /// LinearScale(domain: 0...1).tickStep(count: 10)   // 0.1
    /// ```
    public func tickStep(count: Int = 10) -> Double? {
        guard count > 0,
              let spec = TickSpec(from: min(domainStart, domainEnd), to: max(domainStart, domainEnd), count: Double(count))
        else { return nil }
        return domainEnd < domainStart ? -spec.step : spec.step
    }

    /// How many fraction digits tick labels need so neighbouring ticks stay distinct; 0 when there are no ticks.
    ///
    /// ```swift
    /// LinearScale(domain: 0...1).tickDecimals(count: 10)   // 1
    /// ```
    public func tickDecimals(count: Int = 10) -> Int {
        tickStep(count: count).map(Self.decimals(forStep:)) ?? 0
    }

    /// Fraction digits needed to write multiples of `step`: max(0, -floor(log10 |step|)).
    ///
    /// ```swift
    /// LinearScale.decimals(forStep: 0.05)   // 2
    /// ```
    public static func decimals(forStep step: Double) -> Int {
        let size = abs(step)
        guard size.isFinite, size > 0 else { return 0 }
        // Steps are 1, 2 or 5 × 10^p, so the power alone decides; the cap keeps subnormal input sane.
        return min(max(0, -Int(floor(log10(size)))), 20)
    }

    /// This scale with its domain widened to multiples of the tick step, repeated until the step settles, as d3's nice.
    ///
    /// ```swift
    /// LinearScale(domain: 0...67.2).nice(count: 5).domain   // (0, 70)
    /// ```
    public func nice(count: Int = 10) -> LinearScale {
        guard count > 0 else { return self }
        let reversed = domainEnd < domainStart
        var low = min(domainStart, domainEnd)
        var high = max(domainStart, domainEnd)
        var previous: TickSpec?
        // d3 gives up after ten rounds and leaves the domain as it was; so do we.
        for _ in 0..<10 {
            guard let spec = TickSpec(from: low, to: high, count: Double(count)) else { return self }
            if let previous, previous.increment == spec.increment, previous.isInverse == spec.isInverse {
                // Adding zero turns a -0 from rounding into 0, so labels never read "-0".
                let ends = reversed ? (high + 0, low + 0) : (low + 0, high + 0)
                return LinearScale(domain: ends, range: range)
            }
            if spec.isInverse {
                low = floor(low * spec.increment) / spec.increment
                high = (high * spec.increment).rounded(.up) / spec.increment
            } else {
                low = floor(low / spec.increment) * spec.increment
                high = (high / spec.increment).rounded(.up) * spec.increment
            }
            previous = spec
        }
        return self
    }
}
