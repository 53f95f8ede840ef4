import CZlib

/// zlib's deflate and inflate over byte arrays, as PNG's IDAT and PDF's /FlateDecode hold them.
enum Flate {
    /// zlib's default level, the balance of size and speed Cairo uses for its own streams.
    static let level: Int32 = 6

    /// `raw` compressed; `operation` names the work in the error a failure raises.
    static func deflate(_ raw: [UInt8], operation: String) throws -> [UInt8] {
        var size = compressBound(uLong(raw.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { o in
            raw.withUnsafeBufferPointer { r in compress2(o.baseAddress, &size, r.baseAddress, uLong(raw.count), level) }
        }
        guard status == Z_OK else { throw RenderError.zlib(operation: operation, status: status) }
        out.removeSubrange(Int(size)...)
        return out
    }

    /// `compressed` inflated, or nil when it is not a whole zlib stream or inflates past
    /// `limit` bytes.
    static func inflate(_ compressed: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let input = Array(compressed)
        return input.withUnsafeBufferPointer { inp -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
            stream.avail_in = uInt(inp.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { c -> Int32 in
                    stream.next_out = c.baseAddress
                    stream.avail_out = uInt(c.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                out += chunk[0..<(chunk.count - Int(stream.avail_out))]
                if out.count > limit { return nil }
                if status == Z_STREAM_END { return out }
                if status != Z_OK || (stream.avail_in == 0 && stream.avail_out != 0) { return nil }
            }
        }
    }
}
