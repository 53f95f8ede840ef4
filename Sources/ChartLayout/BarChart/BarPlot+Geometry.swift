extension BarPlot {
    /// Where a sized bar plot puts things: what its ``Side`` works out before anything is drawn.
    struct Geometry {
        /// Category slots across the plot, slot i for the i-th category in display order; the
        /// range runs from the first band's edge to the last one's, where gridlines run.
        var bands: BandScale
        /// The thickness of a category's bar, or of its group of side-by-side bars.
        var barThickness: Double
        /// The thickness of one series' bar: the whole bar when stacked, a share of the group when not.
        var seriesThickness: Double
        /// Values to positions along the value axis.
        var scale: ValueScale
        /// The value axis' extent in page coordinates, smaller first: a reference line further out is left out.
        var valueExtent: (start: Double, end: Double)
        /// The axis length the ticks are chosen for.
        var tickLength: Double
        /// Whether each mark's value label fits inside its bar (true for a missing value).
        var fits: [Bool]
        /// Every value label goes outside: with few bars, one that must makes all do, so they line up.
        var allOutside: Bool
        /// Where the plot ends, below everything it drew.
        var bottom: Double

        /// Whether all labels go outside, given which fit: when one does not and there are at most 12 bars.
        static func allOutside(fits: [Bool], bars: Int) -> Bool { fits.contains(false) && bars <= 12 }
    }
}
