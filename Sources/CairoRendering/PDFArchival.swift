/// What a PDF/A-2 file asks of the writer beyond PDF/UA: the level it claims and the colour
/// profile its output intent names.
///
/// Cairo 1.16 draws in DeviceRGB and writes no output intent, so an archival file gets one,
/// an sRGB ICC profile, with the XMP identification (`pdfaid:part` 2, `pdfaid:conformance`)
/// and the print flag on every annotation (``TaggedPDFMarker``). The profile's bytes come from
/// the caller: where a profile is installed is the engine's business, not the renderer's.
///
/// ```swift
/// let archival = PDFArchival(level: .a2u, iccProfile: try Array(Data(contentsOf: srgbURL)))
/// let pdf = try renderer.pdfWriter(to: path, metadata: meta, firstPageSize: PageSize.a4, archival: archival)
/// ```
public struct PDFArchival: Sendable, Equatable {
    /// The PDF/A-2 conformance levels Briefing writes.
    public enum Level: String, Sendable, Codable, CaseIterable {
        /// Visual appearance preserved (ISO 19005-2 level B).
        case a2b = "a-2b"
        /// Level B, and every character maps to Unicode (level U).
        case a2u = "a-2u"
        /// Level U, and the document is tagged with a logical structure (level A). Refused when
        /// the structure is not whole (``PDFWriter`` names what is wrong).
        case a2a = "a-2a"

        /// The XMP `pdfaid:conformance` value.
        var conformance: String {
            switch self {
            case .a2b: return "B"
            case .a2u: return "U"
            case .a2a: return "A"
            }
        }
    }

    public var level: Level
    /// An ICC profile of an RGB colour space (sRGB), embedded as the output intent.
    public var iccProfile: [UInt8]
    /// The output condition the profile describes, as the output intent names it.
    public var outputCondition: String

    /// Archival settings: `level`, and `iccProfile` (an RGB profile) for the output intent.
    public init(level: Level, iccProfile: [UInt8], outputCondition: String = "sRGB IEC61966-2.1") {
        self.level = level; self.iccProfile = iccProfile; self.outputCondition = outputCondition
    }

    /// Whether `profile` is an ICC profile of an RGB colour space, as an output intent for
    /// DeviceRGB content must be: the `acsp` signature at byte 36 and `RGB ` at byte 16.
    public static func isRGBProfile(_ profile: [UInt8]) -> Bool {
        profile.count >= 128 && profile[36..<40].elementsEqual("acsp".utf8) && profile[16..<20].elementsEqual("RGB ".utf8)
    }
}
