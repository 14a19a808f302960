"""Bench corpus: N role pages drawn from every captured layout, roles renamed per page, cached on disk.

Templates are the seed pages of raw/ and every role-page fixture under tests/fixtures/ (comparison
pipe/flat/card/HTML, guide compact/spaced/HTML, complete and cut). Each template is classified by the
pipeline's own parser (read-only: ``pipeline.parse.parse_document``), which also gives the role names
the page writes. Page i is drawn from ``random.Random(f"{seed}:{i}")`` alone, so a corpus of N pages
is the same for the same N, seed and templates, and the first k pages of any corpus are the same.

Each page renames every role it compares (or the guide's role) to a qualified variant
("Clinical Data Engineer"), everywhere on the page, so the warehouse sees thousands of distinct
roles, as a crawl of a whole career site does. A template is used only if its renamed variants
parse to the same layout, completeness and number of rows per table as the template itself.

Layout proportions (``LAYOUT_SHARES``) and the share of cut/incomplete captures (``CUT_SHARE``)
are fixed constants, so figures of two runs are comparable.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import random
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = "3"
CACHE_ROOT = REPO / ".cache" / "bench"
MANIFEST = "bench_manifest.json"

# Share of pages per (page type, layout); HTML captures are what `pipeline fetch` saves, text
# captures are rendered page text (the seeds). Shares sum to 1.
LAYOUT_SHARES: dict[tuple[str, str], float] = {
    ("comparison", "pipe"): 0.20,
    ("comparison", "flat"): 0.16,
    ("comparison", "card"): 0.10,
    ("guide", "compact"): 0.12,
    ("guide", "spaced"): 0.12,
    ("comparison", "html"): 0.18,
    ("guide", "html"): 0.12,
}
CUT_SHARE = 0.05  # share of pages drawn from a cut or otherwise incomplete template of their layout
KEEP_NAME_SHARE = 0.10  # share of role mentions left with the template's own name

# Qualifiers that turn a template role into a per-page variant ("Senior Data Engineer").
QUALIFIERS = (
    "Senior", "Junior", "Lead", "Principal", "Staff", "Associate", "Regional", "Global", "Clinical",
    "Healthcare", "Fintech", "Retail", "Enterprise", "Platform", "Growth", "Public Sector", "Insurance",
    "Logistics", "Energy", "Gaming", "Media", "Automotive", "Pharma", "Banking", "Telecom", "Aerospace",
    "Biotech", "Education", "Hospitality", "Manufacturing", "Nonprofit", "Legal", "Marketplace",
    "Consumer", "Industrial", "Quantitative", "Embedded", "Mobile", "Cloud Native", "Field",
    "Remote", "Hybrid", "Contract", "Interim", "Founding", "Distinguished", "Apprentice", "Graduate",
    "Trainee", "Assistant", "Deputy", "Group", "Divisional", "National", "European", "Asia Pacific",
    "Nordic", "Americas", "Federal", "Municipal", "Maritime", "Agritech", "Climate", "Security",
)


@dataclass(frozen=True)
class Template:
    path: str  # relative to the repository
    text: str
    is_html: bool
    page_type: str
    layout: str  # the parser's layout: "html" for HTML captures
    complete: bool
    roles: tuple[str, ...]

    @property
    def group(self) -> tuple[str, str]:
        return self.page_type, self.layout


def _candidate_files() -> list[Path]:
    files = sorted((REPO / "raw").rglob("*.txt")) + sorted((REPO / "raw").rglob("*.html"))
    fixtures = REPO / "tests" / "fixtures"
    for path in sorted(fixtures.rglob("*")):
        if path.suffix not in (".txt", ".html") or path.name.endswith(".expected.txt"):
            continue
        if "negative" in path.parent.name:  # not role pages by design
            continue
        files.append(path)
    return files


def _rename_pattern(names: list[str], is_html: bool) -> re.Pattern:
    """One alternation of every written form of the page's role names, longest first, that does not
    match inside a longer word ("Data Engineer" in "Data Engineering", "BData Engineer") but does match
    glued to a neighbouring name ("ManagerData Engineer" on a flat header)."""
    forms = set(names)
    if is_html:
        forms |= {html.escape(n, quote=False) for n in names}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(f"(?<![A-Z])(?:{alternation})(?![a-z])")


def rename(template: Template, rng: random.Random, extra: int = 0) -> tuple[str, dict[str, str]]:
    """The template's text with each role renamed to a qualified variant; also the mapping used.
    `extra` more qualifiers are stacked on every role ("Global Clinical Data Engineer")."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for name in template.roles:
        if rng.random() < KEEP_NAME_SHARE and not extra:
            new = name
        else:
            new = f"{rng.choice(QUALIFIERS)} {name}"
            for _ in range(extra):
                new = f"{rng.choice(QUALIFIERS)} {new}"
            while new in used or new in template.roles:
                new = f"{rng.choice(QUALIFIERS)} {new}"
        used.add(new)
        mapping[name] = new
    if all(k == v for k, v in mapping.items()):
        return template.text, mapping
    forms = dict(mapping)
    if template.is_html:
        forms.update({html.escape(k, quote=False): html.escape(v, quote=False) for k, v in mapping.items()})
    pattern = _rename_pattern(list(template.roles), template.is_html)
    return pattern.sub(lambda m: forms[m.group(0)], template.text), mapping


