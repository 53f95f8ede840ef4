import Yams

/// Refuses a spec that its aliases expand past what a report can mean, after parsing and before reading.
///
/// An alias repeats everything its anchor holds, and aliases may repeat each other: ten lines of
/// lists of ten aliases each make 600 bytes of YAML a million blocks (94 s, 3.6 GB and a
/// 35,280-page PDF). The parser shares what an alias repeats, so the tree is small, but the reader
/// walks it expanded. Here the tree is walked the same way, counting values (every scalar, list
/// and mapping, keys included) and levels, and the walk stops at the first one over the limit:
/// it never takes more than ``maxValues`` steps, however far the aliases would expand.
///
/// The error points at the alias that leads to where the count ran out, found in the text
/// because the parser gives an alias's node the location of its anchor.
enum ExpansionGuard {
    /// Most values a spec may hold once its aliases are expanded.
    ///
    /// The bundled briefing holds 478 and the world report 237; the 1,379-page synthetic report
    /// of `Benchmarks/make_synthetic.py … 1000`, 3.65 MB of spec and near the 4 MB cap, holds
    /// 54,761, and a list of short items filling the cap about 200,000. Under the limit, aliases
    /// can make at most some 80,000 blocks (three values each), a build of a few seconds.
    static let maxValues = 250_000
    /// Deepest nesting once aliases are expanded: deeper than the text itself may nest
    /// (``NestingGuard``), shallow enough that reading it recursively cannot overflow the stack.
    static let maxDepth = 512

    /// The first place the expanded spec holds too many values or nests too deep, or nil when it is fine.
    static func firstViolation(in root: Node, source: String, file: String) -> Diagnostic? {
        var walk = Walk(root: root)
        guard let stop = walk.run() else { return nil }
        let location = walk.alias(leadingTo: stop.path, in: source, file: file)
        let message = stop.tooDeep ? Messages.aliasesTooDeep(limit: maxDepth) : Messages.tooManyValues(limit: maxValues)
        return Diagnostic(.error, at: location, message)
    }

    /// One node on the path from the root, with how far its children have been walked.
    private struct Frame {
        let node: Node
        var next = 0
        /// For an alias's copy of its anchor, met where the alias is written: the start of the
        /// last node of the text walked before it, and which alias after that node it is. Nil for
        /// a node written where it stands, and inside a copy.
        var alias: (after: Position, ordinal: Int)? = nil
        var insideCopy = false
    }

    private struct Position: Comparable {
        let line: Int, column: Int
        init(line: Int, column: Int) { self.line = line; self.column = column }
        init?(_ mark: Mark?) {
            guard let mark else { return nil }
            line = mark.line; column = mark.column
        }
        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }

    private struct Walk {
        var stack: [Frame]
        /// The start of the latest node met in the order of the text. A node that starts before it
        /// is an alias's copy of its anchor: nodes written in the text start in order.
        var latest: Position?
        /// Aliases met since the node at ``latest``.
        var aliasesSinceLatest = 0
        var count = 1

        init(root: Node) {
            stack = [Frame(node: root)]
            latest = Position(root.mark)
        }

        /// Walks until a limit is passed; the path to the node that passed it, or nil when none is.
        mutating func run() -> (path: [Frame], tooDeep: Bool)? {
            while let top = stack.last {
                guard let child = Self.child(of: top.node, at: top.next) else { stack.removeLast(); continue }
                stack[stack.count - 1].next += 1
                var frame = Frame(node: child)
                let start = Position(child.mark)
                if top.insideCopy {
                    frame.insideCopy = true
                } else if let start, let latest, start < latest {
                    frame.insideCopy = true
                    aliasesSinceLatest += 1
                    frame.alias = (latest, aliasesSinceLatest)
                } else if let start {
                    latest = start
                    aliasesSinceLatest = 0
                }
                stack.append(frame)
                count += 1
                if count > ExpansionGuard.maxValues { return (stack, false) }
                if stack.count > ExpansionGuard.maxDepth { return (stack, true) }
            }
            return nil
        }

