extension SourceScanner {
  /// The last scan with only the files in `changed` read again, and those the last scan read too
  /// soon after they were written for their stamps to prove them; nil when that cannot give the
  /// result a full scan would, which then runs.
  ///
  /// A watcher names every file written since the last scan, so the other files are as that scan
  /// read them, and a rebuild of a 10,000-page site need not stat 10,000 files. Anything a list of
  /// modified files cannot describe goes to the full scan: a path the last scan did not read (a new
  /// file, a folder, the settings file, whose change may move the content or the theme), a file no
  /// longer there, or a site with symbolic links, where the watcher's path may not be the scan's.
  static func rescan(_ changed: Set<String>, root: String, memory: inout ScanMemory) -> SourceSet? {
    guard memory.recording, var sources = memory.last, memory.root == root, !memory.sawLinks else {
      return nil
    }
    let startedAt = ScanMemory.now()
    let racy = memory.entries.compactMap { $0.value.racy ? $0.key : nil }
    var read: [(path: String, place: ScanMemory.Place, bytes: [UInt8], stamp: FileStamp)] = []
    for path in changed.union(racy).sorted() {
      guard let place = memory.places[path],
        case .file? = FileSystem.status(path, followingLinks: false)?.kind,
        let (bytes, stamp) = try? FileSystem.stampedContents(path)
      else { return nil }
      read.append((path, place, bytes, stamp))
    }
    // Nothing is changed until every file is read, so a refusal leaves the memory as it was.
    var edited = Set<String>()
    memory.filesRead = read.count
    memory.startedAt = startedAt
    for file in read {
      memory.entries[file.path] = .init(
        stamp: file.stamp, bytes: file.bytes, racy: file.stamp.isRacy(against: startedAt))
      let old = sources[file.place]
      if old.bytes != file.bytes {
        sources[file.place] = SourceFile(path: old.path, bytes: file.bytes)
        edited.insert(old.path)
      }
    }
    sources.changes = .only(edited)
    memory.last = sources
    return sources
  }
}

extension SourceSet {
  /// The file at `place`.
  fileprivate subscript(place: ScanMemory.Place) -> SourceFile {
    get {
      switch place {
      case .page(let index): pages[index]
      case .data(let index): data[index]
      case .contentAsset(let index): contentAssets[index]
      case .template(let index): templates[index]
      case .themeAsset(let index): themeAssets[index]
      }
    }
    set {
      switch place {
      case .page(let index): pages[index] = newValue
      case .data(let index): data[index] = newValue
      case .contentAsset(let index): contentAssets[index] = newValue
      case .template(let index): templates[index] = newValue
      case .themeAsset(let index): themeAssets[index] = newValue
      }
    }
  }
}
