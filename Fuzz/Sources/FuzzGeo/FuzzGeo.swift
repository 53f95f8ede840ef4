#if canImport(Glibc)
import Glibc
#endif
import Drawing
import FuzzSupport
import ReportBuilder
import ReportSpec

/// Widths without fonts, so layout runs at full speed under the fuzzer.
struct FlatMeasurer: TextMeasuring {
    func width(of text: String, font: Font) -> Double { Double(text.unicodeScalars.count) * font.size * 0.6 }
    func metrics(of font: Font) -> FontMetrics { FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2) }
}

func write(_ path: String, _ bytes: [UInt8]) {
    guard let f = fopen(path, "wb") else { return }
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
}

/// A report whose map reads `geo/b.geojson`, a choropleth joined on ids "A" and "B".
let folder: String = {
    var template = Array("/tmp/briefing-fuzzgeo-XXXXXX".utf8CString)
    let path = String(cString: mkdtemp(&template)!)
    mkdir(path + "/data", 0o755)
    mkdir(path + "/geo", 0o755)
    write(path + "/data/d.csv", Array("id,v\nA,1\nB,2\nC,3\n".utf8))
    let spec = """
        title: 지도
        date: 2025-01-21
        data:
          d: data/d.csv
        body:
          - map: m
            boundaries: geo/b.geojson
            data: d
            join: id
            value: v
            region-labels: all
            title: 지도
        """
    write(path + "/report.yaml", Array(spec.utf8))
    return path
}()

/// Any bytes as a boundary file (GeoJSON or TopoJSON) must load and lay out, or fail with a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    write(folder + "/geo/b.geojson", bytes(data, size))
    guard let loaded = try? ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: folder) else { return 0 }
    let layout = ReportLayout(report: loaded.report, measurer: FlatMeasurer())
    _ = try? layout.document()
    return 0
}

@_cdecl("FuzzGeo_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
