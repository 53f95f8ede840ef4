/// Messages about building: fonts, processes, layout and output (kept beside ``Messages``, in the same style).
extension Messages {
    // MARK: Build
    public static func layoutFailed(_ text: String) -> Message { Message("layout.does-not-fit", text) }
    public static func brokenGroup(_ where: String) -> Message {
        Message("layout.broken-group", "the paragraph could not be set without parting '약' from its number: '\(`where`)'",
                notes: [DiagnosticNote(help: "reword the sentence, or move the bracketed amount, so that the line before it is not left loose")])
    }
    public static func buildProcessFailed(_ text: String) -> Message { Message("build.process-failed", text) }
    public static func buildFailed(_ text: String) -> Message { Message("build.failed", text) }
    public static func outputFailed(_ text: String) -> Message { Message("output.cannot-write", text) }
    public static func chartTallerThanCanvas(needed: Int, given: Int) -> Message {
        Message("chart.taller-than-canvas", "the chart needs \(needed) pt of height but --size gives \(given); the file is taller than asked")
    }
    public static func noFontFolder(looked: [String]) -> Message {
        Message("font.no-folder", "no font folder found; looked in \(looked.joined(separator: ", "))",
                notes: [DiagnosticNote(help: "run `make setup` to install the bundled fonts into Fonts/, or pass --fonts DIR or set BRIEFING_FONTS")])
    }
    public static func nameClash(_ name: String, folders: [String]) -> Message {
        Message("build.name-clash", "\(folders.count) report folders are named '\(name)' (\(folders.joined(separator: ", "))); their outputs would overwrite each other",
                notes: [DiagnosticNote(help: "build them into different --out folders, or pass --qualified-names to name outputs after the parent folder too")])
    }
    public static let scaffoldFolderNotEmpty = Message("scaffold.folder-not-empty",
        "the folder exists and is not empty; init never overwrites files")
    public static func noFontsIn(_ path: String, givenBy: String) -> Message {
        Message("font.empty-folder", "\(givenBy) names \(path), which holds no font files (.ttc, .otf or .ttf)")
    }
}
