import Testing
import Drawing

@Suite("Frame inspection")
struct FrameInspectionTests {
    static let style = TextStyle(font: Font(family: "Test", size: 10), color: .black)

    static func line(_ text: String, at p: Point, width: Double = 20) -> TextLine {
        TextLine(spans: [TextSpan(text, style: style)], baseline: p, width: width, ascent: 8, descent: 2)
    }

    @Test("textLines adds the offsets of every enclosing group")
    func nestedOffsets() {
        let inner = Group(offset: Point(x: 5, y: 7), items: [.text(Self.line("안", at: Point(x: 1, y: 2)))])
        let outer = Group(offset: Point(x: 100, y: 200), items: [.group(inner), .text(Self.line("밖", at: Point(x: 0, y: 10)))])
        let frame = Frame(size: Size(width: 500, height: 500),
                          items: [.text(Self.line("위", at: Point(x: 3, y: 4))), .group(outer)])
        let lines = frame.textLines
        #expect(lines.map(\.text) == ["위", "안", "밖"])
        #expect(lines.map(\.baseline) == [Point(x: 3, y: 4), Point(x: 106, y: 209), Point(x: 100, y: 210)])
    }

    @Test("place wraps another frame's items in a group at the origin")
    func place() {
        var child = Frame(size: Size(width: 50, height: 20))
        child.append(.text(Self.line("가", at: Point(x: 0, y: 10))))
        var parent = Frame(size: Size(width: 200, height: 200))
        parent.place(child, at: Point(x: 40, y: 60), tag: .paragraph)
        #expect(parent.items == [.group(Group(offset: Point(x: 40, y: 60), items: child.items, tag: .paragraph))])
        #expect(parent.textLines.first?.baseline == Point(x: 40, y: 70))
    }

    @Test("pathBounds moves paths by group offsets and grows them by half the stroke")
    func pathBounds() {
        let stroked = PathItem(Path(line: Point(x: 0, y: 0), to: Point(x: 10, y: 0)),
                               stroke: Stroke(color: .black, width: 2))
        let filled = PathItem(Path(rect: Rect(x: 1, y: 1, width: 4, height: 4)), fill: .black)
        let frame = Frame(size: Size(width: 100, height: 100),
                          items: [.group(Group(offset: Point(x: 10, y: 20), items: [.path(stroked), .path(filled)])),
                                  .path(PathItem(Path(), fill: .black))])
        let bounds = frame.pathBounds.map(\.bounds)
        #expect(bounds == [Rect(x: 9, y: 19, width: 12, height: 2), Rect(x: 11, y: 21, width: 4, height: 4)])
    }

    @Test("inkBounds is the union of text boxes and path bounds")
    func inkBounds() {
        // Text box: x 50…70 (width 20), y 30−8 … 30+2.
        let frame = Frame(size: Size(width: 300, height: 300), items: [
            .text(Self.line("가", at: Point(x: 50, y: 30))),
            .group(Group(offset: Point(x: 100, y: 100),
                         items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 10, height: 40)), fill: .black))])),
        ])
        #expect(frame.inkBounds == Rect(x: 50, y: 22, width: 60, height: 118))
    }

    @Test("a justified line's box is as wide as its justified width")
    func justifiedBounds() {
        var l = Self.line("가 나", at: Point(x: 0, y: 10), width: 22.5)
        l.justifiedWidth = 40
        #expect(l.bounds == Rect(x: 0, y: 2, width: 40, height: 10))
        let frame = Frame(size: Size(width: 100, height: 100), items: [.text(l)])
        #expect(frame.inkBounds == Rect(x: 0, y: 2, width: 40, height: 10))
    }

    @Test("an empty frame, or one holding only empty paths and links, has no ink")
    func emptyInk() {
        #expect(Frame(size: Size(width: 10, height: 10)).inkBounds == nil)
        let frame = Frame(size: Size(width: 10, height: 10), items: [
            .path(PathItem(Path(), fill: .black)),
            .link(Link(rect: Rect(x: 0, y: 0, width: 5, height: 5), target: .uri("https://example.com"))),
            .anchor(Anchor(name: "a", position: .zero)),
        ])
        #expect(frame.inkBounds == nil)
    }
}
