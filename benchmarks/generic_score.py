"""Score the generic layout on a folder of hand-labelled pages (issue 13's measure).

A folder holds pages (`<name>.txt` or `<name>.html`), each beside `<name>.expected.json` in the shape of
`../shared/samples/other-sites/*.expected.json`: the role, whether the capture is cut, and the facts a
correct extraction stores (responsibilities, skills, salaries, career paths, aliases, label/value facts).
A page that is not a role page has `{"not_role": true}`: it is clean when the pipeline stores no fact of it.

    python -m benchmarks.generic_score DIR [DIR ...]          # one line a folder, then the total
    python -m benchmarks.generic_score DIR -v                  # each page's missed and wrong facts
    python -m benchmarks.generic_score DIR --check             # the labels only: every expected string is on its page

Figures: found = expected facts stored / expected facts; right = stored facts that were expected / stored
facts (only role pages count; a not-role page's facts count under `not-role clean`); roles = pages whose
stored role name equals the expected one (case and spacing aside; the acronym the warehouse keeps apart and a
plural heading named in the singular count as equal, see `same_role`) / pages that name a role. Facts are
compared as multisets after Unicode NFC and whitespace collapsing; names (skills, path titles, aliases,
fact labels) also ignore case. A salary compares by its amounts (integers) and currency only: a label
in prose ("Entry-level coordinators earn") has no one right reading; amounts within 1 of each other match, so that
`$38.68` stored rounded (39) or labelled truncated (38) counts as found; a skill labelled with its bracket
(`Advanced Excel (pivot tables, VLOOKUP)`) matches the stored name without it (the bracket is its `detail`).

`--check` does not import the pipeline: label writers run it to find typos in their expected facts.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("responsibilities", "skills", "salaries", "career_paths", "aliases", "facts")


def norm(text) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text))).strip()


def fold(text) -> str:
    return norm(text).casefold()


def key_list(facts: dict) -> list[tuple]:
    """The comparable facts of one page in order (expected JSON or the pipeline's facts in the same shape)."""
    keys = [("responsibility", norm(t)) for t in facts.get("responsibilities") or []]
    keys += [("skill", fold(s)) for s in facts.get("skills") or []]
    keys += [("salary", s.get("min"), s.get("max"), s.get("currency")) for s in facts.get("salaries") or []]
    keys += [("path", p.get("kind"), fold(p.get("title") or "")) for p in facts.get("career_paths") or []]
    keys += [("alias", fold(a)) for a in facts.get("aliases") or []]
    keys += [("fact", fold(k), norm(v)) for k, v in (facts.get("facts") or {}).items()]
    return keys


def fact_keys(facts: dict) -> Counter:
    """The comparable facts of one page as a multiset."""
    return Counter(key_list(facts))


def pages_of(folder: Path) -> list[Path]:
    return sorted(p for p in [*folder.glob("*.txt"), *folder.glob("*.html")]
                  if p.with_name(p.stem + ".expected.json").exists())


def expected_of(page: Path) -> dict:
    return json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- label check (no pipeline)

def _page_text(page: Path) -> str:
    raw = page.read_text(encoding="utf-8", errors="replace")
    if page.suffix == ".html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return fold(raw)


def check_labels(page: Path) -> list[str]:
    """Problems of one page's labels: unknown keys, and expected strings not found on the page."""
    expected = expected_of(page)
    if expected.get("not_role"):
        return []
    problems = [f"unknown key {k!r}" for k in expected if k not in (*KINDS, "role", "cut")]
    problems += [f"missing key {k!r}" for k in ("role", "cut", *KINDS) if k not in expected]
    text = _page_text(page)
    strings = [("role", expected.get("role"))]
    strings += [("responsibility", t) for t in expected.get("responsibilities") or []]
    strings += [("skill", s) for s in expected.get("skills") or []]
    strings += [("path", p.get("title")) for p in expected.get("career_paths") or []]
    strings += [("alias", a) for a in expected.get("aliases") or []]
    for label, value in (expected.get("facts") or {}).items():
        strings += [("fact label", label), ("fact value", value)]
    for what, value in strings:
        if value and fold(value) not in text:
            problems.append(f"{what} not on the page: {value!r}")
    for s in expected.get("salaries") or []:
        if s.get("currency") is not None and not re.fullmatch(r"[A-Z]{3}", str(s["currency"])):
            problems.append(f"currency is not an ISO 4217 code: {s['currency']!r}")
        for bound in ("min", "max"):
            if s.get(bound) is not None and not isinstance(s[bound], int):
                problems.append(f"salary {bound} is not an integer: {s[bound]!r}")
    for p in expected.get("career_paths") or []:
        if p.get("kind") not in ("from", "to", "lateral", "step"):
            problems.append(f"career path kind not from/to/lateral/step: {p.get('kind')!r}")
    return problems


# ---------------------------------------------------------------- scoring (runs the pipeline)

@dataclass
class PageScore:
    name: str
    not_role: bool
    expected: int = 0
    stored: int = 0
    matched: int = 0
    role_named: bool | None = None  # None: the page names no role
    stored_role: str | None = None
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    layout: str | None = None
    want: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)  # (kind, rule, right?) -> stored facts

    def judge_rules(self, stored: list[tuple], right: Counter) -> None:
        """Count each stored (key, rule) as right while `right` (the keys matched, with multiplicity) has it left."""
        left = Counter(right)
        for key, rule in stored:
            ok = left[key] > 0
            left[key] -= ok
            self.rules[(key[0], rule or "?", ok)] += 1

    def by_kind(self) -> dict:
        """{kind: (expected, missed, wrong)} of this page (key kinds: responsibility, skill, salary, path, alias,
        fact)."""
        out: dict = {}
        for key, n in self.want.items():
            out.setdefault(key[0], [0, 0, 0])[0] += n
        for key in self.missed:
            out.setdefault(key[0], [0, 0, 0])[1] += 1
        for key in self.wrong:
            out.setdefault(key[0], [0, 0, 0])[2] += 1
        return {k: tuple(v) for k, v in out.items()}


