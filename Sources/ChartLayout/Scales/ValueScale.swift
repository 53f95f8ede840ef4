/// The value axis of a chart: linear or logarithmic, behind one interface.
///
/// ```swift
/// let s = ValueScale.linear(LinearScale(domain: (0, 70), range: (100, 400)))
/// s.position(35)   // 250
/// ```
public enum ValueScale: Equatable, Hashable, Sendable {
    case linear(LinearScale)
    case log(LogScale)

    /// Where `value` lies; values a log scale cannot show sit at its lower end.
    public func position(_ value: Double) -> Double {
        switch self {
        case .linear(let s): return s(value)
        case .log(let s): return s(value) ?? s.rangeStart
        }
    }

    /// Where bars start: zero on a linear scale, the lower domain end on a log scale.
    public var baseline: Double {
        switch self {
        case .linear(let s): return s(0)
        case .log(let s): return s.rangeStart
        }
    }

    /// How many ticks to ask for on an axis `length` points long: one per ~80 pt, at least three.
    public static func tickCount(length: Double) -> Int {
        max(3, Int((abs(length) / 80).rounded()))
    }

    /// Tick values for an axis about `length` points long (one tick per ~80 pt).
    public func ticks(length: Double) -> [Double] {
        switch self {
        case .linear(let s): return s.ticks(count: Self.tickCount(length: length))
        case .log(let s): return s.ticks()
        }
    }

    /// The distance between neighbouring linear ticks (nil on a log scale).
    public func tickStep(length: Double) -> Double? {
        if case .linear(let s) = self { return s.tickStep(count: Self.tickCount(length: length)) }
        return nil
    }
}
