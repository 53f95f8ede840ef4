/// Tick marks of a time axis at calendar boundaries: every year (or 2, 5, 10…), quarter, month
/// (or 2, 3, 6), week (Mondays) or day, the finest whose labels stand apart.
///
/// ```swift
/// let step = TimeTicks.Step(.month, 3)
/// TimeTicks.ticks(from: 2023 * 12, to: 2024 * 12 + 11, unit: .month, step: step)   // Jan, Apr, Jul, Oct of both years
/// ```
public enum TimeTicks {
    /// A tick interval: `count` periods of `granularity`; a step of 7 days falls on Mondays.
    public struct Step: Equatable, Hashable, Sendable {
        public var granularity: TimePoint.Granularity
        public var count: Int
        /// Creates a step.
        public init(_ granularity: TimePoint.Granularity, _ count: Int) { self.granularity = granularity; self.count = count }
    }

    /// The steps worth trying for data counted in `unit`, finest first.
    public static func candidates(for unit: TimePoint.Granularity) -> [Step] {
        let years = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].map { Step(.year, $0) }
        switch unit {
        case .year: return years
        case .quarter: return [Step(.quarter, 1), Step(.quarter, 2)] + years
        case .month: return [1, 2, 3, 6].map { Step(.month, $0) } + years
        case .day: return [1, 2, 7, 14].map { Step(.day, $0) } + [1, 2, 3, 6].map { Step(.month, $0) } + years
        }
    }

    /// The ticks of `step` between positions `start` and `end` counted in `unit`, in order.
    public static func ticks(from start: Double, to end: Double, unit: TimePoint.Granularity, step: Step) -> [TimePoint] {
        guard start.isFinite, end.isFinite, start <= end else { return [] }
        // Walk the step's own periods from the one holding `start`; a period is a tick when its index is a multiple of the count.
        guard let first = point(at: start, in: unit) else { return [] }
        var index: Int
        switch step.granularity {
        case .year: index = first.year
        case .quarter: index = first.year * 4 + (first.month - 1) / 3
        case .month: index = first.year * 12 + first.month - 1
        case .day: index = first.dayNumber
        }
        var out: [TimePoint] = []
        // Bounded: an axis never needs more than a few thousand ticks considered.
        for _ in 0..<20_000 {
            let aligned = step.count == 7 && step.granularity == .day
                ? TimePoint.floorMod(index - 4, 7) == 0          // 1970-01-05, day 4, was a Monday
                : TimePoint.floorMod(index, step.count) == 0
            if aligned, let tick = TimePoint.start(of: index, in: step.granularity) {
                let p = tick.position(in: unit)
                if p > end + 1e-9 { break }
                if p >= start - 1e-9 { out.append(tick) }
            } else if let tick = TimePoint.start(of: index, in: step.granularity), tick.position(in: unit) > end + 1e-9 {
                break
            }
            index += 1
        }
        return out
    }

    /// The point at `position` counted in `unit` (its period's start).
    static func point(at position: Double, in unit: TimePoint.Granularity) -> TimePoint? {
        guard position.magnitude < 1e7 else { return nil }
        return TimePoint.start(of: Int(position.rounded(.down)), in: unit)
    }
}

extension TimeTicks.Step {
    /// About how many of `unit` one step spans, to skip steps that would give far too many ticks.
    func length(in unit: TimePoint.Granularity) -> Double {
        let days: Double
        switch granularity {
        case .day: days = 1
        case .month: days = 30.44
        case .quarter: days = 91.31
        case .year: days = 365.25
        }
        let unitDays: Double
        switch unit {
        case .day: unitDays = 1
        case .month: unitDays = 30.44
        case .quarter: unitDays = 91.31
        case .year: unitDays = 365.25
        }
        return Double(count) * days / unitDays
    }

    /// A tick's label: the period in the language's words, and the year on a second line where
    /// it starts or changes (only for steps finer than a year).
    ///
    /// ```swift
    /// TimeTicks.Step(.month, 3).label(for: jan2024, after: oct2023, korean: true)   // ("1월", "2024")
    /// ```
    public func label(for tick: TimePoint, after previous: TimePoint?, korean: Bool) -> (main: String, year: String?) {
        let year = previous?.year == tick.year ? nil : String(tick.year)
        switch granularity {
        case .year:
            return (String(tick.year), nil)
        case .quarter:
            let q = (tick.month - 1) / 3 + 1
            return (korean ? "\(q)분기" : "Q\(q)", year)
        case .month:
            return (korean ? "\(tick.month)월" : Self.englishMonths[tick.month - 1], year)
        case .day:
            return (korean ? "\(tick.month)월 \(tick.day)일" : "\(Self.englishMonths[tick.month - 1]) \(tick.day)", year)
        }
    }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
