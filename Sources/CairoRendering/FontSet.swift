import CFontconfig
import Drawing

/// The fonts rendering may use: the files in given folders and nothing else on the machine.
///
/// Owns a private fontconfig configuration, so the same report renders the same on any
/// machine whatever fonts it has installed.
///
/// ```swift
/// let fonts = try FontSet(directories: ["Fonts"], cacheDirectory: "/tmp/briefing-cache")
/// fonts.uncoveredScalars(in: "중국 AI 🚀")   // ["🚀"]
/// ```
public final class FontSet {
    /// The family every generic or unknown family falls back to.
    public let defaultFamily: String
    /// The folders scanned, in order.
    public let directories: [String]
    let config: OpaquePointer
    private var charsets: [OpaquePointer] = []
    private var coverageCache: [Unicode.Scalar: Bool] = [:]

    /// Loads every font file in `directories` into a configuration of its own.
    ///
    /// - Parameter cacheDirectory: where fontconfig keeps its scan cache; without one it rescans each run.
    public convenience init(directories: [String], cacheDirectory: String, defaultFamily: String = "Noto Sans CJK KR") throws {
        let dirs = directories.map { "<dir>\($0.xmlEscaped)</dir>" }.joined()
        try self.init(body: dirs + "<cachedir>\(cacheDirectory.xmlEscaped)</cachedir>", files: [], directories: directories,
                      defaultFamily: defaultFamily)
    }

    /// Every font file in `directories`, plus exactly the font `files` named (not scanned: a
    /// report's own fonts, each checked to be a file inside the report folder).
    public convenience init(directories: [String], files: [String], cacheDirectory: String, defaultFamily: String = "Noto Sans CJK KR") throws {
        let dirs = directories.map { "<dir>\($0.xmlEscaped)</dir>" }.joined()
        try self.init(body: dirs + "<cachedir>\(cacheDirectory.xmlEscaped)</cachedir>", files: files, directories: directories + files,
                      defaultFamily: defaultFamily)
    }

    /// A font set of exactly these files (no folder scan, so no cache is needed): for subset fonts made per document.
    public convenience init(files: [String], defaultFamily: String) throws {
        try self.init(body: "", files: files, directories: files, defaultFamily: defaultFamily)
    }

    private init(body: String, files: [String], directories: [String], defaultFamily: String) throws {
        guard let cfg = FcConfigCreate() else { throw RenderError.fontconfig("FcConfigCreate failed") }
        self.config = cfg
        self.directories = directories
        self.defaultFamily = defaultFamily
        // An empty config has no aliases: without this rule generic families resolve to the
        // first face of the collection (Japanese), so make the Korean face the fallback.
        let xml = """
            <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>\(body)
            <match target="pattern"><edit name="family" mode="append_last"><string>\(defaultFamily.xmlEscaped)</string></edit></match>
            </fontconfig>
            """
        guard FcConfigParseAndLoadFromMemory(cfg, xml, 1) != 0 else {
            FcConfigDestroy(cfg)
            throw RenderError.fontconfig("could not parse the font configuration")
        }
        for file in files where FcConfigAppFontAddFile(cfg, file) == 0 {
            FcConfigDestroy(cfg)
            throw RenderError.fontconfig("could not load \(file)")
        }
        guard FcConfigBuildFonts(cfg) != 0 else {
            FcConfigDestroy(cfg)
            throw RenderError.fontconfig("could not scan \(directories.joined(separator: ", "))")
        }
        loadCharsets()
        if charsets.isEmpty { throw RenderError.noFonts(directories: directories) }
    }

    deinit {
        FcConfigDestroy(config)
    }

    /// Makes an empty configuration fontconfig's process default, so that no library call ever
    /// loads the machine's fonts.conf or its fonts behind a FontSet's back.
    ///
    /// Call once at start-up, before any thread renders: swapping the process default later would
    /// free the old default under a thread that is still reading it.
    public static func isolateProcess() {
        guard let empty = FcConfigCreate() else { return }
        FcConfigBuildFonts(empty)
        FcConfigSetCurrent(empty)
        FcConfigDestroy(empty)   // the process default keeps its own reference
    }

