import ChartLayout
import ReportBuilder

/// The body's blocks: each mapping's type key picks its reader.
extension SpecReader {
    mutating func readBlock(_ node: SpecNode, labels: ChartLabels, language: String) throws -> Block {
        if case .scalar(let s) = node.node, let bare = readBare(s.string) { return bare }
        guard case .mapping(let m) = node.node else {
            throw Diagnostic(.error, at: node.location, Messages.unknownBlock([], allowed: ReportLoader.blockKinds))
        }
        let keys: [String] = Array(m.keys.compactMap { $0.scalar?.string })
        let kinds: [String] = keys.filter { ReportLoader.blockKinds.contains($0) }
        guard kinds.count == 1, let kind = kinds.first else {
            throw Diagnostic(.error, at: node.location, Messages.unknownBlock(kinds.isEmpty ? keys : kinds, allowed: ReportLoader.blockKinds))
        }
        switch kind {
        case "heading":
            let map = try node.mapping("heading", allowed: ["heading", "level"])
            let textNode = try map.required("heading")
            let text = try linkedProse(textNode, "heading")
            let level = try map["level"]?.int("level") ?? 1
            guard (1...3).contains(level) else {
                throw Diagnostic(.error, at: map["level"]?.location ?? map.location, Messages.expected("1, 2 or 3", for: "level"))
            }
            return .heading(level: level, text: markup(text, at: textNode.location))
        case "paragraph":
            let map = try node.mapping("paragraph", allowed: ["paragraph", "align"])
            let textNode = try map.required("paragraph")
            let text = Self.unwrapLines(try linkedProse(textNode, "paragraph"))
            let alignment = try map["align"].map { try ThemeReader.bodyAlignment($0, key: "align") }
            return .paragraph(markup(text, at: textNode.location), alignment: alignment)
        case "table":
            return .figure(try withCaption(try readTable(node, language: language), node))
        case "map":
            return .figure(try withCaption(try readMap(node, labels: labels), node))
        case "chart":
            return .figure(try withCaption(try readChart(node, labels: labels), node))
        case "list", "numbered":
            return .list(try readList(node, key: kind))
        case "quote":
            return try readQuote(node)
        case "key-figures":
            return try readKeyFigures(node)
        case "sidebar":
            return try readSidebar(node)
        case "contents":
            return try readContents(node)
        case "multi-column":
            // Not "columns": a table block already has a key of that name.
            let map = try node.mapping("multi-column", allowed: ["multi-column", "blocks"])
            let countNode = try map.required("multi-column")
            let count = try countNode.int("multi-column")
            guard (1...4).contains(count) else { throw Diagnostic(.error, at: countNode.location, Messages.expected("1 to 4", for: "multi-column")) }
            var inner: [Block] = []
            for item in try map.required("blocks").sequence("blocks") {
                // Each inner block is a recovery point too: one bad block does not hide the others' mistakes.
                guard let block = try diagnostics.recovering({ try readBlock(item, labels: labels, language: language) }) else { continue }
                if case .figure(let f) = block { nestedFigures.append((f.id, item.location)) }
                inner.append(block)
            }
            return .columns(count: count, blocks: inner)
        default:
            _ = try node.mapping(kind, allowed: [kind])
            return readBare(kind) ?? .rule
        }
    }

    /// The figure with the `caption:` text of its block, printed after its number ("그림 1. …").
    mutating func withCaption(_ figure: Figure, _ node: SpecNode) throws -> Figure {
        guard case .mapping(let m) = node.node else { return figure }
        for (k, v) in m where k.scalar?.string == "caption" {
            let n = SpecNode(node: v, file: file, diagnostics: diagnostics)
            let text = try prose(n, "caption")
            addText(text, at: n.location)
            var f = figure
            f.caption = text
            return f
        }
        return figure
    }

    /// YAML block scalars keep the author's line breaks; in prose a single newline is a space.
    static func unwrapLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

// MARK: Shared by figures

extension SpecReader {
    /// The figure id under `key` (`chart:`, `table:`, `map:`), checked: it names the figure's output files.
    func figureID(_ map: SpecMapping, _ key: String) throws -> (id: String, node: SpecNode) {
        let node = try map.required(key)
        let id = try node.string(key)
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
            throw Diagnostic(.error, at: node.location, Messages.invalidID(id))
        }
        return (id, node)
    }

    /// The prose under `key`, or nil when the key is absent.
    mutating func optionalProse(_ map: SpecMapping, _ key: String) throws -> String? {
        guard let n = map[key] else { return nil }
        return try prose(n, key)
    }
}
