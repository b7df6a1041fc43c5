#!/usr/bin/env python3
"""Measures `demarc serve`: from the moment a file is written to the moment the reload event is
sent, as medians of N edits, for the cases of the serve issue; and `demarc build` after a one-page
edit against a cold build.

    serve_latency.py DEMARC_BINARY HANDBOOK_SITE LARGE_SITE [--edits 20]

Both sites are copies this script may edit. Prints one table row per case.
"""
import argparse
import pathlib
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time


class Server:
    """`demarc serve` on a free port, with an event stream open."""

    def __init__(self, binary, site):
        self.process = subprocess.Popen([binary, "serve", "-q", "--site", str(site), "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            found = [re.search(r"http://127\.0\.0\.1:(\d+)/", line) for line in self.lines]
            found = [match for match in found if match]
            if found:
                self.port = int(found[0].group(1))
                break
            time.sleep(0.05)
        else:
            sys.exit("the server did not start:\n" + "\n".join(self.lines))
        self.events = socket.create_connection(("127.0.0.1", self.port))
        self.events.sendall(b"GET /__demarc/events HTTP/1.1\r\nHost: x\r\n\r\n")
        self.buffer = b""
        self.generation = self.next_generation(timeout=30)

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def next_generation(self, timeout=120):
        """Reads the stream until a state event arrives; returns its generation."""
        self.events.settimeout(timeout)
        while True:
            match = re.search(rb'"generation":(\d+),"diagnostics":\[(.)', self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                if match.group(2) != b"]":
                    raise RuntimeError("a build failed: " + "\n".join(self.lines[-5:]))
                return int(match.group(1))
            chunk = self.events.recv(65536)
            if not chunk:
                raise RuntimeError("the event stream ended")
            self.buffer += chunk

    def time_edit(self, write):
        """Seconds from just before `write()` to the event announcing the new build."""
        start = time.monotonic()
        write()
        while True:
            generation = self.next_generation()
            if generation > self.generation:
                self.generation = generation
                return time.monotonic() - start

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def median_ms(samples):
    return statistics.median(samples) * 1000


def edits(server, count, path, make):
    samples = []
    for number in range(count):
        text = make(number)
        samples.append(server.time_edit(lambda: path.write_text(text)))
        time.sleep(0.15)
    return samples


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("handbook", type=pathlib.Path)
    parser.add_argument("large", type=pathlib.Path)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    rows = []

    page = args.handbook / "Content/guides/glossary.md"
    original = page.read_text()
    cell_file = args.handbook / "Content/data/classes/abstract.yaml"
    cells = cell_file.read_text()
    server = Server(args.binary, args.handbook)
    paragraph = edits(server, args.edits, page, lambda n: original + f"\nA paragraph written by edit {n}.\n")
    rows.append(("one paragraph of one page, shipped handbook", paragraph, 50))
    # The first customer note of the class, whatever its words: edits change its last sentence.
    note = re.search(r"^    customer: ([^'\"\n].*\.)$", cells, re.M)
    assert note, "no plain customer note in " + str(cell_file)
    marker = note.group(1)
    cell = edits(server, args.edits, cell_file,
                 lambda n: cells.replace(marker, marker[:-1] + f" ({n}).", 1))
    rows.append(("one dataset cell, shipped handbook", cell, 150))
    server.stop()

    pages = sorted((args.large / "Content").rglob("page-*.md"))
    target = pages[len(pages) // 2]
    text = target.read_text()
    title = re.search(r'^title: "([^"]*)"', text, re.M).group(1)
    server = Server(args.binary, args.large)
    paragraph = edits(server, args.edits, target, lambda n: text + f"\nA paragraph written by edit {n}.\n")
    rows.append((f"one paragraph, {len(pages):,}-page site", paragraph, 100))
    renamed = edits(server, args.edits, target,
                    lambda n: text.replace(f'title: "{title}"', f'title: "{title} {n}"', 1).replace(
                        f"# {title}\n", f"# {title} {n}\n", 1))
    rows.append((f"a page title, {len(pages):,}-page site", renamed, 500))
    server.stop()
    target.write_text(text)

    output = args.large.parent / "latency-output"
    shutil.rmtree(output, ignore_errors=True)
    build = [args.binary, "build", "-q", "--site", str(args.large), "--output", str(output)]
    cold = []
    edited = []
    for number in range(3):
        shutil.rmtree(output, ignore_errors=True)
        # A file written a moment before a build is too fresh for its stamp to be trusted (an
        # author's are not): let the clock move on, so the cold build saves the inputs' stamps.
        time.sleep(0.2)
        start = time.monotonic()
        subprocess.run(build, check=True)
        cold.append(time.monotonic() - start)
        target.write_text(text + f"\nA paragraph for build {number}.\n")
        start = time.monotonic()
        subprocess.run(build, check=True)
        edited.append(time.monotonic() - start)
    target.write_text(text)

    print("| change | target | median | min | max |")
    print("| --- | --- | --- | --- | --- |")
    for name, samples, target_ms in rows:
        print(f"| {name} | ≤ {target_ms} ms | {median_ms(samples):.0f} ms | {min(samples) * 1000:.0f} ms |"
              f" {max(samples) * 1000:.0f} ms |")
    ratio = statistics.median(edited) / statistics.median(cold)
    print(f"| CLI `demarc build` after a one-page edit, {len(pages):,} pages | ≤ 5 % of cold |"
          f" {ratio * 100:.0f} % ({statistics.median(edited):.2f} s against {statistics.median(cold):.2f} s cold) | | |")


main()
