import CairoRendering
import Foundation
import ReportSpec

/// The build engine: report folders in, PDF and figure files out, every diagnostic returned.
///
/// An engine finds its fonts once and keeps its font sessions warm across builds, so a caller
/// that builds many reports (or rebuilds one) pays for loading fonts once. Nothing here prints.
///
/// ```swift
/// let engine = try Engine()
/// let results = engine.build(["Reports/china-ai-2025"], options: BuildOptions(outputFolder: "out"))
/// for result in results { print(result.status, result.outputs) }
/// ```
///
/// An engine is used from one thread at a time; to build on several cores, give
/// ``BuildOptions/workerExecutable`` and it starts worker processes itself.
public final class Engine {
    /// The package version: what `briefing --version` prints before the commit, what `make dist`
    /// names its archive after, and part of the content cache's identity of the program.
    public static let version = "0.1.0"

    /// The font folder every build draws from.
    public let fontFolder: String
    let sessions: SessionCache
    /// Set by a program that ends right after its build: the last report's layout is then left
    /// for the process's end to reclaim (freeing a long report object by object took 80 ms of a
    /// 1,379-page build). Leave it off in anything that goes on running.
    public var exitsAfterBuild = false

    /// An engine over the fonts in `fonts`, or else `$BRIEFING_FONTS`, the fonts installed beside
    /// the program, or a checkout's `Fonts/`; throws a diagnostic naming every place it looked.
    public init(fonts: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        fontFolder = try FontLocator.locate(option: fonts, environment: environment)
        sessions = SessionCache(fontDir: fontFolder, cacheDirectory: try FontLocator.cacheDirectory(environment: environment))
    }

    /// The report folders `folders` stand for: a folder without a report.yaml (such as `Reports/`)
    /// stands for every report folder inside it.
    public static func reportFolders(in folders: [String]) -> [String] { BuildPlan.expand(folders) }

    /// The folders of CI shard `k` of `n` (1-based), chosen by a hash of each folder's name, so
    /// adding a report moves no other between shards.
    public static func shard(_ folders: [String], k: Int, of n: Int) -> [String] { BuildPlan.shard(folders, k: k, n: n) }

    /// A report's name, the stem of its output files: its folder's last component, links
    /// resolved; `qualified`, its parent folder's and its own, joined by "-" (`teamA/q1` → `teamA-q1`).
    public static func reportName(_ folder: String, qualified: Bool = false) -> String {
        let url = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
        guard qualified else { return url.lastPathComponent }
        return url.deletingLastPathComponent().lastPathComponent + "-" + url.lastPathComponent
    }

    /// The folders among `folders` whose outputs would have the same name, by that name: two
    /// reports named alike would overwrite each other's PDF and figures in one output folder.
    public static func nameClashes(_ folders: [String], qualified: Bool = false) -> [String: [String]] {
        var byName: [String: [String]] = [:]
        for folder in folders { byName[reportName(folder, qualified: qualified), default: []].append(folder) }
        return byName.filter { $0.value.count > 1 }
    }

    /// Builds every report of `folders` (see ``reportFolders(in:)``) into
    /// ``BuildOptions/outputFolder``, in worker processes when there are several and a worker
    /// program is given, and returns one result per report in folder order. `finished` is told of
    /// each report as it ends (from another thread when workers build them).
    public func build(_ folders: [String], options: BuildOptions = BuildOptions(),
                      finished: (@Sendable (ReportResult) -> Void)? = nil) -> [ReportResult] {
        let reports = BuildPlan.expand(folders)
        let clashes = Self.nameClashes(reports, qualified: options.qualifiedNames)
        if !clashes.isEmpty {
            // Nothing is built: which of the reports named alike was meant is the caller's to say.
            return reports.map { folder in
                let name = Self.reportName(folder, qualified: options.qualifiedNames)
                let others = clashes[name] ?? []
                return ReportResult(folder: folder, name: name, status: .failed, failure: others.isEmpty ? nil : .input,
                                    diagnostics: others.isEmpty ? [] : [Diagnostic(.error, at: SourceLocation(file: folder),
                                                                                   Messages.nameClash(name, folders: others))])
            }.filter { $0.failure != nil }
        }
        // One build at a time into an output folder; then what a killed build left there can go.
        let lock: OutputLock
        do { lock = try OutputLock(folder: options.outputFolder) } catch {
            return reports.map { ReportResult(folder: $0, name: Self.reportName($0, qualified: options.qualifiedNames), status: .failed,
                                              failure: .output, diagnostics: [Diagnostic(.error, at: SourceLocation(file: $0),
                                                                                          Messages.outputFailed("\(error)"))]) }
        }
        defer { lock.release() }
        CommitJournal.rollForward(in: options.outputFolder)
        StaleTemporaries.clean(outputFolder: options.outputFolder)
        let width = max(1, min(options.jobs ?? ProcessInfo.processInfo.activeProcessorCount, reports.count))
        if reports.count > 1, width > 1, let executable = options.workerExecutable {
            return WorkerPool(executable: executable, width: width, fontDir: fontFolder)
                .build(BuildPlan.batches(reports, workers: width), options: options, finished: finished)
        }
        var single = options
        // One report: a helper process draws its figures on another core, if there is one.
        single.figureProcess = options.figureProcess && reports.count == 1
            && (options.jobs ?? ProcessInfo.processInfo.activeProcessorCount) > 1
        return reports.enumerated().map { index, folder in
            let result = buildReport(folder, options: single, lastInProcess: exitsAfterBuild && index == reports.count - 1)
            finished?(result)
            return result
        }
    }

