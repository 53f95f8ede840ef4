#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ticks as integer multiples k·step, after d3-array's tickIncrement: steps are 1, 2 or 5 times a power of ten.
///
/// ```swift
/// TickSpec(from: 0, to: 1, count: 10)?.values   // [0, 0.1, 0.2, …, 1], each k / 10 with no float noise
/// ```
struct TickSpec: Equatable, Hashable, Sendable {
    /// Index of the first tick: the first value is `first` · step.
    var first: Int
    /// Index of the last tick.
    var last: Int
    /// The step when `isInverse` is false, otherwise 1 / step (a whole number such as 10).
    var increment: Double
    /// Whether the step is below one; then values are k / increment, which is exact where k · step is not.
    var isInverse: Bool

    /// Never hand out more ticks than any chart could draw; absurd counts must not allocate absurd arrays.
    static let maximumTickCount = 10_000

    /// The tick layout for an ascending span, or nil for degenerate, reversed or non-finite input.
    ///
    /// ```swift
    /// TickSpec(from: 0, to: 67.2, count: 5)?.step   // 10
    /// ```
    init?(from start: Double, to stop: Double, count: Double) {
        guard start.isFinite, stop.isFinite, start < stop, count.isFinite, count > 0 else { return nil }
        var count = count
        var low = 0.0
        var high = 0.0
        var increment = 0.0
        var power = 0.0
        while true {
            let rawStep = (stop - start) / count
            guard rawStep.isFinite, rawStep > 0 else { return nil }
            power = floor(log10(rawStep))
            let error = rawStep / pow(10, power)
            let factor: Double
            if error >= 50.0.squareRoot() {
                factor = 10
            } else if error >= 10.0.squareRoot() {
                factor = 5
            } else if error >= 2.0.squareRoot() {
                factor = 2
            } else {
                factor = 1
            }
            if power < 0 {
                increment = pow(10, -power) / factor
                low = (start * increment).rounded()
                high = (stop * increment).rounded()
                if low / increment < start { low += 1 }
                if high / increment > stop { high -= 1 }
            } else {
                increment = pow(10, power) * factor
                low = (start / increment).rounded()
                high = (stop / increment).rounded()
                if low * increment < start { low += 1 }
                if high * increment > stop { high -= 1 }
            }
            // A count below 2 can miss every multiple; d3 retries with twice the count, and so do we.
            guard high < low, count >= 0.5, count < 2 else { break }
            count *= 2
        }
        guard increment.isFinite, increment > 0,
              let first = Int(exactly: low), let last = Int(exactly: high),
              abs(first) < 1 << 52, abs(last) < 1 << 52
        else { return nil }
        self.first = first
        self.last = last
        self.increment = increment
        self.isInverse = power < 0
    }

    /// The distance between neighbouring ticks.
    ///
    /// ```swift
    /// TickSpec(from: 0, to: 1, count: 10)?.step   // 0.1
    /// ```
    var step: Double { isInverse ? 1 / increment : increment }

    /// The value of the tick with index `k`.
    ///
    /// ```swift
    /// TickSpec(from: 0, to: 1, count: 10)?.value(at: 3)   // 0.3 (3 / 10, not 3 × 0.1)
    /// ```
    func value(at k: Int) -> Double {
        isInverse ? Double(k) / increment : Double(k) * increment
    }

    /// Every tick from `first` to `last`, empty when the span holds none or too many.
    ///
    /// ```swift
    /// TickSpec(from: 0, to: 67.2, count: 5)?.values   // [0, 10, 20, 30, 40, 50, 60]
    /// ```
    var values: [Double] {
        guard last >= first, last - first < Self.maximumTickCount else { return [] }
        return (first...last).map(value(at:))
    }
}
