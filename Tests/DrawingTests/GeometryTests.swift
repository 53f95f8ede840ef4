import Testing
import Drawing

@Suite("Rect")
struct GeometryTests {
    let box = Rect(x: 10, y: 20, width: 100, height: 50)   // x 10…110, y 20…70

    @Test("rectangles that share only an edge do not intersect")
    func touchingEdgesDoNotIntersect() {
        #expect(!box.intersects(Rect(x: 110, y: 20, width: 30, height: 50)))   // right edge
        #expect(!box.intersects(Rect(x: -20, y: 20, width: 30, height: 50)))   // left edge
        #expect(!box.intersects(Rect(x: 10, y: 70, width: 100, height: 5)))    // bottom edge
        #expect(!box.intersects(Rect(x: 10, y: 0, width: 100, height: 20)))    // top edge
        #expect(!box.intersects(Rect(x: 110, y: 70, width: 5, height: 5)))     // corner only
    }

    @Test("rectangles that overlap by any area intersect, in both directions")
    func overlapIntersects() {
        let sliver = Rect(x: 109.999, y: 69.999, width: 10, height: 10)
        #expect(box.intersects(sliver))
        #expect(sliver.intersects(box))
        let inner = Rect(x: 50, y: 30, width: 1, height: 1)
        #expect(box.intersects(inner))
        #expect(inner.intersects(box))
    }

    @Test("a zero-size rectangle at a corner intersects nothing")
    func zeroSizeDoesNotIntersect() {
        #expect(!box.intersects(Rect(x: 10, y: 20, width: 0, height: 0)))
        #expect(!box.intersects(Rect(x: 110, y: 70, width: 0, height: 0)))
    }

    @Test("separated rectangles do not intersect")
    func separated() {
        #expect(!box.intersects(Rect(x: 200, y: 200, width: 10, height: 10)))
        #expect(!box.intersects(Rect(x: 50, y: 80, width: 10, height: 10)))
    }

    @Test("contains accepts a rectangle flush with every edge and itself")
    func containsFlush() {
        #expect(box.contains(box))
        #expect(box.contains(Rect(x: 10, y: 20, width: 100, height: 1)))
        #expect(box.contains(Rect(x: 109, y: 69, width: 1, height: 1)))
    }

    @Test("contains refuses a rectangle poking out by more than the tolerance")
    func containsTolerance() {
        #expect(!box.contains(Rect(x: 10, y: 20, width: 100.01, height: 50)))
        #expect(!box.contains(Rect(x: 9.99, y: 20, width: 10, height: 10)))
        #expect(!box.contains(Rect(x: 10, y: 19.99, width: 10, height: 10)))
        #expect(!box.contains(Rect(x: 10, y: 20, width: 10, height: 50.01)))
        // Within the default 1e-6 tolerance: float noise is not an overflow.
        #expect(box.contains(Rect(x: 10 - 1e-7, y: 20, width: 100 + 1e-7, height: 50)))
        // A wider tolerance is honoured.
        #expect(box.contains(Rect(x: 9.5, y: 20, width: 101, height: 50), tolerance: 0.5))
        #expect(!box.contains(Rect(x: 9.4, y: 20, width: 101, height: 50), tolerance: 0.5))
    }

    @Test("union is the smallest box around both, whatever the order")
    func union() {
        let other = Rect(x: -5, y: 60, width: 10, height: 30)
        let expected = Rect(x: -5, y: 20, width: 115, height: 70)
        #expect(box.union(other) == expected)
        #expect(other.union(box) == expected)
        #expect(box.union(box) == box)
        // A box inside leaves the outer one unchanged.
        #expect(box.union(Rect(x: 20, y: 30, width: 5, height: 5)) == box)
    }

    @Test("insetBy and offsetBy move the edges by exact amounts")
    func insetAndOffset() {
        #expect(box.insetBy(dx: 5, dy: 10) == Rect(x: 15, y: 30, width: 90, height: 30))
        #expect(box.insetBy(dx: -1, dy: -2) == Rect(x: 9, y: 18, width: 102, height: 54))
        #expect(box.offsetBy(dx: -10, dy: 5) == Rect(x: 0, y: 25, width: 100, height: 50))
        #expect(box.maxX == 110 && box.maxY == 70)
    }
}
