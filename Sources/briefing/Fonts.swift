import ArgumentParser
import CairoRendering
import Foundation
import ReportSpec

/// `briefing fonts [folder]`: the font set, and what of a report's text each face covers.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the fonts rendering uses; with a report folder, which of its characters each face covers.")

    @Argument(help: "A report folder to check its text against the fonts.")
    var folder: String?

    @Option(help: "Folder of fonts.")
    var fonts: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        do {
            let dir = try FontLocator.locate(option: fonts, environment: env)
            var dirs = [dir]
            var texts: [Located<String>] = []
            if let folder {
                let loaded = try ReportLoader(options: .init(sourceDateEpoch: env["SOURCE_DATE_EPOCH"].flatMap(Int.init))).load(folder: folder)
                texts = loaded.texts
                let own = loaded.folder.resolved + "/fonts"
                if FileManager.default.fileExists(atPath: own) { dirs.append(own) }
            }
            let set = try FontSet(directories: dirs, cacheDirectory: try FontLocator.cacheDirectory(environment: env))
            let characters = Set(texts.flatMap { $0.value.unicodeScalars }.filter { $0.properties.generalCategory != .control && $0 != " " })
            for face in set.faces {
                var line = "\(face.family) \(face.style)  \(face.file) #\(face.index)"
                if folder != nil {
                    let covered = characters.filter { set.face(file: face.file, index: face.index, covers: [$0]) }.count
                    line += "  covers \(covered) of \(characters.count) characters"
                }
                print(line)
            }
            if folder != nil {
                let missing = characters.filter { !set.covers($0) }.sorted { $0.value < $1.value }
                print(missing.isEmpty ? "every character of the report has a glyph"
                                      : "no glyph: " + missing.map { "'\(Character($0))' U+\(String($0.value, radix: 16, uppercase: true))" }.joined(separator: ", "))
                if !missing.isEmpty { throw ExitCode(1) }
            }
        } catch let f as LoadFailure {
            f.diagnostics.forEach { Terminal.printError($0.description) }
            throw ExitCode(1)
        } catch let d as Diagnostic {
            Terminal.printError(d.description)
            throw ExitCode(1)
        }
    }
}
