@testable import ReportSpec
import Testing

@Suite("JSON parser's compact positions")
struct JSONPairTests {
    @Test("two numbers deep in a file are one pair node that still reads as an array; near the top they stay arrays")
    func pairs() throws {
        var deep = JSONParser(Array(#"{"a": [[[1.5, -2], [3, 4, 5]]]}"#.utf8))
        let root = try deep.parse()
        let ring = try #require(root["a"]?.array?.first?.array)
        #expect(ring[0].pair.map { [$0.0, $0.1] } == [1.5, -2])
        #expect(ring[0].array?.compactMap(\.number) == [1.5, -2])
        #expect(ring[0].offset == 8)
        #expect(ring[1].pair == nil && ring[1].array?.count == 3)
        var top = JSONParser(Array("[1, 2]".utf8))
        let shallow = try top.parse()
        #expect(shallow.pair == nil)
        #expect(shallow.array?.map(\.offset) == [1, 4], "a dataset's elements keep their own offsets")
    }
}
