/// Values a one-report process leaves for its end to reclaim: the operating system takes the
/// memory back at once, where freeing a long report's lines, frames and spec object by object
/// took 80 ms of a 1,379-page build. Never used for batches or `watch`, which build again.
enum ExitRetainer {
    private final class Kept {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    /// Keeps `values` alive until the process ends, on purpose: one retain that is never released.
    static func keep(_ values: [Any]) {
        _ = Unmanaged.passRetained(Kept(values))
    }
}
