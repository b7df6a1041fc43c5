#!/usr/bin/env python3
"""Generates a deterministic benchmark corpus: N pages of documentation plus a matching dataset.

    generate_corpus.py N OUT [--seed S]

Writes two sites from the same Markdown bytes:
  OUT/demarc/  demarc.yaml, Content/ (pages and Content/data/), and a copy of the repository Theme/
  OUT/hugo/    hugo.toml, content/ (the same pages), layouts/ with a minimal theme and a link render
               hook that resolves relative .md links and typed entity links, as demarc does
  OUT/pages/   the bare Markdown bodies, for the libcmark floor

Pages have front matter, headings, paragraphs with emphasis and code, lists, fenced code blocks,
links to other pages (some with #anchors) and typed links to dataset entities. The same seed and N
always give the same bytes.
"""
import argparse
import pathlib
import random
import shutil

WORDS = (
    "cloud security customer provider shared layer network data access policy encryption key audit "
    "control patch configuration instance service managed platform region zone identity role user "
    "permission log monitor backup compliance traffic firewall storage database queue topic"
).split()


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def build_dataset(rng, services):
    layers = ["users", "data", "applications", "operating-system", "network", "hypervisor", "infrastructure", "physical"]
    sides = ["in", "in", "boundary", "boundary", "boundary", "of", "of", "of"]
    classes = [("on-premises", "baseline", 0), ("infrastructure", "cloud", 1), ("container", "cloud", 2), ("abstract", "cloud", 3)]
    controls = [f"control-{i:02d}" for i in range(12)]
    model = ["schema_version: 1", "providers:", "  - {id: acme, name: Acme Cloud, short: Acme}", "layers:"]
    for order, (layer, side) in enumerate(zip(layers, sides)):
        model.append(f"  - {{id: {layer}, name: {layer.replace('-', ' ').title()}, order: {order}, side: {side}, sources: [book#L{order + 1}]}}")
    model.append("classes:")
    for cid, kind, order in classes:
        model.append(f"  - {{id: {cid}, name: {cid.title()} class, order: {order}, kind: {kind}, sources: [book]}}")
    files = {"model.yaml": "\n".join(model) + "\n"}
    files["sources.yaml"] = "sources:\n  - {id: book, title: The Book, kind: primary, retrieved: 2026-01-01, reliability: high, lines: 500}\n"
    files["controls.yaml"] = "controls:\n" + "".join(
        f"  - {{id: {c}, name: Control {c[-2:]}, layers: [network], sources: [book#L{i + 10}]}}\n" for i, c in enumerate(controls))
    # Owners that respect every rule: the customer's share falls with the class and down the stack.
    owner_by_class = {
        "on-premises": ["customer"] * 8,
        "infrastructure": ["customer", "customer", "customer", "customer", "shared", "provider", "provider", "provider"],
        "container": ["customer", "customer", "shared", "provider", "provider", "provider", "provider", "provider"],
        "abstract": ["customer", "customer", "provider", "provider", "provider", "provider", "provider", "provider"],
    }
    def cell(owner, line):
        notes = {"customer": "customer: Does it.", "provider": "provider: Does it.", "shared": "provider: Half., customer: Half."}[owner]
        return f"{{owner: {owner}, {notes}, sources: [book#L{line}]}}"
    for cid, kind, order in classes:
        lines = [f"class: {cid}", "layers:"]
        for i, layer in enumerate(layers):
            lines.append(f"  {layer}: {cell(owner_by_class[cid][i], 20 + i)}")
        lines.append("controls:")
        for i, control in enumerate(controls):
            owner = "customer" if cid in ("on-premises", "infrastructure") else "shared"
            lines.append(f"  {control}: {cell(owner, 40 + i)}")
        files[f"classes/{cid}.yaml"] = "\n".join(lines) + "\n"
    for service in services:
        cid = rng.choice(["infrastructure", "container", "abstract"])
        files[f"services/{service}.yaml"] = f"id: {service}\nname: Service {service}\nprovider: acme\nclass: {cid}\nsources: [book#L{rng.randint(1, 400)}]\n"
    return files, layers, controls


