import Drawing

extension Color {
    /// The colour with another alpha.
    func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }
}
