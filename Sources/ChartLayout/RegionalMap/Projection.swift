import Drawing

/// Which projection a map uses, with its parameters in degrees; `.automatic` picks one that
/// suits the extent of the regions shown.
///
/// ```swift
/// let china = MapProjection.albers(parallels: (25, 47), center: GeoCoordinate(lon: 105, lat: 35))
/// ```
public enum MapProjection: Equatable, Hashable, Sendable {
    case automatic
    case equirectangular(centerLongitude: Double)
    case mercator(centerLongitude: Double)
    /// Albers equal-area conic: the choice for choropleths of mid-latitude countries.
    case albers(parallel1: Double, parallel2: Double, center: GeoCoordinate)
    /// Lambert conformal conic.
    case lambert(parallel1: Double, parallel2: Double, center: GeoCoordinate)
    /// Equal Earth: equal-area, for thematic world maps (choropleths, symbols).
    case equalEarth(centerLongitude: Double)
    /// Natural Earth I: a compromise world projection, for locator maps.
    case naturalEarth(centerLongitude: Double)

    /// Names as written in a spec.
    public static let names = ["auto", "equal-earth", "natural-earth", "equirectangular", "mercator", "albers", "lambert"]

    /// The projection `.automatic` stands for over a longitude/latitude box: an Albers conic
    /// with parallels at 1/6 and 5/6 of the latitude span for mid-latitude extents, Mercator
    /// near the equator, Equal Earth for extents wider than 180° of longitude (thematic world maps
    /// need equal area), equirectangular for polar extents.
    public static func automatic(lon: ClosedRange<Double>, lat: ClosedRange<Double>) -> MapProjection {
        let centre = GeoCoordinate(lon: (lon.lowerBound + lon.upperBound) / 2, lat: (lat.lowerBound + lat.upperBound) / 2)
        if lon.upperBound - lon.lowerBound > 180 { return .equalEarth(centerLongitude: centre.lon) }
        if abs(centre.lat) > 70 { return .equirectangular(centerLongitude: centre.lon) }
        if abs(centre.lat) < 15 && lat.upperBound < 30 && lat.lowerBound > -30 { return .mercator(centerLongitude: centre.lon) }
        let span = lat.upperBound - lat.lowerBound
        var p1 = lat.lowerBound + span / 6, p2 = lat.lowerBound + span * 5 / 6
        if abs(p1 + p2) < 1 { p1 = centre.lat >= 0 ? max(p1, 1) : p1; p2 = centre.lat >= 0 ? p2 : min(p2, -1) }
        return .albers(parallel1: p1, parallel2: p2, center: centre)
    }

    /// The raw projection and the central meridian (degrees), or nil when the parameters are degenerate.
    func raw() -> (raw: any RawProjection, centerLongitude: Double)? {
        let rad = Double.pi / 180
        switch self {
        case .automatic: return (EquirectangularRaw(), 0)
        case .equirectangular(let λ0): return (EquirectangularRaw(), λ0)
        case .mercator(let λ0): return (MercatorRaw(), λ0)
        case .equalEarth(let λ0): return (EqualEarthRaw(), λ0)
        case .naturalEarth(let λ0): return (NaturalEarthRaw(), λ0)
        case .albers(let p1, let p2, let c):
            return AlbersRaw(φ1: p1 * rad, φ2: p2 * rad, φ0: c.lat * rad).map { ($0, c.lon) }
        case .lambert(let p1, let p2, let c):
            return LambertConformalRaw(φ1: p1 * rad, φ2: p2 * rad, φ0: c.lat * rad).map { ($0, c.lon) }
        }
    }
}

/// A raw projection with a central meridian, a scale and a translation into frame points
/// (y down). Fitting sets scale and translation so the features shown fill a box.
///
/// ```swift
/// var p = Projection(raw: AlbersRaw(φ1: 25 * .pi / 180, φ2: 47 * .pi / 180, φ0: 0)!, centerLongitude: 105)
/// p.fit(features, into: Rect(x: 0, y: 0, width: 400, height: 300))
/// let beijing = p(GeoCoordinate(lon: 116.41, lat: 39.90))
/// ```
public struct Projection: Sendable {
    public let raw: any RawProjection
    /// The central meridian in degrees.
    public let centerLongitude: Double
    public var scale: Double
    public var translate: Point

