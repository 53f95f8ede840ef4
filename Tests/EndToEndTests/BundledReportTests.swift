import Foundation
import Testing
import RasterTestSupport
import TestSupport

/// Builds the bundled Korean briefing with the real binary and checks the files as readers see them.
@Suite("bundled report, end to end")
struct BundledReportTests {
    static let report = PackagePaths.root + "/Reports/china-ai-2025"

    /// One build shared by the checks (each process start costs time); a failure is reported by every test.
    static let build: Result<String, BuildError> = {
        do {
            let out = try PackagePaths.temporaryFolder("e2e")
            let r = try ProcessRunner.run(PackagePaths.briefing, ["build", report, "--out", out, "--png"])
            return r.status == 0 ? .success(out) : .failure(BuildError(message: r.stderr))
        } catch {
            return .failure(BuildError(message: "\(error)"))
        }
    }()

    struct BuildError: Error { let message: String }

    var out: String { get throws { try Self.build.get() } }
    var pdf: String { get throws { try out + "/china-ai-2025.pdf" } }
    var svg: String { get throws { try out + "/china-ai-2025/private-investment.svg" } }

    @Test("the build writes the PDF, the figure SVG and its PNG")
    func writesOutputs() throws {
        let out = try out
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: out + "/china-ai-2025.pdf"))
        #expect(fm.fileExists(atPath: out + "/china-ai-2025/private-investment.svg"))
        #expect(fm.fileExists(atPath: out + "/china-ai-2025/private-investment.png"))
        let leftovers = try fm.subpathsOfDirectory(atPath: out).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("figure files drawn by the helper process are byte for byte those the build draws itself")
    func helperProcessSameBytes() throws {
        let out = try out
        let inProcess = try PackagePaths.temporaryFolder("e2e-inprocess")
        var env = ProcessInfo.processInfo.environment
        env["BRIEFING_FIGURE_PROCESS"] = "0"
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", Self.report, "--out", inProcess, "--png"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out + "/china-ai-2025").sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: inProcess + "/china-ai-2025").sorted()))
        #expect(names.filter { $0.hasSuffix(".png") }.count == 6 && !names.contains { $0.hasPrefix(".") })
        for name in names {
            #expect(FileManager.default.contents(atPath: out + "/china-ai-2025/" + name)
                    == FileManager.default.contents(atPath: inProcess + "/china-ai-2025/" + name), "\(name)")
        }
    }

    @Test("with 60 charts, the build and its helper share the figures out and every file is byte for byte the one-process file")
    func helperSharesManyFigures() throws {
        let folder = try PackagePaths.temporaryFolder("many-charts")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "country,value\n미국,67.2\n중국,7.76\n영국,3.8\n독일,1.9\n한국,1.4\n".write(toFile: folder + "/data/v.csv", atomically: true, encoding: .utf8)
        var body = ""
        for i in 0..<60 {
            body += """
                  - paragraph: 민간 투자에서는 미국과의 격차가 여전히 큰 편입니다. 연구 역량에서는 중국이 앞서 나가고 있습니다.
                  - chart: chart-\(i)
                    data: v
                    category: country
                    value: value
                    title: 국가별 AI 민간 투자 \(i + 1)
                    highlight: \(["미국", "중국", "한국"][i % 3])

                """
        }
        try "title: 차트 60개\ndate: 2025-01-21\ndata:\n  v: data/v.csv\nbody:\n\(body)".write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        let name = (folder as NSString).lastPathComponent
        var outputs: [String] = []
        for process in ["1", "0"] {
            let out = try PackagePaths.temporaryFolder("many-charts-out")
            let env = ProcessInfo.processInfo.environment.merging(["BRIEFING_FIGURE_PROCESS": process]) { $1 }
            let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out], environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(out + "/" + name)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: outputs[0]).sorted()
        #expect(names.count == 60 && !names.contains { $0.hasPrefix(".") }, "\(names)")
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: outputs[1]).sorted()))
        for name in names {
            #expect(FileManager.default.contents(atPath: outputs[0] + "/" + name) == FileManager.default.contents(atPath: outputs[1] + "/" + name), "\(name)")
        }
    }

    @Test("qpdf finds the PDF structurally sound")
    func qpdfCheck() throws {
        let r = try ProcessRunner.run("qpdf", ["--check", try pdf])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(!r.stdout.contains("WARNING"))
    }

    @Test("every font is embedded and subset, with a ToUnicode map")
    func fontsEmbeddedAndSubset() throws {
        let r = try ProcessRunner.run("pdffonts", [try pdf])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2, "expected Noto Sans CJK KR Regular and Bold: \(r.stdout)")
        for row in rows {
            #expect(row.contains("NotoSansCJKkr"), "\(row)")
            let cols = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type… encoding emb sub uni id gen: the three flags sit before the object id.
            #expect(Array(cols.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test("pdftotext gives the Korean text and the formatted numbers back")
    func textExtracts() throws {
        let r = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", try pdf, "-"])
        #expect(r.status == 0)
        for phrase in ["중국 AI 산업 브리핑", "성장하는 중국, 압도적인 미국", "672억 달러", "77억 6,000만 달러", "14억 달러",
                       "6,000억 위안", "DeepSeek-V3", "맺음말"] {
            #expect(r.stdout.contains(phrase), "missing \(phrase)")
        }
    }

    @Test("PDF metadata comes from the spec, dated by the report, never the clock")
    func metadata() throws {
        let r = try ProcessRunner.run("pdfinfo", [try pdf])
        #expect(r.stdout.contains("Title:           중국 AI 산업 브리핑"))
        #expect(r.stdout.contains("Author:          브리핑 편집팀"))
        #expect(r.stdout.contains("Creator:         Briefing"))
        #expect(r.stdout.contains("Keywords:        중국, 인공지능"))
        #expect(r.stdout.contains("CreationDate:    Tue Jan 21 00:00:00 2025 UTC"))
        #expect(r.stdout.contains("Page size:       595.276 x 841.89 pts (A4)"))
    }

    @Test("the figure SVG is well-formed, titled and references nothing outside itself")
    func svgStandalone() throws {
        let path = try svg
        let lint = try ProcessRunner.run("xmllint", ["--noout", path])
        #expect(lint.status == 0, "\(lint.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(">미국의 AI 민간 투자, 중국의 9배에 가까워</title>"))
        #expect(text.contains("-desc\">가로 막대 그래프"))
        // Only in-document references (#id) or embedded data: no files, no network, no fonts.
        let refs = text.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            + text.components(separatedBy: "url(").dropFirst().map { $0.prefix { $0 != ")" } }
        #expect(refs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("data:") }, "\(refs.filter { !$0.hasPrefix("#") })")
        #expect(!text.contains("@font-face") && !text.contains("url(http"))
    }

    @Test("the figure SVG stays below 60 KB, smaller than Cairo's own SVG of it was")
    func svgSize() throws {
        // Cairo's SVG surface wrote 60,540 bytes for this chart; outlined paths with relative,
        // two-decimal coordinates take about 21 KB. The bound keeps slide decks light.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: try svg)[.size] as? Int)
        #expect(size < 60_000, "\(size) bytes")
    }

    @Test("the figure SVG is slide-safe: plain elements, inline attributes, text as outlines")
    func svgSlideSafe() throws {
        let text = try String(contentsOfFile: try svg, encoding: .utf8)
        for banned in ["<symbol", "<use", "<style", "class=", "mask", "style=", "<text"] {
            #expect(!text.contains(banned), "found \(banned)")
        }
        #expect(text.contains("role=\"img\" aria-label=\"가로 막대 그래프"))
    }

    @Test("a second build is byte-identical")
    func deterministic() throws {
        let first = try out
        let second = try PackagePaths.temporaryFolder("e2e-again")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", Self.report, "--out", second, "--png"])
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["china-ai-2025.pdf", "china-ai-2025/private-investment.svg", "china-ai-2025/private-investment.png"] {
            let a = FileManager.default.contents(atPath: first + "/" + file)
            let b = FileManager.default.contents(atPath: second + "/" + file)
            #expect(a != nil && a == b, "\(file) differs between builds")
        }
    }

    @Test("fonts are pre-subset to the document: a small PDF that rasterises like the full faces and extracts the same text")
    func subsetFontsIdentical() throws {
        let subsetPDF = try pdf
        let size = try FileManager.default.attributesOfItem(atPath: subsetPDF)[.size] as? Int ?? .max
        #expect(size < 160_000, "the PDF is \(size) bytes; subset fonts keep it near 130 KB with the map (400 KB with full faces)")
        let full = try PackagePaths.temporaryFolder("full-fonts")
        var env = ProcessInfo.processInfo.environment
        env["BRIEFING_FONT_SUBSETTING"] = "0"
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", Self.report, "--out", full], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let a = try PackagePaths.temporaryFolder("raster-a"), b = try PackagePaths.temporaryFolder("raster-b")
        #expect(try ProcessRunner.run("pdftoppm", ["-r", "60", "-png", subsetPDF, a + "/p"]).status == 0)
        #expect(try ProcessRunner.run("pdftoppm", ["-r", "60", "-png", full + "/china-ai-2025.pdf", b + "/p"]).status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        #expect(pages.count >= 3)
        // Glyphs are the same; Cairo places a bold run in a mixed line up to 0.12 pt apart with the
        // full faces, so allow antialiasing-level differences and nothing more.
        for page in pages {
            let x = try RasterImage(png: [UInt8](try #require(FileManager.default.contents(atPath: a + "/" + page))))
            let y = try RasterImage(png: [UInt8](try #require(FileManager.default.contents(atPath: b + "/" + page))))
            let mean = try #require(x.meanAbsoluteDifference(from: y), "\(page) changed size")
            #expect(mean < 0.15, "\(page): mean difference \(mean) of 255 between subset and full fonts")
        }
        let fullText = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", full + "/china-ai-2025.pdf", "-"]).stdout
        let subsetText = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", subsetPDF, "-"]).stdout
        #expect(fullText == subsetText)
    }
}
