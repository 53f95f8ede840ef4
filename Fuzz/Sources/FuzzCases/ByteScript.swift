import Foundation

/// Draws the choices of one fuzz case from its input bytes: small numbers, doubles that include
/// the values a renderer must survive (zero, negatives, huge, infinite, NaN) and strings.
///
/// Once the bytes run out every draw gives its smallest choice, so any input is a whole case and
/// libFuzzer's mutations map to nearby cases.
public struct ByteScript {
    private let bytes: [UInt8]
    private var at = 0

    /// A script over `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether bytes are left.
    public var hasMore: Bool { at < bytes.count }

    /// The next byte, 0 once the input is used up.
    public mutating func byte() -> UInt8 {
        guard at < bytes.count else { return 0 }
        defer { at += 1 }
        return bytes[at]
    }

    /// A number in `0..<count`.
    public mutating func choice(_ count: Int) -> Int { count <= 1 ? 0 : Int(byte()) % count }

    /// True about once in `odds` draws.
    public mutating func chance(_ odds: Int) -> Bool { choice(odds) == 0 }

    /// A coordinate or length: mostly ordinary page values, sometimes the edge cases.
    public mutating func double(upTo ordinary: Double = 600) -> Double {
        switch choice(16) {
        case 0: return 0
        case 1: return -Double(byte()) * 3
        case 2: return [Double.infinity, -.infinity, .nan, 1e300, -1e300, 1e-300, Double(Int32.max) * 4][choice(7)]
        default: return Double(UInt16(byte()) << 8 | UInt16(byte())) / 65535 * ordinary
        }
    }

    /// A string of up to `limit` bytes of the input, read as UTF-8 with invalid bytes replaced.
    public mutating func string(limit: Int = 48) -> String {
        let count = min(choice(limit + 1), bytes.count - min(at, bytes.count))
        defer { at += count }
        return String(decoding: bytes[at..<(at + count)], as: UTF8.self)
    }

    /// A string that is sometimes one of `samples` (what real inputs look like) and otherwise raw bytes.
    public mutating func string(mostly samples: [String], limit: Int = 48) -> String {
        chance(2) ? samples[choice(samples.count)] : string(limit: limit)
    }
}

/// Whether a case prints what it built (`FUZZ_VERBOSE=1`), to see what a corpus covers.
let verbose = getenv("FUZZ_VERBOSE") != nil
