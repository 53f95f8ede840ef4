import Foundation

/// Work that runs on a thread of its own while the caller goes on, and is joined before the
/// caller returns: the engine's only way of starting a thread.
///
/// What the work uses (a text engine, a measurer, a layout) is handed over whole: the thread
/// is its only user until ``join()`` returns, which is what makes passing it safe.
///
/// ```swift
/// let side = SideThread(handing: ownMeasurer) { measurer in prefetchParagraphs(with: measurer) }
/// … work on this thread …
/// side.join()
/// ```
final class SideThread: Sendable {
    private let finished = DispatchSemaphore(value: 0)

    /// A main thread's stack: page building recurses through nested groups and table pieces.
    static let stackSize = 8 << 20

    /// Starts `work` on a new thread with `handed`, which nothing else may use until ``join()``.
    init<Handed>(handing handed: Handed, _ work: @escaping (Handed) -> Void) {
        let parcel = Parcel(value: handed, work: work)
        let finished = finished
        let thread = Thread {
            parcel.work(parcel.value)
            finished.signal()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Waits for the work to end. Call it exactly once.
    func join() { finished.wait() }

    /// What crosses to the new thread: owned by it alone until the join.
    private struct Parcel<Handed>: @unchecked Sendable {
        let value: Handed
        let work: (Handed) -> Void
    }
}
