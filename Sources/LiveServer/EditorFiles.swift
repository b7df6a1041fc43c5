/// Names that editors write beside the file being saved and that never become content: swap files,
/// backups, lock files and Vim's write test. Changes to them do not start a rebuild.
enum EditorFiles {
  static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
      || name.hasSuffix(".swo") || name.hasPrefix("#") || name == "4913" || name.hasSuffix(".tmp")
      || name.hasSuffix(".kate-swp")
  }
}
