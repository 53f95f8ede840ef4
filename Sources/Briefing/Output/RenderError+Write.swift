import CairoRendering

extension RenderError {
    /// Whether the failure was writing a file (a full disk, a file-size limit), which is the
    /// output's problem and not the report's.
    var isWriteFailure: Bool {
        if case .write = self { return true }
        if case .cairo(_, let status) = self, status.contains("write") || status.contains("error while writing") { return true }
        return false
    }
}
