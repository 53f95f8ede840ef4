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
    static let noDataFill = Color(hex: "#d9d9d9")!
    /// Land with nothing encoded.
    static let landFill = Color(hex: "#eceff1")!
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
        let text = TextLayouter(measurer: measurer)
        let words = MapWords(map.labels)
        var y = 0.0
        if !map.title.isEmpty {
            let t = text.layout([TextSpan(map.title, style: style(theme.chartTitleSize, .bold))], width: width,
                                style: ParagraphStyle(lineHeight: (theme.chartTitleSize * 1.35).rounded()))
            items += t.items(at: Point(x: 0, y: y)); y += t.height
        }
        if let s = map.subtitle, !s.isEmpty {
            let t = text.layout([TextSpan(s, style: style(theme.chartSubtitleSize, color: theme.mutedText))], width: width,
                                style: ParagraphStyle(lineHeight: (theme.chartSubtitleSize * 1.5).rounded()))
            items += t.items(at: Point(x: 0, y: y)); y += t.height
        }
        if y > 0 { y += Self.sectionGap }

        // Classes and fills.
        let drawable = map.regions.filter { !$0.polygons.isEmpty }
        // Classes come from the regions shown: a value whose id matches no region takes no part.
        let breaks = map.isChoropleth
            ? Classification.breaks(drawable.compactMap { map.regionValues[$0.id] }, method: map.classification, count: map.classCount) : []
        let classColors = SequentialPalette.blues(max(1, breaks.count - 1))
        var fills: [String: Color] = [:]
        for r in drawable {
            if map.isChoropleth {
                if let v = map.regionValues[r.id], let c = Classification.classIndex(of: v, breaks: breaks) {
                    fills[r.id] = classColors[min(c, classColors.count - 1)]
                } else { fills[r.id] = Self.noDataFill }
            } else {
                fills[r.id] = map.highlight.contains(r.id) ? theme.accent.mixed(with: theme.background, amount: 0.55) : Self.landFill
            }
        }

        // Symbol sizes: area ∝ value from a zero domain.
        // The largest circle's diameter is about 6 % of the map's width.
        let rMax = max(6, min(width * 0.03, 20))
        let vMax = map.symbols.compactMap(\.value).filter { $0 > 0 }.max() ?? 0
        func radius(_ s: MapSymbol) -> Double? {
            switch map.symbolStyle {
            case .ranked: return Self.rankedRadius
            case .proportional:
                guard let v = s.value, v > 0, vMax > 0 else { return nil }
                return rMax * (v / vMax).squareRoot()
            }
        }

        // Legend.
        let legend = MapLegend(theme: theme, measurer: measurer, words: words).layout(
            map: map, breaks: breaks, colors: classColors, hasNoData: !map.regionsWithoutData.isEmpty && drawable.contains { map.regionValues[$0.id] == nil },
            highlightColor: theme.accent.mixed(with: theme.background, amount: 0.55), rMax: rMax, vMax: vMax,
            rankedRadius: Self.rankedRadius, width: width)
        items += legend.items.map { $0.translated(by: Point(x: 0, y: y)) }
        if legend.height > 0 { y += legend.height + 6 }

        // Footer, measured first so the frame height is known.
        var footer: [String] = []
        if let n = map.note, !n.isEmpty { footer.append("\(map.labels.note): \(n)") }
        var sourceParts: [String] = []
        if let s = map.source, !s.isEmpty { sourceParts.append("\(map.labels.source): \(s)") }
        if let b = map.boundarySource, !b.isEmpty { sourceParts.append("\(words.map): \(b)") }
        if !sourceParts.isEmpty { footer.append(sourceParts.joined(separator: ". ")) }

        // Map area: the shapes' aspect, capped. Regions in insets take no part in the main fit.
        let insetIDs = Set(map.insets.flatMap(\.regionIDs))
        let shown = drawable.filter { !insetIDs.contains($0.id) }
        var projection = makeProjection(map, regions: shown)
        // Every ring is projected once, at scale 1: the aspect and the fit measure those points,
        // and drawing only scales and moves them (projecting is most of a map's layout time).
        let unit = shown.map { projection.projectedRings($0) }
        var b0 = BoundsStream()
        for region in unit { for polygon in region { b0.rings(polygon) } }
        let aspect = b0.rect.map { $0.width > 0 ? $0.height / $0.width : map.maxAspect } ?? map.maxAspect
        let mapHeight = (min(aspect, map.maxAspect) * (width - 2 * Self.padding) + 2 * Self.padding).rounded()
        let area = Rect(x: 0, y: y, width: width, height: mapHeight)
        projection.fit(unitBounds: b0.rect, into: area.insetBy(dx: Self.padding, dy: Self.padding))

        // Regions: place, simplify per shared border, draw.
        let simplified = simplify(unit.map(projection.place))
        let projected = simplified.polygons
        var mapItems: [FrameItem] = []
        var bounds = BoundsStream()
        let border = Stroke(color: theme.background, width: 0.6)
        for (i, r) in shown.enumerated() {
            for polygon in projected[i] { bounds.rings(polygon) }
            mapItems.append(.path(PathItem(simplified.paths[i], fill: fills[r.id], stroke: border)))
        }
        // Highlighted outlines on top of every neighbour's fill.
        for (i, r) in shown.enumerated() where map.highlight.contains(r.id) {
            mapItems.append(.path(PathItem(simplified.paths[i], stroke: Stroke(color: theme.accent, width: 0.9))))
        }

        // Insets: a framed box in a corner, its regions fitted on their own.
        var insetBoxes: [(box: Rect, projection: Projection, lon: ClosedRange<Double>, lat: ClosedRange<Double>)] = []
        for inset in map.insets {
            let regions = drawable.filter { inset.regionIDs.contains($0.id) }
            guard let drawn = drawInset(inset, regions: regions, map: map, area: area, fills: fills, into: &mapItems) else { continue }
            insetBoxes.append(drawn)
        }
        // A point belongs to an inset when it lies inside one of the inset's regions.
        let insetRegions = map.insets.map { inset in drawable.filter { inset.regionIDs.contains($0.id) } }
        func insetIndex(_ c: GeoCoordinate) -> Int? {
            guard insetBoxes.count == map.insets.count else { return nil }
            return insetRegions.firstIndex { regions in regions.contains { $0.contains(c) } }
        }

        // Symbols, largest first so small ones stay on top.
        var placed: [PlacedSymbol] = []
        var symbolInset: [Int?] = []
        for s in map.symbols {
            let inset = insetIndex(s.coordinate)
            let proj = inset.map { insetBoxes[$0].projection } ?? projection
            guard let p = proj(s.coordinate), let r = radius(s) else { continue }
            placed.append(PlacedSymbol(label: s.label, center: p, radius: r, value: s.value))
            symbolInset.append(inset)
        }
        let insetOf = Dictionary(zip(placed.map(\.label), symbolInset), uniquingKeysWith: { a, _ in a })
        placed.sort { $0.radius > $1.radius }
        let ranks = Dictionary(map.symbols.map { ($0.label, $0.rank) }, uniquingKeysWith: { a, _ in a })
        for s in placed {
            let circle = Path.circle(center: s.center, radius: s.radius)
            switch map.symbolStyle {
            case .proportional:
                mapItems.append(.path(PathItem(circle, fill: theme.accent.withAlpha(0.72), stroke: Stroke(color: theme.background, width: 0.75))))
            case .ranked:
                mapItems.append(.path(PathItem(circle, fill: theme.accent, stroke: Stroke(color: theme.background, width: 1))))
                if let rank = ranks[s.label] ?? nil {
                    let font = theme.font(theme.chartLabelSize, .bold)
                    let ct = ChartText(measurer: measurer)
                    mapItems.append(.text(ct.line(String(rank), style: TextStyle(font: font, color: .white), x: s.center.x,
                                                  baseline: ct.centredBaseline(font, on: s.center.y), anchor: .middle)))
                }
            }
        }

        // Labels: points by priority (rank, then value, then order), then region names.
        var placer = PointLabelPlacer(bounds: area, occupied: [],
                                      circles: placed.map { .init(center: $0.center, radius: $0.radius) },
                                      blocked: insetBoxes.map(\.box))
        var dropped: [String] = []
        var labelBoxes: [Rect] = []
        let labelFont = theme.font(theme.chartLabelSize, .bold)
        let ct = ChartText(measurer: measurer)
        let order = placed.indices.sorted { a, b in
            let ra = ranks[placed[a].label] ?? nil, rb = ranks[placed[b].label] ?? nil
            if ra != rb { return (ra ?? .max) < (rb ?? .max) }
            if placed[a].radius != placed[b].radius { return placed[a].radius > placed[b].radius }
            return a < b
        }
        let m = measurer.metrics(of: labelFont)
        let halo = Self.labelHalo
        for i in order {
            let s = placed[i]
            let size = Size(width: measurer.width(of: s.label, font: labelFont) + 2 * halo, height: m.ascent + m.descent + 2 * halo)
            let within = (insetOf[s.label] ?? nil).map { insetBoxes[$0].box }
            guard let box = placer.place(size: size, around: s.center, radius: s.radius, gap: 0.3 * theme.chartLabelSize - halo, within: within) else {
                dropped.append(s.label); continue
            }
            labelBoxes.append(box)
            // A translucent backing keeps the label legible where it crosses borders and tints.
            mapItems.append(.path(PathItem(Path(rect: box), fill: theme.background.withAlpha(0.7))))
            mapItems.append(.text(ct.line(s.label, style: TextStyle(font: labelFont, color: theme.text), x: box.minX + halo,
                                          baseline: box.minY + halo + m.ascent)))
        }
        var occupied = placer.occupied
        let regionFont = theme.font(theme.chartLabelSize * 0.9)
        let rm = measurer.metrics(of: regionFont)
        for (r, polygons) in zip(shown, projected) where map.regionLabels.contains(r.id) {
            let largest = polygons.max { ringArea($0[0]) < ringArea($1[0]) }
            guard let rings = largest, let (pole, distance) = PoleOfInaccessibility.find(rings, precision: 0.5) else { dropped.append(r.name); continue }
            let w = measurer.width(of: r.name, font: regionFont), h = rm.ascent + rm.descent
            guard distance >= h / 2 + 2 else { dropped.append(r.name); continue }
            // The pole first, then nearby centres along its row and the rows above and below: a
            // long name in a long region often fits beside the pole rather than on it.
            var centres = [pole]
            for dy in [0.0, -h, h] {
                for k in 1...8 { for sign in [-1.0, 1.0] { centres.append(Point(x: pole.x + sign * Double(k) * w / 8, y: pole.y + dy)) } }
                if dy != 0 { centres.append(Point(x: pole.x, y: pole.y + dy)) }
            }
            func fits(_ c: Point) -> Rect? {
                let box = Rect(x: c.x - w / 2, y: c.y - h / 2, width: w, height: h)
                // The whole box must lie inside the region: its corners and edge midpoints, not just its centre.
                let probes = [0.0, 0.5, 1].flatMap { fx in [0.0, 0.5, 1].map { fy in Point(x: box.minX + fx * w, y: box.minY + fy * h) } }
                guard area.contains(box), !insetBoxes.contains(where: { $0.box.intersects(box) }),
                      probes.allSatisfy({ PoleOfInaccessibility.signedDistance($0, rings) > 0.5 }),
                      !occupied.contains(where: { $0.intersects(box) }),
                      !placer.circles.contains(where: { PointLabelPlacer.overlaps($0, box) }) else { return nil }
                return box
            }
            guard let box = centres.lazy.compactMap(fits).first else { dropped.append(r.name); continue }
            occupied.append(box); labelBoxes.append(box)
            mapItems.append(.text(ct.line(r.name, style: TextStyle(font: regionFont, color: labelColor(on: fills[r.id] ?? theme.background)),
                                          x: box.minX, baseline: box.minY + rm.ascent)))
        }
        // Clip only when something reaches past the map area (a symbol at the edge): some SVG
        // readers handle clip paths poorly, so a map that fits is left unclipped.
        let ink = Frame(size: Size(width: width, height: area.maxY), items: mapItems).inkBounds
        let needsClip = ink.map { !area.contains($0, tolerance: 0.5) } ?? false
        items.append(.group(Group(clip: needsClip ? area : nil, items: mapItems)))
        y = area.maxY + Self.sectionGap

        for line in footer {
            let t = text.layout([TextSpan(line, style: style(theme.chartSourceSize, color: theme.mutedText))], width: width,
                                style: ParagraphStyle(lineHeight: (theme.chartSourceSize * 1.5).rounded()))
            items += t.items(at: Point(x: 0, y: y)); y += t.height
        }
        let frame = Frame(size: Size(width: width, height: y.rounded(.up)), items: items)
        return Result(frame: frame, mapArea: area, regionBounds: bounds.rect, droppedLabels: dropped, symbols: placed,
                      labelBoxes: labelBoxes, regionFills: fills, breaks: breaks)
    }

    /// Projected regions with their shared borders simplified, through the memo when there is one.
    func simplify(_ features: [[[[Point]]]]) -> SimplifiedRegions {
        let simplifier = SharedArcSimplifier(minimumArea: Self.simplifyArea)
        return simplifications?.regions(features, with: simplifier) ?? SimplifiedRegions(simplifier.simplify(features))
    }

    /// Draws one inset (background, hairline frame, regions, highlight, caption) and returns its
    /// box, projection and longitude/latitude extent; nil when none of its regions can be drawn.
    func drawInset(_ inset: MapInset, regions: [GeoFeature], map: RegionalMap, area: Rect, fills: [String: Color],
                   into items: inout [FrameItem]) -> (box: Rect, projection: Projection, lon: ClosedRange<Double>, lat: ClosedRange<Double>)? {
        var lon0 = 180.0, lon1 = -180.0, lat0 = 90.0, lat1 = -90.0
        for r in regions { for p in r.polygons { for c in p.rings.first ?? [] {
            lon0 = min(lon0, c.lon); lon1 = max(lon1, c.lon); lat0 = min(lat0, c.lat); lat1 = max(lat1, c.lat)
        } } }
        guard lon0 <= lon1 else { return nil }
        var projection = makeProjection(map, regions: regions)
        var b = BoundsStream()
        for r in regions { projection.stream(r, into: &b) }
        guard let rb = b.rect, rb.width > 0 || rb.height > 0 else { return nil }
        let pad = Self.padding / 2
        let w = (area.width - 2 * Self.padding) * inset.size
        let aspect = rb.width > 0 ? rb.height / rb.width : 1
        let h = min(max(w * aspect, 30), area.height * 0.5)
        let left = inset.corner == .topLeft || inset.corner == .bottomLeft
        let top = inset.corner == .topLeft || inset.corner == .topRight
        let box = Rect(x: left ? area.minX + pad : area.maxX - pad - w, y: top ? area.minY + pad : area.maxY - pad - h, width: w, height: h)
        let captionFont = theme.font(theme.chartLabelSize * 0.85)
        let cm = measurer.metrics(of: captionFont)
        let captionHeight = inset.label.map { _ in cm.ascent + cm.descent + 2 } ?? 0
        guard projection.fit(regions, into: Rect(x: box.minX + 4, y: box.minY + 4 + captionHeight, width: box.width - 8,
                                                 height: max(1, box.height - 8 - captionHeight))) else { return nil }
        items.append(.path(PathItem(Path(rect: box), fill: theme.background, stroke: Stroke(color: theme.mutedText, width: 0.5))))
        let simplified = simplify(regions.map { projection.project($0) })
        for (r, path) in zip(regions, simplified.paths) {
            items.append(.path(PathItem(path, fill: fills[r.id], stroke: Stroke(color: theme.background, width: 0.6))))
            if map.highlight.contains(r.id) { items.append(.path(PathItem(path, stroke: Stroke(color: theme.accent, width: 0.9)))) }
        }
        if let label = inset.label {
            let ct = ChartText(measurer: measurer)
            var line = ct.line(label, style: TextStyle(font: captionFont, color: theme.mutedText), x: box.minX + 4, baseline: box.minY + 3 + cm.ascent)
            line = ct.clamped(line, minX: box.minX + 2, maxX: box.maxX - 2)
            items.append(.text(line))
        }
        return (box, projection, lon0...lon1, lat0...lat1)
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
