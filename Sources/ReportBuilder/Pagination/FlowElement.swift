import ChartLayout
import Drawing

/// A block laid out at the column width, ready to be placed on pages.
enum FlowElement {
    /// Text lines that may split between lines (paragraphs) or must stay whole (headings).
    case text(lines: [TextLine], lineHeight: Double, spaceBefore: Double, spaceAfter: Double,
              keepWithNext: Bool, splittable: Bool, tag: StructureTag)
    /// A figure frame that never splits.
    case figure(Frame, spaceBefore: Double, spaceAfter: Double, tag: StructureTag)
    /// A table that splits between rows, repeating its header on each continuation.
    case table(TableLayoutResult, spaceBefore: Double, spaceAfter: Double, tag: StructureTag)

    var spaceBefore: Double {
        switch self {
        case .text(_, _, let s, _, _, _, _), .figure(_, let s, _, _), .table(_, let s, _, _): return s
        }
    }

    var keepWithNext: Bool {
        if case .text(_, _, _, _, let keep, _, _) = self { return keep }
        return false
    }

    /// The least height that must fit on a page for this element to start there.
    func minimumStart(orphans: Int) -> Double {
        switch self {
        case .text(let lines, let lh, _, _, _, let splittable, _):
            return Double(splittable ? min(lines.count, orphans) : lines.count) * lh
        case .figure(let f, _, _, _): return f.size.height
        case .table(let t, _, _, _):
            // The header with its first row (and the footer when that row is the only one).
            let first = t.allRows.prefix(t.rows.first?.keepsWithNext == true ? 2 : 1)
            return t.height(of: Array(first), continued: false, final: first.count == t.rows.count)
        }
    }
}
