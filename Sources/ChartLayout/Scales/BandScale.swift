/// Splits a continuous range into equal bands, one per key, with equal gaps, as d3's scaleBand.
///
/// ```swift
/// let x = BandScale(domain: ["A", "B", "C"], range: (0, 300), paddingInner: 0.2, paddingOuter: 0.2)
/// x("B")        // 112.5, the start of B's band
/// x.bandwidth   // 75
/// ```
public struct BandScale: Equatable, Hashable, Sendable {
    /// The keys in band order; repeated keys keep their first place: `["A", "B", "A"]` becomes `["A", "B"]`.
    public let domain: [String]
    /// Where the first band's outer edge sits before padding: 0 for `range: (0, 300)`.
    public let rangeStart: Double
    /// Where the last band's outer edge sits before padding: 300 for `range: (0, 300)`.
    public let rangeEnd: Double
    /// The gap between bands as a fraction of `step`, in 0...1: 0.2 leaves a fifth of each step empty.
    public let paddingInner: Double
    /// The gap before the first and after the last band as a fraction of `step`, at least 0: 0.2 at step 93.75 is 18.75.
    public let paddingOuter: Double
    /// How leftover space is shared between the outer ends, in 0...1: 0 puts it all after, 0.5 splits it.
    public let align: Double
    /// Whether step, start and bandwidth are whole units, for crisp edges: step 31.25 becomes 31.
    public let round: Bool
    /// The distance from one band's start to the next: 93.75 for three keys over 0…300 with padding 0.2.
    public let step: Double
    /// The width of each band: 75 for three keys over 0…300 with padding 0.2.
    public let bandwidth: Double
    /// The start of the first band in ascending range order.
    private let firstStart: Double

    /// Creates a band scale; padding and align outside their ranges (or not finite) are clamped rather than trapping.
    ///
    /// ```swift
    /// let x = BandScale(domain: ["2022", "2023"], range: (0, 200), paddingInner: 0.1, round: true)
    /// ```
    public init(
        domain keys: [String],
        range: (Double, Double),
        paddingInner: Double = 0,
        paddingOuter: Double = 0,
        align: Double = 0.5,
        round: Bool = false
    ) {
        domain = Self.unique(keys)
        rangeStart = range.0
        rangeEnd = range.1
        self.paddingInner = Self.clamp(paddingInner, to: 0...1)
        self.paddingOuter = Self.clamp(paddingOuter, to: 0...Double.greatestFiniteMagnitude)
        self.align = Self.clamp(align, to: 0...1, fallback: 0.5)
        self.round = round

        let count = Double(domain.count)
        let low = min(range.0, range.1)
        let high = max(range.0, range.1)
        var step = (high - low) / max(1, count - self.paddingInner + self.paddingOuter * 2)
        if round { step = step.rounded(.down) }
        var start = low + (high - low - step * (count - self.paddingInner)) * self.align
        var bandwidth = step * (1 - self.paddingInner)
        if round {
            start = start.rounded()
            bandwidth = bandwidth.rounded()
        }
        self.step = step
        self.bandwidth = bandwidth
        firstStart = start
    }

    /// Creates bands a fixed `step` apart from `start`, each a whole step wide, when the pitch is
    /// chosen first and the extent follows from it (rows of a chart whose height grows to fit them).
    /// The range ends at `start + step · count`; a negative or NaN step is taken as 0.
    ///
    /// ```swift
    /// let rows = BandScale(domain: ["A", "B", "C"], start: 10, step: 20)
    /// rows("C")       // 50
    /// rows.rangeEnd   // 70
    /// ```
    public init(domain keys: [String], start: Double, step: Double) {
        domain = Self.unique(keys)
        let step = step > 0 ? step : 0
        rangeStart = start
        rangeEnd = start + step * Double(domain.count)
        paddingInner = 0
        paddingOuter = 0
        align = 0
        round = false
        self.step = step
        bandwidth = step
        firstStart = start
    }

    /// The start of `key`'s band, or nil for a key not in the domain.
    ///
    /// ```swift
    /// x("A")   // 18.75
    /// x("Z")   // nil
    /// ```
    public func callAsFunction(_ key: String) -> Double? {
        domain.firstIndex(of: key).flatMap(start(at:))
    }

    /// The start of the band at `index` in ``domain``, or nil outside it: for callers that keep
    /// their bands by position, without looking each key up.
    ///
    /// ```swift
    /// x.start(at: 1)   // 112.5, B's band
    /// x.start(at: 3)   // nil
    /// ```
    public func start(at index: Int) -> Double? {
        guard domain.indices.contains(index) else { return nil }
        // A reversed range lays the first key at the high end, as d3 does.
        let slot = rangeEnd < rangeStart ? domain.count - 1 - index : index
        return firstStart + step * Double(slot)
    }

    /// The middle of `key`'s band, where a label or a point marker goes.
    ///
    /// ```swift
    /// x.center("A")   // 56.25
    /// ```
    public func center(_ key: String) -> Double? {
        self(key).map { $0 + bandwidth / 2 }
    }

    /// The middle of the band at `index` in ``domain``, or nil outside it.
    ///
    /// ```swift
    /// x.center(at: 0)   // 56.25, A's middle
    /// ```
    public func center(at index: Int) -> Double? {
        start(at: index).map { $0 + bandwidth / 2 }
    }

    private static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    private static func clamp(_ value: Double, to limits: ClosedRange<Double>, fallback: Double = 0) -> Double {
        guard !value.isNaN else { return fallback }
        return min(max(value, limits.lowerBound), limits.upperBound)
    }
}
