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

/// A fresh temporary copy of `Fuzz/fixtures/<name>`, the same fixture the regression test replays over.
public func fixtureCopy(_ name: String) -> String {
    var fuzz = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { fuzz.deleteLastPathComponent() }   // Sources/FuzzSupport/Fixtures.swift
    let target = NSTemporaryDirectory() + "briefing-fuzz-\(name)-\(getpid())"
    try? FileManager.default.removeItem(atPath: target)
    try? FileManager.default.copyItem(atPath: fuzz.appendingPathComponent("fixtures/\(name)").path, toPath: target)
    return target
}