def _shape(data: bytes):
    """What a renamed variant must keep: page type, layout, completeness, role count, rows per table."""
    from pipeline.parse import parse_document  # read-only use of the pipeline's own detection
    from pipeline.model import PageError
    try:
        page, _ = parse_document(data)
    except PageError:
        return None
    return (page.page_type, page.layout, page.complete, len(page.roles),
            tuple(sorted((t, len(rows)) for t, rows in page.facts.items())))


def load_templates(check_variants: int = 3) -> tuple[list[Template], list[str]]:
    """Every usable template, plus a note for each candidate file that was left out and why."""
    from pipeline.parse import parse_document
    from pipeline.model import PageError
    templates, skipped, seen = [], [], set()
    for path in _candidate_files():
        data = path.read_bytes()
        rel = path.relative_to(REPO).as_posix()
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            skipped.append(f"{rel}: same bytes as an earlier template")
            continue
        seen.add(digest)
        try:
            page, _ = parse_document(data)
        except PageError as exc:
            skipped.append(f"{rel}: not a role page ({exc.kind})")
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            skipped.append(f"{rel}: not UTF-8")
            continue
        tpl = Template(rel, text, page.layout == "html", page.page_type, page.layout, page.complete,
                       tuple(r.name for r in page.roles))
        if tpl.group not in LAYOUT_SHARES or not tpl.roles:
            skipped.append(f"{rel}: layout {tpl.group} not in the mix")
            continue
        want = _shape(data)
        rng = random.Random(f"check:{rel}")
        bad = next((m for m in (rename(tpl, rng, extra) for extra in range(check_variants))
                    if _shape(m[0].encode("utf-8")) != want), None)
        if bad is not None:
            skipped.append(f"{rel}: a renamed variant parses differently ({bad[1]})")
            continue
        templates.append(tpl)
    return templates, skipped


def templates_hash(templates: list[Template]) -> str:
    digest = hashlib.sha256(f"generator={GENERATOR_VERSION};{sorted(LAYOUT_SHARES.items())};"
                            f"{CUT_SHARE};{KEEP_NAME_SHARE};{QUALIFIERS}".encode())
    for t in templates:
        digest.update(f"{t.path}\0{t.text}\0".encode())
    return digest.hexdigest()[:12]


def _draw(templates: list[Template], seed: int, i: int, seen: set[bytes]) -> tuple[Template, str, dict[str, str]]:
    """Page i: a template of a layout drawn by LAYOUT_SHARES, renamed until its bytes are new to the
    corpus (identical captures would be parsed once by the pipeline and flatter the figures)."""
    rng = random.Random(f"{seed}:{i}")
    groups = list(LAYOUT_SHARES)
    group = rng.choices(groups, weights=[LAYOUT_SHARES[g] for g in groups])[0]
    pool = [t for t in templates if t.group == group]
    cut = [t for t in pool if not t.complete]
    whole = [t for t in pool if t.complete] or cut
    tpl = rng.choice(cut if cut and rng.random() < CUT_SHARE else whole)
    for extra in range(len(QUALIFIERS)):
        text, mapping = rename(tpl, rng, extra)
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        if digest not in seen:
            seen.add(digest)
            break
    return tpl, text, mapping


