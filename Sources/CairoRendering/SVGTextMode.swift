/// How a standalone SVG writes its text.
///
/// ```swift
/// let svg = try renderer.svg(frame, title: "민간 AI 투자", description: "…", textMode: .text)
/// ```
public enum SVGTextMode: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
    /// Every glyph as a filled path: looks identical everywhere and needs no font, but the text
    /// cannot be edited or searched. The default.
    case outlines
    /// `<text>` elements naming the font: editable in slide programs, but drawn with whatever
    /// font the viewer has, and a justified line keeps its natural width.
    case text
}
