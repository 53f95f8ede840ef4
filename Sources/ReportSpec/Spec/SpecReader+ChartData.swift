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

    /// The index of the series `node` names, by display name, by column or (for bars) by position.
    func seriesIndex(_ node: SpecNode, names: [String], columns: [String] = [], byPosition: Bool = false) throws -> Int {
        let name = try node.string("series")
        let position = byPosition ? Int(name).flatMap { names.indices.contains($0) ? $0 : nil } : nil
        guard let i = names.firstIndex(of: name) ?? columns.firstIndex(of: name) ?? position else {
            throw Diagnostic(.error, at: node.location, Messages.unknownValue(name, for: "series", allowed: names))
        }
        return i
    }

    /// An `annotations:` item's mapping, its text (checked against the fonts) and its category,
    /// which must be one of the chart's: what every kind's notes share.
    mutating func readNote(_ item: SpecNode, categories: [String]) throws -> (map: SpecMapping, text: String, category: String, at: SpecNode) {
        let m = try item.mapping("annotations", allowed: ["text", "category", "series"])
        let textNode = try m.required("text")
        let text = try prose(textNode, "text")
        addText(text, at: textNode.location)
        let categoryNode = try m.required("category")
        let category = try categoryNode.string("category")
        guard categories.contains(category) else {
            throw Diagnostic(.error, at: categoryNode.location, Messages.unknownCategory(category, dataset: "chart"))
        }
        return (m, text, category, categoryNode)
    }
}
