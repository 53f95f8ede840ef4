import Drawing

/// A regional map, normalised: boundaries, what is encoded on them, and the words around it.
///
/// A choropleth colours regions by a rate; proportional symbols put circles whose area is
/// proportional to a total at points (cities, or regions' label points); ranked markers put
/// equal markers carrying a rank where sizes are not known. Highlighted regions are tinted
/// with the accent.
///
/// ```swift
/// let map = RegionalMap(title: "베이징·선전·상하이", regions: provinces,
///                       symbols: [MapSymbol(label: "베이징", at: GeoCoordinate(lon: 116.41, lat: 39.9), value: 2400)],
///                       symbolStyle: .proportional, valueFormat: .plain(decimals: 0))
/// ```
public struct RegionalMap: Equatable, Sendable {
    /// How point symbols are drawn.
    public enum SymbolStyle: String, Equatable, Hashable, Sendable, CaseIterable {
        /// Circles with area ∝ value (r = rmax·√(v/vmax)); a nested-circle size legend.
        case proportional
        /// Equal circles numbered by rank: honest when only some values are known.
        case ranked
    }

    public var title: String
    public var subtitle: String?
    /// The data source; the boundary credit ("Natural Earth") is added by `boundarySource`.
    public var source: String?
    /// Credit for the boundaries, printed after the source ("지도: Natural Earth").
    public var boundarySource: String?
    public var note: String?
    public var regions: [GeoFeature]
    public var projection: MapProjection
    /// Values by region id for a choropleth; empty for none.
    public var regionValues: [String: Double]
    public var classification: ClassificationMethod
    public var classCount: Int
    public var symbols: [MapSymbol]
    public var symbolStyle: SymbolStyle
    /// What a symbol's size means, for the legend title ("AI 기업 수").
    public var symbolLegendTitle: String?
    /// Region ids tinted with the accent; their legend entry says `highlightLabel`.
    public var highlight: Set<String>
    public var highlightLabel: String?
    /// Region ids whose names are drawn at their pole of inaccessibility.
    public var regionLabels: Set<String>
    public var valueFormat: NumberFormat
    public var labels: ChartLabels
    /// Height of the map area as a share of the width at most.
    public var maxAspect: Double
    /// Far-off regions drawn in corner frames with their own fit, left out of the main fit.
    public var insets: [MapInset] = []
    /// Draws the outline of the whole globe in the projection (a world map's edge) under the
    /// land, and fits the map to it rather than to the regions alone.
    public var showsSphere = false
    /// Spacing in degrees of meridians and parallels drawn thinly under the land; nil for none.
    public var graticuleStep: Double?

    /// Creates a map; defaults describe an outline map with nothing encoded.
    public init(title: String, subtitle: String? = nil, source: String? = nil, boundarySource: String? = "Natural Earth",
                note: String? = nil, regions: [GeoFeature], projection: MapProjection = .automatic,
                regionValues: [String: Double] = [:], classification: ClassificationMethod = .quantile, classCount: Int = 5,
                symbols: [MapSymbol] = [], symbolStyle: SymbolStyle = .proportional, symbolLegendTitle: String? = nil,
                highlight: Set<String> = [], highlightLabel: String? = nil, regionLabels: Set<String> = [],
                valueFormat: NumberFormat, labels: ChartLabels = .korean, maxAspect: Double = 0.72) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.boundarySource = boundarySource
        self.note = note; self.regions = regions; self.projection = projection; self.regionValues = regionValues
        self.classification = classification; self.classCount = classCount; self.symbols = symbols
        self.symbolStyle = symbolStyle; self.symbolLegendTitle = symbolLegendTitle; self.highlight = highlight
        self.highlightLabel = highlightLabel; self.regionLabels = regionLabels; self.valueFormat = valueFormat
        self.labels = labels; self.maxAspect = maxAspect
    }

    /// True when regions are coloured by value.
    public var isChoropleth: Bool { !regionValues.isEmpty }

    /// Ids in `regionValues` that name no region, sorted: the spec reports them as warnings.
    public var unmatchedValueIDs: [String] {
        let ids = Set(regions.map(\.id))
        return regionValues.keys.filter { !ids.contains($0) }.sorted()
    }

    /// Regions (by id) that have no value in a choropleth, sorted.
    public var regionsWithoutData: [String] {
        guard isChoropleth else { return [] }
        return regions.map(\.id).filter { regionValues[$0] == nil }.sorted()
    }
}

/// A point on the map: a city or a region's label point, with its label and, when known, a value and a rank.
///
/// ```swift
/// MapSymbol(label: "베이징", at: GeoCoordinate(lon: 116.41, lat: 39.90), value: 2400, rank: 1)
/// ```
public struct MapSymbol: Equatable, Hashable, Sendable {
    public var label: String
    public var coordinate: GeoCoordinate
    public var value: Double?
    public var rank: Int?
    /// Creates a symbol.
    public init(label: String, at coordinate: GeoCoordinate, value: Double? = nil, rank: Int? = nil) {
        self.label = label; self.coordinate = coordinate; self.value = value; self.rank = rank
    }
}

/// Regions drawn apart in a framed box in a corner of the map, with a fit of their own
/// (far-off islands; a small territory shown larger).
///
/// ```swift
/// MapInset(regionIDs: ["CN-HK", "CN-MO"], corner: .bottomRight, size: 0.22, label: "홍콩·마카오")
/// ```
public struct MapInset: Equatable, Hashable, Sendable {
    /// Where the box sits in the map area.
    public enum Corner: String, Equatable, Hashable, Sendable, CaseIterable {
        case topLeft = "top-left", topRight = "top-right", bottomLeft = "bottom-left", bottomRight = "bottom-right"
    }
    public var regionIDs: Set<String>
    public var corner: Corner
    /// The box's width as a share of the map area's width (0.1–0.5).
    public var size: Double
    /// A caption inside the box's top-left corner.
    public var label: String?
    /// Creates an inset.
    public init(regionIDs: Set<String>, corner: Corner = .bottomRight, size: Double = 0.25, label: String? = nil) {
        self.regionIDs = regionIDs; self.corner = corner; self.size = min(max(size, 0.1), 0.5); self.label = label
    }
}
