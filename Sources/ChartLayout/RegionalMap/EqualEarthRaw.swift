#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Equal Earth (Šavrič, Patterson, Jenny 2018): an equal-area pseudocylindrical projection for
/// world maps, with straight parallels and meridians that bow out like Robinson's. A polynomial
/// in the parametric latitude θ, sin θ = (√3/2)·sin φ, gives y; x follows from equal area.
///
/// ```swift
/// let p = EqualEarthRaw().forward(.pi, 0)   // (2.7066…, 0): the equator's end
/// ```
public struct EqualEarthRaw: RawProjection {
    static let a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796
    static let m = 3.0.squareRoot() / 2

    /// Creates the projection.
    public init() {}

    /// y as a polynomial in θ, and its derivative dy/dθ (which also scales x).
    static func polynomial(_ θ: Double) -> (y: Double, dy: Double) {
        let t2 = θ * θ, t6 = t2 * t2 * t2
        let y = θ * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        let dy = a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)
        return (y, dy)
    }

    public func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)? {
        let θ = asin(Self.m * sin(φ))
        let (y, dy) = Self.polynomial(θ)
        return (λ * cos(θ) / (Self.m * dy), y)
    }

    public func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)? {
        // θ by Newton's method; y is monotonic in θ, and a dozen steps reach full precision.
        let θmax = asin(Self.m)
        guard abs(y) <= Self.polynomial(θmax).y + 1e-12 else { return nil }
        var θ = y / Self.a1
        for _ in 0..<20 {
            let (fy, dy) = Self.polynomial(θ)
            let step = (fy - y) / dy
            θ -= step
            if abs(step) < 1e-13 { break }
        }
        θ = min(max(θ, -θmax), θmax)
        let (_, dy) = Self.polynomial(θ)
        let λ = Self.m * x * dy / cos(θ)
        guard abs(λ) <= .pi + 1e-9 else { return nil }
        return (λ, asin(min(1, max(-1, sin(θ) / Self.m))))
    }
}
