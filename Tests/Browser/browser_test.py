#!/usr/bin/env python3
"""End-to-end tests of the built handbook in headless Chromium, from file:// and over HTTP.

    browser_test.py SITE_DIR SERVED_URL SCREENSHOT_DIR [ROOT_URL]

SITE_DIR is the built Output/ folder (opened from file://); SERVED_URL is the same site served by a
real web server under a subpath (scripts/browser-test starts nginx on loopback). Each check prints
one line; the last line is "N passed, M failed". Exit status 1 if anything failed.
"""
import pathlib
import subprocess
import sys
import time
import traceback
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

import axe_selenium_python

SITE = pathlib.Path(sys.argv[1]).resolve()
SERVED = sys.argv[2].rstrip("/") + "/"
SHOTS = pathlib.Path(sys.argv[3])
ROOT = sys.argv[4].rstrip("/") + "/" if len(sys.argv) > 4 else None
# A starter site (`demarc init --dataset` plus a page of GitHub Markdown), in the built-in theme.
STARTER = pathlib.Path(sys.argv[5]).resolve().as_uri() + "/" if len(sys.argv) > 5 else None
SHOTS.mkdir(parents=True, exist_ok=True)
AXE = (pathlib.Path(axe_selenium_python.__file__).parent / "node_modules/axe-core/axe.min.js").read_text()
FILE = SITE.as_uri() + "/"

results = []


def check(name):
    def wrap(function):
        try:
            function()
            results.append((name, True, ""))
            print(f"ok   {name}", flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the run goes on
            results.append((name, False, str(error)))
            print(f"FAIL {name}: {error}", flush=True)
            traceback.print_exc(limit=2)
        return function
    return wrap


def browser(width=1280, height=900, dark=False):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--allow-file-access-from-files"]:
        options.add_argument(argument)
    if width < 500:
        # Desktop Chrome will not open a window this narrow; emulate a phone's viewport instead.
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    if dark:
        options.add_argument("--force-dark-mode")
        options.add_argument("--blink-settings=preferredColorScheme=0")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


# The one-page handbook is every page in one document, too big for axe to finish in the driver's
# time limit; its shell and a sample of sections (an entity page with its facts and generated
# tables, a guide) stand for the rest, whose markup comes from the partials checked page by page.
HANDBOOK_SAMPLE = ("{include: [['.handbook-cover'], ['.handbook-contents'], ['#page-services-rds'], "
                   "['#page-guides-compliance']]}")


def axe_violations(driver, context="document"):
    driver.set_script_timeout(120)
    driver.execute_script(AXE)
    report = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        f"axe.run({context}, {{resultTypes: ['violations']}}).then(function (r) {{ done(r.violations); }});")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['html'][:120]})" for v in report]


