#!/usr/bin/env python3
"""End-to-end checks of `demarc serve` on a copy of the shipped handbook.

    serve_test.py DEMARC_BINARY SITE_COPY SCREENSHOT_DIR

1. Traversal probes, sent byte for byte: every one gets 403 or 404 and no file from outside.
2. A `wrk` load on loopback, bounded in time, while pages and data change underneath: 0 errors.
3. Headless Chromium: a served page is edited (new text within 2 s, same scroll position), the
   dataset is broken (overlay with the file and line) and fixed (overlay gone), and the page is
   deleted (the browser lands on its parent).

Each check prints one line; the last line is "N passed, M failed". Exit status 1 if anything failed.
"""
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import traceback
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

BINARY, SITE, SHOTS = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
SHOTS.mkdir(parents=True, exist_ok=True)
results = []


def check(name):
    def wrap(function):
        try:
            function()
            results.append((name, True))
            print(f"ok   {name}", flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the run goes on
            results.append((name, False))
            print(f"FAIL {name}: {error}", flush=True)
            traceback.print_exc(limit=3)
        return function
    return wrap


def wait_for(condition, seconds, what):
    """Polls `condition`; a page reloading under it (a stale or missing element) counts as not yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = condition()
        except WebDriverException:
            value = None
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"not within {seconds} s: {what}")


def main_text(driver):
    """The page's <main> text, or "" while the page is between two loads."""
    try:
        return driver.find_element(By.TAG_NAME, "main").text
    except WebDriverException:
        return ""


server = subprocess.Popen([BINARY, "serve", "--site", str(SITE), "--port", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
log = []


def read_log():
    for line in server.stdout:
        log.append(line.rstrip("\n"))


threading.Thread(target=read_log, daemon=True).start()
url = wait_for(lambda: next((m.group(0) for line in log for m in [re.search(r"http://[\d.]+:\d+/", line)] if m), None),
               60, "the server's address")
port = int(url.rsplit(":", 1)[1].rstrip("/"))


def builds():
    return sum(1 for line in log if line.startswith("Built ") or "still serving the last good build" in line)


def raw_get(path):
    """Sends the path exactly as given and returns (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def write(relative, text):
    path = SITE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


PROBES = [
    "/../etc/passwd", "/../../../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
    "/.%2e/.%2e/etc/passwd", "/%2e./%2e./etc/passwd", "/..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/guides/..%2f..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd", "/%5c..%5c..%5cetc", "/index.html%00",
    "/index.html%00.css", "/%00/etc/passwd", "/%c0%ae%c0%ae/etc/passwd", "/%252e%252e/etc/passwd",
    "//etc/passwd", "///etc/passwd", "/./../etc/passwd", "/guides/./../../etc/passwd", "/%2fetc%2fpasswd",
    "/Content/index.md", "/demarc.yaml", "/../demarc.yaml", "/%2e%2e/demarc.yaml", "/.git/HEAD",
    "/Content/data/sources.yaml", "/outside.html", "/outside.md", "/outside-folder/", "/%ZZ", "/%",
    "/a%0d%0aSet-Cookie:%20x=1",
]


@check("traversal probes get 403 or 404, and nothing from outside the site")
def traversal():
    # A link to a file outside the site: the scan skips it, so the server cannot hand it out.
    (SITE / "Content/outside.md").symlink_to("/etc/passwd")
    (SITE / "Content/outside-folder").symlink_to("/etc")
    wait_for(lambda: builds() >= 2, 10, "a rebuild after the links appeared")
    bad = []
    for probe in PROBES:
        status, body = raw_get(probe)
        if status not in (403, 404) or b"root:x:0:0" in body or b"title:" in body[:200]:
            bad.append(f"{probe} -> {status}")
    assert not bad, ", ".join(bad)
    (SITE / "Content/outside.md").unlink()
    (SITE / "Content/outside-folder").unlink()


@check("a wrk load gets no errors while files change underneath")
def load():
    stop = threading.Event()
    page = SITE / "Content/guides/glossary.md"
    original = page.read_text()
    edits = 0

    def edit():
        nonlocal edits
        while not stop.is_set():
            edits += 1
            page.write_text(original + f"\nEdit number {edits} during the load.\n")
            time.sleep(0.25)
        page.write_text(original)

    editor = threading.Thread(target=edit)
    before = builds()
    editor.start()
    try:
        run = subprocess.run(["wrk", "-t2", "-c32", "-d8s", "--timeout", "5s", url + "guides/glossary.html"],
                             capture_output=True, text=True, timeout=60)
    finally:
        stop.set()
        editor.join()
    output = run.stdout
    print("     " + output.replace("\n", "\n     ").rstrip())
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    assert requests > 1000, f"only {requests} requests"
    assert "Socket errors" not in output, "socket errors under load"
    assert "Non-2xx or 3xx" not in output, "error responses under load"
    assert builds() - before >= 5, f"only {builds() - before} rebuilds during the load"


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900"]:
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))


PAGE = "Content/guides/live-check.md"
PARAGRAPHS = "\n\n".join(f"Paragraph {n} of a long page, so that there is somewhere to scroll to." for n in range(80))


@check("the browser follows edits, errors and deletions")
def live():
    write(PAGE, "---\ntitle: Live check\n---\n\n# Live check\n\nThe first version.\n\n" + PARAGRAPHS + "\n")
    wait_for(lambda: raw_get("/guides/live-check.html")[0] == 200, 10, "the new page being served")
    driver = browser()
    try:
        driver.get(url + "guides/live-check.html")
        wait_for(lambda: driver.execute_script("return document.readyState") == "complete", 10, "the page loading")
        # Give the event stream a moment to connect before the first edit.
        time.sleep(0.3)
        driver.execute_script("window.scrollTo(0, 1500)")
        scrolled = driver.execute_script("return window.scrollY")
        assert scrolled > 1000, f"the page did not scroll ({scrolled})"

        start = time.monotonic()
        write(PAGE, "---\ntitle: Live check\n---\n\n# Live check\n\nThe second version.\n\n" + PARAGRAPHS + "\n")
        wait_for(lambda: "The second version." in main_text(driver), 2,
                 "the edited text in the browser")
        seen = time.monotonic() - start
        time.sleep(0.2)
        after = driver.execute_script("return window.scrollY")
        assert abs(after - scrolled) <= 4, f"scroll position {scrolled} became {after}"
        print(f"     edit seen in the browser after {seen * 1000:.0f} ms; scroll {scrolled} -> {after}")

        data = SITE / "Content/data/services/s3.yaml"
        good = data.read_text()
        data.write_text(good + "\n  broken: [\n")
        def overlay_text():
            found = driver.find_elements(By.ID, "demarc-error-overlay")
            text = found[0].text if found else ""
            return text if re.search(r"Content/data/services/s3\.yaml:\d+:\d+: error: ", text) else None

        text = wait_for(overlay_text, 5, "the error overlay naming the file and line")
        assert "[yaml-syntax]" in text, text[:300]
        driver.save_screenshot(str(SHOTS / "serve-overlay.png"))
        assert "The second version." in main_text(driver)

        data.write_text(good)
        wait_for(lambda: not driver.find_elements(By.ID, "demarc-error-overlay"), 5, "the overlay to go")

        (SITE / PAGE).unlink()
        wait_for(lambda: driver.current_url.rstrip("/").endswith("/guides"), 5,
                 f"landing on the parent page (at {driver.current_url})")
        assert driver.find_element(By.TAG_NAME, "h1").text.strip() != ""
        driver.save_screenshot(str(SHOTS / "serve-parent.png"))
    finally:
        driver.quit()


server.terminate()
server.wait(timeout=10)
failed = sum(1 for _, ok in results if not ok)
print(f"{len(results) - failed} passed, {failed} failed")
if failed:
    print("server log:\n  " + "\n  ".join(log[-40:]))
sys.exit(1 if failed else 0)
