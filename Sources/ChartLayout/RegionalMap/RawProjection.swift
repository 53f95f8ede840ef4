#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mathematical core of a projection: radians in, unit-sphere plane coordinates out
/// (y up), and back. Scale, centre, flip and fit are shared by ``Projection``.
///
/// Input outside what the projection can show gives nil, never a trap.
public protocol RawProjection: Sendable {
    /// Plane coordinates of longitude `λ` and latitude `φ` (radians, λ already relative to the central meridian).
    func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)?
    /// Longitude and latitude (radians) of a plane point.
    func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)?
}

/// Plate carrée: x = λ, y = φ.
public struct EquirectangularRaw: RawProjection {
    /// Creates the projection.
    public init() {}
    public func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)? { (λ, φ) }
    public func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)? {
        abs(y) <= .pi / 2 ? (x, y) : nil
    }
}

/// Mercator: conformal, areas swell towards the poles; not for choropleths.
public struct MercatorRaw: RawProjection {
    /// Latitudes beyond this (radians, about 85.05°) have no finite y.
    static let limit = 2 * atan(exp(Double.pi)) - .pi / 2
    /// Creates the projection.
    public init() {}
    public func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)? {
        guard abs(φ) <= Self.limit + 1e-12 else { return nil }
        return (λ, log(tan(.pi / 4 + φ / 2)))
    }
    public func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)? {
        (x, 2 * atan(exp(y)) - .pi / 2)
    }
}

/// Albers equal-area conic on the sphere (Snyder, *Map Projections — A Working Manual*, §14),
/// with standard parallels φ1, φ2 and the plane's origin on parallel φ0.
public struct AlbersRaw: RawProjection {
    let n: Double, c: Double, ρ0: Double

    /// Creates the projection; nil when the parallels make it degenerate (φ1 = −φ2).
    public init?(φ1: Double, φ2: Double, φ0: Double) {
        let n = (sin(φ1) + sin(φ2)) / 2
        guard abs(n) > 1e-9 else { return nil }
        self.n = n
        c = cos(φ1) * cos(φ1) + 2 * n * sin(φ1)
        ρ0 = sqrt(max(0, c - 2 * n * sin(φ0))) / n
    }

    public func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)? {
        let ρ = sqrt(max(0, c - 2 * n * sin(φ))) / n
        let θ = n * λ
        return (ρ * sin(θ), ρ0 - ρ * cos(θ))
    }

    public func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)? {
        let dy = ρ0 - y
        let ρ = (n < 0 ? -1.0 : 1.0) * (x * x + dy * dy).squareRoot()
        let θ = n < 0 ? atan2(-x, -dy) : atan2(x, dy)
        let s = (c - ρ * ρ * n * n) / (2 * n)
        guard abs(s) <= 1 + 1e-12 else { return nil }
        return (θ / n, asin(min(1, max(-1, s))))
    }
}

/// Lambert conformal conic on the sphere (Snyder §15), with standard parallels φ1, φ2 and
/// the plane's origin on parallel φ0.
public struct LambertConformalRaw: RawProjection {
    let n: Double, f: Double, ρ0: Double

    /// Creates the projection; nil when the parallels make it degenerate (a pole or φ1 = −φ2).
    public init?(φ1: Double, φ2: Double, φ0: Double) {
        func t(_ φ: Double) -> Double { tan(.pi / 4 + φ / 2) }
        guard abs(φ1) < .pi / 2 - 1e-9, abs(φ2) < .pi / 2 - 1e-9 else { return nil }
        let n = abs(φ1 - φ2) < 1e-12 ? sin(φ1) : log(cos(φ1) / cos(φ2)) / log(t(φ2) / t(φ1))
        guard abs(n) > 1e-9, n.isFinite else { return nil }
        self.n = n
        f = cos(φ1) * pow(t(φ1), n) / n
        let r0 = f / pow(t(φ0), n)
        guard r0.isFinite else { return nil }
        ρ0 = r0
    }

    public func forward(_ λ: Double, _ φ: Double) -> (x: Double, y: Double)? {
        // The pole on the far side of the cone's apex is at infinity.
        let limit = Double.pi / 2 - 1e-6
        let φc = n > 0 ? max(φ, -limit) : min(φ, limit)
        let ρ = f / pow(tan(.pi / 4 + φc / 2), n)
        guard ρ.isFinite else { return nil }
        let θ = n * λ
        return (ρ * sin(θ), ρ0 - ρ * cos(θ))
    }

    public func inverse(_ x: Double, _ y: Double) -> (λ: Double, φ: Double)? {
        let dy = ρ0 - y
        let ρ = (n < 0 ? -1.0 : 1.0) * (x * x + dy * dy).squareRoot()
        let θ = n < 0 ? atan2(-x, -dy) : atan2(x, dy)
        if ρ == 0 { return (0, n > 0 ? .pi / 2 : -.pi / 2) }
        return (θ / n, 2 * atan(pow(f / ρ, 1 / n)) - .pi / 2)
    }
}
