/// Hyphen-minus written for a minus sign, set right.
///
/// An author types "-850억 원" with the hyphen key; the sign of a negative number is the minus
/// (U+2212), which is as wide as a plus and sits on the figures' axis, as the number formats
/// write it. A hyphen-minus becomes a minus only where it can mean nothing else: before a digit,
/// at the start of the text or after a space or an opening bracket. "2014-2023", "GPT-4" and
/// "COVID-19" keep their hyphens.
///
/// ```swift
/// MinusSigns.set("전년보다 -850억 원(-12%)")   // "전년보다 −850억 원(−12%)"
/// ```
enum MinusSigns {
    static func set(_ text: String) -> String {
        guard text.utf8.contains(0x2D) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s == "-", i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1]),
               previous.map({ $0.properties.isWhitespace || "([{（［｛〔〈《「『‘“~～=<>±×÷:/".unicodeScalars.contains($0) }) ?? true {
                out.append("\u{2212}")
            } else {
                out.append(s)
            }
            previous = s
        }
        return String(out)
    }
}
