/// Read-only views of a frame's content in the frame's own coordinates, for tests and checks.
extension Frame {
    /// Every text line with its baseline moved into this frame's coordinates.
    ///
    /// ```swift
    /// let labels = chart.textLines.map(\.text)
    /// ```
    public var textLines: [TextLine] {
        var out: [TextLine] = []
        Self.walk(items, offset: .zero) { item, offset in
            if case .text(var line) = item {
                line.baseline = line.baseline.offsetBy(dx: offset.x, dy: offset.y)
                out.append(line)
            }
        }
        return out
    }

    /// Every painted path with its bounds in this frame's coordinates.
    public var pathBounds: [(item: PathItem, bounds: Rect)] {
        var out: [(PathItem, Rect)] = []
        Self.walk(items, offset: .zero) { item, offset in
            if case .path(let p) = item, let b = p.path.bounds {
                let grow = (p.stroke?.width ?? 0) / 2
                out.append((p, b.offsetBy(dx: offset.x, dy: offset.y).insetBy(dx: -grow, dy: -grow)))
            }
        }
        return out
    }

    /// The box around everything drawn (text boxes and painted paths); nil for an empty frame.
    public var inkBounds: Rect? {
        let boxes = textLines.map(\.bounds) + pathBounds.map(\.bounds)
        guard let first = boxes.first else { return nil }
        return boxes.dropFirst().reduce(first) { $0.union($1) }
    }

    /// Calls `visit` for every item, depth first, with the offset of the group it sits in.
    public static func walk(_ items: [FrameItem], offset: Point, _ visit: (FrameItem, Point) -> Void) {
        for item in items {
            visit(item, offset)
            if case .group(let g) = item {
                walk(g.items, offset: offset.offsetBy(dx: g.offset.x, dy: g.offset.y), visit)
            }
        }
    }
}
