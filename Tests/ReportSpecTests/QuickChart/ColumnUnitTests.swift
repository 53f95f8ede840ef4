import Testing
@testable import ReportSpec

/// Headers as briefing authors write them, split into a measure and a unit.
@Suite("a value column's header names its measure and unit")
struct ColumnUnitTests {
    typealias Kind = ColumnUnit.Kind

    static let table: [(header: String, measure: String, unit: String?, kind: Kind?)] = [
        ("투자액(억 달러)", "투자액", "억 달러", .korean(scale: 1e8, noun: "달러")),
        ("투자액 (억 달러)", "투자액", "억 달러", .korean(scale: 1e8, noun: "달러")),
        ("투자액（억달러）", "투자액", "억달러", .korean(scale: 1e8, noun: "달러")),
        ("인구(만 명)", "인구", "만 명", .korean(scale: 1e4, noun: "명")),
        ("GDP(조 원)", "GDP", "조 원", .korean(scale: 1e12, noun: "원")),
        ("가구 수(천 가구)", "가구 수", "천 가구", .korean(scale: 1e3, noun: "가구")),
        ("예산(백만 원)", "예산", "백만 원", .korean(scale: 1e6, noun: "원")),
        ("예산(십억 원)", "예산", "십억 원", .korean(scale: 1e9, noun: "원")),
        ("매출 [단위: 억 원]", "매출", "억 원", .korean(scale: 1e8, noun: "원")),
        ("금액(달러)", "금액", "달러", .noun("달러")),
        ("기업 수(곳)", "기업 수", "곳", .noun("곳")),
        ("share (%)", "share", "%", .percent(sign: "%")),
        ("증감(%p)", "증감", "%p", .percent(sign: "%p")),
        ("Investment (US$ bn)", "Investment", "US$ bn", .english(prefix: "US$", scale: 1e9, noun: "")),
        ("Revenue ($m)", "Revenue", "$m", .english(prefix: "$", scale: 1e6, noun: "")),
        ("Budget (€ million)", "Budget", "€ million", .english(prefix: "€", scale: 1e6, noun: "")),
        ("Output (billion tonnes)", "Output", "billion tonnes", .english(prefix: "", scale: 1e9, noun: "tonnes")),
        ("Spending (USD bn)", "Spending", "USD bn", .english(prefix: "", scale: 1e9, noun: "USD")),
        ("Price (₩)", "Price", "₩", .english(prefix: "₩", scale: 1, noun: "")),
        ("Height (m)", "Height", "m", .noun("m")),
        ("Capacity (GW)", "Capacity", "GW", .noun("GW")),
        // Qualifiers, years and machine names are not units: the header stays whole.
        ("매출 (연결)", "매출 (연결)", nil, nil),
        ("만족도(점수)", "만족도(점수)", nil, nil),
        ("GDP (2023)", "GDP (2023)", nil, nil),
        ("Revenue (est.)", "Revenue (est.)", nil, nil),
        ("usd_billion", "usd_billion", nil, nil),
        ("(억 달러)", "(억 달러)", "억 달러", .korean(scale: 1e8, noun: "달러")),
        // Only the closing group is the unit; an earlier one stays in the measure.
        ("매출(연결)(억 원)", "매출(연결)", "억 원", .korean(scale: 1e8, noun: "원")),
    ]

    @Test("each header in the table gives its measure and unit", arguments: 0..<table.count)
    func header(_ i: Int) {
        let row = Self.table[i]
        let heading = ColumnHeading(row.header)
        #expect(heading.measure == row.measure, "\(row.header)")
        #expect(heading.unit?.text == row.unit, "\(row.header)")
        #expect(heading.unit?.kind == row.kind, "\(row.header)")
    }

    @Test("a scale word must be followed by a unit, so words that merely start like one are not scaled")
    func scaleWordsNeedAUnit() {
        #expect(ColumnUnit("만족도") == nil)
        #expect(ColumnUnit("백분율") == nil)
        #expect(ColumnUnit("억")?.kind == .korean(scale: 1e8, noun: ""))
        #expect(ColumnUnit("천원")?.kind == .korean(scale: 1e3, noun: "원"))
    }

    @Test("m and k are scales only after a currency; alone they are units")
    func lettersNeedACurrency() {
        #expect(ColumnUnit("m")?.kind == .noun("m"))
        #expect(ColumnUnit("$m")?.kind == .english(prefix: "$", scale: 1e6, noun: ""))
        #expect(ColumnUnit("£k")?.kind == .english(prefix: "£", scale: 1e3, noun: ""))
        #expect(ColumnUnit("k") == nil)
    }
}
