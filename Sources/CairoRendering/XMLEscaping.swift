extension String {
    /// The string made safe for XML text and double-quoted attribute values.
    ///
    /// Escapes `&`, `<`, `>` and `"`, and drops the control characters XML 1.0 forbids
    /// (everything below U+0020 except tab, line feed and carriage return), which would
    /// otherwise make the whole document unreadable.
    ///
    /// ```swift
    /// "AI & <로봇>".xmlEscaped   // "AI &amp; &lt;로봇&gt;"
    /// ```
    var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
