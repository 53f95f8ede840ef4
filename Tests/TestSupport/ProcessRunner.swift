import Foundation

/// What a finished child process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs programs for end-to-end tests: the built `briefing` binary and readers such as qpdf.
public enum ProcessRunner {
    /// Runs `executable` (a path, or a name looked up on PATH) with `arguments` and waits for it.
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                           environment: [String: String]? = nil) throws -> ProcessResult {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a chatty child cannot block on a full pipe.
        let errData = ReadBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// True when `name` is an executable on PATH.
    public static func isAvailable(_ name: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(name)"]).status) == 0
    }
}

private final class ReadBox: @unchecked Sendable { var data = Data() }

/// Paths of the package checkout the tests run in.
public enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/TestSupport/ProcessRunner.swift
        return url.path
    }()

    /// The bundled fonts folder.
    public static var fonts: String { root + "/Fonts" }

    /// The `briefing` executable built alongside the tests.
    public static var briefing: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return root + "/.build/debug/briefing"
    }

    /// A copy of the bundled Korean briefing at `<new temporary folder>/<name>`, for a test to change.
    public static func bundledReportCopy(_ label: String, name: String = "r") throws -> String {
        let folder = try temporaryFolder(label) + "/" + name
        try FileManager.default.copyItem(atPath: root + "/Reports/china-ai-2025", toPath: folder)
        return folder
    }

    /// A new empty folder under the system's temporary directory.
    public static func temporaryFolder(_ label: String) throws -> String {
        var template = Array((NSTemporaryDirectory() + "briefing-\(label)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        return String(cString: made)
    }
}
