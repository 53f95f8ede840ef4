import ChartLayout
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Table spec reader")
struct SpecReaderTableTests {
    static let modelsCSV = "model,company,total_billion,release\nDeepSeek-V3,딥시크,671,2024-12\n훈위안,텐센트,100,\nLlama 2,메타,70,2023-07\n"

    static func spec(_ table: String, data: String = "data/models.csv") -> String {
        "title: 표\ndate: 2025-01-21\ndata:\n  models: \(data)\nbody:\n" + table
    }

    static let basic = """
          - table: models
            data: models
            title: 주요 모델
            columns:
              - {column: model, header: 모델}
              - company
              - {column: total_billion, header: 전체, type: korean, format: {unit: 개, multiplier: 1e9}, unit-in-header: true, bar: true, highlight: max}
              - {column: release, header: 공개, type: date}
            header-groups:
              - {label: 매개변수, columns: [total_billion]}
            emphasize: Llama 2
            notes:
              - {text: 1천억 개 이상, column: total_billion, row: 훈위안}
              - 빈칸은 공개되지 않은 값입니다.
            source: 각 개발사

        """

    static func table(_ files: [String: String]) throws -> ComparisonTable {
        let (_, result) = try ReportLoaderTests.load(files: files)
        let loaded = try result.get()
        guard case .table(let t) = try #require(loaded.report.figures.first).content else { throw TempFolder.Failure(description: "not a table") }
        return t
    }

    @Test("a table block normalises columns, kinds, units in the header, emphasis, notes and marks")
    func normalises() throws {
        let t = try Self.table(["report.yaml": Self.spec(Self.basic), "data/models.csv": Self.modelsCSV])
        #expect(t.title == "주요 모델")
        #expect(t.columns.map(\.header) == [["모델"], ["company"], ["전체"], ["공개"]])
        #expect(t.columns[2].headerUnit == "개")
        #expect(t.columns[2].alignment == .right && t.columns[0].alignment == .left)
        guard case .number(let f) = t.columns[2].kind else { Issue.record("not numeric"); return }
        #expect(f.format(671) == "6,710억", "the unit moved to the header")
        #expect(t.columns[2].miniBar && t.columns[2].highlight == .maximum)
        #expect(t.rows.map(\.emphasized) == [false, false, true])
        #expect(t.rows[1].marks == [2: "1)"])
        #expect(t.rows[1].cells[3] == .missing)
        #expect(t.rows[0].cells[3] == .date(TableDate(year: 2024, month: 12)))
        #expect(t.notes == [TableNote(mark: "1)", text: "1천억 개 이상"), TableNote(mark: nil, text: "빈칸은 공개되지 않은 값입니다.")])
        #expect(t.headerGroups == [HeaderGroup(label: "매개변수", columns: 2..<3)])
        #expect(t.missingMark == "—" && t.zebra == false && t.fillsWidth)
        #expect(t.labels == .korean)
    }

    @Test("text in a number column is an error at the CSV cell naming the row and the column")
    func nonNumeric() throws {
        let csv = "model,company,total_billion,release\nDeepSeek-V3,딥시크,671B,2024-12\n"
        let (folder, d) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(Self.basic), "data/models.csv": csv])
        #expect(d.location == SourceLocation(file: folder + "/data/models.csv", line: 2, column: 17), "columns count characters")
        #expect(d.message == Messages.notANumberInTable("671B", column: "total_billion", row: 1).text)
        #expect(d.message.contains("row 1") && d.message.contains("'total_billion'"))
    }

    @Test("a bad date is an error at its cell")
    func badDate() throws {
        let csv = "model,company,total_billion,release\nDeepSeek-V3,딥시크,671,12월\n"
        let (_, d) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(Self.basic), "data/models.csv": csv])
        #expect(d.message == Messages.notADateInTable("12월", column: "release", row: 1).text)
        #expect(d.location.line == 2 && d.location.column == 21)
    }

    @Test("a column named in the spec but missing from the data is an error at the spec line, with a suggestion")
    func missingColumn() throws {
        let spec = Self.spec(Self.basic.replacingOccurrences(of: "column: release", with: "column: released"))
        let (folder, d) = try ReportLoaderTests.diagnostic(files: ["report.yaml": spec, "data/models.csv": Self.modelsCSV])
        #expect(d.location.file == folder + "/report.yaml")
        #expect(d.location.line == 13)
        #expect(d.message.contains("has no column 'released'"))
        #expect(d.notes == [DiagnosticNote(help: "did you mean 'release'?")])
    }

    @Test("a table over a dataset with no rows is refused")
    func emptyTable() throws {
        let (_, d) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(Self.basic), "data/models.csv": "model,company,total_billion,release\n"])
        #expect(d.message == Messages.tableNoRows(dataset: "models").text)
    }

    @Test("ragged CSV rows stay a CSV error in the data file")
    func ragged() throws {
        let (folder, d) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(Self.basic), "data/models.csv": "model,company,total_billion,release\nA,B\n"])
        #expect(d.location.file == folder + "/data/models.csv")
        #expect(d.message == Messages.csvRagged(expected: 4, found: 2).text)
    }

    @Test("emphasis and notes must name an existing row; notes and groups an existing table column")
    func unknownNames() throws {
        let badRow = Self.basic.replacingOccurrences(of: "emphasize: Llama 2", with: "emphasize: Llama 3")
        let (_, d1) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(badRow), "data/models.csv": Self.modelsCSV])
        #expect(d1.message == Messages.unknownRow("Llama 3", column: "model").text)
        let badColumn = Self.basic.replacingOccurrences(of: "columns: [total_billion]", with: "columns: [total]")
        let (_, d2) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(badColumn), "data/models.csv": Self.modelsCSV])
        #expect(d2.message == Messages.notATableColumn("total", available: ["model", "company", "total_billion", "release"]).text)
    }

    @Test("number options on a text column and unknown column types are refused at their keys")
    func wrongOptions() throws {
        let barOnText = Self.basic.replacingOccurrences(of: "{column: model, header: 모델}", with: "{column: model, header: 모델, bar: true}")
        let (_, d1) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(barOnText), "data/models.csv": Self.modelsCSV])
        #expect(d1.message == Messages.numberOptionOnText("bar").text)
        let badType = Self.basic.replacingOccurrences(of: "type: date", with: "type: datum")
        let (_, d2) = try ReportLoaderTests.diagnostic(files: ["report.yaml": Self.spec(badType), "data/models.csv": Self.modelsCSV])
        #expect(d2.message.hasPrefix("'datum' is not a valid column type"))
    }

    @Test("a 10,000-row table loads")
    func manyRows() throws {
        var csv = "model,company,total_billion,release\n"
        for i in 0..<10_000 { csv += "모델 \(i),회사,\(i),2024-01\n" }
        let simple = """
              - table: models
                data: models
                columns: [model, {column: total_billion, type: integer}]

            """
        let t = try Self.table(["report.yaml": Self.spec(simple), "data/models.csv": csv])
        #expect(t.rows.count == 10_000)
    }
}
