import Testing
import Drawing

@Suite("Path")
struct PathTests {
    @Test("an empty path has no bounds")
    func emptyBounds() {
        #expect(Path().bounds == nil)
        #expect(Path().isEmpty)
    }

    @Test("a rectangle path's bounds are the rectangle")
    func rectBounds() {
        let r = Rect(x: 12.5, y: -3, width: 40, height: 7.25)
        let p = Path(rect: r)
        #expect(p.bounds == r)
        #expect(p.elements.count == 5)
        #expect(p.elements.last == .close)
    }

    @Test("a line's bounds may have zero height")
    func lineBounds() {
        let p = Path(line: Point(x: 30, y: 5), to: Point(x: 10, y: 5))
        #expect(p.bounds == Rect(x: 10, y: 5, width: 20, height: 0))
    }

    @Test("curve bounds include the control points")
    func curveBounds() {
        var p = Path()
        p.move(to: Point(x: 0, y: 0))
        p.curve(to: Point(x: 10, y: 0), control1: Point(x: 2, y: -8), control2: Point(x: 14, y: 6))
        #expect(p.bounds == Rect(x: 0, y: -8, width: 14, height: 14))
    }

    @Test("a move with no segments still has a point-sized bounds")
    func singleMove() {
        var p = Path()
        p.move(to: Point(x: 3, y: 4))
        #expect(p.bounds == Rect(x: 3, y: 4, width: 0, height: 0))
    }
}
