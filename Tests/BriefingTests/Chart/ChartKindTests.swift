import Foundation
import Testing
import TestSupport
@testable import Briefing

@Suite("briefing chart chooses the kind: lines for time, bars for categories")
struct ChartKindTests {
    static func monthly() throws -> Dataset {
        var rows: [[String]] = []
        for i in 0..<24 {
            let month: String = String(format: "%d-%02d", 2023 + i / 12, i % 12 + 1)
            rows.append([month, String(100 + i * 7)])
        }
        return try Dataset(name: "monthly.csv", header: ["month", "users"], rows: rows)
    }

    static func quarterly() throws -> Dataset {
        let quarters = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"]
        var rows: [[String]] = []
        for (i, q) in quarters.enumerated() { rows.append([q, String(3 + i), String(8 + i)]) }
        return try Dataset(name: "quarterly.csv", header: ["quarter", "China", "United States"], rows: rows)
    }

    static func engine() throws -> Engine { try Engine(fonts: PackagePaths.fonts) }

    @Test("a monthly and a quarterly file with no options become line charts, and the alt text says so")
    func timeSeries() throws {
        let monthly = try Self.engine().chart(.dataset(try Self.monthly()), format: .svg)
        #expect(monthly.altText.hasPrefix("선 그래프: monthly (users). 2023-01–2024-12, 24개 시점."), "\(monthly.altText)")
        var english = ChartOptions()
        english.chart.language = "en"
        let quarterly = try Self.engine().chart(.dataset(try Self.quarterly()), options: english, format: .svg)
        #expect(quarterly.altText.hasPrefix("Line chart: quarterly. 2023-Q1–2024-Q1, 5 points, 2 series."), "\(quarterly.altText)")
        let svg = String(decoding: quarterly.bytes, as: UTF8.self)
        #expect(svg.contains("<desc") && svg.contains("Line chart"))
        #expect(monthly.warnings.isEmpty && quarterly.warnings.isEmpty)
    }

    @Test("--type chooses: bars for a time series, every other kind for the same rows")
    func chosen() throws {
        let kinds: [(ChartKind, String)] = [(.bar, "세로 막대 그래프"), (.area, "누적 영역 그래프"), (.dot, "점 그래프"),
                                            (.range, "범위 그래프"), (.slope, "기울기 그래프")]
        for (kind, name) in kinds {
            var options = ChartOptions()
            options.chart.type = kind
            let chart = try Self.engine().chart(.dataset(try Self.quarterly()), options: options, format: .png)
            #expect(chart.altText.hasPrefix(name + ":"), "\(kind): \(chart.altText)")
            #expect(Array(chart.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
    }

    @Test("a kind that needs another number of value columns is an error at the file; a highlight of a line names a series")
    func refused() throws {
        var lollipop = ChartOptions()
        lollipop.chart.type = .lollipop
        #expect(throws: Diagnostic(.error, at: SourceLocation(file: "quarterly.csv"), Messages.seriesCount(kind: "lollipop", expected: "1", given: 2))) {
            try Self.engine().chart(.dataset(try Self.quarterly()), options: lollipop, format: .svg)
        }
        var highlight = ChartOptions()
        highlight.chart.highlight = ["China"]
        let chart = try Self.engine().chart(.dataset(try Self.quarterly()), options: highlight, format: .svg)
        #expect(chart.altText.hasPrefix("선 그래프"))
        highlight.chart.highlight = ["2023-Q1"]
        #expect(throws: Diagnostic.self) { try Self.engine().chart(.dataset(try Self.quarterly()), options: highlight, format: .svg) }
    }

    @Test("the same time series twice is the same bytes")
    func deterministic() throws {
        let a = try Self.engine().chart(.dataset(try Self.monthly()), format: .svg).bytes
        #expect(try Self.engine().chart(.dataset(try Self.monthly()), format: .svg).bytes == a)
    }
}
