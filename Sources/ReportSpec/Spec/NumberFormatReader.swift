import ChartLayout

/// The `format:` mapping of a chart or column: how numbers are written.
enum NumberFormatReader {
    static let keys = ["style", "unit", "unit-spacing", "multiplier", "decimals", "significant-digits", "approximate", "prefix", "suffix", "grouping"]
    static let styles = ["plain", "percent", "korean", "english"]

    /// Reads `node` (nil: no `format:` given) with `style` and `decimals` as the defaults, as table
    /// column types set them, and the report's `unitSpacing` (the theme's) unless it gives its own.
    static func read(_ node: SpecNode?, style defaultStyle: String = "plain", decimals defaultDecimals: Int = 0,
                     unitSpacing: NumberFormat.UnitSpacing) throws -> NumberFormat {
        let map = try node?.mapping("format", allowed: keys)
        let location = map?.location ?? node?.location ?? SourceLocation(file: "")
        let styleName = try map?["style"]?.string("style") ?? defaultStyle
        let unit = try map?["unit"]?.string("unit") ?? ""
        let multiplier = try map?["multiplier"]?.number("multiplier") ?? 1
        let decimals = try map?["decimals"]?.int("decimals") ?? defaultDecimals
        guard (0...10).contains(decimals) else {
            throw Diagnostic(.error, at: map?["decimals"]?.location ?? location, Messages.expected("between 0 and 10", for: "decimals"))
        }
        let significant = try map?["significant-digits"]?.int("significant-digits")
        if let s = significant, !(1...15).contains(s) {
            throw Diagnostic(.error, at: map?["significant-digits"]?.location ?? location, Messages.expected("between 1 and 15", for: "significant-digits"))
        }
        let approximate = try map?["approximate"]?.bool("approximate") ?? false
        let prefix = try map?["prefix"]?.string("prefix") ?? ""
        let suffix = try map?["suffix"]?.string("suffix") ?? ""
        let grouping = try map?["grouping"]?.bool("grouping") ?? true
        let spacing = try Self.unitSpacing(map?["unit-spacing"], default: unitSpacing)
        var format: NumberFormat
        switch styleName {
        case "plain": format = .plain(decimals: decimals, grouping: grouping, prefix: prefix, suffix: suffix, unit: unit, multiplier: multiplier)
        case "percent": format = .percent(decimals: decimals, grouping: grouping, multiplier: multiplier)
        case "korean": format = .korean(unit: unit, multiplier: multiplier, significantDigits: significant ?? 4, approximate: approximate, prefix: prefix, suffix: suffix)
        case "english": format = .english(significantDigits: significant ?? 3, decimals: decimals, prefix: prefix, suffix: suffix, unit: unit, multiplier: multiplier, approximate: approximate)
        default:
            throw Diagnostic(.error, at: map?["style"]?.location ?? location, Messages.unknownValue(styleName, for: "format style", allowed: styles))
        }
        format.unitSpacing = spacing
        return format
    }

    /// `unit-spacing`: `spelling`, `spaced` or `attached`; `fallback` when not given.
    static func unitSpacing(_ node: SpecNode?, default fallback: NumberFormat.UnitSpacing) throws -> NumberFormat.UnitSpacing {
        guard let node else { return fallback }
        let name = try node.string("unit-spacing")
        guard let spacing = NumberFormat.UnitSpacing(rawValue: name) else {
            throw Diagnostic(.error, at: node.location, Messages.unknownValue(name, for: "unit-spacing",
                                                                              allowed: NumberFormat.UnitSpacing.allCases.map(\.rawValue)))
        }
        return spacing
    }
}
