import Testing
@testable import ReportSpec

@Suite("Dataset and number parsing")
struct DatasetTests {
    @Test("numbers as people write them parse exactly", arguments: [
        ("1,339", 1339.0), ("67.2", 67.2), ("-3", -3), ("7.76", 7.76), ("1,234,567.5", 1_234_567.5), (" 42 ", 42),
        ("+5", 5), ("−2.5", -2.5), (".5", 0.5), ("0", 0),
    ])
    func parsesNumbers(text: String, value: Double) {
        #expect(NumberParser.parse(text) == .number(value))
    }

    @Test("empty cells and n/a marks are missing, never zero", arguments: ["", "  ", "n/a", "N/A", "NA", "-", "—", "..", "null"])
    func missing(text: String) {
        #expect(NumberParser.parse(text) == .missing)
    }

    @Test("malformed numbers are invalid", arguments: ["13,39", "67.2B", "1.2.3", "NaN", "nan", "inf", "Infinity", "1,2345", ",339",
                                                     "$67", "12%", "--3", ".", "1 000", "١٢"])
    func invalid(text: String) {
        #expect(NumberParser.parse(text) == .invalid)
    }

    static func dataset(_ csv: String) throws -> Dataset {
        let file = "Reports/x/data/investment.csv"
        return Dataset(name: "investment", file: file, table: try CSVReader.read(Array(csv.utf8), file: file))
    }

    @Test("a column of numbers keeps missing cells as nil")
    func numbersColumn() throws {
        let data = try Self.dataset("country,usd_billion\n미국,67.2\n중국,\n한국,1.4\n")
        let at = SourceLocation(file: "report.yaml", line: 20, column: 12)
        #expect(try data.numbers(in: "usd_billion", at: at) == [67.2, nil, 1.4])
        #expect(data.columnNames == ["country", "usd_billion"])
        #expect(try data.strings(in: "country", at: at).map(\.value) == ["미국", "중국", "한국"])
    }

    @Test("a non-number is reported at its cell with the column's name")
    func notANumberAtCell() throws {
        let data = try Self.dataset("country,usd_billion\n미국,67.2\n중국,77억\n")
        let at = SourceLocation(file: "report.yaml", line: 20, column: 12)
        #expect {
            _ = try data.numbers(in: "usd_billion", at: at)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.location == SourceLocation(file: "Reports/x/data/investment.csv", line: 3, column: 4)
                && d.message == Messages.notANumber("77억", column: "usd_billion").text
                && d.description == "Reports/x/data/investment.csv:3:4: error: '77억' in column 'usd_billion' is not a number; "
                    + "expected digits such as 1339, 1,339 or 67.2 (leave the cell empty for a missing value)"
        }
    }

    @Test("an unknown column is reported where the spec names it, with a suggestion")
    func unknownColumn() throws {
        let data = try Self.dataset("country,usd_billion\n미국,67.2\n")
        let at = SourceLocation(file: "report.yaml", line: 20, column: 12)
        #expect {
            _ = try data.numbers(in: "usd_bilion", at: at)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.location == at
                && d.message == Messages.unknownColumn("usd_bilion", dataset: "investment", file: "Reports/x/data/investment.csv",
                                                       available: ["country", "usd_billion"]).text
                && d.notes == [DiagnosticNote(help: "did you mean 'usd_billion'?")]
        }
    }
}
