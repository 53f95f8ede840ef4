import Drawing

/// Shared-border simplifications already made, by their projected input.
///
/// A report often draws the same regions at the same size more than once (a series of
/// choropleths of one country, or the standalone file of a map already on a page), and
/// simplification is the dearest step of a map: hashing the projected points to find an
/// earlier answer costs a small fraction of computing it again. The answer for an input is
/// always the same, so the memo never changes output. It holds a few inputs; past
/// ``capacity`` it starts afresh.
///
/// ```swift
/// let memo = SimplificationMemo()
/// var layout = RegionalMapLayout(theme: .standard, measurer: measurer)
/// layout.simplifications = memo   // shared by every map this report lays out
/// ```
public final class SimplificationMemo {
    /// The most inputs kept at once.
    public let capacity: Int
    private var answers: [Key: SimplifiedRegions] = [:]

    private struct Key: Hashable {
        var minimumArea: Double
        var features: [[[[Point]]]]

        /// The shape of the input and the first point of each ring: hashing every point cost
        /// as much as a map's projection; equality still compares them all.
        func hash(into hasher: inout Hasher) {
            hasher.combine(minimumArea)
            hasher.combine(features.count)
            for region in features {
                hasher.combine(region.count)
                for polygon in region {
                    hasher.combine(polygon.count)
                    for ring in polygon {
                        hasher.combine(ring.count)
                        if let first = ring.first { hasher.combine(first) }
                    }
                }
            }
        }
    }

    /// Creates an empty memo holding up to `capacity` inputs.
    public init(capacity: Int = 8) { self.capacity = capacity }

    /// `features` simplified by `simplifier`, computed once per distinct input. Maps that share
    /// an answer share its paths' storage too, so a long report of one country's maps holds
    /// its outlines once.
    public func regions(_ features: [[[[Point]]]], with simplifier: SharedArcSimplifier) -> SimplifiedRegions {
        let key = Key(minimumArea: simplifier.minimumArea, features: features)
        if let known = answers[key] { return known }
        let answer = SimplifiedRegions(simplifier.simplify(features))
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = answer
        return answer
    }
}

/// Regions after shared-border simplification: their rings, and each region's outline as one path.
public struct SimplifiedRegions: Equatable {
    /// Per region, its polygons of rings.
    public var polygons: [[[[Point]]]]
    /// Per region, every ring of every polygon as one path.
    public var paths: [Path]

    /// The regions `polygons` describes, with their paths.
    public init(_ polygons: [[[[Point]]]]) {
        self.polygons = polygons
        paths = polygons.map { region in
            var stream = PathStream()
            for polygon in region { stream.rings(polygon) }
            return stream.path
        }
    }
}
