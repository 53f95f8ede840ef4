import Drawing

/// Places an annotation's text near what it points at, and draws a leader to it when the text
/// does not sit directly against the target's end on the target's own band.
///
/// The placer knows nothing of bars: a chart hands it the target (a rectangle or a point, and
/// which way its value end faces), everything drawn as boxes and lines, the marks a reader could
/// take the annotation to be about, and the area the text may use. Candidates come from bands
/// along the target's end (its own band first, then bands beside it), each slid to the first free
/// position; every candidate is scored by its distance to the target, with costs for a leader, an
/// elbow, more lines, and for standing nearer to another mark than to the target. The cheapest
/// wins; of two as cheap the earlier generated, so the result never depends on hashing.
/// Candidates are a fixed number per annotation, each checked against every obstacle: placement
/// is linear in the number of obstacles.
///
/// ```swift
/// let placer = AnnotationPlacer(measurer: measurer, style: style)
/// if let placed = placer.place("중국의 약 9배", target: usBar, obstacles: obstacles, area: plot) {
///     items += placed.items(style: style)
/// }
/// ```
public struct AnnotationPlacer {
    /// Where text widths come from.
    public let measurer: any TextMeasuring
    /// How the text and leaders are set.
    public let style: AnnotationStyle

    /// Creates a placer.
    public init(measurer: any TextMeasuring, style: AnnotationStyle) { self.measurer = measurer; self.style = style }

    /// Bands tried on each side of the target.
    static let bandsPerSide = 8
    /// Costs, in points of distance, of what makes a placement worse.
    static let leaderCost = 6.0, elbowCost = 4.0, extraLineCost = 3.0, ambiguousCost = 40.0

    /// Where `text` goes, or nil when no candidate keeps clear of everything (the caller then
    /// says it another way, such as a note under the chart).
    public func place(_ text: String, target: AnnotationTarget, obstacles: AnnotationObstacles, area: Rect) -> PlacedAnnotation? {
        var best: (cost: Double, placed: PlacedAnnotation)?
        let maxWidth = style.maxWidthShare * area.width
        // The fewest lines, directly against the end, with no leader, is as good as it gets: tried before anything else.
        if let block = blocks(for: text, maxWidth: maxWidth, limit: 1).first, let inner = Self.tightBox(block) {
            let first = againstCandidate(size: inner.size, target: target)
            if let (_, leader) = evaluate(first, block: block, inner: inner, target: target, obstacles: obstacles, area: area), leader.isEmpty {
                return PlacedAnnotation(block: block, origin: Point(x: first.box.minX - inner.minX, y: first.box.minY - inner.minY),
                                        box: first.box, leader: leader)
            }
        }
        for block in blocks(for: text, maxWidth: maxWidth) {
            guard let inner = Self.tightBox(block) else { continue }
            let lineCost = Double(block.lines.count - 1) * Self.extraLineCost
            // Text set against the end with no leader is as good as a setting gets, and no setting with more
            // lines does better: then nothing else is generated.
            if let best, best.cost <= style.gap + lineCost + 1e-9 { break }
            for candidate in candidates(size: inner.size, target: target, obstacles: obstacles, area: area) {
                // A candidate that cannot beat the best so far, even with the shortest leader, is not checked further.
                let bound = candidate.box.distance(to: target.extent) + lineCost + (candidate.against ? 0 : Self.leaderCost)
                if let best, bound >= best.cost - 1e-9 { continue }
                guard let (cost, leader) = evaluate(candidate, block: block, inner: inner, target: target, obstacles: obstacles, area: area)
                else { continue }
                let total = cost + lineCost
                if best.map({ total < $0.cost - 1e-9 }) ?? true {
                    let origin = Point(x: candidate.box.minX - inner.minX, y: candidate.box.minY - inner.minY)
                    best = (total, PlacedAnnotation(block: block, origin: origin, box: candidate.box, leader: leader))
                }
            }
        }
        return best?.placed
    }

    /// The text set as it may appear: on one line when it fits the measure, and wrapped to two
    /// and three lines, fewest lines first; never more than `maxLines`, never wider than `maxWidth`.
    public func blocks(for text: String, maxWidth: Double) -> [TextBlock] { blocks(for: text, maxWidth: maxWidth, limit: .max) }

    /// The first `limit` settings of ``blocks(for:maxWidth:)``: setting text costs, and most notes fit on one line.
    func blocks(for text: String, maxWidth: Double, limit: Int) -> [TextBlock] {
        let layouter = TextLayouter(measurer: measurer)
        let spans = [TextSpan(text, style: TextStyle(font: style.font, color: style.color))]
        let paragraph = ParagraphStyle(lineHeight: style.lineHeight, alignment: .left)
        let natural = layouter.naturalWidth(of: spans)
        guard natural > 0 else { return [] }
        let words = text.split(separator: " ").joined(separator: " ")
        var out: [TextBlock] = []
        var seen: Set<Int> = []
        // Measures to try: the whole line, then balanced two- and three-line settings, then the widest allowed.
        let measures = [natural + 0.5, natural / 2 + style.font.size, natural / 3 + style.font.size, maxWidth]
        for measure in measures where measure <= maxWidth + 0.5 || measure == maxWidth {
            let block = layouter.layout(spans, width: min(measure, maxWidth), style: paragraph)
            let count = block.lines.count
            // A word broken inside to fit a narrow measure is worse than a longer line: lines must part at spaces.
            let breaksWord = measure != maxWidth && block.lines.map(\.text).joined(separator: " ") != words
            guard count >= 1, count <= style.maxLines, block.naturalWidth <= maxWidth + 0.5, !breaksWord, !seen.contains(count) else { continue }
            seen.insert(count)
            out.append(block)
            if out.count >= limit { break }
        }
        return out.sorted { $0.lines.count < $1.lines.count }
    }

