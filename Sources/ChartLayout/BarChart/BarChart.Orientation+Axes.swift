import Drawing

/// A bar plot works in two coordinates: `band`, across the categories, and `value`, along the
/// value axis. The orientation maps them to the page: horizontal bars put bands down the page and
/// values rightwards; vertical columns put bands rightwards and values up, so there a larger value
/// has a smaller y.
///
/// ```swift
/// BarChart.Orientation.vertical.point(band: 10, value: 200)              // (10, 200)
/// BarChart.Orientation.vertical.advance(200, by: 5)                      // 195, five points up
/// BarChart.Orientation.horizontal.rect(band: 10, thickness: 8, low: 50, high: 90)   // x 50, y 10, 40 × 8
/// ```
extension BarChart.Orientation {
    /// The page point `band` across the categories and `value` along the value axis.
    func point(band: Double, value: Double) -> Point {
        switch self {
        case .horizontal: return Point(x: value, y: band)
        case .vertical: return Point(x: band, y: value)
        }
    }

    /// A line across the bands from `start` to `end` at one value position: a gridline, the zero
    /// line or a reference line.
    func line(across start: Double, _ end: Double, at value: Double) -> Path {
        Path(line: point(band: start, value: value), to: point(band: end, value: value))
    }

    /// Two value positions ordered by the values they stand for: the lower value's first.
    func ends(_ a: Double, _ b: Double) -> (low: Double, high: Double) {
        switch self {
        case .horizontal: return (min(a, b), max(a, b))
        case .vertical: return (max(a, b), min(a, b))
        }
    }

    /// The value position `distance` further towards larger values: rightwards, or up the page.
    func advance(_ position: Double, by distance: Double) -> Double {
        switch self {
        case .horizontal: return position + distance
        case .vertical: return position - distance
        }
    }

    /// How far `high` lies beyond `low` towards larger values; negative when it lies short of it.
    func length(from low: Double, to high: Double) -> Double {
        switch self {
        case .horizontal: return high - low
        case .vertical: return low - high
        }
    }

    /// A bar `thickness` wide from `band`, reaching from value position `low` to `high`.
    func rect(band: Double, thickness: Double, low: Double, high: Double) -> Rect {
        switch self {
        case .horizontal: return Rect(x: low, y: band, width: length(from: low, to: high), height: thickness)
        case .vertical: return Rect(x: band, y: high, width: thickness, height: length(from: low, to: high))
        }
    }
}

extension BarChart.Orientation {
    /// The side a bar's value end faces: rightwards or upwards, or the other way for a negative value.
    func endSide(negative: Bool) -> AnnotationTarget.Side {
        switch self {
        case .horizontal: return negative ? .left : .right
        case .vertical: return negative ? .bottom : .top
        }
    }
}
