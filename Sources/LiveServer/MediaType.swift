/// The `Content-Type` of a served file, by its extension; a documentation site's kinds of file.
enum MediaType {
  static func of(_ path: String) -> String {
    let name = path.split(separator: "/").last ?? ""
    let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
    return byExtension[ext] ?? "application/octet-stream"
  }

  private static let byExtension: [String: String] = [
    "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8", "json": "application/json",
    "xml": "application/xml", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg",
    "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "avif": "image/avif",
    "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf",
    "otf": "font/otf", "pdf": "application/pdf", "zip": "application/zip", "wasm": "application/wasm",
    "yaml": "application/yaml", "yml": "application/yaml", "webmanifest": "application/manifest+json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "mp4": "video/mp4", "webm": "video/webm",
  ]
}
