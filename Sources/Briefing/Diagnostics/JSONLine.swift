/// One JSON object on one line, its keys in the order given: diagnostics and build summaries
/// are read line by line by CI tools, and a fixed key order keeps the output diffable.
enum JSONLine {
    indirect enum Value {
        case string(String)
        case int(Int)
        case number(Double)
        case array([Value])
        case object([(String, Value)])
    }

    static func object(_ fields: [(String, Value)]) -> String { write(.object(fields)) }

    static func write(_ value: Value) -> String {
        switch value {
        case .string(let s): return "\"" + escape(s) + "\""
        case .int(let i): return String(i)
        case .number(let d): return d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
        case .array(let items): return "[" + items.map(write).joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { "\"\(escape($0.0))\":\(write($0.1))" }.joined(separator: ",") + "}"
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
