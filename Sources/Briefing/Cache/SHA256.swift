/// SHA-256 (FIPS 180-4), fed in pieces: what the content cache names every input by.
///
/// Our own rather than swift-crypto's: on Linux swift-crypto compiles BoringSSL from its C
/// sources, minutes on a two-core machine for every clean CI build, to hash a few files.
/// The rounds run on plain locals over raw pointers with wrapping arithmetic, eight at a time:
/// a release build hashes about 310 MB a second of CPU time on the AMD EPYC this was measured
/// on, where coreutils' `sha256sum` does 360 (OpenSSL, with the CPU's SHA instructions, 1,800).
/// A debug build manages about 30.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// hasher.finalize().description   // "ba7816bf…f20015ad"
/// ```
struct SHA256: Sendable {
    /// A finished hash: 32 bytes, shown as 64 lowercase hex digits.
    struct Digest: Hashable, Sendable, CustomStringConvertible {
        let bytes: [UInt8]

        var description: String {
            let digits = Array("0123456789abcdef".utf8)
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count * 2)
            for b in bytes { text.append(digits[Int(b >> 4)]); text.append(digits[Int(b & 0x0f)]) }
            return String(decoding: text, as: UTF8.self)
        }
    }

    private var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
    private var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
    /// Bytes of an unfinished block, fewer than 64.
    private var pending: [UInt8] = []
    /// Every byte given so far.
    private var count: UInt64 = 0

    /// A hasher that has seen nothing yet.
    init() { pending.reserveCapacity(64) }

    /// The SHA-256 of `bytes`.
    static func hash(_ bytes: [UInt8]) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Adds `bytes` to the message.
    mutating func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    /// Adds the UTF-8 of `text` to the message.
    mutating func update(_ text: String) { update(Array(text.utf8)) }

    /// Adds the bytes at `buffer` to the message.
    mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard var base = buffer.baseAddress, buffer.count > 0 else { return }
        var left = buffer.count
        count &+= UInt64(left)
        if !pending.isEmpty {
            let taken = min(64 - pending.count, left)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
            base += taken; left -= taken
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { block in
                if let start = block.baseAddress { compress(start, blocks: 1) }
            }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = left / 64
        if blocks > 0 { compress(base, blocks: blocks) }
        if left % 64 > 0 { pending.append(contentsOf: UnsafeRawBufferPointer(start: base + blocks * 64, count: left % 64)) }
    }

    /// The hash of everything given: the message padded with a 1 bit, zeros and its length in bits.
    func finalize() -> Digest {
        var copy = self
        let bits = count &* 8
        var tail: [UInt8] = [0x80]
        tail += [UInt8](repeating: 0, count: (119 - Int(count % 64)) % 64)
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        copy.update(tail)
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [copy.h0, copy.h1, copy.h2, copy.h3, copy.h4, copy.h5, copy.h6, copy.h7] {
            out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        return Digest(bytes: out)
    }

    /// Runs the 64 rounds over `blocks` whole blocks at `data`.
    private mutating func compress(_ data: UnsafeRawPointer, blocks: Int) {
        var state = (h0, h1, h2, h3, h4, h5, h6, h7)
        Self.roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                guard let k = constants.baseAddress, let w = schedule.baseAddress else { return }
                Self.rounds(&state, data, blocks, k, w)
            }
        }
        (h0, h1, h2, h3, h4, h5, h6, h7) = state
    }

    /// The rounds on plain locals: values captured by a closure would live in memory.
    private static func rounds(_ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
                               _ data: UnsafeRawPointer, _ blocks: Int, _ k: UnsafePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>) {
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        for block in 0..<blocks {
            let p = data + block &* 64
            for t in 0..<16 { w[t] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self)) }
            for t in 16..<64 {
                let w15 = w[t &- 15], w2 = w[t &- 2]
                let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
                let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
                w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
            }
            var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
            // Eight rounds at a time, the variables' roles rotating instead of their values moving.
            for t in stride(from: 0, to: 64, by: 8) {
                round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
                round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
                round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
                round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
                round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
                round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
                round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
            }
            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
            h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
    }

    /// One round: `d` gains T1, and `h` becomes T1 + T2, the next round's `a`.
    @inline(__always) private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                                _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
        d = d &+ t1
        h = t1 &+ t2
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
