import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Walks of a whole output tree by folder descriptors (`openat`, `unlinkat`, `linkat`), never
/// following a symbolic link: each call names an entry of an open folder, so the kernel does not
/// walk the full path again for each of 10,000 files. The top-level entries go to every core.
enum FolderTree {
  /// An entry of an open folder.
  struct Entry {
    var name: String
    var isFolder: Bool
  }

  /// The entries of the folder open as `descriptor`; nil when it cannot be read. An entry whose
  /// kind the listing does not say is asked with `fstatat`.
  static func entries(of descriptor: Int32) -> [Entry]? {
    let copy = dup(descriptor)
    guard copy >= 0, let directory = fdopendir(copy) else { return nil }
    defer { closedir(directory) }
    var entries: [Entry] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard name != "." && name != ".." else { continue }
      var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
      if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        isFolder = (status.st_mode & S_IFMT) == S_IFDIR
      }
      entries.append(Entry(name: name, isFolder: isFolder))
    }
    return entries
  }

  static func openFolder(_ name: String, in parent: Int32) -> Int32 {
    openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
  }

  /// Removes the folder at `path` and everything below it; false when something stayed.
  static func remove(_ path: String) -> Bool {
    let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard folder >= 0 else { return false }
    let emptied: Bool
    if let entries = entries(of: folder) {
      emptied = !Parallel.map(entries, jobs: Parallel.defaultJobs) { remove($0, in: folder) }.contains(false)
    } else {
      emptied = false
    }
    close(folder)
    return emptied && rmdir(path) == 0
  }

  private static func remove(_ entry: Entry, in parent: Int32) -> Bool {
    guard entry.isFolder else { return unlinkat(parent, entry.name, 0) == 0 }
    let folder = openFolder(entry.name, in: parent)
    guard folder >= 0 else { return false }
    let emptied = entries(of: folder)?.allSatisfy { remove($0, in: folder) } ?? false
    close(folder)
    return emptied && unlinkat(parent, entry.name, AT_REMOVEDIR) == 0
  }
}
