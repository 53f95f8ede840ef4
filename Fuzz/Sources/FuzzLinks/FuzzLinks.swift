import Foundation
import FuzzCases
import FuzzSupport

/// Prose with hostile links from the spec to the PDF's link actions (libFuzzer calls one input at
/// a time, so the runner is never shared between threads).
nonisolated(unsafe) let runner = try! LinksCase(fonts: packageFolder() + "/Fonts", scratch: scratchFolder("links"))

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { runCase(data, size, runner.run) }

@_cdecl("FuzzLinks_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
