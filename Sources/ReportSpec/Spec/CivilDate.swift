/// A calendar day in the proleptic Gregorian calendar, for report dates (no clock, no time zone).
struct CivilDate: Equatable {
    var year: Int, month: Int, day: Int

    /// Parses `YYYY-MM-DD`.
    init?(iso text: String) {
        let parts = text.trimmingSpaces.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CivilDate.days(inMonth: m, year: y)).contains(d) else { return nil }
        year = y; month = m; day = d
    }

    /// The UTC day of a Unix time (days-from-civil inverted, after Howard Hinnant's algorithm).
    init(epochSeconds: Int) {
        let z = epochSeconds.quotientAndRemainder(dividingBy: 86400)
        let days = (z.remainder < 0 ? z.quotient - 1 : z.quotient) + 719468
        let era = (days >= 0 ? days : days - 146096) / 146097
        let doe = days - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DDT00:00:00Z`, the form Cairo's PDF metadata takes.
    var iso8601Midnight: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T00:00:00Z"
    }
}
