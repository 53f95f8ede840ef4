@testable import ReportSpec
import Testing

@Suite("byte offsets to lines and columns")
struct ByteLocatorTests {
    /// Counting from the start for each offset: the definition the locator must agree with.
    static func counted(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for b in bytes.prefix(offset) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    @Test("columns count characters, not bytes, and any order of offsets gives the same answers")
    func anyOrder() {
        let bytes = Array("[{\"국가\": \"미국\",\n  \"v\": 67.2},\r\n{\"국가\": \"중국\"}]".utf8)
        let offsets = Array(0...bytes.count + 3)
        var forward = ByteLocator(bytes)
        var shuffled = ByteLocator(bytes)
        let answers = offsets.map { forward.lineColumn(of: $0) }
        for (o, a) in zip(offsets, answers) {
            let expected = Self.counted(bytes, o)
            #expect(a.line == expected.0 && a.column == expected.1, "offset \(o)")
        }
        for o in offsets.reversed() + offsets.filter({ $0 % 3 == 0 }) {
            let a = shuffled.lineColumn(of: o), expected = Self.counted(bytes, o)
            #expect(a.line == expected.0 && a.column == expected.1, "offset \(o) out of order")
        }
        let quote = forward.lineColumn(of: 12)  // the opening quote of "미국", after 8 characters
        #expect(quote.line == 1 && quote.column == 9)
        let before = forward.lineColumn(of: -5)
        #expect(before.line == 1 && before.column == 1)
    }

    @Test("every cell of a minified 20,000-row JSON dataset is located on line 1 at its own column")
    func minifiedDataset() throws {
        let json = "[" + (0..<20_000).map { "{\"n\":\"행\($0)\",\"v\":\($0)}" }.joined(separator: ",") + "]"
        let table = try JSONDataReader.read(Array(json.utf8), file: "d.json")
        #expect(table.rows.count == 20_000)
        #expect(table.rows[0][1].location == SourceLocation(file: "d.json", line: 1, column: 16))
        let last = table.rows[19_999][1]
        #expect(last.location.line == 1)
        let charactersBefore = json.count - ":19999}]".count + 1
        #expect(last.location.column == charactersBefore + 1)
    }
}
