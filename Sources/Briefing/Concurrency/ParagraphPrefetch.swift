import ChartLayout
import Drawing
import Foundation
import ReportBuilder

/// Lays out a report's paragraphs on a second thread, from the last one backwards, while the
/// layout works forwards through the blocks: line breaking Korean prose was most of the time
/// before the first page could be drawn. Each paragraph is laid out once, by whichever thread
/// reaches it first; where they meet, the second thread stops.
///
/// The second thread measures with a measurer of its own (its own font engine): measurers are
/// not safe to share between threads, and one over the same fonts measures the same widths, so
/// the lines are the ones the layout would have broken itself.
///
/// ```swift
/// let prefetch = ParagraphPrefetch(layout.paragraphJobs, measurer: own)
/// let pages = try layout.pages(prelaid: prefetch.take)
/// prefetch.finish()
/// ```
final class ParagraphPrefetch: Sendable {
    /// Paragraphs from which a second thread is worth starting.
    static let worthwhile = 48

    private enum Slot {
        case working
        case done(TextBlock)
        /// The layout's own thread took it.
        case taken
    }
    private struct Slots {
        var byIndex: [Int: Slot] = [:]
        var stopped = false
    }
    private let slots = Monitor(Slots())
    private let side: SideThread?

    /// Starts laying out `jobs` from the last, with `measurer`, which nothing else may use meanwhile.
    init(_ jobs: [ParagraphJob], measurer: any TextMeasuring) {
        let slots = slots
        side = SideThread(handing: measurer) { measurer in
            for job in jobs.reversed() {
                let free = slots.update { state -> Bool in
                    guard !state.stopped, state.byIndex[job.index] == nil else { return false }
                    state.byIndex[job.index] = .working
                    return true
                }
                guard free else { return }
                let block = job.layOut(with: measurer)
                slots.update { $0.byIndex[job.index] = .done(block) }
            }
        }
    }

    /// The paragraph at block `index` when the second thread laid it out (waiting for it if it is
    /// at work on it); nil when the caller is to lay it out, which the second thread then leaves.
    func take(_ index: Int) -> TextBlock? {
        slots.wait(until: { state in
            if case .working = state.byIndex[index] { return false }
            return true
        }) { state in
            defer { state.byIndex[index] = .taken }
            if case .done(let block) = state.byIndex[index] { return block }
            return nil
        }
    }

    /// Stops the second thread and waits for it to end.
    func finish() {
        slots.update { $0.stopped = true }
        side?.join()
    }
}
