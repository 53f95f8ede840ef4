import Drawing

/// Where a line chart's moments fall across the plot, and the ticks that label them: by date
/// when every category reads as one (so irregular spacing shows), else evenly in data order.
struct LineXAxis {
    /// A labelled tick: its position in axis units, its label, and the year under it where one starts.
    struct Tick: Equatable {
        var position: Double
        var main: String
        var year: String?
    }

    /// Each category's position in axis units (the time unit, or its index).
    let positions: [Double]
    /// The finest granularity of the categories, nil for an ordinal axis.
    let unit: TimePoint.Granularity?
    let lower: Double
    let upper: Double
    private let categories: [String]

    init(chart: LineChart) {
        categories = chart.categories
        if let points = chart.timePoints {
            let unit = points.map(\.granularity).min() ?? .year
            self.unit = unit
            positions = points.map { $0.position(in: unit) }
        } else {
            unit = nil
            positions = categories.indices.map(Double.init)
        }
        lower = positions.min() ?? 0
        upper = positions.max() ?? 0
    }

    /// Category indices in axis order (data order when positions tie).
    var order: [Int] { positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) } }

    /// The ticks for an axis `length` points long whose labels, in `font`, stand apart.
    func ticks(length: Double, measurer: any TextMeasuring, font: Font, korean: Bool) -> [Tick] {
        guard !positions.isEmpty else { return [] }
        let scale = length / max(upper - lower, 1e-9)
        func fits(_ ticks: [Tick]) -> Bool {
            guard ticks.count > 1 else { return true }
            for (a, b) in zip(ticks, ticks.dropFirst()) {
                let wa = max(measurer.width(of: a.main, font: font), a.year.map { measurer.width(of: $0, font: font) } ?? 0)
                let wb = max(measurer.width(of: b.main, font: font), b.year.map { measurer.width(of: $0, font: font) } ?? 0)
                if (b.position - a.position) * scale < (wa + wb) / 2 + 10 { return false }
            }
            return true
        }
        guard let unit else {
            // Ordinal: every k-th category, from the first.
            for k in 1...max(1, positions.count) {
                let ticks = stride(from: 0, to: categories.count, by: k).map { Tick(position: positions[$0], main: categories[$0]) }
                if fits(ticks) { return ticks }
            }
            return [Tick(position: positions[0], main: categories[0])]
        }
        if upper == lower, let p = TimeTicks.point(at: lower, in: unit) {
            let step = TimeTicks.Step(unit, 1)
            let label = step.label(for: p, after: nil, korean: korean)
            return [Tick(position: lower, main: label.main, year: label.year)]
        }
        // About one labelled moment per 55 pt at most: a label on every month of two years reads as a ruler, not a time line.
        let room = max(1, length / 55)
        for step in TimeTicks.candidates(for: unit) where (upper - lower) / step.length(in: unit) <= room {
            let points = TimeTicks.ticks(from: lower, to: upper, unit: unit, step: step)
            guard !points.isEmpty else { continue }
            var ticks: [Tick] = []
            var previous: TimePoint?
            for p in points {
                let label = step.label(for: p, after: previous, korean: korean)
                ticks.append(Tick(position: p.position(in: unit), main: label.main, year: label.year))
                previous = p
            }
            if fits(ticks) { return ticks }
        }
        // Nothing fits between the ends: label the first moment alone.
        guard let start = TimeTicks.point(at: lower, in: unit) else { return [] }
        let first = TimeTicks.Step(unit, 1).label(for: start, after: nil, korean: korean)
        return [Tick(position: lower, main: first.main, year: first.year)]
    }
}