def score_page(page: Path, trusted_only: bool = False) -> PageScore:
    from pipeline.process import process_content

    expected = expected_of(page)
    rows = process_content(page.read_bytes())
    got = stored_facts(rows, trusted_only) if rows.page is not None else {}
    score = PageScore(page.stem, bool(expected.get("not_role")),
                      layout=rows.page["layout"] if rows.page is not None else None)
    have = fact_keys(got)
    stored = list(zip(key_list(got), got.get("rules") or []))
    score.stored = sum(have.values())
    score.stored_role = got.get("role")
    if score.not_role:
        score.wrong = sorted(have.elements(), key=repr)
        score.judge_rules(stored, Counter())
        return score
    want = fact_keys(expected)
    score.want = want
    both = want & have
    missed, wrong = list((want - have).elements()), list((have - want).elements())
    near = {**_near_salaries(missed, wrong), **_bracketed_skills(missed, wrong)}
    score.expected, score.matched = sum(want.values()), sum(both.values()) + len(near)
    score.missed = sorted((k for k in missed if k not in near), key=repr)
    for key in near.values():
        wrong.remove(key)
    score.wrong = sorted(wrong, key=repr)
    score.judge_rules(stored, both + Counter(near.values()))
    if expected.get("role"):
        score.role_named = same_role(got.get("role"), got.get("role_abbreviation"), expected["role"])
    return score


def same_role(name: str | None, abbreviation: str | None, expected: str) -> bool:
    """The stored role names the page's role: equal case and spacing aside, or equal once read the way the warehouse
    documents `roles.name` (data dictionary): the acronym after a name is kept apart in `roles.abbreviation`
    ('Data Protection Officer' + 'DPO' names 'Data Protection Officer (DPO)'), and a heading in the plural names its
    role in the singular ('Respiratory Therapist' names 'Respiratory Therapists': only a final -s, -es, -y/-ies)."""
    got, want = fold(name or ""), fold(expected)
    if not got:
        return False
    if got == want or (abbreviation and fold(f"{name} ({abbreviation})") == want):
        return True
    return want in (got + "s", got + "es") or (got.endswith("y") and want == got[:-1] + "ies")


