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
        let channel = Monitor(Channel())
        let side = SideThread(handing: (pages, shaper)) { pages, makeShaper in
            do {
                let shaper = try makeShaper()
                try pages.forEach { page in try put(.page(page, try shaper.shape(page.frame)), into: channel) }
                try put(.end, into: channel)
            } catch is Cancelled {
                // The drawing side stopped first and rethrows its own error.
            } catch {
                try? put(.failure(error), into: channel)
            }
        }
        defer { side.join() }
        do {
            while true {
                let message = channel.wait(until: { !$0.queue.isEmpty }) { $0.queue.removeFirst() }
                switch message {
                case .page(let page, let shaped): try draw(page, shaped)
                case .end: return
                case .failure(let error): throw error
                }
            }
        } catch {
            channel.update { $0.cancelled = true; $0.queue.removeAll() }
            throw error
        }
    }

    /// Waits for room, unless the drawing side has stopped.
    private static func put(_ message: Message, into channel: Monitor<Channel>) throws {
        try channel.wait(until: { $0.queue.count < depth || $0.cancelled }) { state in
            if state.cancelled { throw Cancelled() }
            state.queue.append(message)
        }
    }

    private enum Message {
        case page(Page, ShapedPage)
        case end
        case failure(Error)
    }

    /// The pages between the two threads, and whether the drawing side gave up.
    private struct Channel {
        var queue: [Message] = []
        var cancelled = false
    }

    private struct Cancelled: Error {}
}
