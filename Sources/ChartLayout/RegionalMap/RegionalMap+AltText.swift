extension RegionalMap {
    /// A sentence or two for screen readers: what the map shows and its marked places.
    ///
    /// ```swift
    /// map.altText  // "지도: 중국 AI 도시 1~3위. 표시된 곳: 베이징, 선전, 상하이."
    /// ```
    public var altText: String {
        let korean = labels.source == ChartLabels.korean.source
        var parts = [(korean ? "지도: " : "Map: ") + title + "."]
        if !symbols.isEmpty {
            let ordered = symbols.enumerated().sorted { ($0.element.rank ?? Int.max, $0.offset) < ($1.element.rank ?? Int.max, $1.offset) }
            let names = ordered.map { e -> String in
                guard let v = e.element.value else { return e.element.label }
                return "\(e.element.label) \(valueFormat.format(v))"
            }
            parts.append((korean ? "표시된 곳: " : "Marked: ") + names.joined(separator: ", ") + ".")
        }
        if isChoropleth {
            let ranked = regions.compactMap { r in regionValues[r.id].map { (r.name, $0) } }.sorted { $0.1 > $1.1 }
            if let top = ranked.first {
                parts.append((korean ? "가장 높은 곳: " : "Highest: ") + "\(top.0) \(valueFormat.format(top.1)).")
            }
        }
        if !highlight.isEmpty {
            let names = regions.filter { highlight.contains($0.id) }.map(\.name)
            parts.append((korean ? "강조한 지역: " : "Highlighted: ") + names.joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }
}
