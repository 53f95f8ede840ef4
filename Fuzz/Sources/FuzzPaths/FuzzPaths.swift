import Foundation
import FuzzCases
import FuzzSupport

/// Report folders of links, FIFOs and odd names against a watched outside folder (libFuzzer
/// calls one input at a time, so the runner is never shared between threads).
nonisolated(unsafe) let runner = try! PathsCase(fonts: packageFolder() + "/Fonts", scratch: scratchFolder("paths"))

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { runCase(data, size, runner.run) }

@_cdecl("FuzzPaths_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