    /// The box around a block's set lines, relative to its origin.
    static func tightBox(_ block: TextBlock) -> Rect? {
        guard let first = block.lines.first?.bounds else { return nil }
        return block.lines.dropFirst().reduce(first) { $0.union($1.bounds) }
    }

    // MARK: - Candidates

    /// A text box to try; `against` when it stands directly beyond the target's end on its band.
    struct Candidate { var box: Rect; var against: Bool }

    /// The box directly beyond the target's end (after its attachments), centred on its band.
    func againstCandidate(size: Size, target: AnnotationTarget) -> Candidate {
        let axes = AlongAcross(end: target.end ?? .right)
        let (length, breadth) = axes.lengths(size)
        let e = axes.along(target.extent), c = axes.across(target.rect)
        let centre = (c.0 + c.1) / 2
        let against = e.1 + style.gap
        return Candidate(box: axes.rect(along: (against, against + length), across: (centre - breadth / 2, centre + breadth / 2)), against: true)
    }

    /// Text boxes of `size` to try: the target's own band beyond its end, then bands beside the
    /// target, nearest first, each slid along to the first free position from a few starts.
    func candidates(size: Size, target: AnnotationTarget, obstacles: AnnotationObstacles, area: Rect) -> [Candidate] {
        let axes = AlongAcross(end: target.end ?? .right)
        let (length, breadth) = axes.lengths(size)
        let t = axes.along(target.rect), e = axes.along(target.extent), c = axes.across(target.rect)
        let centre = (c.0 + c.1) / 2
        let limit = axes.along(area)
        let blocked = Sweep(axes: axes, obstacles: obstacles, clearance: style.clearance)
        var out: [Candidate] = []

        // Own band: against the end (after its attachments), then the first free place further on.
        let own = (centre - breadth / 2, centre + breadth / 2)
        let against = e.1 + style.gap
        out.append(Candidate(box: axes.rect(along: (against, against + length), across: own), against: true))
        if let p = blocked.first(from: against, length: length, across: own, forward: true, limit: limit), p != against {
            out.append(Candidate(box: axes.rect(along: (p, p + length), across: own), against: false))
        }

        // Bands beside the target, far enough for a leader, then half a text height further each time.
        let leaderRoom = 2 * style.leaderInset + style.minimumLeader
        for k in 0..<Self.bandsPerSide {
            let offset = leaderRoom + Double(k) * breadth / 2
            for band in [(c.0 - offset - breadth, c.0 - offset), (c.1 + offset, c.1 + offset + breadth)] {
                let starts: [(Double, Bool)] = [(t.1 - length, false), (t.1 - length, true), (t.1 - length / 2, true),
                                                (e.1 + style.gap, true), (t.1 + leaderRoom, true)]
                for (start, forward) in starts {
                    guard let p = blocked.first(from: start, length: length, across: band, forward: forward, limit: limit) else { continue }
                    out.append(Candidate(box: axes.rect(along: (p, p + length), across: band), against: false))
                }
            }
        }
        return out
    }

    // MARK: - Scoring

    /// The candidate's cost and leader, or nil when it touches something or no leader can reach the target.
    func evaluate(_ candidate: Candidate, block: TextBlock, inner: Rect, target: AnnotationTarget,
                  obstacles: AnnotationObstacles, area: Rect) -> (Double, [Point])? {
        let box = candidate.box
        guard area.contains(box) else { return nil }
        let grown = box.insetBy(dx: -style.clearance, dy: -style.clearance)
        guard !obstacles.rects.contains(where: { $0.intersects(grown) }),
              !obstacles.segments.contains(where: { $0.crosses(grown) }),
              !target.rect.intersects(grown) else { return nil }
        let toTarget = box.distance(to: target.extent)
        let nearestOther = obstacles.marks.map { box.distance(to: $0) }.min() ?? .infinity
        let ambiguous = nearestOther < toTarget + 0.5
        if candidate.against && !ambiguous { return (toTarget, []) }
        // Text standing on another mark's band (its row, its column) and nearer to it reads as that mark's,
        // whatever a leader says: such a place is not taken.
        let axes = AlongAcross(end: target.end ?? .right)
        let across = axes.across(box)
        if ambiguous && obstacles.marks.contains(where: { m in
            let c = axes.across(m)
            return box.distance(to: m) < toTarget + 0.5 && c.0 < across.1 && across.0 < c.1
        }) { return nil }
        // Line boxes in page coordinates: a leader starts beside a line, not beside blank space in the block.
        let dx = box.minX - inner.minX, dy = box.minY - inner.minY
        let lines = block.lines.map { $0.bounds.offsetBy(dx: dx, dy: dy) }
        guard let route = Leader(style: style).route(from: box, lines: lines, to: target, obstacles: obstacles, area: area) else { return nil }
        let cost = toTarget + 0.3 * route.length + Self.leaderCost + (route.points.count > 2 ? Self.elbowCost : 0)
            + (ambiguous ? Self.ambiguousCost : 0)
        return (cost, route.points)
    }
}
