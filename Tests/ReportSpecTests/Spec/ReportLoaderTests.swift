import ChartLayout
import Drawing
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Report loader")
struct ReportLoaderTests {
    /// The package root, found from this file's path (Tests/ReportSpecTests/Spec/…).
    static var packageRoot: String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/")
    }

    static let investmentCSV = "country,usd_billion\n미국,67.2\n중국,7.76\n한국,1.4\n"

    /// A minimal valid spec; `extra` lines go at the top level, `body` replaces the body.
    static func spec(title: String? = "중국 AI 산업 브리핑", date: String? = "2025-01-21", data: String = "data/investment.csv",
                     body: String = defaultBody) -> String {
        var s = ""
        if let title { s += "title: \(title)\n" }
        if let date { s += "date: \(date)\n" }
        s += "data:\n  investment: \(data)\nbody:\n" + body
        return s
    }

    static let defaultBody = """
          - heading: 들어가며
          - paragraph: |
              첫 줄과
              둘째 줄은 한 문단입니다.
          - chart: private-investment
            data: investment
            category: country
            value: usd_billion
            title: 미국의 AI 민간 투자, 중국의 9배에 가까워
            highlight: 미국
            format: {style: korean, unit: 달러, multiplier: 1e9}

        """

    /// Loads a report folder written for this test; returns the report or the diagnostics.
    static func load(files: [String: String], epoch: Int? = nil,
                     prepare: (TempFolder) throws -> Void = { _ in }) throws -> (folder: String, result: Result<LoadedReport, LoadFailure>) {
        let folder = try TempFolder()
        defer { folder.remove() }
        for (path, text) in files { try folder.write(path, text) }
        try prepare(folder)
        let loader = ReportLoader(options: .init(sourceDateEpoch: epoch))
        do {
            return (folder.path, .success(try loader.load(folder: folder.path)))
        } catch let failure as LoadFailure {
            return (folder.path, .failure(failure))
        }
    }

    /// The one error a failing load reports (its warnings aside).
    static func diagnostic(files: [String: String], epoch: Int? = nil,
                           prepare: (TempFolder) throws -> Void = { _ in }) throws -> (folder: String, diagnostic: Diagnostic) {
        let (folder, errors) = try errors(files: files, epoch: epoch, prepare: prepare)
        #expect(errors.count == 1, "\(errors)")
        return (folder, try #require(errors.first))
    }

    /// Every error a failing load reports, in the order given.
    static func errors(files: [String: String], epoch: Int? = nil,
                       prepare: (TempFolder) throws -> Void = { _ in }) throws -> (folder: String, errors: [Diagnostic]) {
        let (folder, result) = try load(files: files, epoch: epoch, prepare: prepare)
        switch result {
        case .success: throw TempFolder.Failure(description: "the load succeeded")
        case .failure(let f): return (folder, f.diagnostics.filter { $0.severity == .error })
        }
    }

    @Test("the bundled China AI briefing loads with its three charts, two tables and a map")
    func bundledReport() throws {
        let loaded = try ReportLoader().load(folder: Self.packageRoot + "/Reports/china-ai-2025")
        let report = loaded.report
        #expect(report.name == "china-ai-2025")
        #expect(report.metadata.title == "중국 AI 산업 브리핑")
        #expect(report.metadata.language == "ko")
        #expect(report.metadata.date == "2025-01-21T00:00:00Z")
        #expect(report.metadata.keywords == ["중국", "인공지능", "AI 투자", "생성형 AI", "브리핑"])
        #expect(report.subtitle == "성장하는 중국, 앞서가는 미국 — 2025년 1월호")
        // 20 prose and figure blocks, plus the city map, the contents, key figures, the conclusion's list, quote, rule and sidebar,
        // with the regional section's two paragraphs inside one multi-column block.
        #expect(report.blocks.count == 27)
        #expect(report.blocks.contains { if case .columns(2, let inner) = $0 { return inner.count == 2 } else { return false } })
        #expect(report.cover)
        #expect(report.blocks.first == .tableOfContents(title: "차례", depth: 2))
        #expect(report.blocks[1] == .keyFigures([
            KeyFigure(value: "6,000억 위안", label: "2023 중국 AI 산업 규모"), KeyFigure(value: "약 4,700곳", label: "AI 기업"),
            KeyFigure(value: "약 200개", label: "거대언어모델"), KeyFigure(value: "1,339곳", label: "CES 2025 참가 중국 기업")]))
        #expect(report.figures.allSatisfy { $0.caption?.isEmpty == false })
        guard case .sidebar(let sidebar) = report.blocks.last else { Issue.record("the report does not end with the sidebar"); return }
        #expect(sidebar.paragraphs.last?.contains { $0.link == .uri("mailto:briefing@example.com") } == true)
        #expect(report.blocks.filter { if case .heading = $0 { return true } else { return false } }.count == 5)
        #expect(report.figures.map(\.id) == ["genai-patents", "private-investment", "llm-parameters", "llm-comparison", "ai-cities-map", "ai-cities"])
        let cityMap = try #require(report.figures.first { $0.id == "ai-cities-map" })
        guard case .map(let map) = cityMap.content else { Issue.record("not a map"); return }
        #expect(map.symbols.map(\.label) == ["베이징", "선전", "상하이"] && map.symbolStyle == .ranked)
        #expect(map.highlight == ["CN-BJ", "CN-GD", "CN-SH"] && map.regions.count == 34)
        #expect(loaded.warnings.isEmpty)
        let models = try #require(report.figures.first { $0.id == "llm-comparison" })
        guard case .table(let table) = models.content else { Issue.record("not a table"); return }
        #expect(table.rows.map { $0.cells[0] } == ["DeepSeek-V3", "훈위안(Hunyuan)", "ERNIE 4.0", "Qwen 2.5", "Llama 2"].map { .text($0) })
        #expect(table.rows.map(\.emphasized) == [false, false, false, false, true])
        #expect(table.columns[2].headerUnit == "개")
        #expect(table.headerGroups == [HeaderGroup(label: "매개변수", columns: 2..<4)])
        #expect(table.rows[1].marks == [2: "1)"])
        let figure = try #require(report.figures.first { $0.id == "private-investment" })
        guard case .barChart(let chart) = figure.content else { Issue.record("not a bar chart"); return }
        #expect(chart.categories == ["미국", "중국", "한국"])
        #expect(chart.series.first?.values == [67.2, 7.76, 1.4])
        #expect(chart.highlight == ["미국"])
        #expect(chart.valueFormat.format(7.76) == "77억 6,000만 달러")
        #expect(figure.alt == chart.altText)
        #expect(report.page.size == PageSize.a4)
        // The standard theme, with the system's English hyphenation patterns (scripts/setup.sh installs them).
        var standard = Theme.standard
        standard.hyphenator = HyphenationDictionary.english()
        #expect(standard.hyphenator != nil)
        #expect(report.theme == standard)
    }

    @Test("a minimal report normalises every default and unwraps paragraph lines")
    func minimal() throws {
        let (_, result) = try Self.load(files: ["report.yaml": Self.spec(), "data/investment.csv": Self.investmentCSV])
        let report = try result.get().report
        #expect(report.blocks.count == 3)
        #expect(report.blocks[0] == .heading(level: 1, text: [Inline("들어가며")]))
        #expect(report.blocks[1] == .paragraph([Inline("첫 줄과 둘째 줄은 한 문단입니다.")]))
        #expect(report.metadata.language == "ko")
        #expect(report.page.margins == Margins(top: 68, right: 60, bottom: 68, left: 60))
        guard case .figure(let f) = report.blocks[2], case .barChart(let chart) = f.content else { Issue.record("no chart"); return }
        #expect(chart.labels == .korean)
        #expect(chart.sort == .data)
    }

    @Test("malformed YAML is reported at its line and column, counted in characters, as invalid YAML")
    func malformedYAML() throws {
        // The second ": " on line 2 starts a mapping where none may start: column 13, counting each
        // Hangul syllable as one column.
        let yaml = "date: 2025-01-21\ntitle: 중국 AI: 브리핑\nbody: []\n"
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": yaml])
        #expect(d.message == Messages.yamlSyntax("mapping values are not allowed in this context").text)
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 2, column: 13))
        #expect(d.description == "\(folder)/report.yaml:2:13: error: invalid YAML: mapping values are not allowed in this context")
    }

    @Test("an unclosed flow sequence is reported where the parser gives up")
    func unclosedFlowSequence() throws {
        let yaml = "title: 브리핑\ndate: 2025-01-21\nbody:\n  - heading: [열림\n  - paragraph: 끝\n"
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": yaml])
        #expect(d.message.hasPrefix("invalid YAML: did not find expected ',' or ']'"))
        // libyaml notices at the ':' of line 5, column 14.
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 5, column: 14))
    }

    @Test("an unknown top-level key suggests the closest one")
    func unknownKey() throws {
        let yaml = Self.spec(title: nil).replacingFirst("date:", with: "titel: 브리핑\ndate:")
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": yaml, "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.unknownKey("titel", in: "'report.yaml'", allowed: ReportLoader.topKeys).text)
        #expect(d.notes == [DiagnosticNote(help: "did you mean 'title'?")])
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 1, column: 1))
    }

    @Test("a report without a title is refused")
    func missingTitle() throws {
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(title: nil), "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.missingKey("title", in: "'report.yaml'").text)
        #expect(d.description == "\(folder)/report.yaml:1:1: error: 'report.yaml' needs 'title'")
    }

    @Test("a chart naming an unknown dataset is refused with a suggestion")
    func unknownDataset() throws {
        let body = Self.defaultBody.replacingFirst("data: investment", with: "data: investmnt")
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(body: body), "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.unknownDataset("investmnt", available: ["investment"]).text)
        #expect(d.notes == [DiagnosticNote(help: "did you mean 'investment'?")])
        // "    data: investmnt" is line 11 of the spec; the value starts at column 11.
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 11, column: 11))
    }

    @Test("data paths that leave the folder are refused", arguments: ["../../etc/passwd", "/etc/passwd", "data/../../x.csv", "~/x.csv"])
    func pathLeavesFolder(path: String) throws {
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(data: path), "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.pathLeavesFolder(path).text)
        // "  investment: <path>" is line 4; the value starts at column 15.
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 4, column: 15))
        #expect(d.description == "\(folder)/report.yaml:4:15: error: path '\(path)' leaves the report folder; data, boundary and font files must live inside it")
    }

    @Test("a symbolic link inside the folder that points outside it is refused")
    func symlinkOutside() throws {
        let outside = try TempFolder()
        defer { outside.remove() }
        try outside.write("secret.csv", Self.investmentCSV)
        let (_, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(data: "data/link.csv")]) { folder in
            try folder.link("data/link.csv", to: outside.path + "/secret.csv")
        }
        #expect(d.message == Messages.pathLeavesFolder("data/link.csv").text)
    }

    @Test("a symbolic link that stays inside the folder is followed")
    func symlinkInside() throws {
        let (_, result) = try Self.load(files: ["report.yaml": Self.spec(data: "data/link.csv"), "data/real.csv": Self.investmentCSV]) { folder in
            try folder.link("data/link.csv", to: "real.csv")
        }
        #expect(try result.get().report.figures.count == 1)
    }

    @Test("a missing data file is reported as not found")
    func missingFile() throws {
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(data: "data/nope.csv")])
        #expect(d.message == Messages.fileNotFound(folder + "/data/nope.csv").text)
    }

    @Test("two figures with one id are refused at the second")
    func duplicateIDs() throws {
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(body: Self.defaultBody + Self.defaultBody),
                                                      "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.duplicateID("private-investment").text)
        // The second copy of the body starts at line 17; its chart item at line 21, column 5.
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 21, column: 5))
    }

    @Test("a non-number in the value column names the CSV file, line and column")
    func nonNumberInCSV() throws {
        let csv = "country,usd_billion\n미국,67.2\n중국,약 7.76\n한국,1.4\n"
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(), "data/investment.csv": csv])
        #expect(d.message == Messages.notANumber("약 7.76", column: "usd_billion").text)
        #expect(d.location == SourceLocation(file: folder + "/data/investment.csv", line: 3, column: 4))
        #expect(d.description.hasPrefix("\(folder)/data/investment.csv:3:4: error: '약 7.76' in column 'usd_billion' is not a number"))
    }

    @Test("a CSV problem is reported in the CSV file, not the spec")
    func csvErrorInFile() throws {
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(), "data/investment.csv": "country,usd_billion\n미국,\"67.2\n"])
        #expect(d.message == Messages.csvUnclosedQuote.text)
        #expect(d.description == "\(folder)/data/investment.csv:2:4: error: \(Messages.csvUnclosedQuote)")
    }

    @Test("without a date the report takes SOURCE_DATE_EPOCH's day")
    func dateFromEpoch() throws {
        let (_, result) = try Self.load(files: ["report.yaml": Self.spec(date: nil), "data/investment.csv": Self.investmentCSV],
                                        epoch: 1_737_417_600)
        #expect(try result.get().report.metadata.date == "2025-01-21T00:00:00Z")
    }

    @Test("without a date or SOURCE_DATE_EPOCH the report is refused, never dated by the clock")
    func noDate() throws {
        let (_, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(date: nil), "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.missingKey("date", in: "the report (or set SOURCE_DATE_EPOCH)").text)
    }

    @Test("an impossible date is refused at its line")
    func impossibleDate() throws {
        let (folder, d) = try Self.diagnostic(files: ["report.yaml": Self.spec(date: "2025-02-30"), "data/investment.csv": Self.investmentCSV])
        #expect(d.message == Messages.invalidDate("2025-02-30").text)
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 2, column: 7))
    }

    @Test("a javascript: or file: link is an error at its text, and every such link is named")
    func unsafeLinks() throws {
        let body = "  - paragraph: '[누르세요](javascript:alert(1)) 그리고 [파일](file:///etc/passwd)'\n  - heading: '[안전](https://example.com)'\n"
        let (_, errors) = try Self.errors(files: ["report.yaml": Self.spec(body: body), "data/investment.csv": Self.investmentCSV])
        #expect(errors.map(\.code) == ["spec.unsafe-link", "spec.unsafe-link"])
        #expect(errors.first?.message.contains("javascript:alert(1)") == true)
        #expect(errors.allSatisfy { $0.location.line == errors.first?.location.line && $0.location.line > 0 }, "\(errors)")
    }
}


extension String {
    /// This string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = firstRange(of: target) else { return self }
        return String(self[..<r.lowerBound]) + replacement + String(self[r.upperBound...])
    }
}
