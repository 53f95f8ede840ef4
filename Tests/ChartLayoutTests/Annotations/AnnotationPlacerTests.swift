import Drawing
import Testing
import TestSupport
@testable import ChartLayout

/// The chart-agnostic placer on hand-made scenes: bars as rectangles, lines as segments.
@Suite("Annotation placer")
struct AnnotationPlacerTests {
    static let style = AnnotationStyle(font: Font(family: "T", size: 10), color: .black, lineHeight: 13, leaderColor: Color(rgb: 0x666666))
    static var placer: AnnotationPlacer { AnnotationPlacer(measurer: FixedAdvanceMeasurer(), style: style) }
    static let area = Rect(x: 0, y: 0, width: 400, height: 200)

    /// Three horizontal bars 20 high on a 30 pitch, the first the longest.
    static let bars = [Rect(x: 50, y: 20, width: 300, height: 20), Rect(x: 50, y: 50, width: 280, height: 20),
                       Rect(x: 50, y: 80, width: 100, height: 20)]

    static func target(_ i: Int, attachments: [Rect] = []) -> AnnotationTarget {
        AnnotationTarget(rect: bars[i], end: .right, attachments: attachments)
    }
    static func obstacles(but i: Int, segments: [Segment] = []) -> AnnotationObstacles {
        AnnotationObstacles(rects: bars, segments: segments, marks: bars.indices.filter { $0 != i }.map { bars[$0] })
    }

