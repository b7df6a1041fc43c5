"""Prints the one-page handbook to PDF in headless Chromium and checks its sheets.

Usage: print_test.py OUTPUT_FOLDER WORK_FOLDER

A sheet may be mostly blank (under half its height inked) only where a new one is forced: the
cover, the end of the contents, the sheet before a top-level section, and the last sheet. Every
other page of the site follows on from the one before, so a short page never wastes a sheet.
"""

import re
import subprocess
import sys
from pathlib import Path

output, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
work.mkdir(parents=True, exist_ok=True)
pdf = work / "handbook.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", (output / "handbook.html").as_uri()],
               check=True, capture_output=True, timeout=300)
for old in work.glob("sheet-*.pgm"):
    old.unlink()
subprocess.run(["pdftoppm", "-r", "20", "-gray", str(pdf), str(work / "sheet")], check=True)


def inked(path):
    """The share of the sheet's height between its first and last inked rows."""
    data = path.read_bytes().split(b"\n", 3)
    width, height = map(int, data[1].split())
    pixels = data[3]
    rows = [i for i in range(height) if min(pixels[i * width:(i + 1) * width]) < 200]
    return (rows[-1] - rows[0] + 1) / height if rows else 0.0


sheets = sorted(work.glob("sheet-*.pgm"))
html = (output / "handbook.html").read_text()
parts = re.findall(r'<section class="handbook-page handbook-part" id="[^"]+">\s*<h1[^>]*>(.*?)</h1>', html, re.S)
titles = {re.sub(r"<[^>]+>", "", t).replace("#", "").strip() for t in parts}


def first_line(number):
    text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                          capture_output=True, text=True).stdout
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


failures = []
for index, sheet in enumerate(sheets, start=1):
    share = inked(sheet)
    if share >= 0.5 or index == 1 or index == len(sheets):
        continue
    following = first_line(index + 1)
    if following in titles or following == "Who secures what on AWS?":
        continue
    failures.append(f"sheet {index} is {share:.0%} inked and the next begins {following!r}")

print(f"{len(sheets)} sheets; {len(titles)} top-level sections; {len(failures)} wasted sheets")
for failure in failures:
    print("FAIL " + failure)
if len(sheets) < 50 or not titles:
    print("FAIL the handbook printed to too few sheets to check")
    failures.append("too few")
sys.exit(1 if failures else 0)
