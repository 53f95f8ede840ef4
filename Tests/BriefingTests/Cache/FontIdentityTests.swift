#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport
@testable import Briefing

/// How the engine's font folder is named in a stamp: by its manifest, or by its fonts' bytes.
@Suite("font identity")
struct FontIdentityTests {
    func sha(_ text: String) -> String { SHA256.hash(Array(text.utf8)).description }

    func folder(_ files: [String: String]) throws -> String {
        let root = try PackagePaths.temporaryFolder("font-identity")
        for (name, text) in files {
            try FileManager.default.createDirectory(atPath: (root + "/" + name as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test("the bundled folder is its manifest's files and sums, in the manifest's order")
    func bundledManifest() throws {
        let manifest = try String(contentsOfFile: PackagePaths.fonts + "/manifest.tsv", encoding: .utf8)
        let expected = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t")
            return FileDigest(path: String(fields[0]), sha256: String(fields[1]))
        }
        #expect(expected.count == 2)
        #expect(FontIdentity.identity(of: PackagePaths.fonts) == expected)
    }

    @Test("a folder without a manifest is every font file's bytes, subfolders included, other files left out")
    func withoutManifest() throws {
        let root = try folder(["b.ttf": "bee", "a.otf": "ay", "more/c.TTC": "sea", "README.md": "fonts", "more/notes.txt": "x"])
        #expect(FontIdentity.identity(of: root) == [
            FileDigest(path: "a.otf", sha256: sha("ay")), FileDigest(path: "b.ttf", sha256: sha("bee")),
            FileDigest(path: "more/c.TTC", sha256: sha("sea")),
        ])
    }

    @Test("a manifest's missing file gets no digest, and a font it does not list is added by its bytes")
    func manifestAndFolderDisagree() throws {
        let root = try folder([
            "manifest.tsv": "# file\tsha256\tsource\nlisted.ttf\t\(sha("listed"))\tsomewhere\ngone.ttf\t\(sha("gone"))\tsomewhere\n",
            "listed.ttf": "not what the manifest says", "extra.otf": "extra",
        ])
        #expect(FontIdentity.identity(of: root) == [
            FileDigest(path: "listed.ttf", sha256: sha("listed")), FileDigest(path: "gone.ttf", sha256: nil),
            FileDigest(path: "extra.otf", sha256: sha("extra")),
        ])
    }

    @Test("a FIFO named like a font is left out, not opened", .timeLimit(.minutes(1)))
    func fifo() throws {
        let root = try folder(["a.ttf": "ay"])
        #expect(mkfifo(root + "/pipe.ttf", 0o644) == 0)
        #expect(FontIdentity.identity(of: root) == [FileDigest(path: "a.ttf", sha256: sha("ay"))])
    }

    @Test("a folder is hashed once per process: a later change is not seen by the memo")
    func oncePerProcess() throws {
        let root = try folder(["a.ttf": "ay"])
        let first = FontIdentity.of(root)
        try "changed".write(toFile: root + "/a.ttf", atomically: true, encoding: .utf8)
        #expect(FontIdentity.of(root) == first)
        #expect(FontIdentity.identity(of: root) != first)
    }
}
