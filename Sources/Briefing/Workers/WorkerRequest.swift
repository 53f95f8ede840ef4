import Foundation
import ReportSpec

/// What the engine asks of a worker process, on the worker's standard input or in a request
/// file: one JSON line, then (for figures) the bytes of every input file the parent read.
enum WorkerRequest: Codable {
    /// Build these report folders one after another and answer with their results.
    case build(folders: [String], options: BuildOptions, fontDir: String)
    /// Draw these figures of a report loaded from the snapshot that follows.
    case figures(FiguresJob)

    /// The figure files of one report, drawn while the parent writes the PDF.
    struct FiguresJob: Codable {
        /// The report folder as named, and with its links resolved: the snapshot stands for its files.
        var folder: String
        var resolvedFolder: String
        /// The private folder to write into, shared with the parent.
        var dir: String
        /// The folder of the files the build would replace: a file there with the same bytes is
        /// listed as unchanged instead of written.
        var current: String
        var fontDir: String
        var options: BuildOptions
    }

    /// Writes the request, and `snapshot` after it, to `handle`.
    func send(to handle: FileHandle, snapshot: [String: [UInt8]] = [:]) throws {
        try handle.write(contentsOf: try encoded(snapshot: snapshot))
    }

    /// The request as a JSON line, then `snapshot`: each file's path and byte counts on a line,
    /// then its path and bytes.
    func encoded(snapshot: [String: [UInt8]] = [:]) throws -> [UInt8] {
        var bytes = Array(try JSONEncoder().encode(self))
        bytes.append(0x0A)
        bytes += Array("\(snapshot.count)\n".utf8)
        for (path, content) in snapshot.sorted(by: { $0.key < $1.key }) {
            let name = Array(path.utf8)
            bytes += Array("\(name.count) \(content.count)\n".utf8)
            bytes += name
            bytes += content
        }
        return bytes
    }

    /// Reads a request and its snapshot from `bytes`, all of a worker's standard input.
    static func receive(_ bytes: [UInt8]) throws -> (WorkerRequest, [String: [UInt8]]) {
        var reader = Reader(bytes: bytes)
        let request = try JSONDecoder().decode(WorkerRequest.self, from: Data(try reader.line()))
        var snapshot: [String: [UInt8]] = [:]
        guard let count = Int(String(decoding: try reader.line(), as: UTF8.self)) else { throw Malformed() }
        for _ in 0..<count {
            let sizes = String(decoding: try reader.line(), as: UTF8.self).split(separator: " ").compactMap { Int($0) }
            guard sizes.count == 2 else { throw Malformed() }
            let name = String(decoding: try reader.take(sizes[0]), as: UTF8.self)
            snapshot[name] = Array(try reader.take(sizes[1]))
        }
        return (request, snapshot)
    }

    struct Malformed: Error {}

    private struct Reader {
        let bytes: [UInt8]
        var at = 0
        mutating func line() throws -> ArraySlice<UInt8> {
            guard let end = bytes[at...].firstIndex(of: 0x0A) else { throw Malformed() }
            defer { at = end + 1 }
            return bytes[at..<end]
        }
        mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
            guard n >= 0, n <= bytes.count - at else { throw Malformed() }
            defer { at += n }
            return bytes[at..<(at + n)]
        }
    }
}
