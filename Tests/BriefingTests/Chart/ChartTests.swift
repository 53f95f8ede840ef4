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

    /// The height an SVG's root element gives, in points.
    static func svgHeight(_ bytes: [UInt8]) throws -> Double {
        let text = String(decoding: bytes.prefix(600), as: UTF8.self)
        let start = try #require(text.range(of: " height=\""))
        let number = text[start.upperBound...].prefix { $0.isNumber || $0 == "." }
        return try #require(Double(number))
    }

    @Test("a header's unit reaches the value labels, the alt text and the default subtitle")
    func unitFromHeader() throws {
        let data = try Dataset(name: "inv.csv", header: ["국가", "투자액(억 달러)"], rows: [["미국", "672"], ["중국", "77.6"]])
        let chart = try makeChart(.dataset(data), options: ChartOptions(), format: .svg, fonts: PackagePaths.fonts)
        #expect(chart.altText.contains("미국 672억 달러"), "\(chart.altText)")
        #expect(chart.altText.contains("중국 77억 6,000만 달러"), "\(chart.altText)")
        #expect(chart.altText.contains("(투자액(억 달러))"), "\(chart.altText)")
        #expect(chart.warnings.isEmpty)
    }

    @Test("the command line's prefix, suffix and decimals reach the labels through the engine")
    func affixesThroughEngine() throws {
        var options = ChartOptions()
        options.chart.numbers = QuickChart.NumberOptions(prefix: "$", suffix: "B", decimals: 1)
        let chart = try makeChart(.dataset(try Self.data()), options: options, format: .svg, fonts: PackagePaths.fonts)
        #expect(chart.altText.contains("미국 $67.2B, 중국 $7.8B"), "\(chart.altText)")
    }

    @Test("percentages that look like fractions come back as a warning, and nothing is multiplied")
    func percentWarning() throws {
        let data = try Dataset(name: "share.csv", header: ["k", "share"], rows: [["a", "0.21"], ["b", "0.14"]])
        var options = ChartOptions()
        options.chart.numbers.style = .percent
        let chart = try makeChart(.dataset(data), options: options, format: .svg, fonts: PackagePaths.fonts)
        #expect(chart.altText.contains("a 0.21%"), "\(chart.altText)")
        #expect(chart.warnings.map(\.code) == ["chart.percent-looks-like-fraction"])
        #expect(chart.warnings.first?.location.file == "share.csv")
    }

    @Test("given a width alone, the height fits the content: more bars make a taller file, and no warning")
    func widthAlone() throws {
        var options = ChartOptions()
        options.size = try #require(CanvasSize("800"))
        let engine = try Engine(fonts: PackagePaths.fonts)
        let few = try engine.chart(.dataset(try Self.data()), options: options, format: .svg)
        let rows = (1...12).map { ["항목 \($0)", "\($0 * 3)"] }
        let many = try engine.chart(.dataset(try Dataset(name: "many", header: ["k", "v"], rows: rows)), options: options, format: .svg)
        let fewHeight = try Self.svgHeight(few.bytes), manyHeight = try Self.svgHeight(many.bytes)
        #expect(String(decoding: few.bytes.prefix(300), as: UTF8.self).contains("width=\"800pt\""))
        // Three bars need far less than a 16:9 slide's 540 pt; twelve need more than three.
        #expect(fewHeight > 100 && fewHeight < 300, "\(fewHeight)")
        #expect(manyHeight > fewHeight + 100, "\(manyHeight) vs \(fewHeight)")
        #expect(few.warnings.isEmpty && many.warnings.isEmpty)
        // The same chart on a fixed canvas is that canvas's height.
        options.size = CanvasSize(width: 800, height: 500)
        #expect(try Self.svgHeight(try engine.chart(.dataset(try Self.data()), options: options, format: .svg).bytes) == 500)
    }
}
