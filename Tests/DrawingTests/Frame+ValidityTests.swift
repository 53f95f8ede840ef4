import Drawing
import Testing

@Suite("frame validity")
struct FrameValidityTests {
    static let box = FrameItem.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 10, height: 10)), fill: .black))

    @Test("a frame of ordinary numbers is valid")
    func ordinary() {
        #expect(Frame(size: Size(width: 100, height: 50), items: [Self.box]).invalidNumber == nil)
    }

    @Test("a non-finite number anywhere, or a negative size, stroke or dash, is named", arguments: [
        Frame(size: Size(width: .infinity, height: 10)),
        Frame(size: Size(width: 10, height: -1)),
        Frame(size: Size(width: 10, height: 10), items: [.path(PathItem(Path(line: Point(x: .nan, y: 0), to: Point(x: 1, y: 1)), fill: nil,
                                                                         stroke: Stroke(color: .black, width: 1)))]),
        Frame(size: Size(width: 10, height: 10), items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 1, height: 1)), fill: nil,
                                                                         stroke: Stroke(color: .black, width: 1, dash: [2, -1])))]),
        Frame(size: Size(width: 10, height: 10), items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 1, height: 1)),
                                                                         fill: Color(red: .nan, green: 0, blue: 0)))]),
        Frame(size: Size(width: 10, height: 10), items: [.group(Group(offset: Point(x: 0, y: -.infinity), items: [Self.box]))]),
        Frame(size: Size(width: 10, height: 10), items: [.group(Group(offset: .zero, items: [
            .link(Link(rect: Rect(x: 0, y: 0, width: .nan, height: 1), target: .uri("https://example.com"))),
        ]))]),
    ])
    func invalid(frame: Frame) {
        #expect(frame.invalidNumber != nil)
    }

    @Test("a NaN channel gives a colour string instead of a trap")
    func nanColour() {
        #expect(Color(red: .nan, green: 1, blue: 0).hexString == "#00ff00")
    }
}