    /// Builds one report in this process, unless its inputs are unchanged, by content (see
    /// ``ContentCache``), since its last build into the same output folder. `lastInProcess` lets a
    /// one-report process leave the laid-out report for its end to reclaim.
    func buildReport(_ folderPath: String, options: BuildOptions, lastInProcess: Bool) -> ReportResult {
        let start = DispatchTime.now()
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
        let name = Self.reportName(folderPath, qualified: options.qualifiedNames)
        func failed(_ diagnostics: [Diagnostic], _ failure: ReportResult.Failure) -> ReportResult {
            ReportResult(folder: folderPath, name: name, status: .failed, failure: failure, diagnostics: diagnostics, seconds: seconds())
        }
        let folder: ReportFolder
        do { folder = try ReportFolder(path: folderPath) } catch let d as Diagnostic { return failed([d], .input) } catch {
            return failed([Diagnostic(.error, at: SourceLocation(file: folderPath), Messages.buildFailed("\(error)"))], .input)
        }
        BuildStamp.clearPlantedFolder(in: options.outputFolder)
        let stampPath = BuildStamp.path(name: name, outputFolder: options.outputFolder)
        // The program's digest is remembered beside fontconfig's cache (`<cache folder>/fontconfig`).
        let memo = ExecutableDigestMemo(cacheFolder: (sessions.cacheDirectory as NSString).deletingLastPathComponent)
        let cache = ContentCache(folder: folder, fontFolder: fontFolder, options: options.outputAffecting, programMemo: memo)
        if !options.force, FileManager.default.fileExists(atPath: "\(options.outputFolder)/\(name).pdf"),
           let stamp = BuildStamp.read(stampPath), cache.isCurrent(stamp) {
            return ReportResult(folder: folderPath, name: name, status: .upToDate, outputs: stamp.outputs, pages: stamp.pages,
                                diagnostics: stamp.warnings, seconds: seconds())
        }
        // A build that may replace the outputs first forgets the stamp of the old ones: cut short
        // between two renames, it must not leave a stamp vouching for outputs it half replaced.
        unlink(stampPath)
        let lines = SourceLines(folder: folder)
        do {
            let built = try ReportBuild(folder: folderPath, name: name, options: options, sessions: sessions,
                                        keepsLayoutUntilExit: lastInProcess).run(in: folder)
            let warnings = lines.attach(to: built.warnings)
            // Remember the inputs only after every output is in place, hashed from the bytes the build read.
            try? cache.stamp(read: folder.snapshot, outputs: built.outputs, pages: built.pages, warnings: warnings)
                .write(to: stampPath, in: options.outputFolder)
            return ReportResult(folder: folderPath, name: name, status: .built, outputs: built.outputs, pages: built.pages,
                                diagnostics: warnings, seconds: seconds())
        } catch let f as ReportBuild.Failed {
            return failed(lines.attach(to: f.diagnostics), f.failure)
        } catch let d as Diagnostic {
            return failed(lines.attach(to: [d]), .input)
        } catch let e as OutputError {
            return failed([Diagnostic(.error, at: SourceLocation(file: folderPath), Messages.outputFailed(e.description))], .output)
        } catch {
            return failed([Diagnostic(.error, at: SourceLocation(file: folderPath), Messages.buildFailed("\(error)"))], .input)
        }
    }
}
