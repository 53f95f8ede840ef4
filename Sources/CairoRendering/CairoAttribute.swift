extension String {
    /// The string as the inside of a single-quoted Cairo tag attribute value (`dest='…'`,
    /// `uri='…'`, `name='…'`): backslashes and single quotes escaped, as cairo's tag parser expects.
    var cairoQuoted: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            if c == "\\" || c == "'" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
