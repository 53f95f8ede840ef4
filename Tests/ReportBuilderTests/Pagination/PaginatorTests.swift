import Drawing
import Testing
@testable import ReportBuilder

@Suite("Paginator")
struct PaginatorTests {
    /// A 100 × 100 pt column at (10, 20) holds exactly ten 10 pt lines.
    static let content = Rect(x: 10, y: 20, width: 100, height: 100)
    static let style = TextStyle(font: Font(family: "Test", size: 10), color: .black)

    static func text(_ n: Int, _ name: String = "줄", keepWithNext: Bool = false, splittable: Bool = true,
                     tag: StructureTag = .paragraph) -> FlowElement {
        let lines = (0..<n).map { i in
            TextLine(spans: [TextSpan("\(name)\(i)", style: style)], baseline: Point(x: 0, y: 8 + 10 * Double(i)),
                     width: 20, ascent: 8, descent: 2)
        }
        return .text(lines: lines, lineHeight: 10, spaceBefore: 0, spaceAfter: 0, keepWithNext: keepWithNext,
                     splittable: splittable, tag: tag)
    }

    static func figure(height: Double) -> FlowElement {
        let frame = Frame(size: Size(width: 100, height: height),
                          items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 100, height: height)), fill: .black))])
        return .figure(frame, spaceBefore: 0, spaceAfter: 0, tag: .figure(alt: "그림"))
    }

    static func paginate(_ elements: [FlowElement], top: Double = 20) -> [[FrameItem]] {
        Paginator(content: content).paginate(elements, firstPageTop: top)
    }

    /// The text of each page's lines, in order.
    static func texts(_ pages: [[FrameItem]]) -> [[String]] {
        pages.map { Frame(size: .zero, items: $0).textLines.map(\.text) }
    }

    static func names(_ name: String, _ range: Range<Int>) -> [String] { range.map { "\(name)\($0)" } }

    @Test("a paragraph fills a page and continues at the top of the next")
    func splitsAtPageFoot() {
        let pages = Self.paginate([Self.text(15)])
        #expect(Self.texts(pages) == [Self.names("줄", 0..<10), Self.names("줄", 10..<15)])
        let first = Frame(size: .zero, items: pages[0]).textLines
        #expect(first.map(\.baseline.y) == stride(from: 28.0, through: 118, by: 10).map { $0 })
        #expect(first.allSatisfy { $0.baseline.x == 10 })
        let second = Frame(size: .zero, items: pages[1]).textLines
        #expect(second.first?.baseline == Point(x: 10, y: 28))
    }

    @Test("a paragraph leaves at least two lines at the head of the next page")
    func widows() {
        let pages = Self.paginate([Self.text(11)])
        #expect(Self.texts(pages) == [Self.names("줄", 0..<9), Self.names("줄", 9..<11)])
    }

    @Test("a paragraph with room for only one line at the foot moves whole to the next page")
    func orphans() {
        let pages = Self.paginate([Self.text(9, "가"), Self.text(3, "나")])
        #expect(Self.texts(pages) == [Self.names("가", 0..<9), Self.names("나", 0..<3)])
    }

    @Test("a three-line paragraph with two lines of room moves whole rather than leave a widow")
    func threeLines() {
        let pages = Self.paginate([Self.text(8, "가"), Self.text(3, "나")])
        #expect(Self.texts(pages) == [Self.names("가", 0..<8), Self.names("나", 0..<3)])
    }

    @Test("a heading moves to the next page when the start of what follows cannot join it")
    func keepWithNext() {
        let pages = Self.paginate([Self.text(8, "가"), Self.text(1, "제목", keepWithNext: true, splittable: false, tag: .heading(level: 1)),
                                   Self.text(5, "나")])
        // 8 lines leave 20 pt: the heading (10) fits, but not with two lines of what follows (20 more).
        #expect(Self.texts(pages) == [Self.names("가", 0..<8), ["제목0"] + Self.names("나", 0..<5)])
    }

    @Test("a heading stays when exactly two lines of the next paragraph fit beneath it")
    func keepWithNextFits() {
        let pages = Self.paginate([Self.text(7, "가"), Self.text(1, "제목", keepWithNext: true, splittable: false, tag: .heading(level: 1)),
                                   Self.text(5, "나")])
        #expect(Self.texts(pages) == [Self.names("가", 0..<7) + ["제목0"] + Self.names("나", 0..<2), Self.names("나", 2..<5)])
    }

    @Test("a figure that does not fit moves whole to the top of the next page")
    func figureMoves() {
        let pages = Self.paginate([Self.text(5), Self.figure(height: 60)])
        #expect(pages.count == 2)
        #expect(pages[1] == [.group(Group(offset: Point(x: 10, y: 20), items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 100, height: 60)), fill: .black))],
                                          tag: .figure(alt: "그림")))])
    }

    @Test("a figure that fits stays right after the text")
    func figureStays() {
        let pages = Self.paginate([Self.text(4), Self.figure(height: 60)])
        #expect(pages.count == 1)
        if case .group(let g) = pages[0].last { #expect(g.offset == Point(x: 10, y: 60)) } else { Issue.record("no figure group") }
    }

    @Test("a figure too tall for the room under the title moves to page 2")
    func figureAfterTitle() {
        // The title block ends at y 50, leaving 70 pt; the 90 pt figure fits only on a fresh page.
        let pages = Self.paginate([Self.figure(height: 90)], top: 50)
        #expect(pages.count == 2)
        #expect(pages[0].isEmpty)
        if case .group(let g) = pages[1].first { #expect(g.offset == Point(x: 10, y: 20)) } else { Issue.record("no figure group") }
    }

    @Test("the first paragraph under the title leaves no single orphan line")
    func orphanAfterTitle() {
        // Under a title ending at y 110 there is room for one line only.
        let pages = Self.paginate([Self.text(5)], top: 110)
        #expect(Self.texts(pages) == [[], Self.names("줄", 0..<5)])
    }

    @Test("a figure taller than a whole page is still placed, alone, at the top of a page")
    func oversizedFigure() {
        let pages = Self.paginate([Self.text(3), Self.figure(height: 150), Self.text(2, "나")])
        #expect(pages.count == 3)
        if case .group(let g) = pages[1].first { #expect(g.offset.y == 20) } else { Issue.record("no figure group") }
        #expect(Self.texts(pages)[2] == Self.names("나", 0..<2))
    }

    @Test("a measuring pass (no items kept) breaks pages where the full pass does and places the same destinations")
    func measuringPass() {
        func anchored(_ n: Int, _ name: String) -> FlowElement {
            guard case .text(let lines, let lh, let b, let a, let keep, let split, let tag, _) = Self.text(n, name) else { return Self.text(n, name) }
            return .text(lines: lines, lineHeight: lh, spaceBefore: b, spaceAfter: a, keepWithNext: keep, splittable: split, tag: tag,
                         leading: [.anchor(Anchor(name: name, position: .zero))])
        }
        let elements = [anchored(7, "가"), Self.figure(height: 50), anchored(12, "나"), Self.text(3), anchored(2, "다")]
        let full = Self.paginate(elements)
        var measuring = Paginator(content: Self.content)
        measuring.keepsItems = false
        var measured: [[FrameItem]] = []
        measuring.paginate(elements, firstPageTop: 20) { measured.append($0) }
        #expect(full.count == 4)
        #expect(measured.count == full.count)
        func anchors(_ page: [FrameItem]) -> [Anchor] { page.compactMap { if case .anchor(let a) = $0 { return a } else { return nil } } }
        #expect(measured.map(anchors) == full.map(anchors))
        // Only destinations, and an empty group where content comes first on a page.
        #expect(measured.allSatisfy { page in page.allSatisfy { item in
            if case .anchor = item { return true }
            if case .group(let g) = item { return g.items.isEmpty }
            return false
        } })
    }
}
