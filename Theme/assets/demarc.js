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

  // ---- Search: script files under search/, loaded as a query needs them (works from file://). ----
  // search/index.js names the shards; search/t-KEY.js holds the terms starting with KEY, each with
  // its pages and weights; search/r-N.js holds short records of pages. Terms are split and
  // lower-cased as the index does it (SearchTerms.swift).
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var active = -1;
  var index = { manifest: null, shards: {}, records: {}, loaded: [], pending: {} };
  var shown = 10;
  var latest = 0;

  window.demarcSearch = {
    manifest: function (m) { index.manifest = m; },
    shard: function (key, terms) { index.shards[key] = terms; },
    records: function (n, list) { index.records[n] = list; },
    state: index
  };

  function load(path) {
    if (index.pending[path]) return index.pending[path];
    index.pending[path] = new Promise(function (resolve) {
      var script = document.createElement("script");
      script.src = relative(path);
      script.onload = function () { index.loaded.push(path); resolve(true); };
      script.onerror = function () { resolve(false); };
      document.head.appendChild(script);
    });
    return index.pending[path];
  }

  function terms(query) {
    var found = query.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) || [];
    return found.filter(function (t) { return Array.from(t).length >= 2; }).map(function (t) {
      return Array.from(t).slice(0, 40).join("");
    });
  }

  function shardOf(term) {
    var key = Array.from(term).slice(0, 2).join("");
    if (/^[a-z0-9]{2}$/.test(key)) return key;
    return "x" + Array.from(new TextEncoder().encode(key)).map(function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  // Pages having a term that starts with `word`, with the best weight among those terms.
  function matches(word) {
    var shard = index.shards[shardOf(word)] || {};
    var pages = {};
    Object.keys(shard).forEach(function (term) {
      if (term.indexOf(word) !== 0) return;
      var page = 0;
      shard[term].split(",").forEach(function (posting) {
        page += parseInt(posting.slice(0, -1), 36);
        var weight = parseInt(posting.slice(-1), 36) + (term === word ? 1 : 0);
        if (!(pages[page] >= weight)) pages[page] = weight;
      });
    });
    return pages;
  }

  function record(page) {
    var file = index.records[Math.floor(page / index.manifest.per)];
    var r = file && file[page % index.manifest.per];
    return r && { t: r[0], u: r[1], h: r[2], x: r[3], k: r[4] };
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

  // The excerpt, and the aliases when only they hold a word ("PaaS" on a container service).
  function snippet(entry, words) {
    var seen = (entry.t + " " + entry.x).toLowerCase();
    var text = entry.x.length > 180 ? entry.x.slice(0, 180).replace(/\s+\S*$/, "") + " …" : entry.x;
    if (!entry.k || words.every(function (w) { return seen.indexOf(w) !== -1; })) return text;
    // Only the aliases that matched, once each: "· PaaS".
    var hits = [];
    entry.k.split(/\s+/).forEach(function (alias) {
      var lower = alias.toLowerCase();
      if (hits.indexOf(alias) === -1 && words.some(function (w) { return lower.indexOf(w) === 0; })) hits.push(alias);
    });
    return hits.length ? text + " · " + hits.join(", ") : text;
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

  function show(ranked, words) {
    results.textContent = "";
    if (!ranked.length) {
      var none = document.createElement("li");
      none.className = "search-empty";
      none.textContent = words.length ? "No pages match." : "Type at least two letters.";
      results.appendChild(none);
    }
    ranked.forEach(function (entry, i) {
      var item = document.createElement("li");
      item.id = "search-result-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var link = document.createElement("a");
      link.href = relative(entry.u);
      link.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "search-title";
      title.appendChild(highlighted(entry.t, words));
      var text = document.createElement("span");
      text.className = "search-snippet";
      text.appendChild(highlighted(snippet(entry, words), words));
      link.appendChild(title);
      link.appendChild(text);
      item.appendChild(link);
      results.appendChild(item);
    });
    results.hidden = false;
    active = -1;
  }

  function search() {
    var query = input.value;
    var words = terms(query);
    var ticket = ++latest;
    var started = performance.now();
    if (!query.trim()) { results.textContent = ""; return close(); }
    if (!words.length) return show([], words);
    load("search/index.js").then(function () {
      if (!index.manifest) return [];
      var missing = words.filter(function (w) { return index.manifest.shards.indexOf(shardOf(w)) === -1; });
      if (missing.length) return [];
      return Promise.all(words.map(function (w) { return load("search/t-" + shardOf(w) + ".js"); })).then(function () {
        // Every word must match; a page's score is the sum of its best weight for each.
        var scores = null;
        words.forEach(function (w) {
          var found = matches(w), next = {};
          Object.keys(found).forEach(function (page) {
            if (scores === null || scores[page] !== undefined) next[page] = (scores ? scores[page] : 0) + found[page];
          });
          scores = next;
        });
        var ranked = Object.keys(scores || {}).map(Number).sort(function (a, b) {
          return scores[b] - scores[a] || a - b;
        }).slice(0, shown);
        var files = {};
        ranked.forEach(function (page) { files[Math.floor(page / index.manifest.per)] = true; });
        return Promise.all(Object.keys(files).map(function (n) { return load("search/r-" + n + ".js"); }))
          .then(function () { return ranked.map(record).filter(Boolean); });
      });
    }).then(function (ranked) {
      if (ticket !== latest) return;
      show(ranked, words);
      index.lastQueryMs = performance.now() - started;
    });
  }

  if (input && results) {
    input.addEventListener("focus", function () { load("search/index.js"); });
    input.addEventListener("input", search);
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
