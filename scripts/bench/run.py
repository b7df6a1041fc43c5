#!/usr/bin/env python3
"""Benchmarks demarc against Hugo and the libcmark floor on generated corpora.

    run.py [--sizes 1000 10000] [--runs 5] [--work /dev/shm/demarc-bench]

For each size, generates the corpus once, then alternates the three tools run after run (so
machine noise hits all of them alike), each writing to tmpfs. Reports medians of wall time and
peak memory (from /usr/bin/time), the ratios the targets are stated in, demarc's rebuild with
nothing changed and after a one-paragraph edit of one page, output bytes per page, and the search
index's bytes per page and files. (What one query loads, and how fast, is measured in headless
Chromium by Tests/Browser/search_budget_test.py, which scripts/browser-test runs on 10,000 pages.)
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]


def timed(command, cwd=None):
    """Runs a command under /usr/bin/time; returns (seconds, peak KiB)."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M"] + command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    seconds, kib = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kib)


def folder_bytes(path, suffix=".html"):
    return sum(p.stat().st_size for p in pathlib.Path(path).rglob(f"*{suffix}"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=pathlib.Path, default=pathlib.Path("/dev/shm/demarc-bench"))
    args = parser.parse_args()
    demarc = REPO / ".build/release/demarc"
    floor = args.work / "cmark_floor"
    args.work.mkdir(parents=True, exist_ok=True)
    # demarc's input stamps (what makes the rebuild with nothing changed cheap) stay in the work folder.
    os.environ["DEMARC_CACHE_DIR"] = str(args.work / "cache")
    subprocess.run(
        f"cc -O2 -o {floor} {HERE / 'cmark_floor.c'} $(pkg-config --cflags --libs libcmark)", shell=True, check=True)

    rows = {}
    for size in args.sizes:
        corpus = args.work / f"corpus-{size}"
        subprocess.run([sys.executable, HERE / "generate_corpus.py", str(size), corpus], check=True, stdout=subprocess.DEVNULL)
        # Files written a moment before a build are too fresh for demarc to trust their stamps
        # (an author's are not): let the clock move on.
        time.sleep(0.2)
        results = {"demarc": [], "hugo": [], "floor": [], "rebuild": [], "edit": []}
        edited = sorted((corpus / "demarc" / "Content").rglob("page-*.md"))[size // 2]
        for run in range(args.runs):
            out = args.work / f"out-{size}"
            for tool in ("demarc", "hugo", "floor"):
                shutil.rmtree(out, ignore_errors=True)
                if tool == "demarc":
                    results[tool].append(timed([str(demarc), "build", "-q", "--site", str(corpus / "demarc"), "--output", str(out)]))
                    results["rebuild"].append(
                        timed([str(demarc), "build", "-q", "--site", str(corpus / "demarc"), "--output", str(out)]))
                    # One paragraph more on one page, as an author's commit would add.
                    with edited.open("a") as page:
                        page.write(f"\nOne more paragraph, written for run {run}.\n")
                    results["edit"].append(
                        timed([str(demarc), "build", "-q", "--site", str(corpus / "demarc"), "--output", str(out)]))
                    if run == 0:
                        rows.setdefault(size, {})["bytes_per_page"] = folder_bytes(out) / (size + 44)
                        search = list((out / "search").iterdir())
                        rows[size]["search"] = (sum(f.stat().st_size for f in search) / (size + 44), len(search))
                elif tool == "hugo":
                    shutil.rmtree(corpus / "hugo" / "resources", ignore_errors=True)
                    results[tool].append(timed(["hugo", "--quiet", "-d", str(out)], cwd=corpus / "hugo"))
                else:
                    results[tool].append(timed([str(floor), str(corpus / "pages"), str(out)]))
        for tool, samples in results.items():
            rows.setdefault(size, {})[tool] = (
                statistics.median(s for s, _ in samples), statistics.median(k for _, k in samples))

    print(f"\n{'pages':>6} {'tool':<14} {'median s':>9} {'peak MiB':>9}")
    for size, row in rows.items():
        for tool in ("demarc", "rebuild", "edit", "hugo", "floor"):
            seconds, kib = row[tool]
            label = {"rebuild": "demarc no-op", "edit": "demarc 1 edit", "floor": "libcmark floor"}.get(tool, tool)
            print(f"{size:>6} {label:<14} {seconds:>9.3f} {kib / 1024:>9.1f}")
    print("\nratios")
    for size, row in rows.items():
        d, h, f, r, e = row["demarc"], row["hugo"], row["floor"], row["rebuild"], row["edit"]
        print(f"  {size:>6} pages: Hugo/demarc time {h[0] / d[0]:.2f}x, demarc/floor time {d[0] / max(f[0], 1e-3):.2f}x, "
              f"demarc/Hugo memory {d[1] / h[1]:.1%}, no-op/cold {r[0] / d[0]:.1%}, one-page edit/cold {e[0] / d[0]:.1%}, "
              f"bytes/page {row['bytes_per_page']:.0f}, search index {row['search'][0]:.0f} B/page in {row['search'][1]} files")
    if len(rows) >= 2:
        small, large = sorted(rows)[:2]
        print(f"  scaling {small} -> {large}: time x{rows[large]['demarc'][0] / rows[small]['demarc'][0]:.2f}, "
              f"bytes/page {rows[large]['bytes_per_page'] / rows[small]['bytes_per_page'] - 1:+.1%}")


if __name__ == "__main__":
    main()
