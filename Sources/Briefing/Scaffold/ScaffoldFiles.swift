/// The files of a new report folder, in Korean or English.
enum ScaffoldFiles {
    static let koreanSpec = """
        # 보고서 명세: docs/spec.md에 모든 키가 설명되어 있습니다.
        title: 새 보고서
        subtitle: 부제목을 적으세요
        author: 작성자
        date: 2025-01-21
        language: ko

        data:
          sales: data/sales.csv
          monthly: data/monthly.csv

        body:
          - heading: 개요
          - paragraph: |
              이 문단의 숫자는 데이터에서 계산됩니다. 가장 큰 지역의 매출은
              {{ max(sales.revenue) * 1e8 | korean(unit: "원") }}이고, 전체 합계는
              {{ sum(sales.revenue) * 1e8 | korean(unit: "원") }}입니다.
          - chart: revenue
            data: sales
            category: region
            value: revenue
            title: 지역별 매출
            subtitle: 2024년 매출(원)
            source: 예시 자료
            sort: descending
            format: {style: korean, unit: 원, multiplier: 1e8}
          # 월(2024-01, 2024년 1월…)처럼 날짜로 읽히는 범주는 선 그래프가 됩니다.
          - chart: trend
            data: monthly
            category: month
            value: revenue
            title: 하반기 들어 매출이 늘었다
            subtitle: 2024년 월별 매출(원)
            source: 예시 자료
            format: {style: korean, unit: 원, multiplier: 1e8}

        """
    static let koreanData = "region,revenue\n서울,120\n부산,45\n대구,30\n광주,18\n"

    static let englishSpec = """
        # Report spec: every key is described in docs/spec.md.
        title: New report
        subtitle: Write a subtitle
        author: Author
        date: 2025-01-21
        language: en

        data:
          sales: data/sales.csv
          monthly: data/monthly.csv

        body:
          - heading: Overview
          - paragraph: |
              The numbers in this paragraph come from the data: the largest region sold
              {{ max(sales.revenue) * 1e6 | english(prefix: "$") }} and all regions together
              {{ sum(sales.revenue) * 1e6 | english(prefix: "$") }}.
          - chart: revenue
            data: sales
            category: region
            value: revenue
            title: Revenue by region
            subtitle: 2024 revenue, US dollars
            source: Example data
            sort: descending
            format: {style: english, prefix: "$", multiplier: 1e6}
          # Categories that read as dates (2024-01, Jan 2024…) make a line chart.
          - chart: trend
            data: monthly
            category: month
            value: revenue
            title: Revenue rose in the second half
            subtitle: 2024 monthly revenue, US dollars
            source: Example data
            format: {style: english, prefix: "$", multiplier: 1e6}

        """
    static let englishData = "region,revenue\nNorth,120\nSouth,45\nEast,30\nWest,18\n"
    /// Twelve months of one series, for the line chart.
    static let monthlyData = "month,revenue\n2024-01,15\n2024-02,14\n2024-03,16\n2024-04,17\n2024-05,16\n2024-06,18\n"
        + "2024-07,20\n2024-08,22\n2024-09,21\n2024-10,24\n2024-11,26\n2024-12,27\n"
}
