#!/usr/bin/env python3
"""The search index's budgets on a large generated site, in headless Chromium from file://.

    search_budget_test.py SITE_DIR

- the whole index is at most 1.5 KB per page, in well under 1,000 files;
- a one-word query loads at most 300 KB of index files;
- its first results appear within 300 ms;
- the JavaScript heap stays under 30 MB.

Each check prints one line; the last line is "N passed, M failed". Exit status 1 if anything failed.
"""
import json
import pathlib
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By

SITE = pathlib.Path(sys.argv[1]).resolve()
SEARCH = SITE / "search"
failures = []


def report(name, ok, detail):
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", flush=True)
    if not ok:
        failures.append(name)


manifest = json.loads((SEARCH / "index.js").read_text()[len("demarcSearch.manifest("):-3])
pages = manifest["pages"]
files = list(SEARCH.iterdir())
total = sum(f.stat().st_size for f in files)
report("index size", total / pages <= 1536, f"{total:,} bytes for {pages:,} pages = {total / pages:.0f} B/page (≤ 1,536)")
report("file count", len(files) < 1000, f"{len(files)} files (< 1,000)")

options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--allow-file-access-from-files", "--enable-precise-memory-info"]:
    options.add_argument(argument)
driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))
page = next(p for p in sorted(SITE.rglob("page-*.html")))
try:
    for word in ["security", "provider", "audit", "zone", "encryption"]:
        driver.get(page.as_uri())
        driver.execute_script(
            "var i = document.getElementById('search-input'); i.value = arguments[0];"
            "i.dispatchEvent(new Event('input'));", word)
        deadline = time.monotonic() + 10
        state = None
        while time.monotonic() < deadline:
            state = driver.execute_script(
                "var s = window.demarcSearch && window.demarcSearch.state;"
                "return s && s.lastQueryMs !== undefined ? {ms: s.lastQueryMs, loaded: s.loaded,"
                " heap: performance.memory.usedJSHeapSize} : null;")
            if state:
                break
            time.sleep(0.02)
        if not state:
            report(f"'{word}'", False, "no results within 10 s")
            continue
        shown = len(driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
        loaded = sum((SITE / path).stat().st_size for path in state["loaded"])
        report(f"'{word}' results", shown > 0, f"{shown} results")
        report(f"'{word}' bytes loaded", loaded <= 300 * 1024, f"{loaded:,} bytes in {len(state['loaded'])} files (≤ 307,200)")
        report(f"'{word}' first results", state["ms"] <= 300, f"{state['ms']:.0f} ms (≤ 300)")
        report(f"'{word}' JS heap", state["heap"] <= 30 * 1024 * 1024, f"{state['heap'] / 1048576:.1f} MB (≤ 30)")
finally:
    driver.quit()
checks = 2 + 4 * 5
print(f"{checks - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
