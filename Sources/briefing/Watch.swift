import ArgumentParser
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
        let fontDir = try FontLocator.locate(option: fonts, environment: env)
        var options = try Build.parse([folder, "--out", out] + (png ? ["--png"] : []))
        options.fonts = fontDir
        var last = ""
        // Polling keeps this portable and dependency-free; a report folder is a handful of small files.
        while true {
            let now = ContentHash.inputs(folder: folder, fontDir: fontDir, options: [])
            if now != last {
                last = now
                let outcome = Build.build(folder, options: options, fontDir: fontDir, environment: env)
                outcome.lines.forEach(Terminal.printError)
                let line = outcome.exitCode == 0 ? "built \(folder) into \(out)\n" : "\(folder) has errors; watching for changes\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
            Thread.sleep(forTimeInterval: interval)
        }
    }
}
