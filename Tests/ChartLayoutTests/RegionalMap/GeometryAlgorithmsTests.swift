import Drawing
import Testing
@testable import ChartLayout

@Suite("Map geometry: simplification and label points")
struct GeometryAlgorithmsTests {
    /// Two unit-ish squares side by side sharing a wiggly border with many vertices.
    static func neighbours() -> [[[[Point]]]] {
        let border = (0...40).map { i in Point(x: 100 + (i % 2 == 0 ? 0 : 0.05), y: Double(i) * 2.5) }   // top to bottom
        let left = [Point(x: 0, y: 0)] + border + [Point(x: 0, y: 100)]
        let right = [Point(x: 200, y: 100)] + border.reversed() + [Point(x: 200, y: 0)]
        return [[[left]], [[right]]]
    }

    @Test("simplification keeps a shared border identical in both neighbours")
    func sharedBorder() throws {
        let out = SharedArcSimplifier(minimumArea: 0.5).simplify(Self.neighbours())
        let left = out[0][0][0], right = out[1][0][0]
        let onBorderLeft = left.filter { $0.x > 99 && $0.x < 101 }
        let onBorderRight = right.filter { $0.x > 99 && $0.x < 101 }
        #expect(Set(onBorderLeft) == Set(onBorderRight))
        #expect(onBorderLeft.count < 41)   // the wiggles went
        #expect(onBorderLeft.contains(Point(x: 100, y: 0)) && onBorderLeft.contains(Point(x: 100, y: 100)))   // junctions stay
    }

    @Test("simplification moves no remaining vertex and keeps tiny rings whole")
    func noMovedVertex() {
        let input = Self.neighbours()
        let out = SharedArcSimplifier(minimumArea: 0.5).simplify(input)
        let original = Set(input.flatMap { $0.flatMap { $0.flatMap { $0 } } })
        #expect(out.flatMap { $0.flatMap { $0.flatMap { $0 } } }.allSatisfy(original.contains))
        let triangle: [[[[Point]]]] = [[[[Point(x: 0, y: 0), Point(x: 0.1, y: 0), Point(x: 0, y: 0.1)]]]]
        #expect(SharedArcSimplifier(minimumArea: 10).simplify(triangle) == triangle)
    }

    @Test("the simplification memo answers exactly as the simplifier does, per input and per area, and stays bounded")
    func memo() {
        let memo = SimplificationMemo(capacity: 2)
        let input = Self.neighbours()
        let fine = SharedArcSimplifier(minimumArea: 0.5), coarse = SharedArcSimplifier(minimumArea: 50)
        #expect(memo.regions(input, with: fine).polygons == fine.simplify(input))
        #expect(memo.regions(input, with: fine) == SimplifiedRegions(fine.simplify(input)))
        #expect(memo.regions(input, with: coarse).polygons == coarse.simplify(input))   // the area is part of the question
        #expect(fine.simplify(input) != coarse.simplify(input))
        let moved = input.map { $0.map { $0.map { $0.map { Point(x: $0.x + 1, y: $0.y) } } } }
        #expect(memo.regions(moved, with: fine).polygons == fine.simplify(moved))        // past capacity: starts afresh
        #expect(memo.regions(input, with: fine).polygons == fine.simplify(input))
        // A region's path walks its rings: move, lines, close for each.
        let paths = SimplifiedRegions(fine.simplify(input)).paths
        #expect(paths.count == input.count && paths.allSatisfy { $0.elements.last == .close })
    }

    @Test("a sliver's pole is found with a bounded grid, not 10^8 cells")
    func sliverPole() throws {
        let sliver = [Point(x: 0, y: 0), Point(x: 100, y: 0), Point(x: 100, y: 1e-6), Point(x: 0, y: 0)]
        let (p, d) = try #require(PoleOfInaccessibility.find([sliver], precision: 0.5))
        #expect(d >= 0 && d < 1e-6)
        #expect(p.x >= 0 && p.x <= 100)
    }

    @Test("the pole of inaccessibility of a U shape lies inside it, unlike its centroid")
    func poleInsideConcave() throws {
        let u = [Point(x: 0, y: 0), Point(x: 30, y: 0), Point(x: 30, y: 100), Point(x: 70, y: 100), Point(x: 70, y: 0),
                 Point(x: 100, y: 0), Point(x: 100, y: 130), Point(x: 0, y: 130)]
        let (p, d) = try #require(PoleOfInaccessibility.find([u], precision: 0.1))
        #expect(PoleOfInaccessibility.signedDistance(p, [u]) > 0)
        #expect(d >= 14.9)   // the arms are 30 wide, the base 30 tall
        #expect(PoleOfInaccessibility.signedDistance(Point(x: 50, y: 60), [u]) < 0)   // where a centroid would sit
    }
}
