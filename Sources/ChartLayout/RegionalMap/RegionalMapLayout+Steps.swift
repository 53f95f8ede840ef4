import Drawing

// The steps of RegionalMapLayout.layout(_:width:), in the order it takes them: the header,
// classes and fills, the fit, regions, insets, symbols, point labels and region labels.
extension RegionalMapLayout {
    /// What is drawn inside the map area, and what the labelling left out, as the steps go.
    struct MapLayers {
        var items: [FrameItem] = []
        /// Every label box placed on the map, points and regions.
        var labelBoxes: [Rect] = []
        /// Labels that found no free place, in the order they were tried.
        var dropped: [String] = []
    }

    /// The main map's fit: the regions it shows (insets' regions left out), their rings projected at
    /// scale 1, and the projection fitted to the area, whose height follows the shapes' aspect.
    struct MainFit {
        var shown: [GeoFeature]
        var unitRings: [[[[Point]]]]
        var projection: Projection
        var area: Rect
    }

    /// Symbol radii: area ∝ value from a zero domain, the largest circle's diameter about 6 % of the
    /// map's width; ranked markers all alike.
    struct SymbolSizes {
        let style: RegionalMap.SymbolStyle
        /// The radius of the largest value's circle.
        let rMax: Double
        /// The largest positive value, 0 when there is none.
        let vMax: Double

        init(map: RegionalMap, width: Double) {
            style = map.symbolStyle
            rMax = max(6, min(width * 0.03, 20))
            vMax = map.symbols.compactMap(\.value).filter { $0 > 0 }.max() ?? 0
        }

        /// The radius of `symbol`'s circle; nil when a proportional symbol has no positive value to show.
        func radius(_ symbol: MapSymbol) -> Double? {
            switch style {
            case .ranked: return RegionalMapLayout.rankedRadius
            case .proportional:
                guard let v = symbol.value, v > 0, vMax > 0 else { return nil }
                return rMax * (v / vMax).squareRoot()
            }
        }
    }

    /// The insets as drawn, for telling which of them a point belongs to.
    struct Insets {
        /// The boxes and fits of the insets that could be drawn, in order.
        var drawn: [(box: Rect, projection: Projection, lon: ClosedRange<Double>, lat: ClosedRange<Double>)]
        /// Each inset's regions, for every inset of the map.
        var regions: [[GeoFeature]]

        /// The inset whose regions contain `c`; nil when none does, or when an inset could not be
        /// drawn (then positions in `drawn` no longer match the map's insets).
        func index(of c: GeoCoordinate) -> Int? {
            guard drawn.count == regions.count else { return nil }
            return regions.firstIndex { members in members.contains { $0.contains(c) } }
        }
    }

    /// Symbols where they are drawn, largest first, with the inset each belongs to and their ranks.
    struct PlacedSymbols {
        var placed: [PlacedSymbol]
        /// The inset of each symbol's label (the first symbol's, when labels repeat).
        var insetOf: [String: Int?]
        var ranks: [String: Int?]
    }

    /// Title and subtitle at the top of `items`; the y where what follows starts.
    func header(_ map: RegionalMap, width: Double, into items: inout [FrameItem]) -> Double {
        let text = TextLayouter(measurer: measurer)
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
        return y
    }

    /// A choropleth's classes and each drawable region's fill: by class, grey without data; or land,
    /// tinted when highlighted, on a map that encodes no values.
    func classify(_ map: RegionalMap, drawable: [GeoFeature]) -> (breaks: [Double], colors: [Color], fills: [String: Color]) {
        // Classes come from the regions shown: a value whose id matches no region takes no part.
        let breaks = map.isChoropleth
            ? Classification.breaks(drawable.compactMap { map.regionValues[$0.id] }, method: map.classification, count: map.classCount) : []
        let colors = SequentialPalette.blues(max(1, breaks.count - 1))
        var fills: [String: Color] = [:]
        for r in drawable {
            if map.isChoropleth {
                if let v = map.regionValues[r.id], let c = Classification.classIndex(of: v, breaks: breaks) {
                    fills[r.id] = colors[min(c, colors.count - 1)]
                } else { fills[r.id] = Self.noDataFill }
            } else {
                fills[r.id] = map.highlight.contains(r.id) ? theme.accent.mixed(with: theme.background, amount: 0.55) : Self.landFill
            }
        }
        return (breaks, colors, fills)
    }

    /// The note line, then the source with the boundary credit.
    func footerLines(_ map: RegionalMap, words: MapWords) -> [String] {
        var footer: [String] = []
        if let n = map.note, !n.isEmpty { footer.append("\(map.labels.note): \(n)") }
        var sourceParts: [String] = []
        if let s = map.source, !s.isEmpty { sourceParts.append("\(map.labels.source): \(s)") }
        if let b = map.boundarySource, !b.isEmpty { sourceParts.append("\(words.map): \(b)") }
        if !sourceParts.isEmpty { footer.append(sourceParts.joined(separator: ". ")) }
        return footer
    }

