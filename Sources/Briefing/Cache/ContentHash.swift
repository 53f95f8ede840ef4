/// FNV-1a, 64 bits: a quick fingerprint (shards, `watch`'s look at a folder), not a content
/// key; the content cache names files by ``SHA256``.
struct ContentHash: Sendable {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    mutating func add(_ bytes: [UInt8]) {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100000001b3 }
        value = (value ^ 0xff) &* 0x100000001b3   // a separator, so "ab"+"c" differs from "a"+"bc"
    }

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var h = ContentHash()
        h.add(bytes)
        return h.value
    }
}
