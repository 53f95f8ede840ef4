import Foundation
@testable import ReportSpec
import Testing

@Suite("JSON datasets and data limits")
struct JSONDataReaderTests {
    func read(_ json: String) throws -> CSVReader.Table {
        try JSONDataReader.read(Array(json.utf8), file: "d.json")
    }

    @Test("an array of objects becomes located rows; keys in order of first appearance, null and absent keys missing")
    func rows() throws {
        let t = try read("[{\"country\": \"미국\", \"v\": 67.2},\n {\"country\": \"중국\", \"v\": null, \"note\": \"x\"},\n {\"country\": \"한국\"}]")
        #expect(t.header.map(\.value) == ["country", "v", "note"])
        #expect(t.rows.map { $0.map(\.value) } == [["미국", "67.2", ""], ["중국", "", "x"], ["한국", "", ""]])
        #expect(t.rows[1][2].location == SourceLocation(file: "d.json", line: 2, column: 39))
        let data = Dataset(name: "d", file: "d.json", table: t)
        #expect(try data.numbers(in: "v", at: SourceLocation(file: "s")) == [67.2, nil, nil])
    }

    @Test("whole numbers stay integers and large ones keep their exponent readable")
    func numbers() throws {
        let t = try read("[{\"a\": 2400, \"b\": 6.0e11, \"c\": 1e20}]")
        #expect(t.rows[0].map(\.value) == ["2400", "600000000000", "1e+20"])
        #expect(NumberParser.parse("1e+20") == .number(1e20))
        #expect(NumberParser.parse("1.5E3") == .number(1500))
        #expect(NumberParser.parse("1e999") == .invalid)
    }

    @Test("a nested value, a wrong shape and bad syntax are errors at their line and column", arguments: [
        ("[{\"a\": [1]}]", 1, 8, "'a' holds a list or an object; a JSON dataset's values must be numbers, text, true/false or null"),
        ("{\"a\": 1}", 1, 1, Messages.jsonDataShape.text),
        ("[1, 2]", 1, 2, Messages.jsonDataShape.text),
        ("[{\"a\": 1,}]", 1, 10, "invalid JSON: "),
        ("[]", 1, 1, Messages.jsonEmpty.text),
    ])
    func errors(json: String, line: Int, column: Int, message: String) {
        do {
            _ = try read(json)
            Issue.record("no error for \(json)")
        } catch let d as Diagnostic {
            #expect(d.location == SourceLocation(file: "d.json", line: line, column: column), "\(d)")
            #expect(d.message.hasPrefix(message), "\(d.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("a file over the row limit is refused at the line where the limit is crossed, CSV and JSON alike")
    func rowLimit() throws {
        let csv = Array(("n,v\n" + (0..<12).map { "r\($0),\($0)\n" }.joined()).utf8)
        #expect(throws: Diagnostic(.error, at: SourceLocation(file: "d.csv", line: 12, column: 1), Messages.csvTooManyRows(limit: 10))) {
            _ = try CSVReader.read(csv, file: "d.csv", maxRows: 10)
        }
        #expect(try CSVReader.read(csv, file: "d.csv", maxRows: 12).rows.count == 12)
        let json = Array(("[" + (0..<12).map { "{\"v\": \($0)}" }.joined(separator: ",\n") + "]").utf8)
        #expect(throws: Diagnostic(.error, at: SourceLocation(file: "d.json", line: 11, column: 1), Messages.csvTooManyRows(limit: 10))) {
            _ = try JSONDataReader.read(json, file: "d.json", maxRows: 10)
        }
    }
}
