import Yams

/// A YAML node of a spec file with typed accessors that report mistakes at the node's line and column.
struct SpecNode {
    let node: Node
    let file: String

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// The node's scalar text, or a diagnostic naming `key`.
    func string(_ key: String) throws -> String {
        guard case .scalar(let s) = node else { throw Diagnostic(.error, at: location, Messages.expected("text", for: key)) }
        return s.string
    }

    func number(_ key: String) throws -> Double {
        guard case .scalar(let s) = node, let v = Double(s.string.trimmingSpaces), v.isFinite else {
            throw Diagnostic(.error, at: location, Messages.expected("a number", for: key))
        }
        return v
    }

    /// A number in points that must lie within `range`.
    func number(_ key: String, in range: ClosedRange<Double>) throws -> Double {
        let v = try number(key)
        guard range.contains(v) else {
            throw Diagnostic(.error, at: location, Messages.expected("between \(range.lowerBound) and \(range.upperBound) pt", for: key))
        }
        return v
    }

    func int(_ key: String) throws -> Int {
        guard case .scalar(let s) = node, let v = Int(s.string.trimmingSpaces) else {
            throw Diagnostic(.error, at: location, Messages.expected("a whole number", for: key))
        }
        return v
    }

    func bool(_ key: String) throws -> Bool {
        guard case .scalar(let s) = node else { throw Diagnostic(.error, at: location, Messages.expected("true or false", for: key)) }
        switch s.string { case "true", "yes": return true; case "false", "no": return false
        default: throw Diagnostic(.error, at: location, Messages.expected("true or false", for: key)) }
    }

    /// A list of texts; a single scalar counts as a one-item list.
    func strings(_ key: String) throws -> [String] {
        switch node {
        case .scalar(let s): return [s.string]
        case .sequence(let seq): return try seq.map { try SpecNode(node: $0, file: file).string(key) }
        default: throw Diagnostic(.error, at: location, Messages.expected("a text or a list of texts", for: key))
        }
    }

    func sequence(_ key: String) throws -> [SpecNode] {
        guard case .sequence(let seq) = node else { throw Diagnostic(.error, at: location, Messages.expected("a list", for: key)) }
        return seq.map { SpecNode(node: $0, file: file) }
    }

    /// The node as a mapping whose keys are checked against `allowed`.
    func mapping(_ key: String, allowed: [String]) throws -> SpecMapping {
        guard case .mapping(let m) = node else { throw Diagnostic(.error, at: location, Messages.expected("a mapping", for: key)) }
        var entries: [(key: Located<String>, value: SpecNode)] = []
        var seen = Set<String>()
        for (k, v) in m {
            let keyNode = SpecNode(node: k, file: file)
            let name = try keyNode.string(key)
            if !allowed.contains(name) {
                throw Diagnostic(.error, at: keyNode.location, Messages.unknownKey(name, in: "'\(key)'", allowed: allowed))
            }
            if !seen.insert(name).inserted {
                throw Diagnostic(.error, at: keyNode.location, Messages.duplicateKey(name))
            }
            entries.append((Located(name, at: keyNode.location), SpecNode(node: v, file: file)))
        }
        return SpecMapping(entries: entries, location: location, context: key)
    }
}

/// A checked mapping: known keys only, each once, in source order.
struct SpecMapping {
    let entries: [(key: Located<String>, value: SpecNode)]
    let location: SourceLocation
    let context: String

    subscript(_ key: String) -> SpecNode? { entries.first { $0.key.value == key }?.value }

    func required(_ key: String) throws -> SpecNode {
        guard let v = self[key] else { throw Diagnostic(.error, at: location, Messages.missingKey(key, in: "'\(context)'")) }
        return v
    }

    var keys: [String] { entries.map(\.key.value) }
}
