#if canImport(Glibc)
import Glibc
#endif
import Drawing
import FuzzSupport
import ReportBuilder
import ReportSpec

/// Widths without fonts: every character 0.6 em, so layout runs at full speed under the fuzzer.
struct FlatMeasurer: TextMeasuring {
    func width(of text: String, font: Font) -> Double { Double(text.unicodeScalars.count) * font.size * 0.6 }
    func metrics(of font: Font) -> FontMetrics { FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2) }
}

/// A report folder with one dataset; each input replaces its report.yaml.
let folder: String = {
    var template = Array("/tmp/briefing-fuzz-XXXXXX".utf8CString)
    let path = String(cString: mkdtemp(&template)!)
    mkdir(path + "/data", 0o755)
    let csv = "country,usd_billion,share\n미국,67.2,0.7\n중국,7.76,0.2\n한국,,0.1\n"
    FILE_write(path + "/data/d.csv", Array(csv.utf8))
    return path
}()

func FILE_write(_ path: String, _ bytes: [UInt8]) {
    guard let f = fopen(path, "wb") else { return }
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
}

/// Any bytes as report.yaml must load and lay out, or fail with a diagnostic: never a trap or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FILE_write(folder + "/report.yaml", bytes(data, size))
    guard let loaded = try? ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: folder) else { return 0 }
    let layout = ReportLayout(report: loaded.report, measurer: FlatMeasurer())
    _ = try? layout.document()
    _ = try? layout.standaloneFigures()
    return 0
}

@_cdecl("FuzzReport_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
