import Foundation

extension Engine {
    /// Stops every helper process and removes every temporary file of builds in progress, then
    /// ends the process with `status`: for a program interrupted by SIGINT or SIGTERM, so an
    /// interrupted build leaves its previous output as it was and nothing half-written.
    public static func removeTemporaryFilesAndExit(status: Int32) -> Never {
        TempFileRegistry.shared.removeAllAndExit(status: status)
    }

    /// Writes `bytes` to `path` under a temporary name and renames it into place (leaving the
    /// file alone if it already holds these bytes); throws an ``OutputError`` naming the reason.
    public static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let batch = OutputBatch()
        defer { batch.discard() }
        try batch.write(bytes, to: path)
        try batch.commit()
    }
}
