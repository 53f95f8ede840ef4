import FuzzSupport
import Briefing

/// The fixture folder with one dataset; each input replaces its report.yaml.
let folder = fixtureCopy("report-data")

/// Any bytes as report.yaml must load and lay out, or fail with a diagnostic: never a trap or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    writeFile(folder + "/report.yaml", bytes(data, size))
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
