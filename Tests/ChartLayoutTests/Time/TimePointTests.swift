import Testing
@testable import ChartLayout

@Suite("Time points read from categories")
struct TimePointTests {
    @Test("years, quarters, months and days are read from the forms a briefing writes", arguments: [
        ("2023", 2023, 1, 1, TimePoint.Granularity.year), ("2023년", 2023, 1, 1, .year),
        ("2023-Q1", 2023, 1, 1, .quarter), ("2023Q3", 2023, 7, 1, .quarter), ("Q1 2024", 2024, 1, 1, .quarter),
        ("1Q24", 2024, 1, 1, .quarter), ("2024 4Q", 2024, 10, 1, .quarter), ("2024년 2분기", 2024, 4, 1, .quarter),
        ("2024 2분기", 2024, 4, 1, .quarter), ("2024-03", 2024, 3, 1, .month), ("2024/3", 2024, 3, 1, .month),
        ("2024.03", 2024, 3, 1, .month), ("2024년 3월", 2024, 3, 1, .month), ("Mar 2024", 2024, 3, 1, .month),
        ("September 2024", 2024, 9, 1, .month), ("Sept 2024", 2024, 9, 1, .month), ("Mar-24", 2024, 3, 1, .month),
        ("2024-03-15", 2024, 3, 15, .day), ("2024.3.15.", 2024, 3, 15, .day), ("2024년 3월 15일", 2024, 3, 15, .day),
        ("Mar 15, 2024", 2024, 3, 15, .day), ("15 Mar 2024", 2024, 3, 15, .day),
    ])
    func forms(text: String, year: Int, month: Int, day: Int, granularity: TimePoint.Granularity) throws {
        let p = try #require(TimePoint(text))
        #expect(p.year == year && p.month == month && p.day == day && p.granularity == granularity)
    }

    @Test("anything else is not a moment: names, numbers, impossible dates, year-less months", arguments: [
        "미국", "12.5", "2024-13", "2023-02-29", "2024-Q5", "3월", "Q1", "1분기", "", "2024-03-15-01", "Mart 2024", "123", "20245",
    ])
    func notTime(text: String) {
        #expect(TimePoint(text) == nil)
    }

    @Test("day numbers count from 1970-01-01 and read back, across leap years and before 1970")
    func dayNumbers() throws {
        #expect(TimePoint.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(TimePoint.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(TimePoint.dayNumber(year: 1969, month: 12, day: 31) == -1)
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            let (y, m, d) = TimePoint.civil(fromDayNumber: n)
            #expect(TimePoint.dayNumber(year: y, month: m, day: d) == n)
        }
    }

    @Test("a regular series is evenly spaced in its own unit; finer points fall inside their unit")
    func positions() throws {
        let jan = try #require(TimePoint("2024-01")), feb = try #require(TimePoint("2024-02")), mar = try #require(TimePoint("2024-03"))
        #expect(feb.position(in: .month) - jan.position(in: .month) == 1)
        #expect(mar.position(in: .month) - feb.position(in: .month) == 1, "February's 29 days do not shorten its step")
        let q2 = try #require(TimePoint("2024-Q2"))
        #expect(q2.position(in: .quarter) == 2024 * 4 + 1)
        #expect(q2.position(in: .month) == 2024 * 12 + 3)
        let mid = try #require(TimePoint("2024-07-02"))
        #expect(abs(mid.position(in: .year) - 2024.5) < 0.01)
    }

    @Test("ticks fall on calendar boundaries: every third month on quarters, Mondays for weeks, round years")
    func ticks() throws {
        let months = TimeTicks.ticks(from: 2023 * 12, to: 2024 * 12 + 11, unit: .month, step: .init(.month, 3))
        #expect(months.map(\.month) == [1, 4, 7, 10, 1, 4, 7, 10])
        let years = TimeTicks.ticks(from: 1993, to: 2024, unit: .year, step: .init(.year, 10))
        #expect(years.map(\.year) == [2000, 2010, 2020])
        let start = Double(TimePoint.dayNumber(year: 2024, month: 3, day: 1))
        let weeks = TimeTicks.ticks(from: start, to: start + 30, unit: .day, step: .init(.day, 7))
        #expect(weeks.map(\.day) == [4, 11, 18, 25], "the Mondays of March 2024")
        let label = TimeTicks.Step(.month, 3).label(for: months[4], after: months[3], korean: true)
        #expect(label.main == "1월" && label.year == "2024")
        #expect(TimeTicks.Step(.quarter, 1).label(for: months[1], after: months[0], korean: false) == ("Q2", nil))
    }
}
