/// The points of an output write at which a process can die, in order. Tests stop the writer at
/// each one (``OutputWriter/Hooks``) and check that the next run finds a complete site.
public enum WriteStep: String, Sendable, CaseIterable {
  /// The staging folder exists and is empty.
  case stagingCreated = "staging-created"
  /// The render is handing pages to the staging folder as it draws them; one is there.
  case streaming = "streaming"
  /// The render is done and some of the files are in the staging folder.
  case writingFiles = "writing-files"
  /// Every file is in the staging folder; the old output is untouched.
  case filesWritten = "files-written"
  /// Two-rename swap only: the old output was moved aside and the new one is not in place yet.
  case oldMovedAside = "old-moved-aside"
  /// The new site is in place; the old one sits beside it with the top-level dotfiles.
  case swapped = "swapped"
  /// Some of the dotfiles have been moved into the new output.
  case carryingDotfiles = "carrying-dotfiles"
  /// Everything is in place; the old site is being deleted.
  case removingOld = "removing-old"
}
