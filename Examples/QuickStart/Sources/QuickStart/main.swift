// Usage: QuickStart OUTPUT-FOLDER [REPORT-FOLDER]
//
// Writes OUTPUT-FOLDER/investment.svg from rows in memory, then builds REPORT-FOLDER (the
// bundled Korean briefing by default) into OUTPUT-FOLDER, printing every diagnostic. Run it from
// the checkout's root, where the engine finds Fonts/ (or set BRIEFING_FONTS).
import Briefing
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: QuickStart OUTPUT-FOLDER [REPORT-FOLDER]\n".utf8))
    exit(64)
}
let out = arguments[1]
let reportFolder = arguments.count > 2 ? arguments[2] : "Reports/china-ai-2025"

// 1. A chart from rows in memory: the first text column names the bars, the numbers are the values.
let investment = try Dataset(name: "investment", header: ["country", "usd_billion"],
                             rows: [["미국", "67.2"], ["중국", "7.76"], ["한국", "1.4"]])
var options = ChartOptions()
options.chart.title = "미국의 AI 민간 투자, 중국의 9배"
options.chart.source = "Stanford HAI, AI Index 2024"
options.chart.highlight = ["미국"]
options.chart.format = .korean(unit: "달러", multiplier: 1e9)
let engine = try Engine()
let chart = try engine.chart(.dataset(investment), options: options, format: .svg)
try Engine.writeFile(chart.bytes, to: out + "/investment.svg")
print("wrote \(out)/investment.svg (\(chart.bytes.count) bytes): \(chart.altText)")

// 2. A whole report folder, built from code: the result carries the outputs and every diagnostic.
let results = engine.build([reportFolder], options: BuildOptions(outputFolder: out, force: true))
for result in results {
    for diagnostic in result.diagnostics { print(DiagnosticFormat.text.render(diagnostic, colour: false)) }
    print("\(result.name): \(result.status.rawValue), \(result.pages) pages, \(result.outputs.count) files")
}
exit(results.allSatisfy { $0.status != .failed } ? 0 : 1)
