import Testing
import TestSupport
@testable import Briefing

@Suite("paragraphs laid out on a second thread")
struct ParagraphPrefetchTests {
    static let style = ParagraphStyle(lineHeight: 18)
    static func jobs(_ count: Int) -> [ParagraphJob] {
        (0..<count).map {
            ParagraphJob(index: $0 * 2, spans: [TextSpan("가나다 라마바 사아자 \($0)", style: TextStyle(font: Font(family: "X", size: 10), color: .black))],
                         width: 40, style: style)
        }
    }

    @Test("each paragraph is taken once, from either thread, and is the one the caller would have laid out")
    func takenOnce() {
        let jobs = Self.jobs(300)
        let prefetch = ParagraphPrefetch(jobs, measurer: FixedAdvanceMeasurer())
        for job in jobs {
            if let block = prefetch.take(job.index) {
                #expect(block == job.layOut(with: FixedAdvanceMeasurer()))
            }
            // Asked again, a paragraph is the caller's: nothing is handed out twice.
            #expect(prefetch.take(job.index) == nil)
        }
        prefetch.finish()
    }

    @Test("the second thread works from the last paragraph, so a caller that waits gets the end from it")
    func fromTheEnd() {
        let jobs = Self.jobs(50)
        let prefetch = ParagraphPrefetch(jobs, measurer: FixedAdvanceMeasurer())
        // Taking the last one waits for it if it is in progress, and never lays it out twice.
        let last = prefetch.take(jobs[49].index)
        prefetch.finish()
        if let last { #expect(last == jobs[49].layOut(with: FixedAdvanceMeasurer())) }
    }

    @Test("finishing at once stops the thread and leaves every paragraph to the caller")
    func finishEarly() {
        let jobs = Self.jobs(1_000)
        let prefetch = ParagraphPrefetch(jobs, measurer: FixedAdvanceMeasurer())
        prefetch.finish()
        let taken = jobs.compactMap { prefetch.take($0.index) }.count
        #expect(taken < jobs.count)
    }
}
