// demarc's default theme: sidebar tree, dark-mode toggle, search. Plain scripts, no modules, no
// network: everything works from file:// as well as over HTTP.
(function () {
  "use strict";
  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  var current = body.getAttribute("data-path") || "index.html";

  // ---- Sidebar: built from nav-tree.js, the whole tree written once for the site. ----
  function relative(path) { return root + path; }

  function isOnPath(node) {
    if (node.u === current) return true;
    var folder = node.u.slice(0, node.u.lastIndexOf("/") + 1);
    return node.u !== "index.html" && /\/index\.html$/.test(node.u) && current.indexOf(folder) === 0;
  }

  function renderNodes(nodes) {
    var list = document.createElement("ul");
    nodes.forEach(function (node) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = relative(node.u);
      link.textContent = node.t;
      if (node.u === current) link.setAttribute("aria-current", "page");
      if (node.c && node.c.length) {
        var details = document.createElement("details");
        if (isOnPath(node)) details.open = true;
        var summary = document.createElement("summary");
        summary.appendChild(link);
        details.appendChild(summary);
        details.appendChild(renderNodes(node.c));
        item.appendChild(details);
      } else {
        item.appendChild(link);
      }
      list.appendChild(item);
    });
    return list;
  }

  var sidebar = document.getElementById("sidebar");
  var tree = window.demarcNavTree;
  if (sidebar && tree) {
    var home = { t: tree.t, u: tree.u };
    sidebar.appendChild(renderNodes([home].concat(tree.c || [])));
    var currentLink = sidebar.querySelector('[aria-current="page"]');
    if (currentLink && currentLink.scrollIntoView && sidebar.scrollHeight > sidebar.clientHeight) {
      currentLink.scrollIntoView({ block: "center" });
    }
  }
  var menu = document.querySelector(".menu-button");
  if (menu && sidebar) {
    menu.hidden = false;
    menu.addEventListener("click", function () {
      var open = body.classList.toggle("sidebar-open");
      menu.setAttribute("aria-expanded", String(open));
    });
  }

  // ---- Dark mode: follows the system until the reader chooses; the choice persists. ----
  var toggle = document.querySelector(".theme-toggle");
  function effectiveTheme() {
    var chosen = document.documentElement.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function showTheme() { if (toggle) toggle.setAttribute("aria-pressed", String(effectiveTheme() === "dark")); }
  if (toggle) {
    showTheme();
    toggle.addEventListener("click", function () {
      var next = effectiveTheme() === "dark" ? "light" : "dark";
      document.documentElement.setAttribute("data-theme", next);
      try { localStorage.setItem("demarc-theme", next); } catch (e) { /* not persisted */ }
      showTheme();
    });
  }

  // ---- Search: the index is a script (search-index.js), loaded on first use. ----
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var active = -1;

  function loadIndex(then) {
    if (window.demarcSearchIndex) return then();
    var script = document.createElement("script");
    script.src = relative("search-index.js");
    script.onload = then;
    document.head.appendChild(script);
  }

  function terms(query) {
    return query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  function count(haystack, term) {
    var n = 0, at = haystack.indexOf(term);
    while (at !== -1 && n < 5) { n++; at = haystack.indexOf(term, at + term.length); }
    return n;
  }

  function score(entry, words) {
    var title = entry.t.toLowerCase(), keys = entry.k.toLowerCase(), text = entry.x.toLowerCase();
    var headings = entry.h.join(" ").toLowerCase();
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], s = 0;
      if (title.indexOf(w) !== -1) s += title.indexOf(w) === 0 || title.indexOf(" " + w) !== -1 ? 12 : 8;
      if (keys.indexOf(w) !== -1) s += 8;
      if (headings.indexOf(w) !== -1) s += 4;
      s += count(text, w);
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function highlighted(text, words) {
    var fragment = document.createDocumentFragment();
    var lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      words.forEach(function (w) {
        var i = lower.indexOf(w, at);
        if (i !== -1 && (next === -1 || i < next)) { next = i; length = w.length; }
      });
      if (next === -1) { fragment.appendChild(document.createTextNode(text.slice(at))); break; }
      fragment.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      fragment.appendChild(mark);
      at = next + length;
    }
    return fragment;
  }

  function snippet(entry, words) {
    var lower = entry.x.toLowerCase(), first = -1;
    words.forEach(function (w) { var i = lower.indexOf(w); if (i !== -1 && (first === -1 || i < first)) first = i; });
    if (first === -1) return entry.x.slice(0, 140);
    var start = Math.max(0, first - 60);
    return (start > 0 ? "…" : "") + entry.x.slice(start, start + 160) + (start + 160 < entry.x.length ? "…" : "");
  }

  function setActive(index) {
    var items = results.querySelectorAll("[role=option]");
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", String(i === active)); });
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function close() {
    results.hidden = true;
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function search() {
    var words = terms(input.value);
    results.textContent = "";
    if (!words.length) return close();
    var ranked = window.demarcSearchIndex.map(function (entry) { return { e: entry, s: score(entry, words) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || (a.e.t < b.e.t ? -1 : 1); })
      .slice(0, 20);
    if (!ranked.length) {
      var none = document.createElement("li");
      none.className = "search-empty";
      none.textContent = "No pages match.";
      results.appendChild(none);
    }
    ranked.forEach(function (r, i) {
      var item = document.createElement("li");
      item.id = "search-result-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = relative(r.e.u);
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-title";
      title.appendChild(highlighted(r.e.t, words));
      var text = document.createElement("span");
      text.className = "search-snippet";
      text.appendChild(highlighted(snippet(r.e, words), words));
      link.appendChild(title);
      link.appendChild(text);
      item.appendChild(link);
      results.appendChild(item);
    });
    results.hidden = false;
    active = -1;
  }

  if (input && results) {
    input.addEventListener("focus", function () { loadIndex(function () {}); });
    input.addEventListener("input", function () { loadIndex(search); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); setActive(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
      else if (event.key === "Enter") {
        var items = results.querySelectorAll("[role=option] a");
        var target = items[active >= 0 ? active : 0];
        if (target) { event.preventDefault(); window.location.href = target.href; }
      } else if (event.key === "Escape") { input.value = ""; results.textContent = ""; close(); }
    });
    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".search")) close();
    });
    document.addEventListener("keydown", function (event) {
      var tag = (event.target.tagName || "").toLowerCase();
      if (event.key === "/" && tag !== "input" && tag !== "textarea" && !event.target.isContentEditable) {
        event.preventDefault();
        input.focus();
      }
    });
  }
})();
