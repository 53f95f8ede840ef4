import ChartLayout

/// What every kind of `chart:` block reads first: its figure id, its dataset and the categories.
struct ChartSource {
    var id: String
    var dataName: String
    var dataset: Dataset
    var categoryNode: SpecNode
    /// The category cells, each where it was written.
    var categories: [Located<String>]
}

extension SpecReader {
    /// The id, the dataset (which must have rows) and the `category` column, whose cells join
    /// the texts checked against the fonts.
    mutating func readChartSource(_ map: SpecMapping) throws -> ChartSource {
        let (id, _) = try figureID(map, "chart")
        let (dataName, dataset, dataNode) = try namedDataset(map)
        guard !dataset.rows.isEmpty else { throw Diagnostic(.error, at: dataNode.location, Messages.noRows(dataset: dataName)) }
        let categoryNode = try map.required("category")
        let categories = try dataset.strings(in: try categoryNode.string("category"), at: categoryNode.location)
        for c in categories { addText(c.value, at: c.location) }
        return ChartSource(id: id, dataName: dataName, dataset: dataset, categoryNode: categoryNode, categories: categories)
    }

    /// The index of the series `node` names, by display name, column or (for bars) position.
    func seriesIndex(_ node: SpecNode, in series: [LoadedSeries], byPosition: Bool = false) throws -> Int {
        let name = try node.string("series")
        let position = byPosition ? Int(name).flatMap { series.indices.contains($0) ? $0 : nil } : nil
        guard let i = series.firstIndex(where: { $0.series.name == name || $0.column == name }) ?? position else {
            throw Diagnostic(.error, at: node.location, Messages.unknownValue(name, for: "series", allowed: series.map(\.series.name)))
        }
        return i
    }
}
