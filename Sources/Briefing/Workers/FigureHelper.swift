import Foundation
import ReportBuilder
import ReportSpec

/// A worker process that writes a report's figure files into a private folder while the
/// build writes the PDF, from the inputs the build already read (never a second read of the
/// folder, which may have changed since). The helper works from the first figure, the build
/// from the last once its PDF is written, each claiming a figure before drawing it; the build
/// renames the files into place once every one is there. The helper dies with the build.
///
/// ```swift
/// let helper = FigureHelper(loaded: loaded, figures: standalone, into: "out/x", …)
/// // … write the PDF …
/// if let helper, let written = helper.finish(alsoUnchanged: []) { /* adopt those of helper.dir's files */ } else { /* draw them here */ }
/// ```
final class FigureHelper {
    /// The private folder the helper writes into, beside the figures' final place.
    let dir: String
    /// The files the helper and the build write there between them.
    let names: [String]
    /// Every file the folder may hold: the figure files, the claims and the list of unchanged files.
    private let paths: [String]
    private let process = Process()
    /// The build's side of the claims on figures (see ``FigureClaims``).
    let claims: FigureClaims

    /// Starts the helper for `figures` of `loaded`; nil when it cannot start (the build then
    /// draws the figures itself).
    init?(loaded: LoadedReport, figures: [Figure], into figureDir: String, fontDir: String, options: BuildOptions,
          executable: String) {
        let dir = "\(figureDir)/.figures-\(getpid())"
        self.dir = dir
        names = FigureFiles(png: options.png, svgText: options.svgText).names(of: figures)
        paths = (names + [FigureClaims.fileName, Self.unchangedList, Self.requestFile]).map { "\(dir)/\($0)" }
        // Registered before it exists, so an interruption never leaves it behind.
        TempFileRegistry.shared.addFolder(dir, files: paths)
        guard (try? Filesystem.makeDirectories(dir, within: options.outputFolder)) != nil else {
            TempFileRegistry.shared.removeFolder(dir, files: paths)
            return nil
        }
        guard let claims = FigureClaims(in: dir, figures: figures, creating: true) else {
            rmdir(dir)
            TempFileRegistry.shared.removeFolder(dir, files: paths)
            return nil
        }
        self.claims = claims
        // The request goes in a file, not down a pipe: a pipe holds 64 KB, so writing a report's
        // inputs into one made the build wait for the helper to start and read them.
        let request = "\(dir)/\(Self.requestFile)"
        let job = WorkerRequest.FiguresJob(folder: loaded.folder.path, resolvedFolder: loaded.folder.resolved, dir: dir,
                                           current: figureDir, fontDir: fontDir, options: options)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = WorkerProcess.arguments + ["--request", request]
        // Its failures are not the user's to read: the build then draws the figures itself.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try Filesystem.write(WorkerRequest.figures(job).encoded(snapshot: loaded.folder.snapshot.files), to: request, naming: request)
            try TempFileRegistry.shared.start(process)
        } catch {
            cleanUp()
            return nil
        }
    }

    /// The file in the private folder that holds the helper's request and the build's inputs.
    static let requestFile = ".request"

    /// The file in which the helper names the figure files it found unchanged in their final place.
    static let unchangedList = ".unchanged"

    /// Waits for the helper; the files to rename into place when it succeeded and every figure
    /// file is there or unchanged in its final place (`alsoUnchanged` names those the build itself
    /// found so), whichever process drew it; nil when it failed.
    func finish(alsoUnchanged: Set<String>) -> [String]? {
        process.waitUntilExit()
        TempFileRegistry.shared.removeChild(process.processIdentifier)
        guard process.terminationReason == .exit, process.terminationStatus == 0,
              let list = FileManager.default.contents(atPath: "\(dir)/\(Self.unchangedList)") else { return nil }
        let unchanged = alsoUnchanged.union(String(decoding: list, as: UTF8.self).split(separator: "\n").map(String.init))
        let written = names.filter { !unchanged.contains($0) }
        return written.allSatisfy({ FileManager.default.fileExists(atPath: "\(dir)/\($0)") }) ? written : nil
    }

    /// Removes whatever is still in the private folder (nothing, once the files are renamed), and the folder.
    func cleanUp() {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        for path in paths { unlink(path) }
        rmdir(dir)
        TempFileRegistry.shared.removeFolder(dir, files: paths)
    }
}
