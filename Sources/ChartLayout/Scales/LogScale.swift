#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A base-10 logarithmic scale for strictly positive values.
///
/// ```swift
/// let s = LogScale(domain: (1, 1000), range: (0, 300))
/// s(10)        // 100
/// s.ticks()    // [1, 10, 100, 1000]
/// s(0)         // nil: zero has no place on a log scale
/// ```
public struct LogScale: Equatable, Hashable, Sendable {
    public let domainStart: Double
    public let domainEnd: Double
    public let rangeStart: Double
    public let rangeEnd: Double

    /// Creates a scale; non-positive domain ends are replaced by 1 so the scale stays defined.
    public init(domain: (Double, Double), range: (Double, Double)) {
        domainStart = domain.0 > 0 && domain.0.isFinite ? domain.0 : 1
        domainEnd = domain.1 > 0 && domain.1.isFinite ? domain.1 : 10
        rangeStart = range.0; rangeEnd = range.1
    }

    /// The position of `value`, or nil for zero, negatives and non-finite values.
    public func callAsFunction(_ value: Double) -> Double? {
        guard value > 0, value.isFinite else { return nil }
        let a = log10(domainStart), b = log10(domainEnd)
        guard b != a else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (log10(value) - a) / (b - a) * (rangeEnd - rangeStart)
    }

    /// The domain widened to whole powers of ten.
    public func nice() -> LogScale {
        // Past 1e308 the next power of ten is infinite: keep that end as it is.
        let start = pow(10, floor(log10(domainStart))), end = pow(10, ceil(log10(domainEnd)))
        return LogScale(domain: (start.isFinite && start > 0 ? start : domainStart, end.isFinite ? end : domainEnd), range: (rangeStart, rangeEnd))
    }

    /// Powers of ten inside the domain; with fewer than three decades, 2× and 5× steps too.
    public func ticks() -> [Double] {
        let lo = Int(floor(log10(domainStart))), hi = Int(ceil(log10(domainEnd)))
        guard lo <= hi, hi - lo < 40 else { return [] }
        let multipliers: [Double] = hi - lo < 3 ? [1, 2, 5] : [1]
        var out: [Double] = []
        for e in lo...hi {
            for m in multipliers {
                let v = m * pow(10, Double(e))
                if v >= domainStart * (1 - 1e-12) && v <= domainEnd * (1 + 1e-12) { out.append(v) }
            }
        }
        return out
    }
}
