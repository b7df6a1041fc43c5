/// The one script `demarc serve` adds to every HTML page, and where it goes.
///
/// It listens to ``LiveReload/eventsPath`` with Server-Sent Events (plain HTTP, which proxies that
/// drop WebSocket upgrades still pass). When a newer build is ready it reloads the page, keeping the
/// scroll position; if the page is gone it goes to the nearest parent page that still exists. When a
/// build fails it shows every diagnostic over the page, and removes them when a build passes.
enum LiveReload {
  /// Paths below this prefix belong to the server, not the site.
  static let prefix = "/__demarc/"
  static let scriptPath = prefix + "live.js"
  static let eventsPath = prefix + "events"

  /// The page's bytes with the script tag before its last `</body>` (or at the end). The tag names
  /// the build the page came from, so a build finished before the script connects still reloads it.
  static func inject(into page: [UInt8], generation: Int) -> [UInt8] {
    let tag = Array("<script src=\"\(scriptPath)?g=\(generation)\"></script>".utf8)
    let closing = Array("</body>".utf8)
    var position = page.count
    if page.count >= closing.count {
      for start in stride(from: page.count - closing.count, through: 0, by: -1)
      where page[start] == UInt8(ascii: "<") && Self.matches(page, at: start, closing) {
        position = start
        break
      }
    }
    return Array(page[..<position]) + tag + Array(page[position...])
  }

  private static func matches(_ page: [UInt8], at start: Int, _ pattern: [UInt8]) -> Bool {
    for (offset, byte) in pattern.enumerated() {
      let actual = page[start + offset]
      // ASCII case folding: `</BODY>` counts too.
      if actual != byte && actual | 0x20 != byte { return false }
    }
    return true
  }

  /// The client. Diagnostics are put on the page with `textContent` only, never as markup.
  static let script = #"""
    (function () {
      "use strict";
      var me = document.currentScript;
      var from = Number(new URL(me.src).searchParams.get("g") || 0);
      var key = "demarc-scroll:" + location.pathname;
      var saved = sessionStorage.getItem(key);
      if (saved !== null) {
        sessionStorage.removeItem(key);
        var position = JSON.parse(saved);
        var restore = function () { window.scrollTo(position[0], position[1]); };
        restore();
        window.addEventListener("load", restore);
      }
      function exists(path) {
        return fetch(path, { method: "HEAD", cache: "no-store" }).then(function (r) { return r.ok; },
          function () { return false; });
      }
      function parents(path) {
        var list = [];
        var parts = path.split("/").filter(function (p) { return p.length > 0; });
        if (parts.length && parts[parts.length - 1] === "index.html") parts.pop();
        while (parts.length > 0) {
          parts.pop();
          list.push("/" + parts.join("/") + (parts.length ? "/" : ""));
        }
        return list;
      }
      function reload() {
        sessionStorage.setItem(key, JSON.stringify([window.scrollX, window.scrollY]));
        exists(location.pathname).then(function (ok) {
          if (ok) { location.reload(); return; }
          sessionStorage.removeItem(key);
          var candidates = parents(location.pathname);
          (function next(i) {
            if (i >= candidates.length) { location.href = "/"; return; }
            exists(candidates[i]).then(function (found) {
              if (found) location.href = candidates[i]; else next(i + 1);
            });
          })(0);
        });
      }
      var overlay = null;
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(diagnostics) {
        hide();
        overlay = document.createElement("div");
        overlay.id = "demarc-error-overlay";
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
          "background:#111116;color:#f4f4f5;font:14px/1.5 ui-monospace,monospace;padding:2rem";
        var title = document.createElement("h2");
        var errors = diagnostics.filter(function (d) { return d.severity === "error"; }).length;
        title.textContent = "The last build failed with " + errors + (errors === 1 ? " error" : " errors") +
          "; the page below is from the last build that passed.";
        title.style.cssText = "font:600 1.1rem system-ui,sans-serif;margin:0 0 1rem;color:#fca5a5";
        overlay.appendChild(title);
        var list = document.createElement("ul");
        list.style.cssText = "list-style:none;margin:0;padding:0";
        diagnostics.forEach(function (d) {
          var item = document.createElement("li");
          item.className = "demarc-diagnostic";
          item.style.cssText = "margin:0 0 .75rem;white-space:pre-wrap";
          var where = document.createElement("span");
          where.className = "demarc-location";
          where.style.color = "#93c5fd";
          where.textContent = d.file ? d.file + ":" + d.line + ":" + d.column + ": " : "";
          var what = document.createElement("span");
          what.style.color = d.severity === "error" ? "#fca5a5" : "#fde68a";
          what.textContent = d.severity + ": ";
          var message = document.createElement("span");
          message.textContent = d.message + " [" + d.code + "]";
          item.appendChild(where);
          item.appendChild(what);
          item.appendChild(message);
          list.appendChild(item);
        });
        overlay.appendChild(list);
        var hint = document.createElement("p");
        hint.textContent = "Fix the files and save; this page updates by itself.";
        hint.style.cssText = "font-family:system-ui,sans-serif;color:#a1a1aa";
        overlay.appendChild(hint);
        document.body.appendChild(overlay);
      }
      var source = new EventSource("\#(eventsPath)");
      source.addEventListener("state", function (event) {
        var state = JSON.parse(event.data);
        if (state.diagnostics.length > 0) show(state.diagnostics); else hide();
        if (state.generation > from) reload();
      });
    })();
    """#
}
