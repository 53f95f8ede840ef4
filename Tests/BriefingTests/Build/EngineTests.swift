import Foundation
import Testing
import TestSupport
@testable import Briefing

/// The engine as a Swift program uses it: no process of its own, every result returned.
@Suite("engine")
struct EngineTests {
    static let bundled = PackagePaths.root + "/Reports/china-ai-2025"

    @Test("building the bundled report in this process returns its PDF and figures, six pages, no diagnostics")
    func buildsInProcess() throws {
        let out = try PackagePaths.temporaryFolder("engine")
        let result = buildReport(at: Self.bundled, into: out, fonts: PackagePaths.fonts)
        #expect(result.status == .built, "\(result.diagnostics)")
        #expect(result.pages == 6)
        #expect(result.diagnostics.isEmpty)
        #expect(result.outputs.first == out + "/china-ai-2025.pdf")
        #expect(result.outputs.contains(out + "/china-ai-2025/private-investment.svg"))
        #expect(result.outputs.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    @Test("a second build of unchanged inputs is up to date and names the same outputs; force rebuilds")
    func upToDate() throws {
        let out = try PackagePaths.temporaryFolder("engine")
        let engine = try Engine(fonts: PackagePaths.fonts)
        let options = BuildOptions(outputFolder: out)
        let first = try #require(engine.build([Self.bundled], options: options).first)
        let second = try #require(engine.build([Self.bundled], options: options).first)
        #expect(second.status == .upToDate)
        #expect(second.outputs == first.outputs && second.pages == first.pages)
        var forced = options
        forced.force = true
        #expect(engine.build([Self.bundled], options: forced).first?.status == .built)
    }

    @Test("every independent error of a spec comes back in one build, each with its source line")
    func everyError() throws {
        let folder = try PackagePaths.temporaryFolder("errors") + "/r"
        try FileManager.default.copyItem(atPath: Self.bundled, toPath: folder)
        let spec = folder + "/report.yaml"
        var text = try String(contentsOfFile: spec, encoding: .utf8)
        text = "titel: x\n" + text
        text = text.replacingOccurrences(of: "  - heading: 맺음말\n", with: "  - headng: 맺음말\n")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let result = try #require(try Engine(fonts: PackagePaths.fonts).check([folder]).first)
        #expect(result.status == .failed && result.failure == .input)
        #expect(result.errorCount >= 2, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.allSatisfy { $0.location.line == 0 || $0.sourceLine != nil })
        #expect(result.diagnostics.first?.sourceLine == "titel: x")
    }

    @Test("warnings as errors fail the report before anything is written, and say why")
    func warningsAsErrors() throws {
        let folder = try PackagePaths.temporaryFolder("strict") + "/r"
        try FileManager.default.copyItem(atPath: Self.bundled, toPath: folder)
        let spec = folder + "/report.yaml"
        // A table too long for a standalone file is a warning raised after layout.
        let rows = (1...501).map { "행\($0),\($0)" }.joined(separator: "\n")
        try ("name,value\n" + rows + "\n").write(toFile: folder + "/data/long.csv", atomically: true, encoding: .utf8)
        let text = try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "data:\n", with: "data:\n  long: data/long.csv\n")
            + "  - table: long\n    data: long\n    title: 긴 표\n    columns:\n      - {column: name, header: 이름}\n      - {column: value, header: 값, type: integer}\n"
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("strict-out")
        let result = try #require(try Engine(fonts: PackagePaths.fonts)
            .build([folder], options: BuildOptions(outputFolder: out, warningsAsErrors: true)).first)
        #expect(result.status == .failed)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.notes.contains { $0.message.contains("--warnings-as-errors") } == true)
        #expect(!FileManager.default.fileExists(atPath: out + "/r.pdf"))
    }

    @Test("a folder that does not exist is a failed result naming it, not a throw")
    func missingFolder() throws {
        let result = buildReport(at: "/nonexistent/report", into: try PackagePaths.temporaryFolder("out"), fonts: PackagePaths.fonts)
        #expect(result.status == .failed)
        #expect(result.diagnostics.map(\.description) == ["/nonexistent/report: error: file not found: /nonexistent/report"])
    }

    @Test("an engine without fonts is an error naming where it looked")
    func noFonts() throws {
        let empty = try PackagePaths.temporaryFolder("nofonts")
        #expect(throws: Diagnostic.self) { try Engine(fonts: empty, environment: ["HOME": empty]) }
    }
}

@Suite("engine name clashes")
struct EngineNameClashTests {
    @Test("reports whose outputs would share a name are refused before any is built, each naming the others")
    func refused() throws {
        let root = try PackagePaths.temporaryFolder("clash")
        for team in ["a", "b"] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(team)", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: EngineTests.bundled, toPath: "\(root)/\(team)/r")
        }
        let out = try PackagePaths.temporaryFolder("clash-out")
        let results = try Engine(fonts: PackagePaths.fonts).build(["\(root)/a/r", "\(root)/b/r"], options: BuildOptions(outputFolder: out))
        #expect(results.count == 2 && results.allSatisfy { $0.status == .failed && $0.diagnostics.first?.code == "build.name-clash" })
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        #expect(Engine.nameClashes(["\(root)/a/r", "\(root)/b/r"], qualified: true).isEmpty)
        #expect(Engine.reportName("\(root)/a/r", qualified: true) == "a-r")
    }
}

@Suite("theme fonts")
struct ThemeFontTests {
    @Test("a theme font no font of the set has is an error at its key with the closest family suggested, not a quiet fallback")
    func unknownFamily() throws {
        let folder = try PackagePaths.bundledReportCopy("theme-font")
        let spec = folder + "/report.yaml"
        try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "\nbody:", with: "\ntheme: {font: noto sans cjk ko}\nbody:")
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let result = try #require(try Engine(fonts: PackagePaths.fonts).check([folder]).first)
        let error = try #require(result.diagnostics.first)
        #expect(result.status == .failed && error.code == "font.unknown-family", "\(result.diagnostics)")
        #expect(error.location.line > 0 && error.sourceLine?.contains("noto sans cjk ko") == true)
        #expect(error.notes.first?.message == "did you mean 'Noto Sans CJK KR'?")
        // Case and spaces do not matter, as in fontconfig.
        try String(contentsOfFile: spec, encoding: .utf8).replacingOccurrences(of: "noto sans cjk ko", with: "notosanscjkkr")
            .write(toFile: spec, atomically: true, encoding: .utf8)
        #expect(try Engine(fonts: PackagePaths.fonts).check([folder]).first?.status == .checked)
    }
}
