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
    private var text: [UInt8] = []
    private var lastCommand: UInt8?
    private var current = (x: 0, y: 0)
    private var start = (x: 0, y: 0)

    /// The path data for `path`, its numbers rounded to `decimals` places.
    static func string(for path: Path, decimals: Int) -> String {
        var writer = SVGPathData(decimals: decimals)
        writer.text.reserveCapacity(path.elements.count * 12)
        writer.write(path.elements)
        return String(decoding: writer.text, as: UTF8.self)
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
                command(UInt8(ascii: "m"), q.x - current.x, q.y - current.y)
                current = q
                start = q
            case .line(let p):
                let q = snap(p)
                if text.isEmpty { begin(at: q); continue }   // as in Cairo: no current point, so it moves
                if q == start, let next, next.isClose { continue }   // `z` draws this segment
                let dx = q.x - current.x, dy = q.y - current.y
                if dy == 0 && dx != 0 {
                    command(UInt8(ascii: "h"), dx)
                } else if dx == 0 && dy != 0 {
                    command(UInt8(ascii: "v"), dy)
                } else {
                    command(UInt8(ascii: "l"), dx, dy)
                }
                current = q
            case .curve(let c1, let c2, let p):
                let a = snap(c1), b = snap(c2), q = snap(p)
                if text.isEmpty { begin(at: a) }   // as in Cairo: the curve starts at its first control point
                command(UInt8(ascii: "c"), a.x - current.x, a.y - current.y)
                numbers(b.x - current.x, b.y - current.y)
                numbers(q.x - current.x, q.y - current.y)
                current = q
            case .close:
                command(UInt8(ascii: "z"))
                current = start
            }
        }
    }

    private mutating func begin(at q: (x: Int, y: Int)) {
        command(UInt8(ascii: "M"), q.x, q.y)
        current = q
        start = q
    }

    private func snap(_ p: Point) -> (x: Int, y: Int) {
        (SVGNumber.units(p.x, decimals: decimals), SVGNumber.units(p.y, decimals: decimals))
    }

    /// A command letter and its first one or two numbers (a curve adds the rest with ``numbers(_:_:)``).
    private mutating func command(_ letter: UInt8, _ first: Int? = nil, _ second: Int? = nil) {
        // A repeated letter may be left out, except after a move (its repeats mean "line")
        // and for `z`, which takes no numbers.
        let repeated = letter == lastCommand && letter != UInt8(ascii: "m") && letter != UInt8(ascii: "M") && letter != UInt8(ascii: "z")
        if !repeated { text.append(letter) }
        lastCommand = letter
        guard let first else { return }
        number(first, separated: repeated)
        if let second { number(second, separated: true) }
    }

    /// Two more numbers of the current command.
    private mutating func numbers(_ a: Int, _ b: Int) {
        number(a, separated: true)
        number(b, separated: true)
    }

    /// A number, after a space when it follows another and has no minus sign to separate it.
    private mutating func number(_ n: Int, separated: Bool) {
        if separated && n >= 0 { text.append(UInt8(ascii: " ")) }
        SVGNumber.append(units: n, decimals: decimals, to: &text)
    }
}

private extension Path.Element {
    var isMove: Bool { if case .move = self { return true } else { return false } }
    var isClose: Bool { if case .close = self { return true } else { return false } }
}