def _near_salaries(missed: list, wrong: list) -> dict:
    """Missed salaries that a wrong one matches but for rounding (`$38.68` stored 39, labelled 38): same currency,
    the same bounds present, each amount within 1. Returns {missed key: the wrong key it pairs with}."""
    pairs: dict = {}
    free = [k for k in wrong if k[0] == "salary"]
    for key in (k for k in missed if k[0] == "salary"):
        for other in free:
            if other[3] == key[3] and all((a is None) == (b is None) and (a is None or abs(a - b) <= 1)
                                          for a, b in zip(key[1:3], other[1:3])):
                pairs[key] = other
                free.remove(other)
                break
    return pairs


def _bracketed_skills(missed: list, wrong: list) -> dict:
    """Missed skills labelled with their bracket ('Advanced Excel (pivot tables, VLOOKUP)') that a wrong one names
    without it: the warehouse keeps the bracket in `role_skills.detail` and the name short, so skills join across
    pages. Returns {missed key: the wrong key it pairs with}."""
    pairs: dict = {}
    free = [k for k in wrong if k[0] == "skill"]
    for key in (k for k in missed if k[0] == "skill"):
        bare = re.sub(r"\s*\([^()]*\)\s*\.?$", "", key[1])
        if bare != key[1] and ("skill", bare) in free:
            pairs[key] = ("skill", bare)
            free.remove(("skill", bare))
    return pairs


def stored_facts(rows, trusted_only: bool = False) -> dict:
    """What the pipeline stored of one page, in the shape of the expected JSON; `trusted_only`: only the rows the view
    generic_facts calls trusted (rule_precision >= pipeline.parse.generic.rules.TRUSTED)."""
    tables = rows.tables
    if trusted_only:
        from pipeline.parse.generic.rules import TRUSTED
        tables = {name: [r for r in table if (r.get("rule_precision") or 0) >= TRUSTED] for name, table in tables.items()}
    names = {e["skill_id"]: e["name"] for e in rows.entities.get("skills", [])}
    return {
        "role": rows.roles[0]["name"] if rows.roles else None,
        "role_abbreviation": rows.roles[0].get("abbreviation") if rows.roles else None,
        "responsibilities": [r["text"] for r in tables.get("responsibilities", [])],
        "skills": [names.get(r["skill_id"], r["skill_id"]) for r in tables.get("role_skills", [])],
        "salaries": [{"label": r["label"], "min": r["min_amount"], "max": r["max_amount"], "currency": r["currency"]}
                     for r in tables.get("salaries", [])],
        "career_paths": [{"kind": r["kind"], "title": r["target_title"]} for r in tables.get("career_paths", [])],
        "aliases": [r["alias"] for r in tables.get("role_aliases", [])],
        "facts": {r["label"]: r["value"] for r in tables.get("role_facts", [])},
        # the reading rule of each fact, in the order of key_list (a label stored twice keeps its last value's rule)
        "rules": [r.get("rule") for name in ("responsibilities", "role_skills", "salaries", "career_paths",
                                             "role_aliases") for r in tables.get(name, [])]
                 + list({r["label"]: r.get("rule") for r in tables.get("role_facts", [])}.values()),
    }