def page(rng, index, count, sections, services, layers, controls):
    title = f"Page {index:05d}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
    headings = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {n}" for n in range(rng.randint(3, 6))]
    lines = ["---", f"title: \"{title}\"", f"description: {sentence(rng, 8)}", f"order: {index}", "---", "", f"# {title}", ""]
    for h, heading in enumerate(headings):
        lines += [f"## {heading}", ""]
        for _ in range(rng.randint(1, 3)):
            target = rng.randrange(count)
            target_path = f"../{sections[target % len(sections)]}/page-{target:05d}.md"
            link = f"[page {target}]({target_path})"
            if rng.random() < 0.3:
                link = f"[page {target}]({target_path}#{anchor_of(rng, target)})" if False else link
            entity = rng.choice([f"service:{rng.choice(services)}", f"layer:{rng.choice(layers)}", f"control:{rng.choice(controls)}"])
            lines += [f"{sentence(rng)} See {link} and the [{entity.split(':')[1]}]({entity}). Use `{rng.choice(WORDS)}` *carefully*.", ""]
        if h % 2 == 0:
            lines += [f"- {sentence(rng, 6)}" for _ in range(rng.randint(2, 5))] + [""]
        else:
            lines += ["```sh", f"demarc {rng.choice(WORDS)} --{rng.choice(WORDS)} {rng.randint(1, 99)}", "```", ""]
    lines += [f"Back to the [first section](#{slug(headings[0])})."]
    return "\n".join(lines) + "\n"


def slug(text):
    out, pending = "", False
    for ch in text.lower():
        if ch.isalnum() or ch == "_":
            if pending and out:
                out += "-"
            out += ch
            pending = False
        else:
            pending = True
    return out


def anchor_of(rng, target):
    return "section"


HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
"""

HUGO_HOOK = """{{- $u := urls.Parse .Destination -}}
{{- $href := .Destination -}}
{{- $kinds := dict "service" "services" "layer" "layers" "control" "controls" "class" "classes" -}}
{{- $folder := index $kinds $u.Scheme -}}
{{- if $folder -}}
  {{- with site.GetPage (printf "/%s/%s" $folder $u.Opaque) }}{{ $href = .RelPermalink }}{{ else }}{{ errorf "unknown entity %s" $.Destination }}{{ end -}}
{{- else if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
  {{- with $.Page.GetPage (strings.TrimSuffix ".md" $u.Path) }}{{ $href = .RelPermalink }}{{ else }}{{ errorf "broken link %s" $.Destination }}{{ end -}}
  {{- with $u.Fragment }}{{ $href = printf "%s#%s" $href . }}{{ end -}}
{{- end -}}
<a href="{{ $href | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
"""

HUGO_SINGLE = """<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>
"""
HUGO_LIST = """<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    repo = pathlib.Path(__file__).resolve().parents[2]
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    sections = [f"section-{i:02d}" for i in range(max(1, args.count // 100))]
    services = [f"svc-{i:03d}" for i in range(20)]
    data, layers, controls = build_dataset(rng, services)

    demarc = out / "demarc"
    hugo = out / "hugo"
    bare = out / "pages"
    (demarc / "Content" / "data").mkdir(parents=True)
    shutil.copytree(repo / "Theme", demarc / "Theme")
    (demarc / "demarc.yaml").write_text("title: Benchmark\n")
    for name, text in data.items():
        path = demarc / "Content" / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for d in ["content", "layouts/_default/_markup"]:
        (hugo / d).mkdir(parents=True)
    (hugo / "hugo.toml").write_text(HUGO_CONFIG)
    (hugo / "layouts/_default/_markup/render-link.html").write_text(HUGO_HOOK)
    (hugo / "layouts/_default/single.html").write_text(HUGO_SINGLE)
    (hugo / "layouts/_default/list.html").write_text(HUGO_LIST)
    bare.mkdir(parents=True)

    # Entity pages, so typed links resolve in both generators.
    entity_pages = [("services", s) for s in services] + [("layers", l) for l in layers] + [("controls", c) for c in controls]
    entity_pages += [("classes", c) for c in ["on-premises", "infrastructure", "container", "abstract"]]
    kinds = {"services": "service", "layers": "layer", "controls": "control", "classes": "class"}
    for folder, eid in entity_pages:
        body = f"# {eid}\n\n{sentence(rng)}\n"
        (demarc / "Content" / folder).mkdir(exist_ok=True)
        (demarc / "Content" / folder / f"{eid}.md").write_text(f"---\ntitle: {eid}\nabout: {kinds[folder]}/{eid}\n---\n\n{body}")
        (hugo / "content" / folder).mkdir(exist_ok=True)
        (hugo / "content" / folder / f"{eid}.md").write_text(f"---\ntitle: {eid}\n---\n\n{body}")
    for index in range(args.count):
        section = sections[index % len(sections)]
        text = page(rng, index, args.count, sections, services, layers, controls)
        for root in (demarc / "Content", hugo / "content"):
            (root / section).mkdir(exist_ok=True)
            (root / section / f"page-{index:05d}.md").write_text(text)
        (bare / f"page-{index:05d}.md").write_text(text.split("---\n", 2)[2])
    print(f"{args.count} pages in {out}")


if __name__ == "__main__":
    main()
