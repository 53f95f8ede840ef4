import ArgumentParser
import Briefing
import Foundation

/// `briefing watch <folder>`: rebuild whenever the folder's files change; errors are reported, not fatal.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild a report whenever a file in its folder changes, reporting errors without stopping. Ctrl-C ends it.")

    @Argument(help: "The report folder to watch.")
    var folder: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "out"

    @Flag(help: "Also write PNGs of every figure.")
    var png = false

    @Option(help: "Folder of fonts.")
    var fonts: String?

    @Option(help: "Seconds between looks at the folder.")
    var interval: Double = 0.5

    func validate() throws {
        guard interval >= 0.05 && interval <= 60 else { throw ValidationError("--interval must be between 0.05 and 60 seconds") }
    }

    func run() throws {
        Terminal.installInterruptCleanup()
        let env = ProcessInfo.processInfo.environment
        let reporting = Reporting(format: .text, environment: env)
        let engine: Engine
        do { engine = try Engine(fonts: fonts, environment: env) } catch {
            throw ExitCode(reporting.finish([Build.setupFailure(error)]))
        }
        let options = BuildOptions(outputFolder: out, png: png, sourceDateEpoch: env["SOURCE_DATE_EPOCH"].flatMap(Int.init),
                                   workerExecutable: Bundle.main.executablePath ?? CommandLine.arguments[0])
        var last: ReportInputs?
        // Polling keeps this portable and dependency-free; a report folder is a handful of small files.
        while true {
            let now = engine.inputs(of: folder, options: options)
            if now != last {
                last = now
                let results = engine.build([folder], options: options)
                let code = reporting.finish(results)
                Terminal.printOutput(code == 0 ? "built \(folder) into \(out)" : "\(folder) has errors; watching for changes")
            }
            Thread.sleep(forTimeInterval: interval)
        }
    }
}