    /// The font files in the set with their family names, sorted by path.
    public var faces: [(file: String, index: Int, family: String, style: String)] {
        var out: [(String, Int, String, String)] = []
        forEachFont { pattern in
            var index: Int32 = 0
            _ = FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
            out.append((string(pattern, FC_FILE) ?? "?", Int(index), string(pattern, FC_FAMILY) ?? "?", string(pattern, FC_STYLE) ?? "?"))
        }
        return out.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// The file and face index fontconfig picks for `font`, or nil when nothing matches.
    public func face(for font: Font) -> (file: String, index: Int)? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, font.family)
        FcPatternAddInteger(pattern, FC_WEIGHT, font.weight == .bold ? Int32(FC_WEIGHT_BOLD) : Int32(FC_WEIGHT_REGULAR))
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultMatch
        guard let match = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var index: Int32 = 0
        guard let file = string(match, FC_FILE), FcPatternGetInteger(match, FC_INDEX, 0, &index) == FcResultMatch else { return nil }
        return (file, Int(index))
    }

    /// True when the face at `file`/`index` has a glyph for every scalar in `scalars`.
    public func face(file: String, index: Int, covers scalars: Set<Unicode.Scalar>) -> Bool {
        var covered = false
        forEachFont { pattern in
            var idx: Int32 = -1
            guard !covered, string(pattern, FC_FILE) == file, FcPatternGetInteger(pattern, FC_INDEX, 0, &idx) == FcResultMatch,
                  Int(idx) == index else { return }
            var cs: OpaquePointer?
            guard FcPatternGetCharSet(pattern, FC_CHARSET, 0, &cs) == FcResultMatch, let cs else { return }
            covered = scalars.allSatisfy { $0 == " " || $0.properties.generalCategory == .control || FcCharSetHasChar(cs, FcChar32($0.value)) != 0 }
        }
        return covered
    }

    /// The scalars of `text` that no font in the set can draw, in order of first appearance.
    ///
    /// Whitespace and control characters are not drawn, so they never count as missing.
    public func uncoveredScalars(in text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            if s.value < 0x80 && s.value >= 0x20 && asciiCovered { continue }
            // Coverage first (cached per scalar): a Unicode property lookup per character was
            // most of the check's time on a long report.
            if covers(s) { continue }
            if s.properties.generalCategory == .control || s == " " || s == "\u{00A0}" { continue }
            if !out.contains(s) { out.append(s) }
        }
        return out
    }

    /// Printable ASCII is checked once: nearly every text is mostly ASCII and Hangul.
    private lazy var asciiCovered: Bool = (0x21..<0x7F).allSatisfy { covers(Unicode.Scalar(UInt8($0))) }

    /// True when some font in the set has a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        if let known = coverageCache[scalar] { return known }
        let found = charsets.contains { FcCharSetHasChar($0, FcChar32(scalar.value)) != 0 }
        coverageCache[scalar] = found
        return found
    }

    private func loadCharsets() {
        forEachFont { pattern in
            var cs: OpaquePointer?
            if FcPatternGetCharSet(pattern, FC_CHARSET, 0, &cs) == FcResultMatch, let cs {
                charsets.append(cs)   // owned by the pattern, which the config keeps alive
            }
        }
    }

    /// Every font pattern: scanned folders land in the system set, files added one by one in the application set.
    private func forEachFont(_ body: (OpaquePointer) -> Void) {
        for which in [FcSetSystem, FcSetApplication] {
            guard let set = FcConfigGetFonts(config, which) else { continue }
            let n = Int(set.pointee.nfont)
            guard n > 0, let fonts = set.pointee.fonts else { continue }
            for i in 0..<n {
                if let p = fonts[i] { body(p) }
            }
        }
    }

    private func string(_ pattern: OpaquePointer, _ key: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, key, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }
}
