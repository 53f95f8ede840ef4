@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// Hands control to libFuzzer with `callback` as the per-input function.
///
/// SwiftPM names an executable's entry point after its target (`FuzzCSV_main`), so each target
/// defines that symbol and calls this.
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// The input as an array (libFuzzer may pass a null pointer for the empty input).
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
}

/// Runs one case on the input; a finding (any error) aborts, so libFuzzer keeps the input.
public func runCase(_ data: UnsafePointer<UInt8>?, _ size: Int, _ run: ([UInt8]) throws -> Void) -> Int32 {
    do { try run(bytes(data, size)) } catch { fatalError("\(error)") }
    return 0
}
