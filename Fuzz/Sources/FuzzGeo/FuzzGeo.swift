import FuzzSupport
import Briefing

/// The fixture report whose map reads geo/b.geojson (a choropleth joined on ids "A" and "B").
let folder = fixtureCopy("map-report")

/// Any bytes as a boundary file (GeoJSON or TopoJSON) must load and lay out, or fail with a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    writeFile(folder + "/geo/b.geojson", bytes(data, size))
    guard let loaded = try? ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: folder) else { return 0 }
    _ = try? ReportLayout(report: loaded.report, measurer: FlatMeasurer()).document()
    return 0
}

@_cdecl("FuzzGeo_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
