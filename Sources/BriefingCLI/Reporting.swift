import ArgumentParser
import Briefing
import Foundation

/// Prints what the engine returned: diagnostics on standard error (text with the source line,
/// or JSON lines), a JSON summary per report on standard output, and picks the exit code.
struct Reporting {
    let format: DiagnosticFormat
    let colour: Bool
    /// Say where the files went after a successful text-mode build.
    var announcesOutputs = false

    init(format: DiagnosticFormat, environment: [String: String]) {
        self.format = format
        colour = format == .text && Terminal.isInteractive(environment) && environment["NO_COLOR"] == nil
    }

    /// Prints every report's diagnostics in folder order, then (in JSON mode) one summary line
    /// each; returns the exit code: 3 when an output could not be written, 1 for any other
    /// failure, else 0.
    func finish(_ results: [ReportResult]) -> Int32 {
        for result in results {
            for d in result.diagnostics { Terminal.printError(format.render(d, colour: colour)) }
        }
        switch format {
        case .json: results.forEach { Terminal.printOutput(DiagnosticFormat.summary($0)) }
        case .text where announcesOutputs:
            results.filter { $0.status != .failed }.forEach { Terminal.printOutput(Self.announcement($0)) }
        case .text: break
        }
        return Self.exitCode(results)
    }

    /// One line for a person at a terminal: where the PDF went, how big it is, how many figures
    /// came with it and how long it took (`wrote out/x.pdf (6 pages, 102 KB) and 6 figures in 0.12 s`).
    static func announcement(_ r: ReportResult) -> String {
        guard let pdf = r.outputs.first else { return "\(r.name): nothing written" }
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? NSNumber)?.intValue ?? 0
        let figureFolder = (pdf as NSString).deletingPathExtension + "/"
        let figures = Set(r.outputs.dropFirst().filter { $0.hasPrefix(figureFolder) && !$0.dropFirst(figureFolder.count).contains("/") }
            .map { ($0 as NSString).deletingPathExtension }).count
        let pages = "\(r.pages) page\(r.pages == 1 ? "" : "s")"
        let kilobytes = "\(max(1, (size + 512) / 1024)) KB"
        let with = figures == 0 ? "" : " and \(figures) figure\(figures == 1 ? "" : "s")"
        switch r.status {
        case .upToDate: return "up to date: \(pdf) (\(pages), \(kilobytes))\(with)"
        default: return "wrote \(pdf) (\(pages), \(kilobytes))\(with) in \(String(format: "%.2f", r.seconds)) s"
        }
    }

    /// 3 when an output could not be written, 1 for any other failure, else 0.
    static func exitCode(_ results: [ReportResult]) -> Int32 {
        if results.contains(where: { $0.failure == .output }) { return 3 }
        return results.contains(where: { $0.status == .failed }) ? 1 : 0
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
extension SVGTextMode: ExpressibleByArgument {}
extension PDFArchival.Level: ExpressibleByArgument {}
extension PageImageFormat: ExpressibleByArgument {}
