import Foundation
import ReportSpec

/// Builds batches of reports in worker processes, `width` at a time, and gathers their results
/// in folder order. Cairo 1.16 shares font caches between threads and is not safe to draw text
/// from several at once; processes share nothing.
struct WorkerPool {
    let executable: String
    let width: Int
    let fontDir: String

    /// Every report of `batches`, built by workers; `finished` is told of each as it ends.
    func build(_ batches: [[String]], options: BuildOptions, finished: (@Sendable (ReportResult) -> Void)?) -> [ReportResult] {
        let state = Monitor(Pool(pending: Array(batches.indices), results: Array(repeating: nil, count: batches.count)))
        let threads = (0..<min(width, batches.count)).map { _ in
            SideThread(handing: ()) { _ in
                while let index = state.update({ $0.pending.isEmpty ? nil : $0.pending.removeFirst() }) {
                    let results = run(batches[index], options: options)
                    results.forEach { finished?($0) }
                    state.update { $0.results[index] = results }
                }
            }
        }
        threads.forEach { $0.join() }
        return state.value.results.flatMap { $0 ?? [] }
    }

    private struct Pool {
        var pending: [Int]
        var results: [[ReportResult]?]
    }

    /// One worker building `folders` in turn.
    private func run(_ folders: [String], options: BuildOptions) -> [ReportResult] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = WorkerProcess.arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // Whatever a worker prints itself (a crash) is for the user to see.
        process.standardError = FileHandle.standardError
        func failed(_ message: Message) -> [ReportResult] {
            // Every report of the batch is named: the worker cannot say which of them it was building.
            folders.map { ReportResult(folder: $0, name: Engine.reportName($0), status: .failed, failure: .input,
                                       diagnostics: [Diagnostic(.error, at: SourceLocation(file: $0), message)]) }
        }
        do {
            try TempFileRegistry.shared.start(process)
            try WorkerRequest.build(folders: folders, options: options, fontDir: fontDir).send(to: input.fileHandleForWriting)
            try input.fileHandleForWriting.close()
        } catch {
            return failed(Messages.buildProcessFailed("cannot start a build process: \(error)"))
        }
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        TempFileRegistry.shared.removeChild(process.processIdentifier)
        if process.terminationReason == .uncaughtSignal {
            return failed(Messages.buildProcessFailed("the build process was killed by signal \(process.terminationStatus)"))
        }
        guard let results = try? JSONDecoder().decode([ReportResult].self, from: answer), results.count == folders.count else {
            return failed(Messages.buildProcessFailed("the build process ended with status \(process.terminationStatus) and no results"))
        }
        return results
    }
}
