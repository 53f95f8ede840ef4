import ArgumentParser

/// The `briefing` command: report folders in, PDF and standalone figures out.
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Build Korean-ready briefing PDFs and slide-ready chart SVGs from report folders.",
        discussion: """
            Exit codes: 0 success, 1 a report has errors (messages on stderr as path:line:column: error: …), \
            3 the output could not be written, 64 wrong usage.
            """,
        version: BuildInfo.versionLine,
        subcommands: [Build.self, Chart.self, Check.self, Watch.self, Init.self, Fonts.self, Worker.self])
}
