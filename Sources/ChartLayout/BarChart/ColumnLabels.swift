import Drawing

/// The category labels under a column chart's columns, centred under each and never rotated.
///
/// Cutting a label short is the last resort. Tried in order, the first setting that cuts nothing
/// and breaks no word inside is used: every column labelled on two lines, then on three, then
/// every second (third…) column only, each label given the bands up to the next labelled one and
/// kept inside the frame (thinning suits runs of short labels such as years: a thinned label that
/// does not fit whole on one line is left out rather than cut). Failing that, the first setting that cuts nothing; failing that, the densest,
/// cut. Every label still cut, and every column left unlabelled, comes back as a notice.
struct ColumnLabels {
    let layouter: TextLayouter
    let basics: PlotBasics
    let theme: Theme

    /// Thinning tries this many steps past the densest setting before jumping to where the widest label fits.
    static let thinningSteps = 5

    /// One setting: a block and a measure per column, and how many columns meant to be labelled were not.
    struct Setting {
        var blocks: [TextBlock]
        var widths: [Double]
        var left: Int
        /// The first labelled column.
        var phase = 0
        var cut: Bool { blocks.contains(where: \.truncated) }
    }

    /// The labels for columns on bands `step` wide from `gutter`, in a frame `width` wide.
    func choose(step: Double, gutter: Double, width: Double) -> (blocks: [TextBlock], widths: [Double], notices: [LayoutNotice]) {
        let n = basics.names.count, size = basics.labelSize
        // Bands narrower than a character (and its gaps) cannot all be labelled.
        let firstEvery = step - 4 >= size ? 1 : step > 0 ? Int(min(Double(n), ((size + 4) / step).rounded(.up))) : n
        var tries = [(firstEvery, 2), (firstEvery, 3)]
        // Thinning stops while at least three columns keep their labels: a few steps, then straight to the
        // spacing at which the widest label fits on one line.
        let most = max(firstEvery, n / 3)
        let steps = min(most, firstEvery + Self.thinningSteps)
        if steps > firstEvery { tries += (firstEvery + 1...steps).map { ($0, 2) } }
        let widest = zip(basics.names, basics.isHighlighted).map { layouter.measurer.width(of: $0, font: $1 ? basics.boldFont : basics.labelFont) }.max() ?? 0
        let fitting = step > 0 ? Int(min(Double(n), ((widest + 4) / step).rounded(.up))) : n
        if fitting > steps && fitting <= most { tries.append((fitting, 1)) }

        // Tried lazily, densest first: a setting costs one text layout per column.
        let densest = setting(every: firstEvery, maxLines: 2, step: step, gutter: gutter, width: width, strict: false)
        var firstUncut: Setting?
        var chosen: Setting?
        for (i, (every, lines)) in tries.enumerated() {
            // A third line only helps labels that two lines cut.
            if i == 1 && !densest.cut { continue }
            var s = i == 0 ? densest : setting(every: every, maxLines: lines, step: step, gutter: gutter, width: width, strict: every > firstEvery)
            // Thinned labels start at the first column; when its label has no room at the frame's edge, at the second.
            if every > firstEvery && s.left > 0 {
                let shifted = setting(every: every, maxLines: lines, step: step, gutter: gutter, width: width, strict: true, phase: 1)
                if shifted.left < s.left { s = shifted }
            }
            guard !s.cut else { continue }
            // Thinning that leaves out more than half of the labels it keeps room for is no better than cutting.
            let meant = (0..<n).filter { $0 % every == s.phase }.count
            if wordsWhole(s.blocks) && s.left * 2 <= meant { chosen = s; break }
            if firstUncut == nil && every == firstEvery { firstUncut = s }
        }
        let result = chosen ?? firstUncut ?? densest
        let notices = zip(basics.names, result.blocks).compactMap { name, block -> LayoutNotice? in
            if block.lines.isEmpty { return name.isEmpty ? nil : LayoutNotice(.droppedLabel, name) }
            return block.truncated ? LayoutNotice(.shortenedLabel, name, shown: block.lines.map(\.text).joined(separator: " ")) : nil
        }
        return (result.blocks, result.widths, notices)
    }

    /// Labels on every `every`-th column from column `phase`, at most `maxLines` lines each; `strict` (thinned further than
    /// the bands force) leaves out a label that does not fit whole on one line.
    private func setting(every: Int, maxLines: Int, step: Double, gutter: Double, width: Double, strict: Bool, phase: Int = 0) -> Setting {
        let n = basics.names.count, size = basics.labelSize
        let widths = (0..<n).map { slot -> Double in
            let centre = gutter + step * (Double(slot) + 0.5)
            return min(step * Double(every) - 4, 2 * centre, 2 * (width - centre))
        }
        var left = 0
        let style = ParagraphStyle(lineHeight: (size * 1.25).rounded(), alignment: .center, maxLines: maxLines)
        let blocks = basics.names.indices.map { slot -> TextBlock in
            // A column at the frame's edge with no room for one character goes unlabelled.
            guard slot % every == phase && widths[slot] >= size else { return TextBlock(lines: [], height: 0, naturalWidth: 0) }
            let font = basics.isHighlighted[slot] ? basics.boldFont : basics.labelFont
            let block = layouter.layout([TextSpan(basics.names[slot], style: TextStyle(font: font, color: theme.text))],
                                        width: widths[slot], style: style)
            // Thinning is for runs of short labels (years, months, codes), which a reader counts along: a thinned
            // label must fit whole on one line, or it is left out.
            if strict && (block.lines.count > 1 || block.truncated || !Self.whole(block, basics.names[slot])) {
                left += 1
                return TextBlock(lines: [], height: 0, naturalWidth: 0)
            }
            return block
        }
        return Setting(blocks: blocks, widths: widths, left: left, phase: phase)
    }

    private func wordsWhole(_ blocks: [TextBlock]) -> Bool {
        zip(blocks, basics.names).allSatisfy { $0.lines.isEmpty || Self.whole($0, $1) }
    }

    /// Whether the block breaks its text only at spaces.
    static func whole(_ block: TextBlock, _ text: String) -> Bool {
        block.lines.map(\.text).joined(separator: " ") == text.split(separator: " ").joined(separator: " ")
    }
}
