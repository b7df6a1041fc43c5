/// Names that are never content: hidden files, and what editors write beside the file being saved
/// (swap files, backups, lock files, Vim's write test). The scan skips them, so a backup
/// `intro.md~` is not published as an asset, and the live preview's watcher ignores them, so saving
/// in Vim or Emacs starts one build, not three.
public enum EditorFiles {
  public static func isIgnored(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
      || name.hasSuffix(".swo") || (name.hasPrefix("#") && name.hasSuffix("#")) || name == "4913"
      || name.hasSuffix(".kate-swp")
  }
}
