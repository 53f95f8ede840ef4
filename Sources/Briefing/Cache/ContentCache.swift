import ReportSpec

/// The content cache for one build of a report: whether the stamp of its last build still
/// stands for its inputs, and the stamp a new build leaves.
///
/// A build is keyed by content alone: the bytes of every file it read from the report folder
/// and of its `fonts/` folder, the engine's fonts (see ``FontIdentity``), the program (see
/// ``ProgramIdentity``) and the options that change the output. Times, sizes and paths outside
/// the folder play no part, so a fresh checkout or a CI runner with a restored output folder
/// finds its reports up to date, and a file in the folder that the spec does not name never
/// causes a rebuild.
///
/// ```swift
/// let cache = ContentCache(folder: folder, fontFolder: engine.fontFolder, options: options.outputAffecting)
/// if let stamp = BuildStamp.read(stampPath), cache.isCurrent(stamp) { /* replay the stamp */ }
/// ```
struct ContentCache {
    let folder: ReportFolder
    let fontFolder: String
    let options: [String]
    /// ``ProgramIdentity/current(memo:)`` and ``FontIdentity/of(_:)``, found before the build
    /// rather than after it: a process reads its program and fonts at most once either way, but
    /// this way a build's outputs appear only once it has, so whoever waits for them (`watch`
    /// polling again, a script) is not kept waiting behind the stamp.
    let program: String
    let fonts: [FileDigest]
    /// The report's `fonts/` folder as it was before the build: a change during the build then
    /// makes the next build's check fail rather than pass.
    let reportFonts: [FileDigest]?

    /// The cache of a build of `folder` over the fonts in `fontFolder` with `options`;
    /// `programMemo` may know the program's digest already.
    init(folder: ReportFolder, fontFolder: String, options: [String], programMemo: ExecutableDigestMemo? = nil) {
        self.folder = folder; self.fontFolder = fontFolder; self.options = options
        program = ProgramIdentity.current(memo: programMemo)
        fonts = FontIdentity.of(fontFolder)
        reportFonts = folder.fontsDigests()
    }

    /// Whether `stamp` stands for a build of the inputs as they are now: the same program, fonts
    /// and options, and every file the stamp names read again (through the folder, so none
    /// outside it) with the same bytes.
    func isCurrent(_ stamp: BuildStamp) -> Bool {
        guard stamp.program == program, stamp.options == options, !stamp.files.isEmpty else { return false }
        switch (reportFonts, stamp.reportFonts) {
        case (nil, nil): break
        case let (now?, then?): guard FileDigest.same(now, as: then) else { return false }
        default: return false
        }
        return FileDigest.same(fonts, as: stamp.fonts)
            && FileDigest.same(stamp.files.map { folder.digest(of: $0.path) }, as: stamp.files)
    }

    /// The stamp of a build that read `snapshot` and wrote `outputs`: every file is hashed from
    /// the bytes the build read, in memory, never read again.
    func stamp(read snapshot: InputSnapshot, outputs: [String], pages: Int, warnings: [Diagnostic]) -> BuildStamp {
        let files = snapshot.files.map { FileDigest(path: $0.key, sha256: SHA256.hash($0.value).description) }
            .sorted { $0.path < $1.path }
        return BuildStamp(program: program, fonts: fonts, options: options,
                          files: files, reportFonts: reportFonts, outputs: outputs, pages: pages, warnings: warnings)
    }
}