        /// The `index`th child of a list or mapping (a mapping's keys and values alternate).
        static func child(of node: Node, at index: Int) -> Node? {
            switch node {
            case .sequence(let s): return index < s.count ? s[s.startIndex + index] : nil
            case .mapping(let m):
                guard index / 2 < m.count else { return nil }
                let pair = m[m.startIndex + index / 2]
                return index % 2 == 0 ? pair.key : pair.value
            default: return nil
            }
        }

        /// Where the outermost alias on `path` is written; else where the list or mapping holding
        /// it starts, or, with no alias on the path, where the path's last node starts.
        func alias(leadingTo path: [Frame], in source: String, file: String) -> SourceLocation {
            func at(_ p: Position?) -> SourceLocation { SourceLocation(file: file, line: p?.line ?? 0, column: p?.column ?? 0) }
            guard let i = path.firstIndex(where: { $0.alias != nil }), let alias = path[i].alias else {
                return at(Position(path.last?.node.mark))
            }
            let text = SourceText(source)
            guard let anchor = Position(path[i].node.mark), let name = text.anchorName(at: anchor) else {
                return at(Position(path[i - 1].node.mark))
            }
            // The aliases after the node at `after` are written in the order they were met.
            if let written = text.alias(alias.ordinal, from: alias.after), written.name == name { return at(written.position) }
            return at(text.first("*" + name, from: alias.after) ?? Position(path[i - 1].node.mark))
        }
    }

    /// The spec's text by lines of Unicode scalars, as the parser counts lines and columns.
    private struct SourceText {
        let lines: [[Unicode.Scalar]]

        init(_ source: String) {
            lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isYAMLLineBreak).map { Array($0.unicodeScalars) }
        }

        /// The name of the anchor written where a node starts (`&name`, maybe after a tag), or nil.
        func anchorName(at p: Position) -> String? {
            guard p.line >= 1, p.line <= lines.count else { return nil }
            let line = lines[p.line - 1]
            var i = p.column - 1
            while i >= 0 && i < line.count {
                switch line[i] {
                case "&": return Self.name(in: line, at: i + 1)
                case " ": i += 1
                case "!": while i < line.count && line[i] != " " { i += 1 }   // a tag before the anchor
                default: return nil
                }
            }
            return nil
        }

        /// The `ordinal`th alias (`*name` where a node may start) at or after `p`, with its name.
        func alias(_ ordinal: Int, from p: Position) -> (position: Position, name: String)? {
            var seen = 0
            return scan(from: p) { line, i in
                guard line[i] == "*", i == 0 || " \t[{,".unicodeScalars.contains(line[i - 1]), let name = Self.name(in: line, at: i + 1) else {
                    return nil
                }
                seen += 1
                return seen == ordinal ? name : nil
            }
        }

        /// Where `token` is first written at or after `p`, standing alone (not the start of a longer name).
        func first(_ token: String, from p: Position) -> Position? {
            let t = Array(token.unicodeScalars)
            return scan(from: p) { line, i in
                guard i + t.count <= line.count, line[i..<(i + t.count)].elementsEqual(t),
                      i + t.count == line.count || Self.endsName(line[i + t.count]) else { return nil }
                return token
            }?.position
        }

        /// The first place at or after `p` where `match` gives a name.
        private func scan(from p: Position, _ match: ([Unicode.Scalar], Int) -> String?) -> (position: Position, name: String)? {
            guard p.line >= 1, p.line <= lines.count else { return nil }
            for l in (p.line - 1)..<lines.count {
                let line = lines[l]
                var i = l == p.line - 1 ? max(0, p.column - 1) : 0
                while i < line.count {
                    if let name = match(line, i) { return (Position(line: l + 1, column: i + 1), name) }
                    i += 1
                }
            }
            return nil
        }

        /// The anchor or alias name starting at `i`, or nil when none does.
        private static func name(in line: [Unicode.Scalar], at i: Int) -> String? {
            guard i < line.count else { return nil }
            var name = ""
            name.unicodeScalars.append(contentsOf: line[i...].prefix { !endsName($0) })
            return name.isEmpty ? nil : name
        }

        /// Whether a character ends an anchor or alias name: a space or a flow indicator.
        static func endsName(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\t" || s == "," || s == "[" || s == "]" || s == "{" || s == "}"
        }
    }
}
