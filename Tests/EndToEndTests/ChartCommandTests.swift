import Foundation
import Testing
import TestSupport

/// `briefing chart` as a slide maker would use it: one CSV in, one file out.
@Suite("briefing chart")
struct ChartCommandTests {
    static let csv = PackagePaths.root + "/Reports/china-ai-2025/data/private-investment-2023.csv"

    func chart(_ args: [String]) throws -> ProcessResult {
        try ProcessRunner.run(PackagePaths.briefing, ["chart"] + args)
    }

    @Test("with no options, a CSV becomes a slide-safe SVG under 60 KB with title and alt text")
    func defaults() throws {
        let out = try PackagePaths.temporaryFolder("chart") + "/chart.svg"
        let r = try chart([Self.csv, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.utf8.count < 60_000)
        #expect(svg.contains(">private investment 2023</title>"))
        #expect(svg.contains("-desc\">가로 막대 그래프"))
        for banned in ["<symbol", "<use", "<style", "class=", "style="] { #expect(!svg.contains(banned), "\(banned)") }
        #expect(try ProcessRunner.run("xmllint", ["--noout", out]).status == 0)
    }

    @Test("a 16:9 PNG is 1920×1080 pixels at the default 2× scale")
    func slidePNG() throws {
        let out = try PackagePaths.temporaryFolder("chart") + "/chart.png"
        let r = try chart([Self.csv, "-o", out, "--title", "국가별 AI 민간 투자", "--format", "korean", "--unit", "달러",
                           "--multiplier", "1e9", "--highlight", "미국", "--source", "Stanford HAI"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try #require(FileManager.default.contents(atPath: out))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1920 && height == 1080)
    }

    @Test("a theme file's unit-spacing sets how the unit follows each value, as in a report")
    func themeUnitSpacing() throws {
        let dir = try PackagePaths.temporaryFolder("chart-units")
        try "unit-spacing: spaced\n".write(toFile: "\(dir)/theme.yaml", atomically: true, encoding: .utf8)
        #expect(try chart([Self.csv, "-o", "\(dir)/spaced.svg", "--format", "plain", "--unit", "곳", "--theme", "\(dir)/theme.yaml"]).status == 0)
        #expect(try chart([Self.csv, "-o", "\(dir)/spelling.svg", "--format", "plain", "--unit", "곳"]).status == 0)
        // --format plain keeps the decimals the cells are written with (7.76), as no --format does.
        #expect(try String(contentsOfFile: "\(dir)/spaced.svg", encoding: .utf8).contains("미국 67.20 곳"))
        #expect(try String(contentsOfFile: "\(dir)/spelling.svg", encoding: .utf8).contains("미국 67.20곳"))
    }

    @Test("a PDF chart is one page that readers accept")
    func pdf() throws {
        let out = try PackagePaths.temporaryFolder("chart") + "/chart.pdf"
        #expect(try chart([Self.csv, "-o", out, "--size", "4:3"]).status == 0)
        #expect(try ProcessRunner.run("qpdf", ["--check", out]).status == 0)
        #expect(try ProcessRunner.run("pdfinfo", [out]).stdout.contains("Page size:       960 x 720 pts"))
    }

    @Test("the same chart is byte-identical on every run")
    func repeatable() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        for name in ["a", "b"] { #expect(try chart([Self.csv, "-o", "\(dir)/\(name).svg", "--orientation", "vertical"]).status == 0) }
        #expect(FileManager.default.contents(atPath: "\(dir)/a.svg") == FileManager.default.contents(atPath: "\(dir)/b.svg"))
    }

    @Test("a bad cell is an error at its line and column, and no file is written")
    func badCell() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        try "country,usd_billion\n미국,67.2\n중국,7.76억\n".write(toFile: "\(dir)/bad.csv", atomically: true, encoding: .utf8)
        let r = try chart(["\(dir)/bad.csv", "-o", "\(dir)/x.svg"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(dir)/bad.csv:3:4: error: '7.76억' in column 'usd_billion' is not a number"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/x.svg"))
    }

    @Test("a negative value in a 100% chart names its cell")
    func negativePercent() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        try "group,a,b\nx,3,-1\n".write(toFile: "\(dir)/neg.csv", atomically: true, encoding: .utf8)
        let r = try chart(["\(dir)/neg.csv", "-o", "\(dir)/x.svg", "--layout", "percent"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("neg.csv:2:5: error: '-1' is negative"), "\(r.stderr)")
    }

    @Test("wrong usage exits 64 with a message and writes nothing")
    func usage() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        let r = try chart([Self.csv, "-o", "\(dir)/x.gif"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--output must end in .svg, .png or .pdf"))
        let size = try chart([Self.csv, "-o", "\(dir)/x.svg", "--size", "huge"])
        #expect(size.status == 64)
    }

    @Test("a missing CSV is an error naming it")
    func missingFile() throws {
        let r = try chart(["/nonexistent/data.csv", "-o", "/tmp/never.svg"])
        #expect(r.status == 1)
        #expect(r.stderr == "/nonexistent/data.csv: error: file not found: /nonexistent/data.csv\n")
    }

    @Test("a theme file sets the colours, and a misspelt key in it is an error with a suggestion")
    func themeFile() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        try "accent: \"#c0392b\"\n".write(toFile: "\(dir)/theme.yaml", atomically: true, encoding: .utf8)
        #expect(try chart([Self.csv, "-o", "\(dir)/a.svg", "--theme", "\(dir)/theme.yaml"]).status == 0)
        #expect(try String(contentsOfFile: "\(dir)/a.svg", encoding: .utf8).contains("#c0392b"))
        try "acent: \"#c0392b\"\n".write(toFile: "\(dir)/bad.yaml", atomically: true, encoding: .utf8)
        let r = try chart([Self.csv, "-o", "\(dir)/b.svg", "--theme", "\(dir)/bad.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(dir)/bad.yaml:1:1: error: unknown key 'acent' in 'theme'; expected one of "), "\(r.stderr)")
        #expect(r.stderr.contains("did you mean 'accent'?"), "\(r.stderr)")
    }

    @Test("--decimals, --multiplier, --prefix and --unit are checked before anything is drawn")
    func numberOptionChecks() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        let cases: [([String], String)] = [
            (["--decimals", "7"], "--decimals must be a whole number from 0 to 6"),
            (["--multiplier", "0"], "--multiplier must be a number other than 0"),
            (["--prefix", "a very long prefix indeed"], "--prefix must be at most 12 characters"),
            (["--format", "percent", "--unit", "명"], "--unit is not used with --format percent"),
            (["--format", "percentage"], "percentage"),
        ]
        for (args, message) in cases {
            let r = try chart([Self.csv, "-o", "\(dir)/x.svg"] + args)
            #expect(r.status == 64, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/x.svg"))
    }

    @Test("--format percent on fractions draws the chart and warns, naming the file and what it assumed")
    func percentOnFractions() throws {
        let dir = try PackagePaths.temporaryFolder("chart")
        try "country,share\nUS,0.21\nCN,0.14\n".write(toFile: "\(dir)/share.csv", atomically: true, encoding: .utf8)
        let r = try chart(["\(dir)/share.csv", "-o", "\(dir)/x.svg", "--format", "percent"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("\(dir)/share.csv: warning: every value is between −1 and 1"), "\(r.stderr)")
        #expect(r.stderr.contains("--format percent takes them as percentages and writes 0.21 as 0.21%"), "\(r.stderr)")
        #expect(r.stderr.contains("pass --format fraction"), "\(r.stderr)")
        let fraction = try chart(["\(dir)/share.csv", "-o", "\(dir)/y.svg", "--format", "fraction"])
        #expect(fraction.status == 0 && fraction.stderr.isEmpty, "\(fraction.stderr)")
    }

    @Test("the help says what percent and fraction expect and where units come from")
    func help() throws {
        let r = try ProcessRunner.run(PackagePaths.briefing, ["chart", "--help"])
        for phrase in ["percentages", "fraction", "2.1 → 2.1%", "투자액(억 달러)", "--prefix", "--suffix", "--decimals", "a width alone"] {
            #expect(r.stdout.contains(phrase), "\(phrase)")
        }
    }
}