    /// The map area from `top`: the shapes' aspect, capped. Regions in insets take no part in the main fit.
    func fitMap(_ map: RegionalMap, drawable: [GeoFeature], width: Double, top: Double) -> MainFit {
        let insetIDs = Set(map.insets.flatMap(\.regionIDs))
        let shown = drawable.filter { !insetIDs.contains($0.id) }
        var projection = makeProjection(map, regions: shown)
        // Every ring is projected once, at scale 1: the aspect and the fit measure those points,
        // and drawing only scales and moves them (projecting is most of a map's layout time).
        let unit = shown.map { projection.projectedRings($0) }
        var b0 = BoundsStream()
        for region in unit { for polygon in region { b0.rings(polygon) } }
        // With its outline drawn, the globe is what is fitted: land alone would push the edge off.
        if map.showsSphere { b0.rings([projection.sphereOutline()]) }
        let aspect = b0.rect.map { $0.width > 0 ? $0.height / $0.width : map.maxAspect } ?? map.maxAspect
        let mapHeight = (min(aspect, map.maxAspect) * (width - 2 * Self.padding) + 2 * Self.padding).rounded()
        let area = Rect(x: 0, y: top, width: width, height: mapHeight)
        projection.fit(unitBounds: b0.rect, into: area.insetBy(dx: Self.padding, dy: Self.padding))
        return MainFit(shown: shown, unitRings: unit, projection: projection, area: area)
    }

    /// The main map's regions placed, simplified per shared border and drawn, highlighted outlines on
    /// top of every neighbour's fill; their polygons as drawn, and the bounds of them all.
    func drawRegions(_ main: MainFit, map: RegionalMap, fills: [String: Color],
                             into layers: inout MapLayers) -> (projected: [[[[Point]]]], bounds: Rect?) {
        drawGlobe(main.projection, map: map, into: &layers)
        let simplified = simplify(main.unitRings.map(main.projection.place))
        var bounds = BoundsStream()
        let border = Stroke(color: theme.background, width: 0.6)
        for (i, r) in main.shown.enumerated() {
            for polygon in simplified.polygons[i] { bounds.rings(polygon) }
            layers.items.append(.path(PathItem(simplified.paths[i], fill: fills[r.id], stroke: border)))
        }
        for (i, r) in main.shown.enumerated() where map.highlight.contains(r.id) {
            layers.items.append(.path(PathItem(simplified.paths[i], stroke: Stroke(color: theme.accent, width: 0.9))))
        }
        return (simplified.polygons, bounds.rect)
    }

    /// The graticule and the sphere's outline, when asked for: hairlines in the grid colour under
    /// the land, as the FT and Datawrapper draw them, so they frame the map without competing.
    func drawGlobe(_ projection: Projection, map: RegionalMap, into layers: inout MapLayers) {
        if let step = map.graticuleStep {
            var path = Path()
            for line in projection.graticule(step: step) {
                guard let first = line.first else { continue }
                path.move(to: first)
                for p in line.dropFirst() { path.line(to: p) }
            }
            layers.items.append(.path(PathItem(path, stroke: Stroke(color: theme.grid, width: 0.4))))
        }
        if map.showsSphere {
            var stream = PathStream()
            stream.rings([projection.sphereOutline()])
            layers.items.append(.path(PathItem(stream.path, stroke: Stroke(color: theme.grid.mixed(with: theme.mutedText, amount: 0.35), width: 0.6))))
        }
    }