def wait(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(condition)


def exercise(base, label):
    """The same journey from file:// and over HTTP."""
    driver = browser()
    try:
        @check(f"{label}: home page loads with its sidebar and no console errors")
        def home():
            driver.get(base + "index.html")
            assert driver.find_element(By.TAG_NAME, "h1").text.startswith("Who secures what"), driver.title
            wait(driver, ready.presence_of_element_located((By.CSS_SELECTOR, "#sidebar li a")))
            errors = console_errors(driver)
            assert not errors, errors
            driver.save_screenshot(str(SHOTS / f"{label}-home.png"))

        @check(f"{label}: sidebar links lead to their pages")
        def sidebar():
            driver.get(base + "index.html")
            link = wait(driver, ready.element_to_be_clickable((By.CSS_SELECTOR, '#sidebar a[href$="guides/index.html"]')))
            link.click()
            wait(driver, ready.url_contains("guides/index.html"))
            assert driver.find_element(By.TAG_NAME, "h1").text == "Guides"
            current = driver.find_element(By.CSS_SELECTOR, '#sidebar a[aria-current="page"]')
            assert current.text == "Guides", current.text
            child = driver.find_element(By.CSS_SELECTOR, '#sidebar a[href$="guides/hardware-line.html"]')
            child.click()
            wait(driver, ready.url_contains("guides/hardware-line.html"))
            assert "hardware line" in driver.find_element(By.TAG_NAME, "h1").text.lower()
            assert not console_errors(driver)

        @check(f"{label}: search finds PaaS, highlights it, and opens a result with the keyboard")
        def search():
            driver.get(base + "services/ec2.html")
            body = driver.find_element(By.TAG_NAME, "body")
            body.send_keys("/")
            box = driver.switch_to.active_element
            assert box.get_attribute("id") == "search-input", "the / key focuses search"
            box.send_keys("PaaS")
            wait(driver, ready.visibility_of_element_located((By.CSS_SELECTOR, "#search-results [role=option]")))
            titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-title")]
            assert any("Container" in t for t in titles), titles
            assert driver.find_elements(By.CSS_SELECTOR, "#search-results mark"), "matches are highlighted"
            driver.save_screenshot(str(SHOTS / f"{label}-search.png"))
            box.send_keys(Keys.ARROW_DOWN)
            selected = driver.find_element(By.CSS_SELECTOR, '#search-results [aria-selected="true"] a')
            target = selected.get_attribute("href")
            box.send_keys(Keys.ENTER)
            wait(driver, ready.url_to_be(target))
            assert not console_errors(driver)

        @check(f"{label}: the dark-mode toggle switches and persists")
        def dark_mode():
            driver.get(base + "services/rds.html")
            html = driver.find_element(By.TAG_NAME, "html")
            before = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
            driver.find_element(By.CSS_SELECTOR, ".theme-toggle").click()
            assert html.get_attribute("data-theme") == "dark"
            after = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
            assert before != after, (before, after)
            driver.save_screenshot(str(SHOTS / f"{label}-service-dark.png"))
            driver.refresh()
            assert driver.find_element(By.TAG_NAME, "html").get_attribute("data-theme") == "dark"
            driver.find_element(By.CSS_SELECTOR, ".theme-toggle").click()
            assert driver.find_element(By.TAG_NAME, "html").get_attribute("data-theme") == "light"
            driver.save_screenshot(str(SHOTS / f"{label}-service.png"))

        for page in ["index.html", "services/rds.html", "layers/network.html", "reference/matrix.html",
                     "guides/disputes.html", "disputes/d1-rds-class.html", "guides/compliance.html",
                     "sources/aws-srm.html", "404.html", "handbook.html"]:
            @check(f"{label}: axe finds no violations on {page}")
            def accessible(page=page):
                driver.get(base + page)
                time.sleep(0.2)
                violations = axe_violations(driver, HANDBOOK_SAMPLE if page == "handbook.html" else "document")
                assert not violations, violations
    finally:
        driver.quit()


def starter():
    """axe on the page types the handbook lacks: GitHub Markdown, the starter's pages, light and dark."""
    for dark in [False, True]:
        driver = browser(dark=dark)
        mode = "dark" if dark else "light"
        try:
            for page in ["index.html", "guide.html", "markdown.html", "model/matrix.html", "model/database.html"]:
                @check(f"starter site ({mode}): axe finds no violations on {page}")
                def accessible(page=page):
                    driver.get(STARTER + page)
                    time.sleep(0.2)
                    violations = axe_violations(driver)
                    assert not violations, violations
                    if page == "markdown.html":
                        assert driver.find_elements(By.CSS_SELECTOR, "table th[align='right']")
                        assert len(driver.find_elements(By.CSS_SELECTOR, ".markdown-alert")) == 5
                        driver.save_screenshot(str(SHOTS / f"starter-markdown-{mode}.png"))
        finally:
            driver.quit()


def main():
    exercise(FILE, "file")
    exercise(SERVED, "http")
    if STARTER:
        starter()

    @check("http: a missing page answers 404 with the site's 404 page, whose links work")
    def not_found():
        try:
            urllib.request.urlopen(SERVED + "no/such/page.html")
            raise AssertionError("expected HTTP 404")
        except urllib.error.HTTPError as error:
            assert error.code == 404, error.code
            body = error.read().decode()
            assert "Page not found" in body and '<base href="' in body
        driver = browser()
        try:
            driver.get(SERVED + "no/such/page.html")
            driver.find_element(By.PARTIAL_LINK_TEXT, "home page").click()
            wait(driver, ready.url_to_be(SERVED + "index.html"))
        finally:
            driver.quit()

    if ROOT:
        @check("http at the server's root: the same files work, sidebar and search included")
        def at_root():
            driver = browser()
            try:
                driver.get(ROOT + "index.html")
                link = wait(driver, ready.element_to_be_clickable((By.CSS_SELECTOR, '#sidebar a[href$="how-to-read.html"]')))
                link.click()
                wait(driver, ready.url_to_be(ROOT + "how-to-read.html"))
                box = driver.find_element(By.ID, "search-input")
                box.send_keys("hypervisor")
                wait(driver, ready.visibility_of_element_located((By.CSS_SELECTOR, "#search-results [role=option]")))
                assert not console_errors(driver), console_errors(driver)
            finally:
                driver.quit()

    @check("narrow screen (360 px): the menu button opens the sidebar")
    def narrow():
        driver = browser(360, 800)
        try:
            driver.get(FILE + "services/s3.html")
            sidebar = driver.find_element(By.ID, "sidebar")
            assert not sidebar.is_displayed()
            driver.find_element(By.CSS_SELECTOR, ".menu-button").click()
            assert sidebar.is_displayed()
            width = driver.execute_script("return document.documentElement.scrollWidth")
            assert width <= 360, f"the page scrolls sideways: {width}px"
            driver.save_screenshot(str(SHOTS / "narrow-menu.png"))
        finally:
            driver.quit()

    @check("http: linkchecker finds no broken links in the served site")
    def links():
        run = subprocess.run(
            ["linkchecker", "--no-warnings", "--no-status", SERVED + "index.html"],
            capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stdout[-2000:]
        assert " 0 errors found" in run.stdout, run.stdout[-500:]

    passed = sum(1 for _, ok, _ in results if ok)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
