// Runs before the page paints: applies the reader's saved light/dark choice, if any.
(function () {
  try {
    var saved = localStorage.getItem("demarc-theme");
    if (saved === "dark" || saved === "light") document.documentElement.setAttribute("data-theme", saved);
  } catch (e) { /* storage may be unavailable on file:// in some browsers */ }
})();
