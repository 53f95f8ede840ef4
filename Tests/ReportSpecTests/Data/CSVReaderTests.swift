import Testing
@testable import ReportSpec

@Suite("CSV reader")
struct CSVReaderTests {
    static let file = "data/test.csv"

    static func read(_ text: String) throws -> CSVReader.Table { try CSVReader.read(Array(text.utf8), file: file) }

    /// The diagnostic `read` throws for `bytes`.
    static func failure(_ bytes: [UInt8]) -> Diagnostic? {
        do { _ = try CSVReader.read(bytes, file: file); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    static func values(_ table: CSVReader.Table) -> [[String]] { table.rows.map { $0.map(\.value) } }

    @Test("the briefing's investment file reads as a header and three located rows")
    func investment() throws {
        let table = try Self.read("country,usd_billion\n미국,67.2\n중국,7.76\n한국,1.4\n")
        #expect(table.header.map(\.value) == ["country", "usd_billion"])
        #expect(Self.values(table) == [["미국", "67.2"], ["중국", "7.76"], ["한국", "1.4"]])
        // Columns count characters: "미국," takes columns 1–3, so the value starts at 4.
        #expect(table.rows[0][1].location == SourceLocation(file: Self.file, line: 2, column: 4))
        #expect(table.rows[2][0].location.description == "data/test.csv:4:1")
        #expect(table.header[1].location == SourceLocation(file: Self.file, line: 1, column: 9))
    }

    @Test("quoted fields may hold commas, doubled quotes and newlines")
    func quotedFields() throws {
        let table = try Self.read("name,note\n\"Qwen 2.5, 72B\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n")
        #expect(Self.values(table) == [["Qwen 2.5, 72B", "say \"hi\""], ["two\nlines", "x"], ["last", ""]])
        // A quoted cell is located at its opening quote; the newline inside moves later rows down.
        #expect(table.rows[0][1].location == SourceLocation(file: Self.file, line: 2, column: 17))
        #expect(table.rows[1][1].location == SourceLocation(file: Self.file, line: 4, column: 8))
        #expect(table.rows[2][0].location == SourceLocation(file: Self.file, line: 5, column: 1))
    }

    @Test("CRLF line ends, a byte-order mark and a missing final newline read like plain LF")
    func crlfAndBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n3,4".utf8)
        let table = try CSVReader.read(bytes, file: Self.file)
        #expect(table.header.map(\.value) == ["a", "b"])
        #expect(table.header[0].location == SourceLocation(file: Self.file, line: 1, column: 1))
        #expect(Self.values(table) == [["1", "2"], ["3", "4"]])
        #expect(table.rows[1][1].location == SourceLocation(file: Self.file, line: 3, column: 3))
    }

    @Test("blank lines are skipped but still counted in locations")
    func blankLines() throws {
        let table = try Self.read("a,b\n\n1,2\n\n\n3,4\n\n")
        #expect(Self.values(table) == [["1", "2"], ["3", "4"]])
        #expect(table.rows.map { $0[0].location.line } == [3, 6])
    }

    @Test("an unclosed quote is reported at the opening quote")
    func unclosedQuote() {
        let d = Self.failure(Array("a,b\n1,\"oops\n2,3\n".utf8))
        #expect(d?.message == Messages.csvUnclosedQuote.text)
        #expect(d?.location == SourceLocation(file: Self.file, line: 2, column: 3))
        #expect(d?.description == "data/test.csv:2:3: error: quoted field is never closed; expected a closing '\"'")
    }

    @Test("text after a closing quote is an error at that text")
    func textAfterQuote() {
        let d = Self.failure(Array("a,b\n\"x\"y,2\n".utf8))
        #expect(d?.message == Messages.csvTextAfterQuote.text)
        #expect(d?.location == SourceLocation(file: Self.file, line: 2, column: 4))
    }

    @Test("a row with a different field count than the header is reported at its line")
    func ragged() {
        let more = Self.failure(Array("a,b\n1,2\n1,2,3\n".utf8))
        #expect(more?.message == Messages.csvRagged(expected: 2, found: 3).text)
        #expect(more?.message == "row has 3 fields, but the header has 2")
        #expect(more?.location == SourceLocation(file: Self.file, line: 3, column: 1))
        let fewer = Self.failure(Array("a,b,c\n1\n".utf8))
        #expect(fewer?.message == "row has 1 field, but the header has 3")
        #expect(fewer?.description == "data/test.csv:2:1: error: row has 1 field, but the header has 3")
    }

    @Test("invalid UTF-8 names the byte offset of the first bad byte, counting a BOM")
    func invalidUTF8() {
        let body: [UInt8] = Array("a,b\n1,".utf8) + [0xFF] + Array("\n".utf8)
        let d = Self.failure(body)
        #expect(d?.message == Messages.invalidUTF8(byteOffset: 6).text)
        #expect(d?.location == SourceLocation(file: Self.file))
        #expect(d?.description == "data/test.csv: error: invalid UTF-8 at byte offset 6; save the file as UTF-8")
        #expect(Self.failure([0xEF, 0xBB, 0xBF] + body)?.message == Messages.invalidUTF8(byteOffset: 9).text)
        // A truncated multi-byte sequence (the first two bytes of "미") is invalid at its start.
        #expect(Self.failure(Array("x,".utf8) + [0xEB, 0xAF])?.message == Messages.invalidUTF8(byteOffset: 2).text)
    }

    @Test("an empty file, or one of blank lines, is reported as empty", arguments: [[], [0xEF, 0xBB, 0xBF], Array("\n\n".utf8)] as [[UInt8]])
    func empty(bytes: [UInt8]) {
        let d = Self.failure(bytes)
        #expect(d?.message == Messages.csvEmpty.text)
        #expect(d?.location == SourceLocation(file: Self.file))
    }

    @Test("a header alone gives a table with no rows")
    func headerOnly() throws {
        let table = try Self.read("country,usd_billion\n")
        #expect(table.header.count == 2)
        #expect(table.rows.isEmpty)
    }
}
