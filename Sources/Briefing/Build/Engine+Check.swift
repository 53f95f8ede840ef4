import Foundation
import ReportSpec

extension Engine {
    /// Checks every report of `folders` (spec, data, and that the fonts can draw every
    /// character) without laying out or writing anything: about 20 ms a report. Honours
    /// ``BuildOptions/sourceDateEpoch`` and ``BuildOptions/warningsAsErrors``; a report with no
    /// errors comes back ``ReportResult/Status/checked``.
    public func check(_ folders: [String], options: BuildOptions = BuildOptions()) -> [ReportResult] {
        BuildPlan.expand(folders).map { folderPath in
            let start = DispatchTime.now()
            let name = Self.reportName(folderPath)
            var diagnostics: [Diagnostic] = []
            var folder: ReportFolder?
            do {
                let opened = try ReportFolder(path: folderPath)
                folder = opened
                let loaded = try ReportLoader(options: .init(sourceDateEpoch: options.sourceDateEpoch)).load(folder: opened)
                diagnostics = loaded.warnings + (try sessions.session(for: loaded)).uncovered(loaded.texts)
            } catch let failure as LoadFailure {
                diagnostics = failure.diagnostics
            } catch let d as Diagnostic {
                diagnostics = [d]
            } catch {
                diagnostics = [Diagnostic(.error, at: SourceLocation(file: folderPath), Messages.buildFailed("\(error)"))]
            }
            if options.warningsAsErrors { diagnostics = diagnostics.map(ReportBuild.promoted) }
            if let folder { diagnostics = SourceLines(folder: folder).attach(to: diagnostics) }
            let failed = diagnostics.contains { $0.severity == .error }
            return ReportResult(folder: folderPath, name: name, status: failed ? .failed : .checked, failure: failed ? .input : nil,
                                diagnostics: diagnostics,
                                seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
    }
}
