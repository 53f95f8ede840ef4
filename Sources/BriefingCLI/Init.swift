import ArgumentParser
import Foundation

/// `briefing init <folder>`: a new report folder that builds at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a report folder with a spec, a dataset and a chart that builds as it is.")

    @Argument(help: "The folder to create; it must not exist or must be empty.")
    var folder: String

    @Option(help: "Language of the scaffold: ko or en.")
    var language: String = "ko"

    func validate() throws {
        guard ["ko", "en"].contains(language) else { throw ValidationError("--language must be ko or en") }
    }

    func run() throws {
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            Terminal.printError("\(folder): error: the folder exists and is not empty; init never overwrites files")
            throw ExitCode(1)
        }
        do {
            try fm.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
            let korean = language == "ko"
            try (korean ? Scaffold.koreanSpec : Scaffold.englishSpec).write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
            try (korean ? Scaffold.koreanData : Scaffold.englishData).write(toFile: folder + "/data/sales.csv", atomically: true, encoding: .utf8)
        } catch {
            Terminal.printError("\(folder): error: cannot create the report folder: \(error.localizedDescription)")
            throw ExitCode(3)
        }
        print("created \(folder)/report.yaml and \(folder)/data/sales.csv; build it with: briefing build \(folder)")
    }
}

/// The files `briefing init` writes.
enum Scaffold {
    static let koreanSpec = """
        # 보고서 명세: docs/spec.md에 모든 키가 설명되어 있습니다.
        title: 새 보고서
        subtitle: 부제목을 적으세요
        author: 작성자
        date: 2025-01-21
        language: ko

        data:
          sales: data/sales.csv

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

        """
    static let englishData = "region,revenue\nNorth,120\nSouth,45\nEast,30\nWest,18\n"
}
