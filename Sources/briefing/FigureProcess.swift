import Foundation
import ReportBuilder

/// The helper process (`briefing figures`) that writes a report's figure files into a private
/// folder while the build writes the PDF; the build renames the files into place once it knows
/// the helper wrote every one.
///
/// ```swift
/// let helper = FigureProcess(folder: folder, into: "out/x", names: names, …)
/// // … write the PDF …
/// if let helper, helper.finish() { /* adopt helper.dir's files */ } else { /* draw them here */ }
/// ```
final class FigureProcess {
    /// The private folder the helper writes into, beside the figures' final place.
    let dir: String
    /// The files the helper must write there.
    let names: [String]
    private let process = Process()

    /// Starts the helper for `folder`; nil when it cannot start (the build then draws the figures itself).
    init?(folder: String, into figureDir: String, names: [String], fontDir: String, files: FigureFiles,
          environment: [String: String]) {
        dir = "\(figureDir)/.figures-\(getpid())"
        self.names = names
        guard (try? Filesystem.makeDirectories(dir)) != nil else { return nil }
        TempFileRegistry.shared.addFolder(dir, files: names.map { "\(dir)/\($0)" })
        process.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.arguments = ["figures", folder, "--dir", dir, "--fonts", fontDir, "--svg-text", files.svgText.rawValue]
            + (files.png ? ["--png"] : [])
        var env = environment
        env["BRIEFING_CHILD"] = "1"
        process.environment = env
        // Its failures are not the user's to read: the build then draws the figures itself.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { cleanUp(); return nil }
        TempFileRegistry.shared.addChild(process.processIdentifier)
    }

    /// Waits for the helper; true when it succeeded and every file it was to write is there.
    func finish() -> Bool {
        process.waitUntilExit()
        TempFileRegistry.shared.removeChild(process.processIdentifier)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else { return false }
        return names.allSatisfy { FileManager.default.fileExists(atPath: "\(dir)/\($0)") }
    }

    /// Removes whatever is still in the private folder (nothing, once the files are renamed), and the folder.
    func cleanUp() {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        for name in names { unlink("\(dir)/\(name)") }
        rmdir(dir)
        TempFileRegistry.shared.removeFolder(dir, files: names.map { "\(dir)/\($0)" })
    }
}
