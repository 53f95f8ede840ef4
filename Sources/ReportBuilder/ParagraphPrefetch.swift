import ChartLayout
import Drawing
import Foundation

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
/// let prefetch = ParagraphPrefetch(paragraphs, measurer: helper, width: w, style: style)
/// let block = prefetch.take(index) ?? TextLayouter(measurer: own).layout(spans, width: w, style: style)
/// prefetch.finish()
/// ```
final class ParagraphPrefetch: @unchecked Sendable {
    private enum Slot {
        case working
        case done(TextBlock)
        /// The layout's own thread took it.
        case taken
    }
    private let condition = NSCondition()
    private var slots: [Int: Slot] = [:]
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    /// Starts laying out `paragraphs` (block index and styled text) from the last, each at
    /// `width` in `style`, with `measurer`, which nothing else may use meanwhile.
    init(_ paragraphs: [(index: Int, spans: [TextSpan])], measurer: any TextMeasuring, width: Double, style: ParagraphStyle) {
        let work = Work(paragraphs: paragraphs, layouter: TextLayouter(measurer: measurer))
        let thread = Thread { [self] in
            defer { finished.signal() }
            for paragraph in work.paragraphs.reversed() {
                condition.lock()
                let free = !stopped && slots[paragraph.index] == nil
                if free { slots[paragraph.index] = .working }
                condition.unlock()
                guard free else { return }
                let block = work.layouter.layout(paragraph.spans, width: width, style: style)
                condition.lock()
                slots[paragraph.index] = .done(block)
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.start()
    }

    /// What the thread is handed: its own measurer and the paragraphs' text.
    private struct Work: @unchecked Sendable {
        let paragraphs: [(index: Int, spans: [TextSpan])]
        let layouter: TextLayouter
    }

    /// The paragraph at block `index` when the second thread laid it out (waiting for it if it is
    /// at work on it); nil when the caller is to lay it out, which the second thread then leaves.
    func take(_ index: Int) -> TextBlock? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            switch slots[index] {
            case .done(let block):
                slots[index] = .taken
                return block
            case .working:
                condition.wait()
            case .taken, nil:
                slots[index] = .taken
                return nil
            }
        }
    }

    /// Stops the second thread and waits for it to end.
    func finish() {
        condition.lock()
        stopped = true
        condition.unlock()
        finished.wait()
    }
}
