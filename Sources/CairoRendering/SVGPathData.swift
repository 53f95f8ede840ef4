import Drawing

/// Writes a ``Path`` as compact SVG path data (the `d` attribute).
///
/// Coordinates are snapped to a grid of 10^-decimals points first, and every step after the
/// first is written relative to the previous *snapped* point, so rounding never accumulates
/// along a glyph's contour. Straight segments along an axis become `h`/`v`, a repeated command
/// letter is left out, and a number's minus sign doubles as its separator: all plain SVG 1.1
/// syntax that every importer reads. Moves that draw nothing (a move followed by another move
/// or by the end) and a last segment back to the start right before `z` are dropped.
///
/// ```swift
/// SVGPathData.string(for: Path(rect: Rect(x: 1, y: 2, width: 3, height: 4)), decimals: 2)
/// // "M1 2h3v4h-3z"
/// ```
struct SVGPathData {
    private let decimals: Int
    private var text = ""
    private var lastCommand: Character?
    private var current = (x: 0, y: 0)
    private var start = (x: 0, y: 0)

    /// The path data for `path`, its numbers rounded to `decimals` places.
    static func string(for path: Path, decimals: Int) -> String {
        var writer = SVGPathData(decimals: decimals)
        writer.write(path.elements)
        return writer.text
    }

    private init(decimals: Int) { self.decimals = decimals }

    private mutating func write(_ elements: [Path.Element]) {
        for (index, element) in elements.enumerated() {
            let next = index + 1 < elements.count ? elements[index + 1] : nil
            switch element {
            case .move(let p):
                // A move only matters when something is drawn from it.
                guard let next, !next.isMove else { continue }
                let q = snap(p)
                if text.isEmpty { begin(at: q); continue }
                command("m", [q.x - current.x, q.y - current.y])
                current = q
                start = q
            case .line(let p):
                let q = snap(p)
                if text.isEmpty { begin(at: q); continue }   // as in Cairo: no current point, so it moves
                if q == start, let next, next.isClose { continue }   // `z` draws this segment
                let dx = q.x - current.x, dy = q.y - current.y
                if dy == 0 && dx != 0 {
                    command("h", [dx])
                } else if dx == 0 && dy != 0 {
                    command("v", [dy])
                } else {
                    command("l", [dx, dy])
                }
                current = q
            case .curve(let c1, let c2, let p):
                let a = snap(c1), b = snap(c2), q = snap(p)
                if text.isEmpty { begin(at: a) }   // as in Cairo: the curve starts at its first control point
                command("c", [a.x - current.x, a.y - current.y, b.x - current.x, b.y - current.y,
                              q.x - current.x, q.y - current.y])
                current = q
            case .close:
                command("z", [])
                current = start
            }
        }
    }

    private mutating func begin(at q: (x: Int, y: Int)) {
        command("M", [q.x, q.y])
        current = q
        start = q
    }

    private func snap(_ p: Point) -> (x: Int, y: Int) {
        (SVGNumber.units(p.x, decimals: decimals), SVGNumber.units(p.y, decimals: decimals))
    }

    private mutating func command(_ letter: Character, _ numbers: [Int]) {
        // A repeated letter may be left out, except after a move (its repeats mean "line")
        // and for `z`, which takes no numbers.
        let repeated = letter == lastCommand && letter != "m" && letter != "M" && letter != "z"
        if !repeated { text.append(letter) }
        for (i, n) in numbers.enumerated() {
            let number = SVGNumber.format(units: n, decimals: decimals)
            let needsSeparator = (i > 0 || repeated) && !number.hasPrefix("-")
            if needsSeparator { text.append(" ") }
            text += number
        }
        lastCommand = letter
    }
}

private extension Path.Element {
    var isMove: Bool { if case .move = self { return true } else { return false } }
    var isClose: Bool { if case .close = self { return true } else { return false } }
}
