import Drawing

/// Lays a ``RegionalMap`` out as a ``Frame``: title block, legend, the map fitted to its area,
/// symbols and labels that never overlap, then note and source with the boundary credit.
///
/// ```swift
/// let result = RegionalMapLayout(theme: .standard, measurer: measurer).layout(map, width: 475)
/// result.frame; result.droppedLabels
/// ```
public struct RegionalMapLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring
    /// Where simplified borders are remembered between maps; nil simplifies every time.
    public var simplifications: SimplificationMemo?

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    /// Space kept between the fitted shapes and the map area's edge.
    public static let padding = 8.0
    static let sectionGap = 10.0
    /// Vertices whose Visvalingam triangle is smaller than this (pt²) are removed: about one
    /// pixel at print size, the stopping point cartographers use. 0.3 pt² looked the same at
    /// 150 dpi and made the bundled briefing's PDF 12 KB larger.
    static let simplifyArea = 1.0
    /// Light neutral grey for regions without data: unlike the lightest class, never the page colour.
    static let noDataFill = Color(rgb: 0xd9d9d9)
    /// Land with nothing encoded.
    static let landFill = Color(rgb: 0xeceff1)
    static let rankedRadius = 7.5
    /// Room around a point label for its translucent backing.
    static let labelHalo = 1.5

    /// What a layout produced besides the frame, for diagnostics and tests.
    public struct Result: Equatable, Sendable {
        public var frame: Frame
        /// The area the map is fitted into (frame coordinates).
        public var mapArea: Rect
        /// Projected bounds of the regions drawn.
        public var regionBounds: Rect?
        /// Labels that found no free place, in priority order.
        public var droppedLabels: [String]
        /// Symbols as drawn (centre, radius), in drawing order.
        public var symbols: [PlacedSymbol]
        /// Every label box placed on the map (points and regions).
        public var labelBoxes: [Rect]
        /// Fill of each region by id.
        public var regionFills: [String: Color]
        /// Class boundaries of a choropleth.
        public var breaks: [Double]
    }

    /// A symbol as drawn.
    public struct PlacedSymbol: Equatable, Sendable {
        public var label: String
        public var center: Point
        public var radius: Double
        public var value: Double?
    }

    /// The map as a frame `width` points wide; its height follows from the shapes' aspect.
    public func layout(_ map: RegionalMap, width: Double) -> Result {
        var items: [FrameItem] = []
        let words = MapWords(map.labels)
        var y = header(map, width: width, into: &items)

        let drawable = map.regions.filter { !$0.polygons.isEmpty }
        let classes = classify(map, drawable: drawable)
        let sizes = SymbolSizes(map: map, width: width)
        let legend = MapLegend(theme: theme, measurer: measurer, words: words).layout(
            map: map, breaks: classes.breaks, colors: classes.colors,
            hasNoData: !map.regionsWithoutData.isEmpty && drawable.contains { map.regionValues[$0.id] == nil },
            highlightColor: theme.accent.mixed(with: theme.background, amount: 0.55), rMax: sizes.rMax, vMax: sizes.vMax,
            rankedRadius: Self.rankedRadius, width: width)
        items += legend.items.map { $0.translated(by: Point(x: 0, y: y)) }
        if legend.height > 0 { y += legend.height + 6 }
        let footer = footerLines(map, words: words)

        let main = fitMap(map, drawable: drawable, width: width, top: y)
        var layers = MapLayers()
        let regions = drawRegions(main, map: map, fills: classes.fills, into: &layers)
        let insets = drawInsets(map, drawable: drawable, area: main.area, fills: classes.fills, into: &layers)
        let symbols = placeSymbols(map, sizes: sizes, projection: main.projection, insets: insets)
        drawSymbols(symbols, style: map.symbolStyle, into: &layers)
        let placer = placePointLabels(symbols, map: map, area: main.area, insets: insets, into: &layers)
        placeRegionLabels(map, shown: main.shown, projected: regions.projected, fills: classes.fills, area: main.area, insets: insets,
                          placer: placer, into: &layers)
        items.append(mapGroup(layers.items, area: main.area, width: width))
        y = main.area.maxY + Self.sectionGap

        for line in footer {
            let t = TextLayouter(measurer: measurer).layout(
                [TextSpan(line, style: style(theme.chartSourceSize, color: theme.mutedText))], width: width,
                style: ParagraphStyle(lineHeight: (theme.chartSourceSize * 1.5).rounded()))
            items += t.items(at: Point(x: 0, y: y)); y += t.height
        }
        let frame = Frame(size: Size(width: width, height: y.rounded(.up)), items: items)
        return Result(frame: frame, mapArea: main.area, regionBounds: regions.bounds, droppedLabels: layers.dropped,
                      symbols: symbols.placed, labelBoxes: layers.labelBoxes, regionFills: classes.fills, breaks: classes.breaks)
    }

    // MARK: - Shared pieces

    /// Projected regions with their shared borders simplified, through the memo when there is one.
    func simplify(_ features: [[[[Point]]]]) -> SimplifiedRegions {
        let simplifier = SharedArcSimplifier(minimumArea: Self.simplifyArea)
        return simplifications?.regions(features, with: simplifier) ?? SimplifiedRegions(simplifier.simplify(features))
    }

    /// The map's projection, `.automatic` resolved over the regions' longitude/latitude box.
    func makeProjection(_ map: RegionalMap, regions: [GeoFeature]) -> Projection {
        var kind = map.projection
        if kind == .automatic {
            var lon0 = 180.0, lon1 = -180.0, lat0 = 90.0, lat1 = -90.0
            for r in regions { for p in r.polygons { for c in p.rings.first ?? [] {
                lon0 = min(lon0, c.lon); lon1 = max(lon1, c.lon); lat0 = min(lat0, c.lat); lat1 = max(lat1, c.lat)
            } } }
            kind = lon0 <= lon1 ? MapProjection.automatic(lon: lon0...lon1, lat: lat0...lat1) : .equirectangular(centerLongitude: 0)
        }
        let (raw, λ0) = kind.raw() ?? (EquirectangularRaw(), 0)
        return Projection(raw: raw, centerLongitude: λ0)
    }

    /// The theme's text colour when it reaches 4.5:1 against a region's fill (WCAG), else white
    /// or black, whichever contrasts more: mid-blue classes need pure black or white.
    func labelColor(on fill: Color) -> Color {
        if fill.contrastRatio(with: theme.text) >= 4.5 { return theme.text }
        return fill.contrastRatio(with: .white) > fill.contrastRatio(with: .black) ? .white : .black
    }

    func ringArea(_ ring: [Point]) -> Double {
        var a = AreaStream(); a.rings([ring]); return abs(a.area)
    }

    func style(_ size: Double, _ weight: Font.Weight = .regular, color: Color? = nil) -> TextStyle {
        TextStyle(font: theme.font(size, weight), color: color ?? theme.text)
    }
}