    /// Creates a projection at scale 1 with no translation.
    public init(raw: any RawProjection, centerLongitude: Double = 0, scale: Double = 1, translate: Point = .zero) {
        self.raw = raw; self.centerLongitude = centerLongitude; self.scale = scale; self.translate = translate
    }

    /// The frame point of a coordinate, or nil when it cannot be projected.
    public func callAsFunction(_ c: GeoCoordinate) -> Point? {
        guard c.lon.isFinite, c.lat.isFinite, abs(c.lat) <= 90 else { return nil }
        var λ = c.lon - centerLongitude
        // Wrap into −180…180 so the central meridian is the middle of the map; ±180 itself
        // stays on its own side, or a ring along the antimeridian would jump across the map.
        if λ > 180 || λ < -180 { λ -= 360 * (λ / 360).rounded() }
        let rad = Double.pi / 180
        guard let (x, y) = raw.forward(λ * rad, c.lat * rad), x.isFinite, y.isFinite else { return nil }
        return Point(x: translate.x + scale * x, y: translate.y - scale * y)
    }

    /// The coordinate at a frame point, or nil outside the projection's range.
    public func invert(_ p: Point) -> GeoCoordinate? {
        guard scale != 0 else { return nil }
        guard let (λ, φ) = raw.inverse((p.x - translate.x) / scale, (translate.y - p.y) / scale), λ.isFinite, φ.isFinite else { return nil }
        var lon = λ * 180 / .pi + centerLongitude
        if lon > 180 || lon < -180 { lon -= 360 * (lon / 360).rounded() }
        return GeoCoordinate(lon: lon, lat: φ * 180 / .pi)
    }

    /// Scales and centres the projection so the projected bounds of `features` fill `box`
    /// (d3-geo's fitExtent: measure at scale 1, then k = min(w/dx, h/dy)). Returns false and
    /// changes nothing when nothing projects or the box is empty.
    @discardableResult
    public mutating func fit(_ features: [GeoFeature], into box: Rect) -> Bool {
        var unit = self
        unit.scale = 1; unit.translate = .zero
        var bounds = BoundsStream()
        for f in features { unit.stream(f, into: &bounds) }
        return fit(unitBounds: bounds.rect, into: box)
    }

    /// Fits as ``fit(_:into:)`` does, from the bounds the features have at scale 1 with no
    /// translation, for a caller that has projected them so already.
    @discardableResult
    public mutating func fit(unitBounds: Rect?, into box: Rect) -> Bool {
        guard let b = unitBounds, box.width > 0, box.height > 0 else { return false }
        let kx = b.width > 0 ? box.width / b.width : .infinity, ky = b.height > 0 ? box.height / b.height : .infinity
        let k = min(kx, ky)
        guard k.isFinite, k > 0 else { return false }
        scale = k
        translate = Point(x: box.minX + (box.width - k * (b.minX + b.maxX)) / 2,
                          y: box.minY + (box.height - k * (b.minY + b.maxY)) / 2)
        return true
    }

    /// Edges longer than this (degrees) are split before projecting, so a long edge along a
    /// parallel bends with a conic's curved parallels instead of cutting straight across.
    public static let maxEdgeDegrees = 1.0

    /// The ring with long edges split into pieces of at most ``maxEdgeDegrees``.
    static func densified(_ ring: [GeoCoordinate]) -> [GeoCoordinate] {
        guard ring.count > 1 else { return ring }
        var out: [GeoCoordinate] = []
        out.reserveCapacity(ring.count)
        for (i, a) in ring.enumerated() {
            out.append(a)
            let b = ring[(i + 1) % ring.count]
            let steps = Int((max(abs(b.lon - a.lon), abs(b.lat - a.lat)) / maxEdgeDegrees).rounded(.up))
            // Bounded so a corrupt edge cannot blow up memory.
            if steps > 1 && steps <= 360 {
                for k in 1..<steps {
                    let t = Double(k) / Double(steps)
                    out.append(GeoCoordinate(lon: a.lon + t * (b.lon - a.lon), lat: a.lat + t * (b.lat - a.lat)))
                }
            }
        }
        return out
    }

