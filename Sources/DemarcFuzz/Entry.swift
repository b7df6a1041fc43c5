import Foundation

/// The target this process fuzzes or replays: `DEMARC_FUZZ_TARGET`, `site` by default.
enum Selected {
  static let name = ProcessInfo.processInfo.environment["DEMARC_FUZZ_TARGET"] ?? "site"
}

#if FUZZING
  /// libFuzzer's driver, from the toolchain's `libclang_rt.fuzzer`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The program's entry point under `-sanitize=fuzzer -DFUZZING`. SwiftPM links an executable's
  /// `main` to `<product>_main`, so this hands control to libFuzzer's driver with one input callback.
  @_cdecl("demarc_fuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    _ = Selected.name
    return runFuzzerDriver(&count, &arguments) { data, size in
      ComponentTargets.run(
        Selected.name, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
      return 0
    }
  }
#else
  /// Without libFuzzer: replays every file given (or found in the folders given) through the
  /// fuzz target, so crashes the fuzzer found stay fixed. Exit 0 means every input ran.
  @main
  enum Replay {
    static func main() {
      var count = 0
      for argument in CommandLine.arguments.dropFirst() {
        let url = URL(fileURLWithPath: argument)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
          FileHandle.standardError.write(Data("no such file: \(argument)\n".utf8))
          exit(2)
        }
        let files =
          isDirectory.boolValue
          ? ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted().map {
            url.appendingPathComponent($0)
          } : [url]
        for file in files {
          guard let data = FileManager.default.contents(atPath: file.path) else { continue }
          ComponentTargets.run(Selected.name, Array(data))
          count += 1
        }
      }
      print("replayed \(count) inputs")
    }
  }
#endif
