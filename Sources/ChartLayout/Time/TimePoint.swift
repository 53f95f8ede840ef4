/// A moment on a chart's time axis, read from how a category is written: a year, a quarter, a
/// month or a day.
///
/// Recognised forms (spaces optional, `-`, `/` or `.` between figures):
/// - years: `2023`, `2023년`;
/// - quarters: `2023-Q1`, `2023Q1`, `Q1 2024`, `1Q24`, `2024 1Q`, `2024년 1분기`, `2024 1분기`;
/// - months: `2024-03`, `2024/3`, `2024.03`, `2024년 3월`, `Mar 2024`, `March 2024`, `Mar-24`;
/// - days: `2024-03-15`, `2024.3.15.`, `2024년 3월 15일`, `Mar 15, 2024`, `15 Mar 2024`.
///
/// Forms without a year (`3월`, `Q1`) are not points in time: a chart draws them evenly spaced,
/// in the order given.
///
/// ```swift
/// TimePoint("2023-Q2")            // quarter 2 of 2023, starting 2023-04-01
/// TimePoint("2024년 3월")?.granularity   // .month
/// ```
public struct TimePoint: Equatable, Hashable, Sendable {
    /// How long a period the written form names; finer is smaller.
    public enum Granularity: Int, Comparable, Sendable, CaseIterable {
        case day, month, quarter, year
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    public var year: Int
    /// The period's first month, 1–12 (a quarter's first month; 1 for a year).
    public var month: Int
    /// The period's first day, 1–31.
    public var day: Int
    public var granularity: Granularity

    /// Creates a point from its parts; nil for a date that does not exist.
    public init?(year: Int, month: Int = 1, day: Int = 1, granularity: Granularity) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day; self.granularity = granularity
    }

    /// The point a category names, or nil when it is not written as one of the recognised forms.
    public init?(_ text: String) {
        guard let point = TimeTextReader.read(text) else { return nil }
        self = point
    }

    /// Days from 1970-01-01 to the period's first day (proleptic Gregorian calendar).
    public var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

    /// Where the point lies on an axis counted in `unit`s: evenly spaced for a regular series of
    /// that unit (every month one apart, whatever its length); a finer point falls inside its
    /// unit by the share of it that has passed.
    public func position(in unit: Granularity) -> Double {
        switch unit {
        case .day: return Double(dayNumber)
        case .month: return Double(year * 12 + month - 1) + Double(day - 1) / Double(Self.daysIn(month: month, year: year))
        case .quarter: return Double(year * 12 + month - 1) / 3 + Double(day - 1) / Double(Self.daysIn(month: month, year: year)) / 3
        case .year:
            let start = Self.dayNumber(year: year, month: 1, day: 1)
            let length = Self.dayNumber(year: year + 1, month: 1, day: 1) - start
            return Double(year) + Double(dayNumber - start) / Double(length)
        }
    }

    /// The first day of the period `position` falls in, counted in `unit`s (the inverse of
    /// ``position(in:)`` for whole positions).
    static func start(of position: Int, in unit: Granularity) -> TimePoint? {
        switch unit {
        case .year: return TimePoint(year: position, granularity: .year)
        case .quarter: return TimePoint(year: floorDiv(position, 4), month: floorMod(position, 4) * 3 + 1, granularity: .quarter)
        case .month: return TimePoint(year: floorDiv(position, 12), month: floorMod(position, 12) + 1, granularity: .month)
        case .day:
            let (y, m, d) = civil(fromDayNumber: position)
            return TimePoint(year: y, month: m, day: d, granularity: .day)
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01, counting eras of 400 years (146,097 days) from 0000-03-01 so that
    /// the leap day falls at the end of each counted year.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day of a day number (the inverse of ``dayNumber(year:month:day:)``).
    static func civil(fromDayNumber n: Int) -> (Int, Int, Int) {
        let z = n + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
