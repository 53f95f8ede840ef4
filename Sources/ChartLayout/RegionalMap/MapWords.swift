/// The fixed words a map prints, in the chart's language.
struct MapWords {
    let map: String, noData: String
    init(_ labels: ChartLabels) {
        let korean = labels.source == ChartLabels.korean.source
        map = korean ? "지도" : "Map"
        noData = korean ? "자료 없음" : "No data"
    }
}
