/// Whether a frame holds only numbers a renderer can write.
///
/// Layout never makes an infinite or NaN coordinate from a valid report, but a frame is public
/// API and a library caller can build one by hand. Cairo writes such a number into a PDF as
/// `inf` or `nan`, which no reader parses, and converting one to an integer traps; so every
/// renderer asks this first and refuses the frame with a message instead.
extension Frame {
    /// A description of the first number no renderer can draw (non-finite, or a size, stroke
    /// width, dash or font size below zero), or nil when every number is usable.
    ///
    /// ```swift
    /// Frame(size: Size(width: .infinity, height: 10)).invalidNumber   // "the size's width is inf"
    /// ```
    public var invalidNumber: String? {
        if let bad = Self.check(size.width, "the size's width", nonNegative: true)
            ?? Self.check(size.height, "the size's height", nonNegative: true) { return bad }
        return Self.firstInvalid(in: items)
    }

    private static func firstInvalid(in items: [FrameItem]) -> String? {
        for item in items {
            let bad: String?
            switch item {
            case .path(let p): bad = invalid(p)
            case .text(let line): bad = invalid(line)
            case .group(let g):
                bad = check(g.offset, "a group's offset") ?? g.clip.flatMap { check($0, "a group's clip") } ?? firstInvalid(in: g.items)
            case .link(let l): bad = check(l.rect, "a link's area")
            case .anchor(let a): bad = check(a.position, "an anchor's position")
            }
            if let bad { return bad }
        }
        return nil
    }

    private static func invalid(_ p: PathItem) -> String? {
        for element in p.path.elements {
            switch element {
            case .move(let a), .line(let a): if let bad = check(a, "a path's point") { return bad }
            case .curve(let a, let b, let c):
                if let bad = check(a, "a curve's point") ?? check(b, "a curve's point") ?? check(c, "a curve's point") { return bad }
            case .close: break
            }
        }
        if let fill = p.fill, let bad = check(fill, "a fill colour") { return bad }
        guard let stroke = p.stroke else { return nil }
        if let bad = check(stroke.color, "a stroke colour") ?? check(stroke.width, "a stroke width", nonNegative: true) { return bad }
        for d in stroke.dash { if let bad = check(d, "a dash length", nonNegative: true) { return bad } }
        return nil
    }

    private static func invalid(_ line: TextLine) -> String? {
        if let bad = check(line.baseline, "a text line's baseline") ?? check(line.width, "a text line's width")
            ?? check(line.ascent, "a text line's ascent") ?? check(line.descent, "a text line's descent")
            ?? line.justifiedWidth.flatMap({ check($0, "a text line's justified width") }) { return bad }
        for span in line.spans {
            if let bad = check(span.style.font.size, "a font size", nonNegative: true) ?? check(span.style.color, "a text colour") {
                return bad
            }
        }
        return nil
    }

    private static func check(_ v: Double, _ what: String, nonNegative: Bool = false) -> String? {
        if !v.isFinite { return "\(what) is \(v)" }
        if nonNegative && v < 0 { return "\(what) is negative (\(v))" }
        return nil
    }

    private static func check(_ p: Point, _ what: String) -> String? { check(p.x, what) ?? check(p.y, what) }

    private static func check(_ r: Rect, _ what: String) -> String? {
        check(r.minX, what) ?? check(r.minY, what) ?? check(r.width, what) ?? check(r.height, what)
    }

    private static func check(_ c: Color, _ what: String) -> String? {
        check(c.red, what) ?? check(c.green, what) ?? check(c.blue, what) ?? check(c.alpha, what)
    }
}
