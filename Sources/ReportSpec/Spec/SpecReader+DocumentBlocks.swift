import ReportBuilder

/// Reads the document blocks of a spec body: lists, quotes, key figures, sidebars, rules, page
/// breaks and the table of contents. Every printed text is noted with its location.
///
/// ```yaml
/// - numbered: [베이징, {text: 선전, list: [화웨이 본사]}]
/// - key-figures: [{value: 6,000억 위안, label: 2023 중국 AI 산업 규모}]
/// - sidebar: 수상 소식
///   text: [첫 문단, "문의: [briefing@example.com](mailto:briefing@example.com)"]
/// - contents: 차례
/// - rule
/// - page-break
/// ```
extension SpecReader {
    /// Block kinds written as a bare word instead of a mapping.
    static let bareBlocks = ["rule", "page-break"]

    mutating func readList(_ node: SpecNode, key: String) throws -> ListBlock {
        let map = try node.mapping(key, allowed: [key])
        return try listItems(try map.required(key), ordered: key == "numbered", key: key)
    }

    private mutating func listItems(_ node: SpecNode, ordered: Bool, key: String) throws -> ListBlock {
        var items: [ListItem] = []
        for item in try node.sequence(key) {
            if case .scalar = item.node {
                // A bare item cites data and figures as any other text does.
                let text = try linkedProse(item, key)
                items.append(ListItem(markup(text, at: item.location)))
                continue
            }
            let map = try item.mapping("list item", allowed: ["text", "list", "numbered"])
            let textNode = try map.required("text")
            let text = try linkedProse(textNode, "text")
            if map["list"] != nil && map["numbered"] != nil {
                throw Diagnostic(.error, at: map.location, Messages.eitherKey("list", "numbered"))
            }
            var children: ListBlock? = nil
            if let sub = map["list"] { children = try listItems(sub, ordered: false, key: "list") }
            if let sub = map["numbered"] { children = try listItems(sub, ordered: true, key: "numbered") }
            items.append(ListItem(markup(text, at: textNode.location), children: children))
        }
        return ListBlock(ordered: ordered, items: items)
    }

    mutating func readQuote(_ node: SpecNode) throws -> Block {
        let map = try node.mapping("quote", allowed: ["quote"])
        let textNode = try map.required("quote")
        let text = Self.unwrapLines(try linkedProse(textNode, "quote"))
        return .quote(markup(text, at: textNode.location))
    }

    mutating func readKeyFigures(_ node: SpecNode) throws -> Block {
        let map = try node.mapping("key-figures", allowed: ["key-figures"])
        var figures: [KeyFigure] = []
        for item in try map.required("key-figures").sequence("key-figures") {
            let m = try item.mapping("key figure", allowed: ["value", "label"])
            let value = try m.required("value"), label = try m.required("label")
            let v = try prose(value, "value"), l = try prose(label, "label")
            addText(v, at: value.location); addText(l, at: label.location)
            figures.append(KeyFigure(value: v, label: l))
        }
        guard (1...6).contains(figures.count) else {
            throw Diagnostic(.error, at: map.location, Messages.expected("a list of 1 to 6 figures", for: "key-figures"))
        }
        return .keyFigures(figures)
    }

    mutating func readSidebar(_ node: SpecNode) throws -> Block {
        let map = try node.mapping("sidebar", allowed: ["sidebar", "text"])
        let titleNode = try map.required("sidebar")
        let title = try prose(titleNode, "sidebar")
        addText(title, at: titleNode.location)
        var paragraphs: [[Inline]] = []
        if let textNode = map["text"] {
            let nodes: [SpecNode]
            if case .scalar = textNode.node { nodes = [textNode] } else { nodes = try textNode.sequence("text") }
            for n in nodes {
                let text = Self.unwrapLines(try linkedProse(n, "text"))
                paragraphs.append(markup(text, at: n.location))
            }
        }
        return .sidebar(Sidebar(title: title.isEmpty ? nil : title, paragraphs: paragraphs))
    }

    mutating func readContents(_ node: SpecNode) throws -> Block {
        let map = try node.mapping("contents", allowed: ["contents", "depth"])
        let titleNode = try map.required("contents")
        let title = try titleNode.string("contents")
        addText(title, at: titleNode.location)
        let depth = try map["depth"]?.int("depth") ?? 2
        guard (1...3).contains(depth) else {
            throw Diagnostic(.error, at: map["depth"]?.location ?? map.location, Messages.expected("1, 2 or 3", for: "depth"))
        }
        return .tableOfContents(title: title, depth: depth)
    }

    /// `- rule` or `- page-break` (also `rule: true`, `page-break: true`).
    func readBare(_ word: String) -> Block? {
        switch word {
        case "rule": return .rule
        case "page-break": return .pageBreak
        default: return nil
        }
    }
}
