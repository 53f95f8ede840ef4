import Drawing

extension BarPlot {
    /// What differs between horizontal bars and vertical columns: how the plot is sized, and where
    /// category, tick, value and reference labels go. ``BarPlot`` draws the rest the same both ways.
    protocol Side {
        /// The sized plot.
        var geometry: Geometry { get }
        /// How far a reference line reaches before the first band, towards its label.
        var referenceOverhang: Double { get }
        /// A tick's label at value position `position`, or nil when it would meet what is there.
        func tickLabel(_ label: String, at position: Double, occupied: OccupiedBoxes) -> TextLine?
        /// Draws the label of the category in `slot`, whose band is centred on `centre`.
        func placeCategoryLabel(_ slot: Int, centre: Double, items: inout [FrameItem], occupied: inout OccupiedBoxes)
        /// The not-available word for a missing value in the band centred on `bandCentre`, or nil for none.
        func missingLabel(at bandCentre: Double, occupied: OccupiedBoxes) -> TextLine?
        /// A stack segment's value label, centred inside it.
        func segmentLabel(_ bar: Bar, color: Color) -> TextLine
        /// A value label beyond the bar's end, or nil when it would meet a label in `placed`.
        func outsideLabel(_ bar: Bar, clearOf placed: [Rect]) -> TextLine?
        /// A value label inside the bar, against its end.
        func insideLabel(_ bar: Bar, color: Color) -> TextLine
        /// Called once every bar is drawn, with the items so far: boxes that only now join the occupied set.
        func finishBars(_ items: [FrameItem], occupied: inout OccupiedBoxes)
        /// Places for a reference line's label, best first, the line at value position `position`:
        /// the first that meets nothing is used.
        func referenceLabels(_ label: String, at position: Double) -> [TextLine]
        /// What sizing the plot left out or cut short (category labels).
        var notices: [LayoutNotice] { get }
    }

    /// A drawn bar, for placing its value label.
    struct Bar {
        /// The mark's index in the plot's marks, their label widths and fits.
        var index: Int
        var mark: BarMark
        /// The value positions of the bar's ends: the lower value's and the higher value's.
        var low: Double
        var high: Double
        var rect: Rect
        /// The middle of the bar across its band.
        var bandCentre: Double

        /// Whether the bar grows towards smaller values, so its label goes the other way.
        var isNegative: Bool { mark.end < mark.start }
    }
}
