import Briefing
import Foundation

/// Widths without fonts, so layout runs at full speed under the fuzzer.
public struct FlatMeasurer: TextMeasuring {
    public init() {}
    public func width(of text: String, font: Font) -> Double { Double(text.unicodeScalars.count) * font.size * 0.6 }
    public func metrics(of font: Font) -> FontMetrics { FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2) }
}

/// Writes `bytes` to `path`, replacing it (a fuzz input into a fixture folder).
public func writeFile(_ path: String, _ bytes: [UInt8]) {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// The main package's folder (this file is Fuzz/Sources/FuzzSupport/Fixtures.swift in it).
public func packageFolder() -> String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}

/// A fresh temporary copy of `Fuzz/fixtures/<name>`, the same fixture the regression test replays over.
public func fixtureCopy(_ name: String) -> String {
    let target = scratchFolder("fixture-\(name)")
    try? FileManager.default.removeItem(atPath: target)
    try? FileManager.default.copyItem(atPath: packageFolder() + "/Fuzz/fixtures/\(name)", toPath: target)
    return target
}

/// An empty temporary folder of this process's own, named for `purpose`.
public func scratchFolder(_ purpose: String) -> String {
    let folder = NSTemporaryDirectory() + "briefing-fuzz-\(purpose)-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}
