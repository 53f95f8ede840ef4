import Foundation

/// A value shared between threads, reached only under its lock, with waiting for a change.
///
/// The one place the engine's threads meet: the page pipeline's queue, the paragraph
/// prefetch's slots, the worker pool's batches and results are each a `Monitor` of a plain
/// value, so none of them holds a lock or a condition of its own.
///
/// ```swift
/// let queue = Monitor<[Int]>([])
/// queue.update { $0.append(1) }                      // wakes every waiter
/// let first = queue.wait(until: { !$0.isEmpty }) { $0.removeFirst() }
/// ```
final class Monitor<State>: @unchecked Sendable {
    // @unchecked: `state` is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var state: State

    init(_ state: State) { self.state = state }

    /// Reads or changes the value under the lock, then wakes every waiter.
    @discardableResult
    func update<R>(_ body: (inout State) throws -> R) rethrows -> R {
        condition.lock()
        defer { condition.broadcast(); condition.unlock() }
        return try body(&state)
    }

    /// Waits until `ready` holds, then runs `body` under the same lock and wakes every waiter.
    @discardableResult
    func wait<R>(until ready: (State) -> Bool, then body: (inout State) throws -> R) rethrows -> R {
        condition.lock()
        defer { condition.broadcast(); condition.unlock() }
        while !ready(state) { condition.wait() }
        return try body(&state)
    }

    /// A copy of the value.
    var value: State { update { $0 } }
}
