import Drawing

extension Color {
    /// An opaque colour from a `0xRRGGBB` number: a literal that cannot fail to parse, where
    /// `Color(hex:)` would need a force-unwrap.
    ///
    /// ```swift
    /// let grid = Color(rgb: 0xe2e2e2)   // the same channels as Color(hex: "#e2e2e2")
    /// ```
    // Usable from inline code: the theme's public initialiser names colours in its default arguments.
    @usableFromInline
    init(rgb: UInt32) {
        self.init(red: Double((rgb >> 16) & 0xff) / 255, green: Double((rgb >> 8) & 0xff) / 255, blue: Double(rgb & 0xff) / 255)
    }
}
