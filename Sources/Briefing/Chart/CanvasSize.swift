/// A chart's canvas: a width and, unless the height is to fit the content, a height, in points.
public struct CanvasSize: Sendable, Equatable {
    /// Width in points.
    public var width: Double
    /// Height in points; nil for as tall as the content needs.
    public var height: Double?

    /// A canvas of `width` × `height` points.
    public init(width: Double, height: Double?) { self.width = width; self.height = height }

    /// `16:9` (960×540), `4:3` (960×720), `1:1` (720×720), `WIDTHxHEIGHT` or a width alone, each
    /// side 100–10,000 pt; nil for anything else.
    public init?(_ text: String) {
        let ratios: [String: (Double, Double)] = ["16:9": (960, 540), "4:3": (960, 720), "1:1": (720, 720)]
        if let r = ratios[text] { self.init(width: r.0, height: r.1); return }
        let parts = text.lowercased().split(separator: "x")
        guard (1...2).contains(parts.count), let w = Double(parts[0]), w >= 100, w <= 10000 else { return nil }
        if parts.count == 2 {
            guard let h = Double(parts[1]), h >= 100, h <= 10000 else { return nil }
            self.init(width: w, height: h)
        } else {
            self.init(width: w, height: nil)
        }
    }
}