    /// Each inset in its framed corner box, its regions fitted on their own.
    func drawInsets(_ map: RegionalMap, drawable: [GeoFeature], area: Rect, fills: [String: Color],
                            into layers: inout MapLayers) -> Insets {
        var drawn: [(box: Rect, projection: Projection, lon: ClosedRange<Double>, lat: ClosedRange<Double>)] = []
        for inset in map.insets {
            let regions = drawable.filter { inset.regionIDs.contains($0.id) }
            guard let inset = drawInset(inset, regions: regions, map: map, area: area, fills: fills, into: &layers.items) else { continue }
            drawn.append(inset)
        }
        // A point belongs to an inset when it lies inside one of the inset's regions.
        return Insets(drawn: drawn, regions: map.insets.map { inset in drawable.filter { inset.regionIDs.contains($0.id) } })
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

    /// Where each symbol goes, through its inset's projection when it lies in one; symbols that
    /// cannot be projected or have no size are left out. Largest first, so small ones are drawn on top.
    func placeSymbols(_ map: RegionalMap, sizes: SymbolSizes, projection: Projection, insets: Insets) -> PlacedSymbols {
        var placed: [PlacedSymbol] = []
        var symbolInset: [Int?] = []
        for s in map.symbols {
            let inset = insets.index(of: s.coordinate)
            let proj = inset.map { insets.drawn[$0].projection } ?? projection
            guard let p = proj(s.coordinate), let r = sizes.radius(s) else { continue }
            placed.append(PlacedSymbol(label: s.label, center: p, radius: r, value: s.value))
            symbolInset.append(inset)
        }
        let insetOf = Dictionary(zip(placed.map(\.label), symbolInset), uniquingKeysWith: { a, _ in a })
        placed.sort { $0.radius > $1.radius }
        let ranks = Dictionary(map.symbols.map { ($0.label, $0.rank) }, uniquingKeysWith: { a, _ in a })
        return PlacedSymbols(placed: placed, insetOf: insetOf, ranks: ranks)
    }

    /// Translucent circles for proportional symbols; accent discs carrying their rank for ranked ones.
    func drawSymbols(_ symbols: PlacedSymbols, style: RegionalMap.SymbolStyle, into layers: inout MapLayers) {
        for s in symbols.placed {
            let circle = Path.circle(center: s.center, radius: s.radius)
            switch style {
            case .proportional:
                layers.items.append(.path(PathItem(circle, fill: theme.accent.withAlpha(0.72), stroke: Stroke(color: theme.background, width: 0.75))))
            case .ranked:
                layers.items.append(.path(PathItem(circle, fill: theme.accent, stroke: Stroke(color: theme.background, width: 1))))
                if let rank = symbols.ranks[s.label] ?? nil {
                    let font = theme.font(theme.chartLabelSize, .bold)
                    let ct = ChartText(measurer: measurer)
                    layers.items.append(.text(ct.line(String(rank), style: TextStyle(font: font, color: .white), x: s.center.x,
                                                      baseline: ct.centredBaseline(font, on: s.center.y), anchor: .middle)))
                }
            }
        }
    }

    /// Point labels by priority (rank, then size, then order), each on a translucent backing; the
    /// placer afterwards holds every box taken and the symbols' circles.
    func placePointLabels(_ symbols: PlacedSymbols, map: RegionalMap, area: Rect, insets: Insets,
                                  into layers: inout MapLayers) -> PointLabelPlacer {
        let placed = symbols.placed, ranks = symbols.ranks
        var placer = PointLabelPlacer(bounds: area, occupied: [],
                                      circles: placed.map { .init(center: $0.center, radius: $0.radius) },
                                      blocked: insets.drawn.map(\.box))
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
            let within = (symbols.insetOf[s.label] ?? nil).map { insets.drawn[$0].box }
            guard let box = placer.place(size: size, around: s.center, radius: s.radius, gap: 0.3 * theme.chartLabelSize - halo, within: within) else {
                layers.dropped.append(s.label); continue
            }
            layers.labelBoxes.append(box)
            // A translucent backing keeps the label legible where it crosses borders and tints.
            layers.items.append(.path(PathItem(Path(rect: box), fill: theme.background.withAlpha(0.7))))
            layers.items.append(.text(ct.line(s.label, style: TextStyle(font: labelFont, color: theme.text), x: box.minX + halo,
                                              baseline: box.minY + halo + m.ascent)))
        }
        return placer
    }

    /// Region names at their pole of inaccessibility, or beside it, where the whole name fits inside
    /// the region clear of every label, symbol and inset; otherwise dropped.
    func placeRegionLabels(_ map: RegionalMap, shown: [GeoFeature], projected: [[[[Point]]]], fills: [String: Color], area: Rect,
                                   insets: Insets, placer: PointLabelPlacer, into layers: inout MapLayers) {
        var occupied = placer.occupied
        let regionFont = theme.font(theme.chartLabelSize * 0.9)
        let rm = measurer.metrics(of: regionFont)
        let ct = ChartText(measurer: measurer)
        for (r, polygons) in zip(shown, projected) where map.regionLabels.contains(r.id) {
            let largest = polygons.max { ringArea($0[0]) < ringArea($1[0]) }
            guard let rings = largest, let (pole, distance) = PoleOfInaccessibility.find(rings, precision: 0.5) else { layers.dropped.append(r.name); continue }
            let w = measurer.width(of: r.name, font: regionFont), h = rm.ascent + rm.descent
            guard distance >= h / 2 + 2 else { layers.dropped.append(r.name); continue }
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
                guard area.contains(box), !insets.drawn.contains(where: { $0.box.intersects(box) }),
                      probes.allSatisfy({ PoleOfInaccessibility.signedDistance($0, rings) > 0.5 }),
                      !occupied.contains(where: { $0.intersects(box) }),
                      !placer.circles.contains(where: { PointLabelPlacer.overlaps($0, box) }) else { return nil }
                return box
            }
            guard let box = centres.lazy.compactMap(fits).first else { layers.dropped.append(r.name); continue }
            occupied.append(box); layers.labelBoxes.append(box)
            layers.items.append(.text(ct.line(r.name, style: TextStyle(font: regionFont, color: labelColor(on: fills[r.id] ?? theme.background)),
                                              x: box.minX, baseline: box.minY + rm.ascent)))
        }
    }

    /// The map's items as one group, clipped only when something reaches past the map area (a symbol
    /// at the edge): some SVG readers handle clip paths poorly, so a map that fits is left unclipped.
    func mapGroup(_ mapItems: [FrameItem], area: Rect, width: Double) -> FrameItem {
        let ink = Frame(size: Size(width: width, height: area.maxY), items: mapItems).inkBounds
        let needsClip = ink.map { !area.contains($0, tolerance: 0.5) } ?? false
        return .group(Group(clip: needsClip ? area : nil, items: mapItems))
    }
}
