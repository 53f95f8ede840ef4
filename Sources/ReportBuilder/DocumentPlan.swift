/// What is known about a report before any page exists: the anchor of every heading and the
/// number of every figure, in reading order.
///
/// Numbers are counted once here so the TOC, captions and outline cannot disagree.
struct DocumentPlan {
    /// A heading with the named destination that TOC entries and bookmarks jump to.
    struct Heading: Equatable {
        var level: Int
        var title: String
        var anchor: String
        var blockIndex: Int
    }

    var headings: [Heading] = []
    /// Figure number by figure id: charts and tables counted separately ("그림 2", "표 1").
    var figureNumbers: [String: Int] = [:]

    init(blocks: [Block]) {
        var pictures = 0, tables = 0
        // Indices count blocks in reading order, a columns block before the blocks it holds.
        for (index, block) in Block.flattened(blocks).enumerated() {
            switch block {
            case .heading(let level, let text):
                headings.append(Heading(level: level, title: text.map(\.text).joined(), anchor: "sec-\(headings.count + 1)",
                                        blockIndex: index))
            case .figure(let figure):
                if figure.isTable { tables += 1; figureNumbers[figure.id] = tables } else { pictures += 1; figureNumbers[figure.id] = pictures }
            default: break
            }
        }
    }

    /// The heading's anchor for the block at `index`, if that block is a heading.
    func anchor(forBlock index: Int) -> String? { headings.first { $0.blockIndex == index }?.anchor }

    /// The anchor of a figure, for links and bookmarks.
    static func figureAnchor(_ id: String) -> String { Figure.anchor(id: id) }
}
