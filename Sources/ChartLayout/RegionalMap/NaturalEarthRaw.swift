#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural Earth I (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011): a compromise world
/// projection, neither equal-area nor conformal, close to Robinson's look but defined by two
/// polynomials in φ so it can be inverted. For locator maps; thematic maps want Equal Earth.
///
/// ```swift
/// let p = NaturalEarthRaw().forward(.pi, 0)   // (2.7354…, 0)
/// ```
public struct NaturalEarthRaw: RawProjection {
    /// Creates the projection.
    public init() {}

    /// x per radian of longitude at latitude φ.
    static func width(_ φ: Double) -> Double {
        let p2 = φ * φ, p4 = p2 * p2
        return 0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4))
    }

    /// y at latitude φ and dy/dφ.
    static func height(_ φ: Double) -> (y: Double, dy: Double) {
        let p2 = φ * φ, p4 = p2 * p2
        let y = φ * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
        let dy = 1.007226 + p2 * (3 * 0.015085 + p4 * (7 * -0.044475 + 9 * 0.028874 * p2 - 11 * 0.005916 * p4))
        return (y, dy)
    }

    public func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)? {
        (λ * Self.width(φ), Self.height(φ).y)
    }

    public func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)? {
        guard abs(y) <= Self.height(.pi / 2).y + 1e-12 else { return nil }
        var φ = y
        for _ in 0..<25 {
            let (fy, dy) = Self.height(φ)
            let step = (fy - y) / dy
            φ -= step
            if abs(step) < 1e-13 { break }
        }
        φ = min(max(φ, -.pi / 2), .pi / 2)
        let λ = x / Self.width(φ)
        guard abs(λ) <= .pi + 1e-9 else { return nil }
        return (λ, φ)
    }
}