@dataclass
class Corpus:
    root: Path  # holds all/, text/, html/ and the bench manifest
    n_pages: int
    seed: int
    template_hash: str
    pages: list[dict]  # one entry per page: path (relative to all/), template, page_type, layout, ...

    @property
    def all_dir(self) -> Path:
        return self.root / "all"

    @property
    def text_dir(self) -> Path:
        return self.root / "text"

    @property
    def html_dir(self) -> Path:
        return self.root / "html"

    def files(self, kind: str) -> list[Path]:
        """Page files of one sub-corpus ("text" or "html"), in page order."""
        base = self.text_dir if kind == "text" else self.html_dir
        return [base / p["path"] for p in self.pages if p["is_html"] == (kind == "html")]

    def layout_counts(self) -> Counter:
        return Counter(f"{p['page_type']}/{p['layout']}" for p in self.pages)


def _write_manifest_jsonl(raw: Path, rows: list[tuple[str, str]]) -> None:
    with (raw / "manifest.jsonl").open("w", encoding="utf-8") as out:
        for rel, url in rows:
            out.write(json.dumps({"path": rel, "url": url, "fetched_at": None}) + "\n")


def build_corpus(n_pages: int, seed: int, root: Path | None = None, cache_root: Path = CACHE_ROOT,
                 templates: list[Template] | None = None) -> Corpus:
    """The corpus for (n_pages, seed, templates): reused from the cache when it exists, else generated.

    Layout of the corpus folder:
      all/   every page (text/... and html/... subfolders) with raw/manifest.jsonl: the full ingest
      text/  the text pages only (hard links), own manifest.jsonl: the text-floor comparison
      html/  the HTML pages only (hard links), own manifest.jsonl: the bs4 comparison
    """
    if templates is None:
        templates, _ = load_templates()
    thash = templates_hash(templates)
    if root is None:
        root = cache_root / f"corpus-n{n_pages}-s{seed}-{thash}"
    manifest_path = root / MANIFEST
    if manifest_path.exists():
        meta = json.loads(manifest_path.read_text())
        if meta.get("template_hash") == thash and meta.get("n_pages") == n_pages and meta.get("seed") == seed:
            return Corpus(root, n_pages, seed, thash, meta["pages"])
    if root.exists():
        if not manifest_path.exists() and any(root.iterdir()):
            raise FileExistsError(f"{root} exists and is not a bench corpus: not overwriting it")
        shutil.rmtree(root)  # an older corpus (other N, seed or templates)
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=root.name + ".partial-", dir=root.parent))  # one per generator
    pages, seen = [], set()
    for sub in ("all", "text", "html"):
        (tmp / sub).mkdir(parents=True)
    for i in range(n_pages):
        tpl, text, mapping = _draw(templates, seed, i, seen)
        kind = "html" if tpl.is_html else "text"
        rel = f"{kind}/b{i // 1000:04d}/page{i:07d}.{'html' if tpl.is_html else 'txt'}"
        target = tmp / "all" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
        link = tmp / kind / rel
        link.parent.mkdir(parents=True, exist_ok=True)
        os.link(target, link)
        slug = re.sub(r"[^a-z0-9]+", "-", " vs ".join(mapping.values()).lower()).strip("-")
        pages.append({"path": rel, "template": tpl.path, "page_type": tpl.page_type, "layout": tpl.layout,
                      "is_html": tpl.is_html, "complete": tpl.complete,
                      "url": f"https://careers.example.invalid/{tpl.page_type}s/{slug}/{i}"})
    _write_manifest_jsonl(tmp / "all", [(p["path"], p["url"]) for p in pages])
    for kind in ("text", "html"):
        _write_manifest_jsonl(tmp / kind, [(p["path"], p["url"]) for p in pages
                                           if p["is_html"] == (kind == "html")])
    meta = {"n_pages": n_pages, "seed": seed, "template_hash": thash, "generator": GENERATOR_VERSION,
            "templates": sorted({p["template"] for p in pages}), "pages": pages}
    (tmp / MANIFEST).write_text(json.dumps(meta, indent=1) + "\n")
    try:
        tmp.rename(root)
    except OSError:  # another bench generated the same corpus meanwhile: the same bytes, keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
    return Corpus(root, n_pages, seed, thash, pages)
