import Drawing

extension Rect {
    /// The shortest distance between the two rectangles (0 when they touch or overlap).
    func distance(to other: Rect) -> Double {
        let dx = Swift.max(other.minX - maxX, 0, minX - other.maxX)
        let dy = Swift.max(other.minY - maxY, 0, minY - other.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }
}
