import Briefing

// A chart from rows in memory, as the bytes of an SVG for a slide.
let data = try Dataset(name: "investment", header: ["country", "usd_billion"],
                       rows: [["미국", "67.2"], ["중국", "7.76"], ["한국", "1.4"]])
var options = ChartOptions()
options.chart.title = "미국의 AI 민간 투자, 중국의 9배"
options.chart.format = .korean(unit: "달러", multiplier: 1e9)
let svg = try makeChart(.dataset(data), options: options, format: .svg).bytes

// A report folder built from code: what it wrote and every diagnostic come back.
let result = buildReport(at: "Reports/china-ai-2025", into: "out")
for diagnostic in result.diagnostics { print(diagnostic) }
print(result.status, result.pages, result.outputs.first ?? "", svg.count)
