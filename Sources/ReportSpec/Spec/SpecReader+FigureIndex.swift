import Yams

extension SpecReader {
    /// Block kinds that are not figures; every other kind (`chart`, `table`, `map`, and any
    /// added later) is one, numbered as a table when it is `table`, as a picture otherwise.
    static let textBlockKinds: Set<String> = ["heading", "paragraph", "list", "numbered", "quote", "key-figures", "sidebar",
                                              "contents", "rule", "page-break", "multi-column"]

    /// The body's figures in reading order, as the document plan numbers them (a `multi-column`
    /// block's figures where they stand among its blocks), read from the YAML before any block is:
    /// a paragraph may cite a figure further on. A block too malformed to tell its kind and id
    /// is skipped here; its reader reports it.
    static func figureIndex(_ body: SpecNode?) -> FigureIndex {
        var index = FigureIndex()
        guard let body, case .sequence(let items) = body.node else { return index }
        collect(items, into: &index)
        return index
    }

    private static func collect(_ items: Node.Sequence, into index: inout FigureIndex) {
        for item in items {
            guard case .mapping(let m) = item else { continue }
            let kinds = m.compactMap { key, value -> (String, Node)? in
                guard let k = key.scalar?.string, ReportLoader.blockKinds.contains(k) else { return nil }
                return (k, value)
            }
            guard kinds.count == 1, let (kind, value) = kinds.first else { continue }
            if kind == "multi-column" {
                for (key, inner) in m where key.scalar?.string == "blocks" {
                    if case .sequence(let blocks) = inner { collect(blocks, into: &index) }
                }
            } else if !textBlockKinds.contains(kind), let id = value.scalar?.string {
                index.add(id: id, isTable: kind == "table")
            }
        }
    }
}
