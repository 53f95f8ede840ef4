import Foundation
import Testing
import TestSupport
@testable import Briefing

@Suite("one chart from rows in memory")
struct ChartTests {
    static func data() throws -> Dataset {
        try Dataset(name: "investment", header: ["country", "usd_billion"],
                    rows: [["미국", "67.2"], ["중국", "7.76"], ["영국", "4.52"]])
    }

    @Test("rows in memory become an SVG with the categories' outlines and the data's alt text")
    func svg() throws {
        var options = ChartOptions()
        options.chart.title = "미국의 AI 민간 투자, 중국의 9배"
        let chart = try makeChart(.dataset(try Self.data()), options: options, format: .svg, fonts: PackagePaths.fonts)
        let text = String(decoding: chart.bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains(">미국의 AI 민간 투자, 중국의 9배</title>"))
        #expect(chart.altText.contains("미국"))
        #expect(chart.warnings.isEmpty)
    }

    @Test("PNG and PDF bytes start with their signatures, and the same chart twice is the same bytes")
    func formats() throws {
        let engine = try Engine(fonts: PackagePaths.fonts)
        let png = try engine.chart(.dataset(try Self.data()), format: .png).bytes
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdf = try engine.chart(.dataset(try Self.data()), format: .pdf).bytes
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(try engine.chart(.dataset(try Self.data()), format: .pdf).bytes == pdf)
    }

    @Test("a bad cell in rows in memory is an error at its row and column, as in a CSV file")
    func badCell() throws {
        let data = try Dataset(name: "mem", header: ["country", "value"], rows: [["미국", "1"], ["중국", "x"], ["영국", "3"]])
        var options = ChartOptions()
        options.chart.values = ["value"]
        #expect(throws: Diagnostic.self) { try makeChart(.dataset(data), options: options, format: .svg, fonts: PackagePaths.fonts) }
        #expect(throws: Diagnostic(.error, at: SourceLocation(file: "mem", line: 3, column: 1), Messages.csvRagged(expected: 2, found: 1))) {
            try Dataset(name: "mem", header: ["a", "b"], rows: [["1", "2"], ["3"]])
        }
    }

    @Test("a canvas size reads ratios, WIDTHxHEIGHT and a width alone, and refuses the rest")
    func canvas() {
        #expect(CanvasSize("16:9") == CanvasSize(width: 960, height: 540))
        #expect(CanvasSize("800x600") == CanvasSize(width: 800, height: 600))
        #expect(CanvasSize("700") == CanvasSize(width: 700, height: nil))
        #expect(CanvasSize("50x50") == nil && CanvasSize("wide") == nil)
        #expect(ChartFileFormat(fileName: "a/b.PNG") == .png && ChartFileFormat(fileName: "chart") == nil)
    }
}
