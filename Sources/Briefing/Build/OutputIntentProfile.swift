import CairoRendering
import Foundation

/// The sRGB ICC profile a PDF/A file names as its output intent.
///
/// Briefing draws in DeviceRGB, which PDF/A accepts only beside an output intent: an RGB
/// profile embedded in the file. The profile is Debian's `icc-profiles-free` sRGB (zlib
/// licence), which `scripts/setup.sh` installs; `BRIEFING_ICC_PROFILE` names another.
enum OutputIntentProfile {
    /// Where Debian's `icc-profiles-free` puts its sRGB profile.
    static let debianPath = "/usr/share/color/icc/sRGB.icc"

    /// The archival settings for `level`, with the profile read from `BRIEFING_ICC_PROFILE` or
    /// ``debianPath``. Throws ``RenderError/notArchivable(level:why:)`` naming the path when the
    /// profile is missing or is no RGB profile.
    static func archival(_ level: PDFArchival.Level, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFArchival {
        let path = environment["BRIEFING_ICC_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? debianPath
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RenderError.notArchivable(level: level.rawValue, why: "no sRGB colour profile at \(path) for its output intent; "
                                            + "install Debian's icc-profiles-free, or set BRIEFING_ICC_PROFILE to an RGB ICC profile")
        }
        let bytes = [UInt8](data)
        guard PDFArchival.isRGBProfile(bytes) else {
            throw RenderError.notArchivable(level: level.rawValue, why: "\(path) is no RGB ICC profile")
        }
        return PDFArchival(level: level, iccProfile: bytes)
    }
}
