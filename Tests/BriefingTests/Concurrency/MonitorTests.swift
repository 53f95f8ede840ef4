import Testing
@testable import Briefing

@Suite("monitor and side thread")
struct MonitorTests {
    @Test("a side thread's updates reach a waiter, in order, and the join waits for the last")
    func producerConsumer() {
        let queue = Monitor<[Int]>([])
        let side = SideThread(handing: 1_000) { count in
            for i in 0..<count { queue.update { $0.append(i) } }
        }
        var received: [Int] = []
        while received.count < 1_000 {
            received.append(queue.wait(until: { !$0.isEmpty }) { $0.removeFirst() })
        }
        side.join()
        #expect(received == Array(0..<1_000))
        #expect(queue.value.isEmpty)
    }

    @Test("several side threads updating one value lose no update")
    func noLostUpdates() {
        let total = Monitor(0)
        let threads = (0..<4).map { _ in SideThread(handing: ()) { _ in for _ in 0..<10_000 { total.update { $0 += 1 } } } }
        threads.forEach { $0.join() }
        #expect(total.value == 40_000)
    }
}
