import Testing
@testable import Briefing

/// The content cache's hash against the FIPS 180-4 examples and NIST's long-message vector.
@Suite("SHA-256")
struct SHA256Tests {
    static func hex(_ text: String) -> String { SHA256.hash(Array(text.utf8)).description }

    @Test("the empty message hashes to e3b0c442…")
    func empty() {
        #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("'abc', one block, hashes to ba7816bf…")
    func abc() {
        #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the 448-bit message, whose padding needs a second block, hashes to 248d6a61…")
    func twoBlocks() {
        #expect(Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("the 896-bit message hashes to cf5b16a7…")
    func longerMessage() {
        #expect(Self.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("one million 'a's hash to cdc76e5c…, whole or fed a thousand at a time")
    func millionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)).description == expected)
        var hasher = SHA256()
        let thousand = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { hasher.update(thousand) }
        #expect(hasher.finalize().description == expected)
    }

    @Test("feeding a message in pieces of any size gives the hash of the whole", arguments: [1, 3, 55, 63, 64, 65, 127, 1000])
    func streaming(piece: Int) {
        var generator = SystemRandomNumberGenerator()
        let message = (0..<3001).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var hasher = SHA256()
        var start = 0
        while start < message.count {
            let end = min(message.count, start + piece)
            hasher.update(Array(message[start..<end]))
            start = end
        }
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test("messages of 0 to 130 bytes, across every padding boundary, hash as one piece and as two")
    func paddingBoundaries() {
        let message = (0..<130).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for length in 0...message.count {
            let whole = SHA256.hash(Array(message[0..<length]))
            var split = SHA256()
            split.update(Array(message[0..<length / 2]))
            split.update(Array(message[length / 2..<length]))
            #expect(split.finalize() == whole, "length \(length)")
        }
        // 55 and 56 bytes sit either side of the last length that fits in the message's own block.
        #expect(Self.hex(String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(Self.hex(String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test("finalizing leaves the hasher as it was, so more can be added")
    func finalizeIsRepeatable() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        _ = hasher.finalize()
        hasher.update(Array("c".utf8))
        #expect(hasher.finalize().description == Self.hex("abc"))
    }
}
