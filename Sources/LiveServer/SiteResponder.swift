import SiteBuild

/// Answers a request from the served site: a pure function of the method, the raw path and the
/// site, so every rule is tested without a socket.
///
/// - `GET` and `HEAD` only; `HEAD` has the same headers and no body.
/// - A folder path serves its `index.html`; a folder named without its slash is redirected to it,
///   and a folder is never listed.
/// - A path that is not in the site gets the site's own `404.html` with status 404.
/// - Dot segments, encoded slashes and backslashes, NUL and control characters get 403.
/// - Every answer says `Cache-Control: no-store`, so a reload always shows the newest build.
enum SiteResponder {
  static func respond(method: String, rawPath: String, site: ServedSite) -> Reply {
    guard method == "GET" || method == "HEAD" else {
      return reply(
        405, type: "text/plain; charset=utf-8", body: "Only GET and HEAD are served.\n",
        method: "GET", extra: [.init(name: "Allow", value: "GET, HEAD")])
    }
    let path =
      rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
      ?? ""
    if path == LiveReload.scriptPath {
      return reply(200, type: "text/javascript; charset=utf-8", body: LiveReload.script, method: method)
    }
    switch RequestPath(raw: rawPath) {
    case .refused:
      return reply(403, type: "text/plain; charset=utf-8", body: "Forbidden.\n", method: method)
    case .site(let name, let isFolder):
      let key = isFolder ? OutputPath.folderIndex(of: name) : name
      if let bytes = site.files[key] {
        return file(key, bytes, status: 200, site: site, method: method)
      }
      if !isFolder, site.files[OutputPath.folderIndex(of: name)] != nil {
        return reply(
          301, type: "text/plain; charset=utf-8", body: "Moved to \(path)/\n", method: method,
          extra: [.init(name: "Location", value: path + "/")])
      }
      if let page = site.files[ServedSite.notFoundPage] {
        return file(ServedSite.notFoundPage, page, status: 404, site: site, method: method)
      }
      return reply(404, type: "text/plain; charset=utf-8", body: "Not found.\n", method: method)
    }
  }

  private static func file(_ path: String, _ bytes: [UInt8], status: Int, site: ServedSite, method: String)
    -> Reply
  {
    let type = MediaType.of(path)
    let body =
      type.hasPrefix("text/html") ? LiveReload.inject(into: bytes, generation: site.generation) : bytes
    return reply(status, type: type, bytes: body, method: method)
  }

  private static func reply(
    _ status: Int, type: String, body: String, method: String, extra: [Reply.Header] = []
  ) -> Reply {
    reply(status, type: type, bytes: Array(body.utf8), method: method, extra: extra)
  }

  private static func reply(
    _ status: Int, type: String, bytes: [UInt8], method: String, extra: [Reply.Header] = []
  ) -> Reply {
    let headers: [Reply.Header] =
      [
        .init(name: "Content-Type", value: type), .init(name: "Content-Length", value: String(bytes.count)),
        .init(name: "Cache-Control", value: "no-store"),
        .init(name: "X-Content-Type-Options", value: "nosniff"),
      ] + extra
    return Reply(status: status, headers: headers, body: method == "HEAD" ? [] : bytes)
  }
}