    /// The leader's ends lie within 6 pt of the text box and of the target, and it crosses none of `rects` nor `segments`.
    static func expectLeader(_ placed: PlacedAnnotation, target: Rect, rects: [Rect], segments: [Segment] = [],
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let first = try #require(placed.leader.first, sourceLocation: sourceLocation)
        let last = try #require(placed.leader.last, sourceLocation: sourceLocation)
        #expect(BarFrame.distance(first, placed.box) <= 6, sourceLocation: sourceLocation)
        #expect(BarFrame.distance(last, target) <= 6, sourceLocation: sourceLocation)
        #expect(placed.leader.count <= 3, "straight or one elbow", sourceLocation: sourceLocation)
        for s in placed.leaderSegments {
            for r in rects { #expect(!s.crosses(r), "the leader crosses \(r)", sourceLocation: sourceLocation) }
            for other in segments { #expect(!s.intersects(other), "the leader crosses a line", sourceLocation: sourceLocation) }
        }
    }

    @Test("text with room beside its bar's end sits on the bar's band, 8 pt after the end, with no leader")
    func againstTheEnd() throws {
        let placed = try #require(Self.placer.place("가나다", target: Self.target(2), obstacles: Self.obstacles(but: 2), area: Self.area))
        #expect(placed.leader.isEmpty)
        #expect(placed.box == Rect(x: 150 + 6, y: 85, width: 30, height: 10))
    }

    @Test("text goes after the bar's value label when that stands outside the bar")
    func afterTheLabel() throws {
        let label = Rect(x: 154, y: 85, width: 20, height: 10)
        var obstacles = Self.obstacles(but: 2)
        obstacles.rects.append(label)
        let placed = try #require(Self.placer.place("가나다", target: Self.target(2, attachments: [label]), obstacles: obstacles, area: Self.area))
        #expect(placed.leader.isEmpty)
        #expect(placed.box.minX == 174 + 6)
        #expect(abs(placed.box.midY - Self.bars[2].midY) < 1e-9)
    }

    @Test("text for the longest bar, with no room at its end, never sits on a neighbour's row without a leader to its own bar")
    func noRoomAtTheEnd() throws {
        // The first bar reaches 30 pt from the edge: four characters (40 pt) do not fit after it.
        let placed = try #require(Self.placer.place("중국의 약", target: Self.target(0), obstacles: Self.obstacles(but: 0), area: Self.area))
        let toTarget = placed.box.distance(to: Self.bars[0])
        let toOthers = Self.bars.dropFirst().map { placed.box.distance(to: $0) }.min() ?? .infinity
        #expect(!placed.leader.isEmpty || toTarget < toOthers)
        if !placed.leader.isEmpty { try Self.expectLeader(placed, target: Self.bars[0], rects: Self.bars) }
        #expect(Self.area.contains(placed.box))
        #expect(!Self.bars.contains { $0.intersects(placed.box) })
        // Never on a neighbour's row nearer to the neighbour, even with a leader: it would read as the neighbour's.
        for other in Self.bars.dropFirst() where other.minY < placed.box.maxY && placed.box.minY < other.maxY {
            #expect(placed.box.distance(to: other) > toTarget)
        }
    }

    @Test("neither text nor leader crosses a reference line")
    func referenceLine() throws {
        let line = Segment(Point(x: 170, y: 10), Point(x: 170, y: 110))
        let obstacles = Self.obstacles(but: 2, segments: [line])
        // The end of the short bar is 20 pt before the line: the text must go elsewhere.
        let placed = try #require(Self.placer.place("가나다라마", target: Self.target(2), obstacles: obstacles, area: Self.area))
        #expect(!line.crosses(placed.box.insetBy(dx: -1, dy: -1)))
        try? Self.expectLeader(placed, target: Self.bars[2], rects: Self.bars, segments: [line])
        for s in placed.leaderSegments { #expect(!s.intersects(line)) }
    }

    @Test("text never covers another annotation, and a later leader never crosses an earlier one's text")
    func twoAnnotations() throws {
        var obstacles = Self.obstacles(but: 2)
        let first = try #require(Self.placer.place("가나다", target: Self.target(2), obstacles: obstacles, area: Self.area))
        obstacles.add(first)
        obstacles.marks = [Self.bars[0], Self.bars[2]]
        let second = try #require(Self.placer.place("라마바", target: Self.target(1), obstacles: obstacles, area: Self.area))
        #expect(!first.box.intersects(second.box))
        for s in second.leaderSegments { #expect(!s.crosses(first.box)) }
    }

    @Test("a point target gets the text beside it on the right, else a leader")
    func pointTarget() throws {
        let dot = AnnotationTarget.point(Point(x: 100, y: 100))
        let placed = try #require(Self.placer.place("정점", target: dot, obstacles: AnnotationObstacles(), area: Self.area))
        #expect(placed.leader.isEmpty)
        #expect(placed.box.minX == 106 && placed.box.midY == 100)
        // A wall right of the point sends the text elsewhere, with a leader to the point.
        let wall = Rect(x: 103, y: 0, width: 297, height: 200)
        let moved = try #require(Self.placer.place("정점", target: dot, obstacles: AnnotationObstacles(rects: [wall]), area: Self.area))
        try Self.expectLeader(moved, target: dot.rect, rects: [wall])
    }

    @Test("long text wraps to at most three lines no wider than 30 % of the area; longer text finds no place")
    func wrapping() throws {
        let text = "미국 민간 투자는 중국의 약 9배로 격차가 여전히 큽니다"
        let blocks = Self.placer.blocks(for: text, maxWidth: 0.3 * 400)
        #expect(!blocks.isEmpty)
        #expect(blocks.allSatisfy { $0.lines.count <= 3 && $0.naturalWidth <= 120 + 0.5 })
        let placed = try #require(Self.placer.place(text, target: Self.target(2), obstacles: Self.obstacles(but: 2), area: Self.area))
        #expect(placed.block.lines.count <= 3 && placed.box.width <= 120 + 0.5)
        let tooLong = String(repeating: "가나다라 ", count: 40)
        #expect(Self.placer.place(tooLong, target: Self.target(2), obstacles: Self.obstacles(but: 2), area: Self.area) == nil)
    }

    @Test("no free place gives nil")
    func noPlace() {
        let wall = AnnotationObstacles(rects: [Self.area])
        #expect(Self.placer.place("가", target: Self.target(2), obstacles: wall, area: Self.area) == nil)
    }

    @Test("the result does not depend on the order obstacles are given in")
    func deterministic() throws {
        let line = Segment(Point(x: 170, y: 10), Point(x: 170, y: 110))
        let forward = Self.obstacles(but: 0, segments: [line])
        var backward = forward
        backward.rects.reverse(); backward.marks.reverse()
        let a = Self.placer.place("중국의 약 9배", target: Self.target(0), obstacles: forward, area: Self.area)
        let b = Self.placer.place("중국의 약 9배", target: Self.target(0), obstacles: backward, area: Self.area)
        #expect(a == b)
    }

    @Test("segments cross a box's inside but not its edge; two segments meet where they cross")
    func crossing() {
        let box = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(Segment(Point(x: -5, y: 5), Point(x: 15, y: 5)).crosses(box))
        #expect(!Segment(Point(x: -5, y: 0), Point(x: 15, y: 0)).crosses(box))
        #expect(!Segment(Point(x: 13, y: 5), Point(x: 20, y: 5)).crosses(box))
        #expect(Segment(Point(x: 0, y: 0), Point(x: 10, y: 10)).intersects(Segment(Point(x: 0, y: 10), Point(x: 10, y: 0))))
        #expect(!Segment(Point(x: 0, y: 0), Point(x: 10, y: 0)).intersects(Segment(Point(x: 0, y: 1), Point(x: 10, y: 1))))
    }
}
