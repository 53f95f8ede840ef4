import ChartLayout
import Drawing

/// Representative charts whose rendering is pinned by reference images.
enum ReferenceCharts {
    static let investment = BarChart(
        title: "미국의 AI 민간 투자, 중국의 9배에 가까워", subtitle: "2023년 국가별 AI 민간 투자액(달러)",
        source: "스탠퍼드대 인간중심AI연구소(HAI), 「AI 인덱스 2024」",
        categories: ["미국", "중국", "한국"], series: [BarSeries(name: "투자액", values: [67.2, 7.76, 1.4])],
        valueFormat: .korean(unit: "달러", multiplier: 1e9), highlight: ["미국"],
        annotations: [Annotation(text: "중국의 약 9배", category: "미국")])

    static let parameters = BarChart(
        title: "DeepSeek-V3, 6,710억 개 중 370억 개만 쓴다", subtitle: "전체 매개변수와 토큰당 활성 매개변수(개)",
        source: "각 개발사 발표", note: "훈위안의 활성 매개변수는 공개되지 않았습니다.",
        categories: ["DeepSeek-V3", "훈위안(텐센트)", "Llama 2(메타)"],
        series: [BarSeries(name: "전체 매개변수", values: [671, 100, 70]), BarSeries(name: "토큰당 활성 매개변수", values: [37, nil, 70])],
        valueFormat: .korean(unit: "개", multiplier: 1e9))

    static let patents = BarChart(
        title: "생성형 AI 특허 10건 중 7건은 중국에서", subtitle: "2014~2023년 전 세계 생성형 AI 특허 출원 중 비중",
        source: "세계지식재산기구(WIPO)", categories: ["전 세계 출원 5만 4,000건"],
        series: [BarSeries(name: "중국", values: [38000]), BarSeries(name: "그 외 국가", values: [16000])],
        valueFormat: .plain(), layout: .percent, valueAxis: true)

    static let columns = BarChart(
        title: "중국의 AI 민간 투자, 2021년 정점 뒤 감소", subtitle: "연도별 AI 민간 투자액(억 달러, 예시)",
        source: "예시 자료", categories: ["2019", "2020", "2021", "2022", "2023"],
        series: [BarSeries(name: "중국", values: [49, 96, 233, 134, -20])],
        valueFormat: .plain(), orientation: .vertical, valueLabels: false, valueAxis: true,
        referenceLines: [ReferenceLine(value: 100, label: "100억 달러")])

    static let multiples = SmallMultiples(
        title: "지역별 AI 기업 점수(가상의 예시)", subtitle: "점수, 100점 만점", source: "예시 자료",
        panels: [
            BarChart(title: "동아시아", categories: ["바이두", "알리바바", "텐센트"], series: [BarSeries(name: "점수", values: [72, 85, 64])], valueFormat: .plain()),
            BarChart(title: "북미", categories: ["구글", "메타", "오픈AI"], series: [BarSeries(name: "점수", values: [91, 78, 95])], valueFormat: .plain()),
        ], columns: 2)
}