@dataclass
class Total:
    expected: int = 0
    stored: int = 0
    matched: int = 0
    roles: int = 0
    roles_right: int = 0
    negatives: int = 0
    negatives_clean: int = 0

    def add(self, s: PageScore) -> None:
        if s.not_role:
            self.negatives += 1
            self.negatives_clean += s.stored == 0
            return
        self.expected += s.expected
        self.stored += s.stored
        self.matched += s.matched
        if s.role_named is not None:
            self.roles += 1
            self.roles_right += s.role_named

    def line(self) -> str:
        found = self.matched / self.expected if self.expected else 1.0
        right = self.matched / self.stored if self.stored else 1.0
        return (f"found {found:.0%} ({self.matched}/{self.expected}) right {right:.0%} ({self.matched}/{self.stored}) "
                f"roles {self.roles_right}/{self.roles} not-role clean {self.negatives_clean}/{self.negatives}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="each page's missed and wrong facts")
    ap.add_argument("--check", action="store_true", help="check the labels against their pages; no pipeline")
    ap.add_argument("--by-kind", action="store_true",
                    help="found and right per kind of fact, counts only (safe on sets kept unseen)")
    ap.add_argument("--rules", action="store_true",
                    help="stored and right per reading rule (the `rule` column), counts only (safe on sets kept unseen)")
    ap.add_argument("--trusted", action="store_true",
                    help="score only the rows the view generic_facts calls trusted (their rule measured >= 0.98 right)")
    ap.add_argument("--write-rules", type=Path, metavar="TSV",
                    help="write the per-rule counts as the reference the warehouse's generic_rules table reads")
    args = ap.parse_args(argv)
    pages = [(folder, p) for folder in args.folders for p in pages_of(folder)]
    if not pages:
        print("no labelled pages (<name>.txt|.html beside <name>.expected.json)", file=sys.stderr)
        return 2
    if args.check:
        bad = 0
        for _, page in pages:
            for problem in check_labels(page):
                bad += 1
                print(f"{page.name}: {problem}")
        print(f"{len(pages)} pages, {bad} label problems")
        return 1 if bad else 0
    grand = Total()
    kinds: dict = {}
    rules: Counter = Counter()
    for folder in args.folders:
        total = Total()
        for page in pages_of(folder):
            s = score_page(page, args.trusted)
            total.add(s)
            rules.update(s.rules)
            if not s.not_role:
                for kind, (expected, missed, wrong) in s.by_kind().items():
                    k = kinds.setdefault(kind, [0, 0, 0])
                    k[0], k[1], k[2] = k[0] + expected, k[1] + missed, k[2] + wrong
            if args.verbose:
                tag = "NOT-ROLE" if s.not_role else f"{s.matched}/{s.expected} found, {s.matched}/{s.stored} right"
                role = "" if s.role_named in (None, True) else f"  ROLE {s.stored_role!r}"
                print(f"  {s.name} [{s.layout}] {tag}{role}")
                for key in s.missed:
                    print(f"      - {key}")
                for key in s.wrong:
                    print(f"      + {key}")
        print(f"{folder}: {total.line()}")
        for name in ("expected", "stored", "matched", "roles", "roles_right", "negatives", "negatives_clean"):
            setattr(grand, name, getattr(grand, name) + getattr(total, name))
    if len(args.folders) > 1:
        print(f"total: {grand.line()}")
    for kind, (expected, missed, wrong) in sorted(kinds.items()) if args.by_kind else ():
        matched = expected - missed
        print(f"  {kind:14} found {matched}/{expected}  right {matched}/{matched + wrong}  wrong {wrong}")
    table = rule_table(rules)
    for kind, rule, stored, right in table if args.rules else ():
        print(f"  {kind:14} {rule:28} right {right}/{stored} ({right / stored:.1%})")
    if args.write_rules:
        if args.trusted:
            print("--write-rules measures every rule: not with --trusted", file=sys.stderr)
            return 2
        write_rules(args.write_rules, table, args.folders)
    return 0


# the fact kinds of the scorer -> the warehouse tables their rows are in
TABLE_OF_KIND = {"responsibility": "responsibilities", "skill": "role_skills", "salary": "salaries",
                 "path": "career_paths", "alias": "role_aliases", "fact": "role_facts"}


def rule_table(rules: Counter) -> list[tuple[str, str, int, int]]:
    """(kind, rule, stored, right) per reading rule, sorted by kind then rule."""
    out: dict = {}
    for (kind, rule, ok), n in rules.items():
        row = out.setdefault((kind, rule), [0, 0])
        row[0] += n
        row[1] += n if ok else 0
    return [(kind, rule, stored, right) for (kind, rule), (stored, right) in sorted(out.items())]


def write_rules(path: Path, table: list, folders: list[Path]) -> None:
    """pipeline/reference/generic_rules.tsv: what each reading rule stored on the labelled sets and how much of it
    was right; the folders measured are named in its header."""
    names = " ".join(sorted({f.name for f in folders}))  # (sorted: the file is the same for the same sets)
    lines = [f"# written by `python -m benchmarks.generic_score --write-rules` on the labelled sets: {names}",
             "table_name\trule\tn_stored\tn_right"]
    lines += [f"{TABLE_OF_KIND[kind]}\t{rule}\t{stored}\t{right}" for kind, rule, stored, right in table]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