    /// The frame point of a longitude already relative to the central meridian (degrees, not
    /// wrapped: ±180 are the map's two edges), or nil when it cannot be projected.
    func projectRelative(_ λ: Double, _ φ: Double) -> Point? {
        let rad = Double.pi / 180
        guard let (x, y) = raw.forward(λ * rad, φ * rad), x.isFinite, y.isFinite else { return nil }
        return Point(x: translate.x + scale * x, y: translate.y - scale * y)
    }

    /// Feeds a feature's projected rings to a stream; points that cannot be projected are skipped.
    public func stream<S: PlanarStream>(_ feature: GeoFeature, into sink: inout S) {
        for polygon in projectedRings(feature) { sink.rings(polygon) }
    }

    /// Every ring of `feature` projected, short or not, polygon by polygon (exterior first);
    /// unprojectable points dropped. A polygon that crosses the back meridian is cut there
    /// (``AntimeridianCut``) into one polygon per side, each hole piece with its side's exterior.
    public func projectedRings(_ feature: GeoFeature) -> [[[Point]]] {
        var out: [[[Point]]] = []
        out.reserveCapacity(feature.polygons.count)
        for polygon in feature.polygons {
            let cuts = polygon.rings.map { AntimeridianCut.cut($0, centerLongitude: centerLongitude) }
            guard cuts.contains(where: { $0 != nil }) else {
                out.append(polygon.rings.map { ring in Self.densified(ring).compactMap { self($0) } })
                continue
            }
            // Pieces by side of the map: west (negative mean longitude) and east.
            var sides: [[[Point]]] = [[], []]
            var holes: [[[Point]]] = [[], []]
            for (index, ring) in polygon.rings.enumerated() {
                let pieces = cuts[index] ?? [ring.map { (AntimeridianCut.wrapped($0.lon - centerLongitude), $0.lat) }]
                for piece in pieces {
                    let mean = piece.reduce(0) { $0 + $1.λ } / Double(max(1, piece.count))
                    let side = mean < 0 ? 0 : 1
                    let coordinates = Self.densified(piece.map { GeoCoordinate(lon: $0.λ, lat: $0.φ) })
                    let points = coordinates.compactMap { projectRelative($0.lon, $0.lat) }
                    if index == 0 { sides[side].append(points) } else { holes[side].append(points) }
                }
            }
            for side in 0..<2 {
                for exterior in sides[side] { out.append([exterior] + holes[side]); holes[side] = [] }
            }
        }
        return out
    }

    /// Where this projection puts a point that the same projection at scale 1 with no translation
    /// put at `unit`: bit for bit what projecting the coordinate again gives, as x = 0 + 1·x and
    /// y = 0 − 1·y are exact.
    public func place(_ unit: Point) -> Point {
        Point(x: translate.x + scale * unit.x, y: translate.y + scale * unit.y)
    }

    /// Rings ``projectedRings(_:)`` gave at scale 1, placed by this projection and kept as
    /// ``project(_:)`` keeps them.
    public func place(_ unitRings: [[[Point]]]) -> [[[Point]]] {
        Self.drawable(unitRings.map { polygon in polygon.map { ring in ring.map(place) } })
    }

    public func project(_ feature: GeoFeature) -> [[[Point]]] {
        Self.drawable(projectedRings(feature))
    }

    /// The rings that can be drawn: fewer than three points enclose nothing, and a polygon
    /// left without rings is dropped.
    static func drawable(_ polygons: [[[Point]]]) -> [[[Point]]] {
        polygons.map { $0.filter { $0.count >= 3 } }.filter { !$0.isEmpty }
    }
}

extension MapProjection {
    /// False when the parameters are degenerate (opposite standard parallels, a pole); a spec reader checks this once.
    public var isValid: Bool { raw() != nil }
}
