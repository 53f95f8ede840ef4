import Yams

/// A YAML node of a spec file with typed accessors that report mistakes at the node's line and column.
///
/// A wrong type is thrown, to end the section or block that needed the value; an unknown or
/// repeated key of a mapping is recorded in ``diagnostics`` and skipped, since reading can go on
/// without it.
struct SpecNode {
    let node: Node
    let file: String
    /// Where mistakes that do not stop the reading go.
    let diagnostics: Diagnostics

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// A child of this node, in the same file.
    func child(_ node: Node) -> SpecNode { SpecNode(node: node, file: file, diagnostics: diagnostics) }

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
        case .sequence(let seq): return try seq.map { try child($0).string(key) }
        default: throw Diagnostic(.error, at: location, Messages.expected("a text or a list of texts", for: key))
        }
    }

    func sequence(_ key: String) throws -> [SpecNode] {
        guard case .sequence(let seq) = node else { throw Diagnostic(.error, at: location, Messages.expected("a list", for: key)) }
        return seq.map(child)
    }

    /// The node as a mapping of the keys in `allowed`, each once.
    ///
    /// An unknown key, a repeated key or a key that is not text is recorded and left out: the
    /// rest of the mapping is still read, so its other mistakes are found in the same run.
    func mapping(_ key: String, allowed: [String]) throws -> SpecMapping {
        guard case .mapping(let m) = node else { throw Diagnostic(.error, at: location, Messages.expected("a mapping", for: key)) }
        var entries: [(key: Located<String>, value: SpecNode)] = []
        var suggested = Set<String>(), seen = Set<String>()
        for (k, v) in m {
            let keyNode = child(k)
            guard case .scalar(let scalar) = k else {
                diagnostics.error(keyNode.location, Messages.expected("text", for: key))
                continue
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                let message = Messages.unknownKey(name, in: "'\(key)'", allowed: allowed)
                diagnostics.error(keyNode.location, message)
                if let meant = Messages.suggestion(name, among: allowed) { suggested.insert(meant) }
                continue
            }
            guard seen.insert(name).inserted else {
                diagnostics.error(keyNode.location, Messages.duplicateKey(name))
                continue
            }
            entries.append((Located(name, at: keyNode.location), child(v)))
        }
        return SpecMapping(entries: entries, location: location, context: key, suggested: suggested)
    }
}

/// A checked mapping: known keys only, each once, in source order.
struct SpecMapping {
    let entries: [(key: Located<String>, value: SpecNode)]
    let location: SourceLocation
    let context: String
    /// Keys that an unknown key of this mapping was taken for ("titel" → "title").
    let suggested: Set<String>

    subscript(_ key: String) -> SpecNode? { entries.first { $0.key.value == key }?.value }

    func required(_ key: String) throws -> SpecNode {
        guard let v = self[key] else { throw missing(key, in: "'\(context)'") }
        return v
    }

    /// The error for an absent `key`: a missing-key diagnostic, unless a misspelt key here was
    /// already reported as meaning it, when saying it is missing would only repeat that.
    func missing(_ key: String, in context: String) -> Error {
        if suggested.contains(key) { return AlreadyReported() }
        return Diagnostic(.error, at: location, Messages.missingKey(key, in: context))
    }

    var keys: [String] { entries.map(\.key.value) }
}

/// Ends a section or block whose problem is already recorded, or only repeats one that is (a
/// dataset whose file failed to load, a misspelt key): reading goes on with the next, adding nothing.
struct AlreadyReported: Error {}
