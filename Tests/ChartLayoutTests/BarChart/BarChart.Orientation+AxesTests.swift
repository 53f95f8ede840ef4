import Drawing
import Testing
@testable import ChartLayout

@Suite("Bar orientation axes")
struct BarOrientationAxesTests {
    @Test("horizontal bars put bands down the page and values rightwards")
    func horizontalPoint() {
        #expect(BarChart.Orientation.horizontal.point(band: 10, value: 200) == Point(x: 200, y: 10))
        #expect(BarChart.Orientation.horizontal.advance(200, by: 5) == 205)
    }

    @Test("vertical columns put bands rightwards and larger values higher up the page")
    func verticalPoint() {
        #expect(BarChart.Orientation.vertical.point(band: 10, value: 200) == Point(x: 10, y: 200))
        #expect(BarChart.Orientation.vertical.advance(200, by: 5) == 195)
    }

    @Test("a bar's ends are ordered by value, whichever way the page coordinate runs")
    func ends() {
        #expect(BarChart.Orientation.horizontal.ends(90, 50) == (50, 90))
        #expect(BarChart.Orientation.vertical.ends(50, 90) == (90, 50))
        #expect(BarChart.Orientation.horizontal.length(from: 50, to: 90) == 40)
        #expect(BarChart.Orientation.vertical.length(from: 90, to: 50) == 40)
    }

    @Test("a bar's rectangle spans its band's thickness across and its ends along the value axis")
    func rect() {
        #expect(BarChart.Orientation.horizontal.rect(band: 10, thickness: 8, low: 50, high: 90) == Rect(x: 50, y: 10, width: 40, height: 8))
        #expect(BarChart.Orientation.vertical.rect(band: 10, thickness: 8, low: 90, high: 50) == Rect(x: 10, y: 50, width: 8, height: 40))
    }

    @Test("a line across the bands runs from the first band's edge to the last one's at one value")
    func lineAcross() {
        #expect(BarChart.Orientation.horizontal.line(across: 5, 95, at: 30) == Path(line: Point(x: 30, y: 5), to: Point(x: 30, y: 95)))
        #expect(BarChart.Orientation.vertical.line(across: 5, 95, at: 30) == Path(line: Point(x: 5, y: 30), to: Point(x: 95, y: 30)))
    }
}
