import CairoRendering
import Drawing
import Foundation
import ReportBuilder

/// Builds and shapes pages on a second thread while the calling thread draws them: page
/// building (table rows, running headers) and shaping each line took a third of a long
/// report's drawing time, and the second core sat idle once the figure helper finished.
///
/// The shaping thread uses only the layout and its own ``PageShaper``; the drawing thread uses
/// only the renderer. A few pages wait between them at most, so memory stays as flat as
/// drawing each page as it is built.
///
/// ```swift
/// try PagePipeline.run(paged, shaper: shaper) { page, shaped in try pdf.add(page, shaped: shaped) }
/// ```
enum PagePipeline {
    /// Pages built but not yet drawn, at most.
    static let depth = 4

    /// Hands every page of `pages`, with its lines shaped by `shaper`, to `draw` on this thread,
    /// in order. The first error on either side stops both and is rethrown here, after the
    /// shaping thread has stopped.
    static func run(_ pages: DocumentPages, shaper: @escaping () throws -> PageShaper,
                    draw: (Page, ShapedPage) throws -> Void) throws {
        let channel = Channel(capacity: depth)
        // Only the shaping thread touches the layout and the shaper until `finished` is signalled.
        let work = Unchecked(pages: pages, shaper: shaper)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { finished.signal() }
            do {
                let shaper = try work.shaper()
                try work.pages.forEach { page in try channel.put(.page(page, try shaper.shape(page.frame))) }
                try channel.put(.end)
            } catch is Channel.Cancelled {
                // The drawing side stopped first and rethrows its own error.
            } catch {
                try? channel.put(.failure(error))
            }
        }
        // Page building recurses through nested groups and table pieces: give it a main thread's stack.
        thread.stackSize = 8 << 20
        thread.start()
        defer { finished.wait() }
        do {
            while true {
                switch channel.take() {
                case .page(let page, let shaped): try draw(page, shaped)
                case .end: return
                case .failure(let error): throw error
                }
            }
        } catch {
            channel.cancel()
            throw error
        }
    }

    private enum Message {
        case page(Page, ShapedPage)
        case end
        case failure(Error)
    }

    /// What the shaping thread is handed; it is the only thread to use them while it runs.
    private struct Unchecked: @unchecked Sendable {
        let pages: DocumentPages
        let shaper: () throws -> PageShaper
    }

    /// A bounded queue between the two threads; `cancel` releases a producer waiting for room.
    private final class Channel: @unchecked Sendable {
        struct Cancelled: Error {}
        private let condition = NSCondition()
        private var queue: [Message] = []
        private var cancelled = false
        private let capacity: Int

        init(capacity: Int) { self.capacity = capacity }

        func put(_ message: Message) throws {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= capacity && !cancelled { condition.wait() }
            if cancelled { throw Cancelled() }
            queue.append(message)
            condition.broadcast()
        }

        func take() -> Message {
            condition.lock()
            defer { condition.unlock() }
            while queue.isEmpty { condition.wait() }
            let message = queue.removeFirst()
            condition.broadcast()
            return message
        }

        func cancel() {
            condition.lock()
            cancelled = true
            queue.removeAll()
            condition.broadcast()
            condition.unlock()
        }
    }
}
