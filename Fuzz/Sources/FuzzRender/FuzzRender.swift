import Foundation
import FuzzCases
import FuzzSupport

/// The PDF, SVG and PNG writers over random frames, strings, links, tags and metadata (libFuzzer
/// calls one input at a time, so the runner is never shared between threads).
nonisolated(unsafe) let runner = try! RenderCase(fonts: packageFolder() + "/Fonts", scratch: scratchFolder("render"))

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { runCase(data, size, runner.run) }

@_cdecl("FuzzRender_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}
