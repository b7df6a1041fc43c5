import Foundation

/// Settles what an interrupted build left beside (or, for a mount point, inside) the output, so a
/// build killed at any point costs nothing but the time it ran.
///
/// Every step of a write leaves the disk in a state this can read:
/// - a staging folder, complete or not, is new work: removed;
/// - a retired folder is the previous site: put back if the output is missing, else removed;
/// - either may hold top-level dotfiles of the previous output (`.git`, `.nojekyll`) that had not
///   been moved yet: those go into the output first, and nothing is deleted before they do;
/// - inside a mount point, a swapping folder is a complete new site half moved in: the move is
///   finished.
///
/// It runs with the output's parent folder locked (``Disk/lock(_:)``), so what it finds cannot be
/// another build's work in progress.
enum OutputRecovery {
  static func recover(_ location: OutputLocation) -> [String] {
    var notes: [String] = []
    let name = (location.path as NSString).lastPathComponent
    let leftovers = ((try? FileSystem.names(in: location.parent)) ?? []).filter {
      isLeftover($0, prefix: location.workPrefix, outputName: name)
    }
    if !Disk.exists(location.path),
      let retired = leftovers.first(where: { $0.hasPrefix(OutputLocation.retiredTag) }),
      (try? Disk.rename(location.parent + "/" + retired, to: location.path)) != nil
    {
      notes.append("restored the previous output from \(retired), left by an interrupted build")
    }
    for leftover in leftovers where Disk.exists(location.parent + "/" + leftover) {
      settle(location.parent + "/" + leftover, into: location.path, notes: &notes)
    }
    if location.isMountPoint { notes += recoverInside(location.path) }
    return notes
  }

  /// Leftovers inside a mount point: finish a move under way, then drop staging and retired folders.
  private static func recoverInside(_ output: String) -> [String] {
    var notes: [String] = []
    let names = (try? FileSystem.names(in: output)) ?? []
    for swapping in names where swapping.hasPrefix(OutputLocation.swappingTag) {
      let retired = OutputLocation.retiredTag + swapping.dropFirst(OutputLocation.swappingTag.count)
      if (try? moveIn(output + "/" + swapping, into: output, retired: output + "/" + retired)) != nil {
        notes.append("finished moving in the site an interrupted build had left in \(swapping)")
      }
    }
    for name in names
    where name.hasPrefix(OutputLocation.stagingTag) || name.hasPrefix(OutputLocation.retiredTag) {
      guard Disk.exists(output + "/" + name) else { continue }
      Disk.removeTree(output + "/" + name)
      notes.append("removed \(name), left inside the output by an interrupted build")
    }
    return notes
  }

  /// Moves the leftover's top-level dotfiles that the output lacks into it, then removes it.
  private static func settle(_ leftover: String, into output: String, notes: inout [String]) {
    let name = (leftover as NSString).lastPathComponent
    if Disk.exists(output) {
      var moved: [String] = []
      if !carryDotfiles(from: leftover, to: output, moved: &moved) {
        notes.append("kept \(name), left by an interrupted build: its dotfiles could not be moved back")
        return
      }
      if !moved.isEmpty {
        notes.append("moved \(moved.joined(separator: ", ")) back into the output from \(name)")
      }
    }
    Disk.removeTree(leftover)
    notes.append("removed \(name), left by an interrupted build")
  }

  /// Moves each top-level dotfile of `old` (but demarc's own) that `new` lacks into `new`, one rename
  /// at a time, so each is always in exactly one of the two places. False if one could not move.
  static func carryDotfiles(
    from old: String, to new: String, moved: inout [String], afterEach: (() -> Void)? = nil
  ) -> Bool {
    guard let names = try? FileSystem.names(in: old) else { return false }
    for name in names
    where name.hasPrefix(".") && name != OutputWriter.markerName && !name.hasPrefix(".demarc-")
      && !Disk.exists(new + "/" + name)
    {
      guard (try? Disk.rename(old + "/" + name, to: new + "/" + name)) != nil else { return false }
      moved.append(name)
      afterEach?()
    }
    return true
  }

  /// The manifest a swapping folder carries: the top-level names of the new site.
  static let manifestName = ".demarc-names"

  /// Moves a complete new site into a folder that cannot itself be renamed (a mount point), entry by
  /// entry. Each entry goes old-aside then new-in, two renames, so running this again after a kill at
  /// any point finishes the job instead of undoing it. Top-level dotfiles that the new site does not
  /// carry (the user's `.git`) are never touched. The marker file moves last.
  static func moveIn(
    _ swapping: String, into output: String, retired: String, afterEach: (() -> Void)? = nil
  ) throws(Disk.Failure) {
    guard let manifest = try? FileSystem.contents(swapping + "/" + manifestName) else {
      // Not complete enough to have its manifest: an unfinished staging folder.
      Disk.removeTree(swapping)
      return
    }
    let incoming = String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
    let keep = Set(incoming)
    if !Disk.exists(retired) { try Disk.makeFolder(retired) }
    for name in (try? FileSystem.names(in: output)) ?? [] where !name.hasPrefix(".") && !keep.contains(name) {
      try Disk.rename(output + "/" + name, to: retired + "/" + name)
    }
    let ordered = incoming.filter { $0 != OutputWriter.markerName } + [OutputWriter.markerName]
    for name in ordered where Disk.exists(swapping + "/" + name) {
      if Disk.exists(output + "/" + name) {
        try Disk.rename(output + "/" + name, to: retired + "/" + name)
      }
      try Disk.rename(swapping + "/" + name, to: output + "/" + name)
      afterEach?()
    }
    Disk.removeTree(swapping)
    Disk.removeTree(retired)
  }

  /// True for names this demarc gives its work folders for this output, and for the names earlier
  /// versions gave them (`.demarc-staging-<output name>-<pid>-<random>`).
  private static func isLeftover(_ name: String, prefix: String, outputName: String) -> Bool {
    for tag in [OutputLocation.stagingTag, OutputLocation.retiredTag] where name.hasPrefix(tag) {
      let rest = name.dropFirst(tag.count)
      if rest.hasPrefix(prefix + "-"), rest.dropFirst(prefix.count + 1).allSatisfy(\.isNumber) { return true }
      if rest.hasPrefix(outputName + "-") {
        let token = rest.dropFirst(outputName.count + 1).split(separator: "-")
        if token.count == 2 && token.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return true }
      }
    }
    return false
  }
}
