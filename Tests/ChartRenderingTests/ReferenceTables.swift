import ChartLayout
import Drawing

/// The briefing's two comparison tables, pinned by reference images.
enum ReferenceTables {
    static func korean(_ unit: String = "", multiplier: Double = 1e9) -> NumberFormat { .korean(unit: unit, multiplier: multiplier) }

    static let models = ComparisonTable(
        title: "중국의 주요 거대언어모델, Llama 2와 비교", subtitle: "개발사 발표 기준, 2025년 1월",
        columns: [TableColumn(header: ["모델"]), TableColumn(header: ["개발사"]),
                  TableColumn(header: ["전체"], kind: .number(korean()), headerUnit: "개", miniBar: true),
                  TableColumn(header: ["토큰당 활성"], kind: .number(korean()), headerUnit: "개"),
                  TableColumn(header: ["구조"], maxWidth: 70), TableColumn(header: ["공개"], kind: .date),
                  TableColumn(header: ["비고"], minWidth: 110)],
        headerGroups: [HeaderGroup(label: "매개변수", columns: 2..<4)],
        groups: [RowGroup(rows: [
            TableRow(cells: [.text("DeepSeek-V3"), .text("딥시크(스타트업)"), .number(671), .number(37), .text("전문가 혼합(MoE)"),
                             .date(TableDate(year: 2024, month: 12)), .text("공개 당시 가장 큰 오픈소스 LLM. 약 2개월, 558만 달러(약 81억 원)로 학습")]),
            TableRow(cells: [.text("훈위안(Hunyuan)"), .text("텐센트"), .number(100), .missing, .missing, .missing, .text("위챗 운영사의 자체 LLM")],
                     marks: [2: "1)"]),
            TableRow(cells: [.text("ERNIE 4.0"), .text("바이두"), .missing, .missing, .missing, .date(TableDate(year: 2023)),
                             .text("2019년 첫 공개. GPT-4에 버금간다고 주장. 샤오두 AI 안경에 탑재")]),
            TableRow(cells: [.text("Qwen 2.5"), .text("알리바바 클라우드"), .missing, .missing, .missing, .date(TableDate(year: 2024, month: 9)),
                             .text("100여 개 모델로 이루어진 제품군. 레이네오와 AI 안경 계획")]),
            TableRow(cells: [.text("Llama 2"), .text("메타"), .number(70), .number(70), .text("모든 매개변수 사용"), .missing, .text("비교 기준")],
                     emphasized: true, marks: [2: "2)"]),
        ])],
        notes: [TableNote(mark: "1)", text: "‘1,000억 개 이상’으로만 공개되었습니다."), TableNote(mark: "2)", text: "여러 크기 가운데 가장 큰 모델입니다."),
                TableNote(mark: nil, text: "빈칸(—)은 공개되지 않은 값입니다. Llama 2는 비교를 위한 기준 모델입니다.")],
        source: "각 개발사 발표")

    static let cities = ComparisonTable(
        title: "중국 AI 도시 경쟁력 1~3위", subtitle: "2024년 상하이 소비자기술혁신전시회(CTIS) 발표",
        columns: [TableColumn(header: ["순위"], kind: .number(.plain())), TableColumn(header: ["도시"]),
                  TableColumn(header: ["AI 기업"], kind: .number(.plain()), headerUnit: "곳"),
                  TableColumn(header: ["핵심 AI", "산업 규모"], kind: .number(korean(multiplier: 1)), headerUnit: "위안"),
                  TableColumn(header: ["정책 목표"])],
        groups: [RowGroup(rows: [
            TableRow(cells: [.number(1), .text("베이징"), .number(2400), .number(3e11), .text("2~3년 안에 세계 100대 AI 기업 10곳 이상, AI 산업 규모 2조 위안 이상")],
                     marks: [2: "1)", 3: "2)"]),
            TableRow(cells: [.number(2), .text("선전"), .missing, .missing, .text("2024년 말부터 기업의 AI 모델 연구개발에 해마다 최대 5억 위안(약 1,000억 원) 바우처 지원")]),
            TableRow(cells: [.number(3), .text("상하이"), .missing, .missing,
                             .text("2025년까지 AI 인재 2만~3만 명, AI 기업 500곳 확보. ‘AI 산업 발전 촉진 조례’로 공공 컴퓨팅, AI 윤리 전문가 위원회, 산업 안전 기준 마련")]),
        ])],
        notes: [TableNote(mark: "1)", text: "2,400여 곳입니다."), TableNote(mark: "2)", text: "약 60조 원입니다.")],
        source: "소비자기술혁신전시회(CTIS), ‘중국 AI 도시 경쟁력 순위’(2024)")
}
