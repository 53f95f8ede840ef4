/// Why a report cannot be laid out on its pages.
public enum LayoutError: Error, Equatable, Sendable {
    /// A figure is taller than a page's content area: it could only be drawn past the margin.
    case figureTooTall(id: String, height: Double, available: Double)

    /// The figure the problem is about.
    public var figureID: String {
        switch self { case .figureTooTall(let id, _, _): return id }
    }

    /// The message for users, without a location.
    public var message: String {
        switch self {
        case .figureTooTall(let id, let height, let available):
            return "figure '\(id)' is \(Int(height.rounded(.up))) pt tall, but a page holds \(Int(available)) pt of content; "
                + "show fewer categories or split it into several figures"
        }
    }
}
