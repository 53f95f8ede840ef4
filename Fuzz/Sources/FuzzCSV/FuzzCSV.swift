import FuzzSupport

/// Any bytes as a CSV file must give a table or a located diagnostic, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    readDataset(bytes(data, size), file: "fuzz.csv")
    return 0
}

@_cdecl("FuzzCSV_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
