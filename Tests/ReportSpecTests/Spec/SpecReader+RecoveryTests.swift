import Testing
@testable import ReportSpec

@Suite("Reading on past mistakes")
struct SpecReaderRecoveryTests {
    typealias T = ReportLoaderTests

    /// The diagnostics of a load that must fail.
    static func failure(_ files: [String: String]) throws -> (folder: String, diagnostics: [Diagnostic]) {
        let (folder, result) = try T.load(files: files)
        switch result {
        case .success: throw TempFolder.Failure(description: "the load succeeded")
        case .failure(let f): return (folder, f.diagnostics)
        }
    }

    static func chart(_ id: String, data: String = "investment", value: String = "usd_billion") -> String {
        "  - chart: \(id)\n    data: \(data)\n    category: country\n    value: \(value)\n    title: 제목\n"
    }

    @Test("a misspelt top-level key, a misspelt block kind and an unknown dataset are three errors of one load")
    func threeMistakes() throws {
        let spec = """
            titel: 중국 AI 산업 브리핑
            date: 2025-01-21
            data:
              investment: data/investment.csv
            body:
              - heading: 들어가며
              - chrat: first
                data: investment
            """ + "\n" + Self.chart("second", data: "investmnt")
        let (folder, diagnostics) = try Self.failure(["report.yaml": spec, "data/investment.csv": T.investmentCSV])
        let at = { (line: Int, column: Int) in SourceLocation(file: folder + "/report.yaml", line: line, column: column) }
        #expect(diagnostics == [
            Diagnostic(.error, at: at(1, 1), Messages.unknownKey("titel", in: "'report.yaml'", allowed: ReportLoader.topKeys)),
            Diagnostic(.error, at: at(7, 5), Messages.unknownBlock(["chrat", "data"], allowed: ReportLoader.blockKinds)),
            Diagnostic(.error, at: at(10, 11), Messages.unknownDataset("investmnt", available: ["investment"])),
        ], "\(diagnostics)")
        #expect(diagnostics.map(\.notes) == [[DiagnosticNote(help: "did you mean 'title'?")], [DiagnosticNote(help: "did you mean 'chart'?")],
                                             [DiagnosticNote(help: "did you mean 'investment'?")]])
    }

    @Test("a misspelt required key is one error with a help note, not a second 'needs' error", arguments: [
        ("category: country", "categroy: country", "category"), ("value: usd_billion", "vlaue: usd_billion", "value"),
        ("data: investment", "dta: investment", "data"),
    ])
    func misspeltRequiredKey(key: String, typo: String, meant: String) throws {
        let body = Self.chart("c").replacingOccurrences(of: key, with: typo)
        let (_, errors) = try T.errors(files: ["report.yaml": T.spec(body: body), "data/investment.csv": T.investmentCSV])
        #expect(errors.map(\.code) == ["spec.unknown-key"], "\(errors)")
        #expect(errors.first?.notes == [DiagnosticNote(help: "did you mean '\(meant)'?")])
    }

    @Test("a key missing without a misspelling in its place is still reported")
    func plainMissingKey() throws {
        let body = Self.chart("c").replacingOccurrences(of: "    category: country\n", with: "")
        let (_, d) = try T.diagnostic(files: ["report.yaml": T.spec(body: body), "data/investment.csv": T.investmentCSV])
        #expect(d.message == Messages.missingKey("category", in: "'chart'").text)
    }

    @Test("a chart, a table and a binding over a dataset whose CSV is broken add nothing to the CSV's error")
    func brokenDatasetIsReportedOnce() throws {
        let body = Self.chart("c") + """
              - table: t
                data: investment
                columns: [country]
              - paragraph: 미국은 {{ investment.usd_billion["미국"] }}
              - paragraph: "{{ sum(investment.usd_billion) }}"

            """
        let (folder, diagnostics) = try Self.failure(["report.yaml": T.spec(body: body),
                                                      "data/investment.csv": "country,usd_billion\n미국,\"67.2\n"])
        #expect(diagnostics == [Diagnostic(.error, at: SourceLocation(file: folder + "/data/investment.csv", line: 2, column: 4),
                                           Messages.csvUnclosedQuote)], "\(diagnostics)")
    }

    @Test("'no dataset named' is said only of a name the data section does not define")
    func unknownDatasetOnlyWhenUndefined() throws {
        let spec = T.spec(body: Self.chart("a", data: "rates") + Self.chart("b", data: "nothing"))
            .replacingOccurrences(of: "data:\n", with: "data:\n  rates: data/missing.csv\n")
        let (_, errors) = try T.errors(files: ["report.yaml": spec, "data/investment.csv": T.investmentCSV])
        #expect(errors.map(\.code) == ["file.not-found", "spec.unknown-dataset"], "\(errors)")
        #expect(errors.last?.message == Messages.unknownDataset("nothing", available: ["investment", "rates"]).text)
    }

    @Test("a data section that is not a mapping is one error, not one per block that uses it")
    func unreadableDataSection() throws {
        let spec = "title: 제목\ndate: 2025-01-21\ndata: data/investment.csv\nbody:\n" + Self.chart("a") + Self.chart("b")
        let (_, errors) = try T.errors(files: ["report.yaml": spec, "data/investment.csv": T.investmentCSV])
        #expect(errors.map(\.message) == [Messages.expected("a mapping of names to CSV files", for: "data").text], "\(errors)")
    }

    @Test("a column with 8 bad cells is 5 errors at the cells and one saying 3 more have the same problem")
    func badCellsAreCapped() throws {
        let csv = "country,usd_billion\n" + (1...10).map { $0 == 4 || $0 == 9 ? "c\($0),\($0)\n" : "c\($0),x\($0)\n" }.joined()
        let (folder, errors) = try T.errors(files: ["report.yaml": T.spec(body: Self.chart("c")), "data/investment.csv": csv])
        let file = folder + "/data/investment.csv"
        // Bad cells on data lines 1-3, 5-8 and 10: file lines 2-4, 6-9 and 11; the value starts after "cN,".
        let badLines = [2, 3, 4, 6, 7, 8, 9, 11]
        #expect(errors.count == 6, "\(errors)")
        #expect(errors.prefix(5).map(\.location) == badLines.prefix(5).map { SourceLocation(file: file, line: $0, column: 4) })
        #expect(errors.prefix(5).map(\.message) == badLines.prefix(5).map { Messages.notANumber("x\($0 - 1)", column: "usd_billion").text })
        #expect(errors.last == Diagnostic(.error, at: SourceLocation(file: file, line: 8, column: 4), Messages.moreBadCells(3, column: "usd_billion")))
        #expect(errors.last?.message == "3 more cells in column 'usd_billion' have the same problem")
    }

    @Test("a bad cell read by a chart, a table and a binding is reported once")
    func badCellReportedOnce() throws {
        let body = Self.chart("c") + """
              - table: t
                data: investment
                columns: [country, {column: usd_billion, type: decimal}]
              - paragraph: "{{ investment.usd_billion[\\"중국\\"] }}"

            """
        let csv = "country,usd_billion\n미국,67.2\n중국,약 7.76\n"
        let (folder, errors) = try T.errors(files: ["report.yaml": T.spec(body: body), "data/investment.csv": csv])
        #expect(errors == [Diagnostic(.error, at: SourceLocation(file: folder + "/data/investment.csv", line: 3, column: 4),
                                      Messages.notANumber("약 7.76", column: "usd_billion"))], "\(errors)")
    }

    @Test("a load stops recording at 50 errors and ends with one saying how many more there were")
    func errorCap() throws {
        let body = (1...60).map { "  - chrat: c\($0)\n" }.joined()
        let (folder, diagnostics) = try Self.failure(["report.yaml": T.spec(body: body), "data/investment.csv": T.investmentCSV])
        #expect(diagnostics.count == 51)
        #expect(diagnostics.prefix(50).allSatisfy { $0.code == "spec.unknown-block" })
        #expect(diagnostics.prefix(50).map(\.location.line) == Array(6...55), "the first fifty, in order")
        #expect(diagnostics.last == Diagnostic(.error, at: SourceLocation(file: folder + "/report.yaml"), Messages.tooManyErrors(shown: 50, more: 10)))
        #expect(diagnostics.last?.message == "too many errors: 10 more after the first 50 are not shown; fix these and run again")
    }

    @Test("warnings and errors of a failing load come back together, by file, line and column")
    func sortedWithWarnings() throws {
        // Region A's ring is not closed: a warning in the boundary file, found while the map is read,
        // after the heading's error and before the bad data cell, yet listed between them by file.
        let geo = SpecReaderMapTests.geo.replacingOccurrences(
            of: "[105,35],[100,35],[100,30]]]}},\n{\"type\": \"Feature\", \"properties\": {\"id\": \"B\"",
            with: "[105,35],[100,35]]]}},\n{\"type\": \"Feature\", \"properties\": {\"id\": \"B\"")
        let body = "  - heading: 제목\n    level: 9\n" + SpecReaderMapTests.choropleth + "  - paragraph: \"{{ rates.rate[\\\"B\\\"] }}\"\n"
            + "  - heading: 끝\n    level: 0\n"
        var files = SpecReaderMapTests.files(body)
        files["geo/x.geojson"] = geo
        files["data/rates.csv"] = "region,rate\nA,1.5\nB,3%\n"
        let (folder, diagnostics) = try Self.failure(files)
        #expect(diagnostics.map { "\($0.severity.rawValue) \($0.location.file.dropFirst(folder.count + 1)):\($0.location.line)" } == [
            "error data/rates.csv:3",
            "warning geo/x.geojson:2",
            "error report.yaml:8",
            "error report.yaml:22",
        ], "\(diagnostics)")
    }

    @Test("every block inside multi-column is read, however many of them are wrong")
    func nestedBlocks() throws {
        let body = "  - multi-column: 2\n    blocks:\n      - heading: 가\n        level: 7\n      - paragraph: 나\n      - chrat: x\n"
        let (_, errors) = try T.errors(files: ["report.yaml": T.spec(body: body), "data/investment.csv": T.investmentCSV])
        #expect(errors.map(\.location.line) == [9, 11], "\(errors)")
    }

    @Test("each bad key of the page and theme sections is reported, and a repeated key too")
    func sectionsKeyByKey() throws {
        let top = "page: {size: B5, margins: -3}\ntheme: {accent: red, body-size: huge, text: \"#222222\"}\n"
        let spec = top + T.spec(body: Self.chart("c")) + "title: 다시\n"
        let (_, errors) = try T.errors(files: ["report.yaml": spec, "data/investment.csv": T.investmentCSV])
        #expect(errors.map(\.code) == ["spec.unknown-value", "spec.invalid-value", "spec.invalid-color", "spec.invalid-value",
                                       "spec.duplicate-key"], "\(errors)")
    }

    @Test("every bad binding of one paragraph is reported at its own column")
    func everyBinding() throws {
        let body = "  - paragraph: \"{{ investmnt.x }} 그리고 {{ investment.usd_billion[\\\"일본\\\"] }}\"\n"
        let (_, errors) = try T.errors(files: ["report.yaml": T.spec(body: body), "data/investment.csv": T.investmentCSV])
        #expect(errors.map(\.code) == ["spec.unknown-dataset", "prose.unknown-row"], "\(errors)")
        #expect(errors.map(\.location.column) == [17, 39], "\(errors)")
    }

    @Test("a YAML syntax error still ends the load at once")
    func syntaxErrorStops() throws {
        let (_, diagnostics) = try Self.failure(["report.yaml": "titel: x\nbody: [\n"])
        #expect(diagnostics.map(\.code) == ["spec.syntax"])
    }
}
