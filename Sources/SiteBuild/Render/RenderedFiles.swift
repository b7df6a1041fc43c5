/// The files the render stage has made so far: handed to the write stage's sink as each is made,
/// when there is one (``OutputSink``), or kept for the ``RenderedSite``.
struct RenderedFiles {
  let sink: OutputSink?
  private(set) var kept: [OutputFile] = []

  init(sink: OutputSink?) { self.sink = sink }

  mutating func add(_ files: [OutputFile]) {
    if let sink {
      for file in files { sink.put(file) }
    } else {
      kept += files
    }
  }

  mutating func add(_ file: OutputFile) { add([file]) }
}
