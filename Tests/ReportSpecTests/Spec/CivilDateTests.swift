import Testing
@testable import ReportSpec

@Suite("Civil dates")
struct CivilDateTests {
    @Test("real days parse", arguments: ["2025-01-21", "2024-02-29", "2000-02-29", "1999-12-31", " 2025-01-21 "])
    func valid(text: String) {
        #expect(CivilDate(iso: text) != nil)
    }

    @Test("impossible or malformed days are refused", arguments: [
        "2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
        "2025-1-21", "25-01-21", "2025/01/21", "2025-01-21T00:00:00Z", "", "abcd-ef-gh",
    ])
    func invalid(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("a Unix time gives its UTC day at midnight", arguments: [
        (1_737_417_600, "2025-01-21T00:00:00Z"), (1_737_503_999, "2025-01-21T00:00:00Z"), (0, "1970-01-01T00:00:00Z"),
        (-1, "1969-12-31T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (4_107_542_400, "2100-03-01T00:00:00Z"),
    ])
    func epoch(seconds: Int, iso: String) {
        #expect(CivilDate(epochSeconds: seconds).iso8601Midnight == iso)
    }

    @Test("a parsed day prints back as midnight UTC")
    func roundTrip() {
        #expect(CivilDate(iso: "2025-01-21")?.iso8601Midnight == "2025-01-21T00:00:00Z")
        #expect(CivilDate(iso: "2025-01-21") == CivilDate(epochSeconds: 1_737_417_600))
    }
}
