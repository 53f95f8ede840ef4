/// The report's figures by id, numbered as captions number them, for `{{ ref("…") }}`.
///
/// Read from the spec before any block, so a sentence may cite a figure that comes after it.
///
/// ```swift
/// var index = FigureIndex()
/// index.add(id: "private-investment", isTable: false)   // 그림 1
/// index.add(id: "llm-comparison", isTable: true)        // 표 1
/// index["private-investment"]?.number                   // 1
/// ```
struct FigureIndex: Equatable {
    /// One figure: whether it counts among tables, and its number among its kind.
    struct Entry: Equatable {
        var isTable: Bool
        var number: Int
    }

    private var entries: [String: Entry] = [:]
    /// The ids in reading order, for messages.
    private(set) var ids: [String] = []
    private var pictures = 0, tables = 0

    /// Counts the next figure in reading order; an id seen before keeps its first number (the
    /// second is an error of its own, `spec.duplicate-id`).
    mutating func add(id: String, isTable: Bool) {
        guard entries[id] == nil else { return }
        if isTable { tables += 1 } else { pictures += 1 }
        entries[id] = Entry(isTable: isTable, number: isTable ? tables : pictures)
        ids.append(id)
    }

    /// The figure with `id`, if the report has one.
    subscript(id: String) -> Entry? { entries[id] }

    /// Every figure's number by id.
    var numbers: [String: Int] { entries.mapValues(\.number) }
}
