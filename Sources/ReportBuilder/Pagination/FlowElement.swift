import ChartLayout
import Drawing

/// A block laid out at the column width, ready to be placed on pages.
enum FlowElement {
    /// Text lines that may split between lines (paragraphs) or must stay whole (headings).
    ///
    /// `leading` items (a list marker, a named destination) are placed with the first line, in
    /// coordinates relative to the top-left corner of the element's first line box.
    case text(lines: [TextLine], lineHeight: Double, spaceBefore: Double, spaceAfter: Double,
              keepWithNext: Bool, splittable: Bool, tag: StructureTag, leading: [FrameItem] = [])
    /// A frame that never splits (a chart, a callout row, a sidebar); `keepWithNext` holds it on
    /// the page of what follows (a table's caption); `leading` items as for text.
    case figure(Frame, spaceBefore: Double, spaceAfter: Double, tag: StructureTag,
                keepWithNext: Bool = false, leading: [FrameItem] = [])
    /// A table that splits between rows, repeating its header on each continuation.
    case table(TableLayoutResult, spaceBefore: Double, spaceAfter: Double, tag: StructureTag, leading: [FrameItem] = [])
    /// What follows starts on a new page (nothing happens at the top of an empty page).
    case pageBreak
    /// Elements laid out at the width of one of `count` columns, `gap` apart, flowing down the
    /// first column, then the next, page after page; the columns on the last page are balanced.
    case columns([FlowElement], count: Int, gap: Double, spaceBefore: Double, spaceAfter: Double)

    var spaceBefore: Double {
        switch self {
        case .text(_, _, let s, _, _, _, _, _), .figure(_, let s, _, _, _, _), .table(_, let s, _, _, _): return s
        case .pageBreak: return 0
        case .columns(_, _, _, let s, _): return s
        }
    }

    var spaceAfter: Double {
        switch self {
        case .text(_, _, _, let s, _, _, _, _), .figure(_, _, let s, _, _, _), .table(_, _, let s, _, _): return s
        case .pageBreak: return 0
        case .columns(_, _, _, _, let s): return s
        }
    }

    var keepWithNext: Bool {
        switch self {
        case .text(_, _, _, _, let keep, _, _, _), .figure(_, _, _, _, let keep, _): return keep
        default: return false
        }
    }

    /// The least height that must fit on a page for this element to start there.
    func minimumStart(orphans: Int) -> Double {
        switch self {
        case .text(let lines, let lh, _, _, _, let splittable, _, _):
            return Double(splittable ? min(lines.count, orphans) : lines.count) * lh
        case .figure(let f, _, _, _, _, _): return f.size.height
        case .pageBreak: return 0
        case .columns(let elements, _, _, _, _): return elements.first?.minimumStart(orphans: orphans) ?? 0
        case .table(let t, _, _, _, _):
            // The header with its first row (and the footer when that row is the only one).
            let first = t.allRows.prefix(!t.rows.isEmpty && t.rows.keepsWithNext(0) ? 2 : 1)
            return t.height(of: Array(first), continued: false, final: first.count == t.rows.count)
        }
    }
}
