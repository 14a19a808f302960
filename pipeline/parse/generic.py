"""Parse stage: one-role pages of other career sites (layout ``generic``) -> responsibilities, skills, career paths,
salaries, aliases and at-a-glance facts.

Tried only after the seed sites' layouts (see ``pipeline.parse.detect``) and only on role-page evidence: a
role-like title (site furniture removed by ``pipeline/reference/title_furniture.tsv``; scored by a known role noun
(``role_nouns.txt``), a mention in the page's text and removed furniture) and recognised headings of at least two
section families from ``pipeline/reference/generic_headings.tsv``, one of them fact-bearing. A page with a blog,
article or listing marker (``page_negative.tsv``), or one that compares roles ('vs' in its opening, a set of
sections repeated under a second role's name), is never one.

Rules, precision before recall:

* A heading is a line that, with emoji, symbols, punctuation, markdown marks and case ignored, is a vocabulary
  heading; a heading glued to tag words (``AIContentSkills Checklist``) or followed by ``:`` and inline items
  (``Also known as: A, B``) is split off. Unknown heading-shaped lines inside a skills or career section are
  sub-headings (a skill group, a ladder level); elsewhere they start an unclassified section.
* Items come from list structure: bullets (``•``, ``-``, ``- •``, ``*``, ...), numbers (``1.``, ``1)``, ``#1.``);
  a section without any marker is a list only when it is a run of short lines. A lower-case line after an
  unfinished item continues it.
* Only a classified section's items become facts; everything else (intro, prose, unclassified lists, items
  that do not read as what their section holds) is kept in ``page_sections``.
* A capture cut short never stores its cut last item: as on guides, the item the text ends with is whole only
  when a line break follows it or it ends a sentence among siblings that all do, and never when it breaks its
  siblings' pattern or leaves a bracket open; a page ending on a heading is incomplete. A salary table row
  without its closing ``|`` is kept as text. A role page that yields no fact at all is incomplete (no_facts).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.model import ParsedPage, RoleMention
from pipeline.normalize.lists import REFERENCE_DIR
from pipeline.normalize.relations import split_title_list
from pipeline.normalize.roles import is_abbreviation_of
from pipeline.normalize.salaries import _currency_markers as currency_markers  # the curated marker list
from pipeline.normalize.salaries import figure_start, parse_salary, salary_level
from pipeline.parse import guide
from pipeline.parse.guide import Item, split_trailing_parenthetical

PAGE_TYPE = "guide"
LAYOUT = "generic"

FACT_FAMILIES = {
    "responsibilities": "responsibilities", "skills": "skills", "skill_group": "skills", "skill_gaps": "skills",
    "career": "career", "career_from": "career", "career_to": "career", "career_lateral": "career",
    "salary": "salary", "aliases": "aliases", "facts": "facts",
}
# Role-page sections that hold no facts of a table here (education, requirements, outlook; an overview or
# definition): evidence only.
EVIDENCE_FAMILIES = {**FACT_FAMILIES, "profile": "profile", "prose": "prose"}
_CAREER_KINDS = {"career": "step", "career_from": "from", "career_to": "to", "career_lateral": "lateral"}
_MAX_HEAD_LINES = 25
_OPENING_LINES = 3
_MENTION_SCAN = 200_000  # characters searched for mentions of a title candidate (a role page names it early)
_MAX_HEADING_WORDS = 10
_MAX_HEADING_CHARS = 90
_BULLET = re.compile(
    r"^\s*(?:(?:[-*+•·▪◦‣–—✓✔☑✅➤►▸○●■□➔→]\s+|[•·▪◦‣✓✔☑✅➤►▸○●■□])(?:[•·▪◦‣]\s*)?"
    r"|#?\d{1,2}[.)]\s+|#\d{1,2}:?\s+|\(\d{1,2}\)\s+)"
)
_LEADING_ICON = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D]*)+\s+")
_NUMBER_GLUED = re.compile(r"^\s*#?\d{1,2}[.)](?=[A-Z])")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")
_TERMINAL = tuple('.!?…')
_CONNECTORS = {"of", "and", "&", "for", "in", "the", "to", "de", "on", "at", "/", "-", "–", "+"}
# words that open a sentence, not a role title ('Most analysts start as…')
_SENTENCE_OPENERS = {
    "a", "an", "the", "most", "many", "some", "you", "they", "we", "it", "this", "these", "those", "after",
    "before", "with", "often", "typically", "usually", "start", "move", "become", "experienced", "people",
    "candidates", "professionals", "those", "if", "when", "as", "once", "from", "into", "in", "at", "by", "for",
    "or", "and", "other", "also", "then", "eventually", "later", "next", "over", "within", "about", "around",
    "several", "any", "all", "each", "every", "more", "less", "strong", "good", "great", "excellent", "i",
    "our", "your", "their", "his", "her", "its", "there", "here", "what", "how", "why", "who", "where",
}
_ARROWS = re.compile(r"\s+(?:→|->|⟶|➔|»|>)\s+")
_BOUND_WORDS = re.compile(r"(?i)(?:\b(?:up\s+to|under|less\s+than|over|more\s+than|at\s+least|from|between))\s*$")


# --- reference data -----------------------------------------------------------------------------

def _read_rows(name: str) -> list[list[str]]:
    lines = (REFERENCE_DIR / name).read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return rows[1:]  # the header


@lru_cache(maxsize=None)
def heading_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(pattern)) for kind, pattern in _read_rows("generic_headings.tsv"))


@lru_cache(maxsize=None)
def _heading_regex() -> re.Pattern:
    """All vocabulary rows as one alternation (one scan instead of one per row; the first row that matches the
    whole heading wins, as alternatives are tried in order)."""
    return re.compile("|".join(f"(?P<h{i}>{p.pattern})" for i, (_, p) in enumerate(heading_patterns())))


@lru_cache(maxsize=None)
def _career_labels() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rf"(?:{pattern})", re.I)) for kind, pattern in _read_rows("career_labels.tsv"))


@lru_cache(maxsize=None)
def _fact_labels() -> re.Pattern:
    lines = (REFERENCE_DIR / "fact_labels.txt").read_text(encoding="utf-8").splitlines()
    patterns = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.I)


def fact_line(text: str) -> tuple[str, str] | None:
    """(label, value) of a 'Education: Bachelor's degree' line whose label is a known at-a-glance label."""
    if is_bullet(text) or text.lstrip().startswith("|"):
        return None
    label, sep, value = _LEADING_ICON.sub("", text.strip()).partition(":")
    label, value = _strip_symbols(label).strip(" *_"), value.strip(" *_")  # '⏱️ Working hours: …'
    if not sep or not value or not _label_like(label):
        return None
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", label)
    return (label, value) if _fact_labels().fullmatch(bare) else None


def career_label(text: str) -> tuple[str, str] | None:
    """(kind, items) of a 'From: A, B' line of a progression section, else None."""
    head, sep, rest = _strip_symbols(text).partition(":")
    head = head.strip(" *_#")
    if not sep or not rest.strip() or is_bullet(text) or len(head.split()) > 3:
        return None
    for kind, pattern in _career_labels():
        if pattern.fullmatch(head):
            return kind, rest.strip(" *_\t")
    return None


@lru_cache(maxsize=None)
def _furniture() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, pattern in _read_rows("title_furniture.tsv"):
        out.setdefault(kind, []).append(pattern)
    return out


@lru_cache(maxsize=None)
def _prefixes() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(f"^(?:{p})", re.I) for p in _furniture().get("prefix", []))


@lru_cache(maxsize=None)
def _suffixes() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(f"(?:{p})$", re.I) for p in _furniture().get("suffix", []))


@lru_cache(maxsize=None)
def _furniture_line() -> re.Pattern:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in _furniture().get("line", [])) + r")\s*$", re.I)


@lru_cache(maxsize=None)
def _site_word() -> re.Pattern:
    return re.compile(r"(?:^|\b|(?<=\w))(?:" + "|".join(_furniture().get("site_word", [])) + r")\b", re.I)


@lru_cache(maxsize=None)
def _not_role_words(kind: str = "not_role") -> frozenset[str]:
    return frozenset(w for p in _furniture().get(kind, []) for w in p.split("|"))


@lru_cache(maxsize=None)
def _negative_lines() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rf"^(?:{pattern})\s*$", re.I)) for kind, pattern in _read_rows("page_negative.tsv"))


@lru_cache(maxsize=None)
def role_nouns() -> frozenset[str]:
    lines = (REFERENCE_DIR / "role_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


# --- text helpers -------------------------------------------------------------------------------

def _strip_symbols(text: str) -> str:
    """Remove emoji, pictographs and invisible format characters; keep letters, digits, punctuation."""
    if text.isascii() and "^" not in text and "`" not in text:
        return text  # the common case: no symbol to remove
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Cf", "Co", "Cs") or ch in "\ufe0f\ufe0e\u200d":
            continue
        out.append(ch)
    return "".join(out)


def normal_heading(text: str) -> str:
    """'📈 Career Progression:' -> 'career progression'; '## Duties & Responsibilities' -> 'duties and responsibilities'."""
    text = _strip_symbols(text).strip()
    text = re.sub(r"^#{1,6}\s*", "", text)
    text = text.replace("&", " and ").replace("’", "").replace("'", "")
    text = re.sub(r"[-_/]", " ", text)
    text = re.sub(r"[^\w\s?]", " ", text).replace("?", " ")
    return " ".join(text.lower().split())


def heading_kind(text: str, role: str | None = None) -> str | None:
    """Section kind of a line that is a vocabulary heading, else None. With the page's role, a heading that
    names it is one too ('Data Analyst Responsibilities', 'Skills for a Data Analyst')."""
    if not text.strip() or len(text) > _MAX_HEADING_CHARS + len(role or "") or len(text.split()) > _MAX_HEADING_WORDS:
        return None
    stripped = _strip_symbols(text).strip().strip("*_").strip()
    if _BULLET.match(stripped) or stripped.endswith((".", ",", ";")) and not stripped.endswith("..."):
        return None
    key = normal_heading(text)
    if not key:
        return None
    keys = [key]
    if role:
        name = re.escape(normal_heading(role))
        keys += [re.sub(rf"^(?:(?:an?|the) )?{name}(?:s|es)? (?=\w)", "", key),
                 re.sub(rf"(?<=\w) (?:(?:for|of|as) )?(?:an? |the )?{name}(?:s|es)?$", "", key)]
    if stripped.rstrip("*_ ").endswith(":"):
        # 'Payroll Specialist responsibilities include:' introduces its list like a heading
        keys += [re.sub(r" (?:(?:may|will|can|typically|usually|often) )?(?:include|includes|are)$", "", k)
                 for k in keys]
    for candidate in dict.fromkeys(keys):
        match = _heading_regex().fullmatch(candidate)
        if match:
            return heading_patterns()[int(match.lastgroup[1:])][0]
    return None


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text) or _NUMBER_GLUED.match(text))


def strip_bullet(text: str) -> str:
    text = _BULLET.sub("", text, count=1) if _BULLET.match(text) else _NUMBER_GLUED.sub("", text, count=1)
    return _LEADING_ICON.sub("", text.strip())  # '📦 Package models…': an icon is a list marker, not text


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def _words(text: str) -> list[str]:
    return text.split()


def _title_word(word: str) -> bool:
    core = word.strip("(),\"'“”‘’")
    if not core:
        return False
    return core[0].isupper() or (core.isupper() and len(core) > 1)


def title_like(text: str, *, max_words: int = 8) -> bool:
    """A short capitalised phrase with no sentence punctuation: how titles, aliases and labels look."""
    text = text.strip()
    words = _words(text)
    if not words or len(words) > max_words or len(text) > 80 or text.endswith(_TERMINAL + (":", ",", ";")):
        return False
    if not _title_word(words[0]) or words[0].lower() in _SENTENCE_OPENERS:
        return False
    return all(_title_word(w) or w.lower() in _CONNECTORS or not w[0].isalpha() for w in words)


def _head_noun(text: str) -> str:
    words = re.sub(r"\([^()]*\)", " ", text).split()
    last = words[-1].lower().strip(".,;:()").rsplit("-", 1)[-1] if words else ""
    return _singular(last)


def _singular(word: str) -> str:
    for end in ("s", "es"):
        if word.endswith(end) and word[: -len(end)] in role_nouns() and word not in role_nouns():
            return word[: -len(end)]
    return word


def singular_title(name: str) -> str:
    """'Data Scientists' -> 'Data Scientist' (a page may title its role in the plural); other names as written."""
    words = name.split()
    if not words or "," in name or " and " in name:
        return name  # a list of titles ('Developers, Analysts, and Testers') stays as written
    last = words[-1]
    single = _singular(last.lower())
    if single != last.lower() and len(single) < len(last):
        words[-1] = last[: len(single)]
    return " ".join(words)


def has_role_noun(text: str) -> bool:
    return _head_noun(text) in role_nouns()


# --- role title ---------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::|»)\s+|\s*\|\s*|\s*:\s+(?::\s+)?")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|io|co|uk|example|info|edu|gov|ai|dev|careers|jobs)\b", re.I)


def _site_part(part: str) -> bool:
    """A part of a title line that names the site ('Careers Wiki', 'RoleAtlas.example'), not a role."""
    return bool(_DOMAIN.search(part) or _site_word().search(part)) and not has_role_noun(part)


def _strip_affixes(text: str) -> tuple[str, bool]:
    removed = False
    for _ in range(3):  # 'Job Description: Data Analyst Career Guide'
        before = text
        for pattern in _prefixes():
            text = pattern.sub("", text, count=1).strip()
        for pattern in _suffixes():
            text = pattern.sub("", text, count=1).strip()
        if text == before:
            break
        removed = True
    return text.strip(" :-–—|"), removed


def remove_furniture(line: str) -> tuple[str, bool]:
    """A title line without site furniture: (role name candidate, whether furniture was removed). The line is
    split at spaced separators ('Data Analyst - Job Description | Site'); site-name parts are dropped and the
    first part that reads as a role's name is kept."""
    text = " ".join(_strip_symbols(line).split()).strip(" *_#")
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) <= 1:
        return _strip_affixes(text)
    kept = [p for p in parts if not _site_part(p)] or parts
    candidates = [_strip_affixes(p) for p in kept]
    for name, _ in candidates:
        if name and role_like(name):
            return name, True
    return candidates[0][0], True


def _sentence_case_title(name: str) -> bool:
    """'Data analyst', 'Dental hygienist': a capitalised first word, a known role noun last."""
    words = name.split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and has_role_noun(name) \
        and not name.endswith(_TERMINAL + (":", ",", ";")) \
        and all(w.lower() not in _SENTENCE_OPENERS or w.lower() in _CONNECTORS for w in words) \
        and all(w[:1].isalpha() or w in _CONNECTORS for w in words)


def name_like(text: str) -> bool:
    """A role title or alias as sites write them: 'BI Engineer', or in sentence case 'Analytics developer'."""
    return title_like(text) or _sentence_case_title(text)


def role_like(name: str) -> bool:
    if not (title_like(name, max_words=7) or _sentence_case_title(name)) or re.search(r"[\d?:|]", name):
        return False
    if _DOMAIN.search(name) or heading_kind(name):
        return False
    words = {w.lower().strip("(),.:") for w in name.split()}
    if words & _not_role_words():
        return False
    return has_role_noun(name) or not words & _not_role_words("not_role_soft")


def _mentioned(name: str, body: str) -> bool:
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
    if not base:
        return False
    return bool(re.search(rf"(?<!\w){re.escape(base)}(?:s|es)?(?!\w)", body, re.I))


@dataclass
class Title:
    name: str  # the role's name
    written: str  # the line it was read from
    line: int


def find_title(lines: list[tuple[int, str]], body: str) -> Title | None:
    """The role's title among the head lines (before the first fact-bearing heading)."""
    best: tuple[int, int, Title] | None = None
    for order, (number, raw) in enumerate(lines):
        text = raw.strip()
        if not text or len(text) > 140 or text.startswith("|") or _furniture_line().match(_strip_symbols(text).strip()):
            continue  # a table row is never the title
        if any(heading_kind(part) in FACT_FAMILIES for part in _SEPARATORS.split(_strip_symbols(text)) if part):
            continue  # 'Quick Facts: Data Scientists' heads a section about the role; it is not the title
        name, removed = remove_furniture(text)
        if not name or not role_like(name):
            continue
        others = body[:_MENTION_SCAN].replace(raw, " ", 1)
        score = 2 * has_role_noun(name) + 2 * _mentioned(name, others) + removed
        if heading_kind(text, name) in FACT_FAMILIES:
            score -= 2  # 'Responsibilities of a Data Analyst' heads a section: the bare name on its own line wins
        if score >= 2 and (best is None or score > best[0]):
            best = (score, -order, Title(singular_title(name), _strip_symbols(text).strip(), number))
    return best[2] if best else None


# --- segmentation -------------------------------------------------------------------------------

@dataclass
class Line:
    text: str  # as written, stripped of trailing space
    number: int
    kind: str | None = None  # heading kind when this is a heading
    inline: str | None = None  # items written after 'Heading:' on the same line


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char) == "So"


def _seam(text: str, i: int) -> bool:
    """Whether position i starts a word glued to the one before it ('AIContent|Skills', 'Content|📋 Key')."""
    before, char = text[i - 1], text[i]
    if _is_symbol(before) and _is_symbol(char):
        return False
    starts = char.isupper() or _is_symbol(char)
    glued = before.islower() or before.isdigit() or before in ").!?" or _is_symbol(before)
    return starts and glued


def _split_glued_heading(raw: str) -> list[Line] | None:
    """A heading glued to tag words before it ('AIContentSkills Checklist') or to text after it
    ('Skills ChecklistDesign', 'Key ResponsibilitiesWrite copy…'): the pieces, the heading marked."""
    text = raw.strip()
    window = _MAX_HEADING_CHARS  # a heading is at most this long: only seams that near either end can bound one
    for i in [*range(1, min(window, len(text))), *range(max(window, len(text) - window), len(text))]:
        if not _seam(text, i):
            continue
        kind = heading_kind(text[i:])
        if kind and len(normal_heading(text[i:]).split()) >= 2:
            return [Line(text[:i].strip(), 0), Line(text[i:].strip(), 0, kind)]
        kind = heading_kind(text[:i])
        if kind and len(normal_heading(text[:i]).split()) >= 2 and text[i].isupper():
            return [Line(text[:i].strip(), 0, kind), Line(text[i:].strip(), 0)]
    return None


_ALIASES_SAID = re.compile(r"(?P<head>[A-Z][^:,.]{2,70}?)\s+(?:include|includes|are|is|such as)\s+(?P<rest>[A-Z].*)$")


def segment(text: str, role: str | None = None, title_line: int | None = None) -> list[Line | None]:
    """Lines of the page; None for a blank line. With the role, headings that name it are recognised too (never
    on the title's own line: 'Data Analyst Salary' may be the title)."""
    out: list[Line | None] = []
    for number, raw in enumerate(text.splitlines(), 1):
        raw = raw.rstrip()
        if not raw.strip():
            out.append(None)
            continue
        kind = heading_kind(raw, role if number != title_line else None)
        if kind:
            out.append(Line(raw.strip(), number, kind))
            continue
        head, sep, rest = raw.partition(":")
        if sep and rest.strip() and not is_bullet(raw) and len(head.split()) <= 6:
            kind = heading_kind(head)
            if kind in ("aliases", "skills", "skill_group", "skill_gaps", "career_from", "career_to", "career_lateral"):
                out.append(Line(head.strip(), number, kind, inline=rest.strip(" *_\t")))  # '**Also known as:** A, B'
                continue
        said = _ALIASES_SAID.match(raw.strip())
        if said and not is_bullet(raw) and heading_kind(said.group("head")) == "aliases":
            # 'Alternative titles for this job include A, B': the heading written as a sentence over its list
            out.append(Line(said.group("head"), number, "aliases", inline=said.group("rest").rstrip(".").strip()))
            continue
        glued = _split_glued_heading(raw) if len(raw) <= 300 and not is_bullet(raw) else None
        if glued:
            for piece in glued:
                piece.number = number
            out.extend(p for p in glued if p.text)
            continue
        out.append(Line(raw, number))
    return out


# --- detection ----------------------------------------------------------------------------------

def _head_and_families(lines: list[Line | None]) -> tuple[list[tuple[int, str]], set[str]]:
    """(candidate title lines, section families). Title candidates are the lines before the first heading that
    opens real content (a list, a table, a sentence, or a sub-heading): a lone 'Salaries' link among site
    navigation does not end the page's head, nor does a heading-shaped first line ('How much does a … make?')."""
    present = [ln for ln in lines if ln is not None]
    head: list[tuple[int, str]] = []
    families: set[str] = set()
    head_open = True
    for index, line in enumerate(present):
        family = EVIDENCE_FAMILIES.get(line.kind or "")
        if family:
            families.add(family)
            following = present[index + 1] if index + 1 < len(present) else None
            if line.inline or following is None or _opens_content(following):
                head_open = False
        elif line.kind is None and len(head) < _MAX_HEAD_LINES and (head_open or index < _OPENING_LINES):
            head.append((line.number, line.text))
    return head, families


def _opens_content(line: Line) -> bool:
    text = line.text.strip()
    return bool(line.kind) or is_bullet(text) or text.startswith("|") or len(text.split()) >= 4 \
        or _label_value_line(text)


_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|my|me)(?![\w'’])")


def _first_person(text: str) -> bool:
    """Prose written in the first person singular ('When I started…', 'my first year'): a personal post, not a
    role page (questions like 'Can I become…?' do not count)."""
    count = 0
    for raw in text.splitlines():
        line = raw.strip()
        if is_bullet(line) or len(line.split()) < 6:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if not sentence.rstrip().endswith("?"):
                count += len(_FIRST_PERSON.findall(sentence))
    return count >= 2


def is_negative(text: str) -> bool:
    """A blog, listing or job-ad marker (one strong marker), or editorial chrome (a byline, a reading time, share
    buttons) on a page written in the first person: career guides carry bylines too, but speak of the role."""
    weak = False
    for raw in text.splitlines():
        line = _strip_symbols(raw).strip()
        if not 0 < len(line) < 200:
            continue
        for kind, pattern in _negative_lines():
            if pattern.match(line):
                if kind != "weak":
                    return True
                weak = True
    return weak and _first_person(text)


def read_structure(text: str) -> tuple[list[Line | None], Title | None, set[str]]:
    """(lines, the role's title, fact-bearing section families). The title is looked for before the first
    fact-bearing heading; once known, headings that name the role count as well."""
    lines = segment(text)
    head, families = _head_and_families(lines)
    title = find_title(head, text)
    if title is not None:
        lines = segment(text, title.name, title.line)
        families = _head_and_families(lines)[1]
    return lines, title, families


def is_role_page_evidence(families: set[str]) -> bool:
    """At least two recognised sections of different families, one of them holding facts (an overview and a
    cut responsibilities list is a role page cut short; two overviews are not)."""
    return len(families) >= 2 and bool(families & set(FACT_FAMILIES.values()))


_COMPARISON_WORD = re.compile(r"(?i)(?<!\w)(?:vs\.?|versus)(?!\w)")
_REPEATABLE = ("responsibilities", "skills")


def _compares_roles(lines: list[Line | None], title: Title) -> bool:
    """A page about several roles ('Data Analyst vs Data Scientist', or one set of sections per role) is not one
    role's page: its opening names a comparison, or a section kind comes again right under another role's name."""
    present = [ln for ln in lines if ln is not None]
    if any(_COMPARISON_WORD.search(ln.text) for ln in present[:3]):
        return True
    seen: set[str] = set()
    for before, line in zip([None, *present], present):
        if line.kind not in _REPEATABLE:
            continue
        if line.kind in seen and before is not None and before.kind is None and before.number != title.line:
            name = remove_furniture(before.text)[0]
            if len(name.split()) <= 6 and role_like(name) and has_role_noun(name) and singular_title(name) != title.name:
                return True
        seen.add(line.kind)
    return False


def detect_layout(text: str) -> str | None:
    """'generic' when the page reads as one role's page of another site, else None."""
    try:
        if is_negative(text):
            return None
        lines, title, families = read_structure(text)
        if title is None or not is_role_page_evidence(families) or _compares_roles(lines, title):
            return None
        return LAYOUT
    except Exception:  # noqa: BLE001 - detection must never raise on odd input
        return None


# --- blocks -------------------------------------------------------------------------------------

@dataclass
class Block:
    kind: str  # heading kind, "intro", or "unknown"
    heading: str | None
    lines: list[Line] = field(default_factory=list)
    inline: str | None = None
    parent: str | None = None  # career / skills parent section for sub-sections
    line: int = 0  # line of the heading


def _heading_shaped(text: str, sentence_case: bool = False) -> bool:
    """A short capitalised line without sentence punctuation; with sentence_case, 'Where you could work' too (a
    line that can only end a section: its list is kept as text, never read as the section's facts)."""
    text = _strip_symbols(text).strip().rstrip(":").strip()
    if not text or is_bullet(text) or figure_start(text) is not None or "," in text or text.startswith("|"):
        return False
    if sentence_case and 0 < len(text.split()) <= 6 and text[:1].isupper() and not text.endswith(_TERMINAL + (";",)):
        return True
    return title_like(text, max_words=6)


def build_blocks(lines: list[Line | None]) -> list[Block]:
    blocks = [Block("intro", None)]
    previous_blank = True
    for index, line in enumerate(lines):
        if line is None:
            previous_blank = True
            continue
        current = blocks[-1]
        section = current.parent or current.kind
        if line.kind and section == "facts" and FACT_FAMILIES.get(line.kind) is None and not previous_blank \
                and not line.inline and _short_value_follows(lines, index):
            current.lines.append(line)  # 'Growth outlook' inside an at-a-glance box is a label, not a heading
        elif line.kind:
            kind = line.kind
            parent = None
            if kind == "skill_group" or (kind == "skills" and section in ("skills",) and not current.lines):
                parent = "skills"
                kind = "skill_group"
            elif kind in ("career_from", "career_to", "career_lateral"):
                parent = "career"
            elif kind == "career" and section == "career":
                parent = "career"  # 'Typical Career Path' inside 'Career Progression'
            blocks.append(Block(kind, line.text.strip().rstrip(":").strip(), inline=line.inline, parent=parent,
                                line=line.number))
        elif section == "career" and career_label(line.text):
            kind, rest = career_label(line.text)  # 'From: Clinical Research Associate, Data Coordinator'
            blocks.append(Block(kind, line.text.partition(":")[0].strip(" *_"), inline=rest, parent="career",
                                line=line.number))
        elif section in ("skills", "career") and _heading_shaped(line.text) and not line.text.rstrip().endswith(":") \
                and _next_is_list(lines, index) and (section == "skills" or _level_label(line.text)) \
                and not (section == "skills" and _next_is_paragraph(lines, index)):
            # a sub-heading: a skill group, or a ladder level ('Entry Level')
            kind = "skill_group" if section == "skills" else "career_level"
            blocks.append(Block(kind, line.text.strip(), parent=section, line=line.number))
        elif (section not in ("intro", "prose", "facts", "salary") or section == "salary"
              and _next_is_bullet(lines, index)) and current.lines and _next_is_list(lines, index) \
                and not (section == "skills" and _next_is_paragraph(lines, index)) \
                and (_heading_shaped(line.text) or _heading_shaped(line.text, sentence_case=True)
                     and _next_is_bullet(lines, index)) and not line.text.rstrip().endswith(":") \
                and (previous_blank or _between_bullets(current, lines, index)):
            # an unknown heading ends the section: its list is not the section's ('Working Hours' after duties)
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
        else:
            current.lines.append(line)
        previous_blank = False
    return blocks


def _between_bullets(block: Block, lines: list[Line | None], index: int) -> bool:
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return any(is_bullet(ln.text) for ln in block.lines) and following is not None and is_bullet(following.text)


def _level_label(text: str) -> bool:
    """'Entry Level', 'Senior': a ladder level heading, not a role title ('Junior Data Analyst' is a step)."""
    return salary_level(text) != "other" and not has_role_noun(text)


def _short_value_follows(lines: list[Line | None], index: int) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and following.kind is None and len(following.text.split()) <= 40


def _next_is_paragraph(lines: list[Line | None], index: int) -> bool:
    """The next line is a sentence of prose ('Technicians check every label.'): the line before it names what
    the sentence explains (a skill), it does not head a group."""
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return following is not None and _paragraph(following.text)


def _paragraph(text: str) -> bool:
    text = text.strip()
    return not is_bullet(text) and _ends_sentence(text) and len(text.split()) >= 4


def _next_is_bullet(lines: list[Line | None], index: int) -> bool:
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return following is not None and following.kind is None and is_bullet(following.text)


def _next_is_list(lines: list[Line | None], index: int) -> bool:
    for line in lines[index + 1:]:
        if line is None:
            continue
        return line.kind is None
    return False


# --- items --------------------------------------------------------------------------------------

def list_items(block: Block) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(items, other lines) of a list section. Bullets and numbers mark items; a section with no markers is a
    list only when it is a run of short lines. Lead-ins ('Typical duties include:') are other lines."""
    tables = [(ln.text.strip(), ln.number) for ln in block.lines if ln.text.lstrip().startswith("|")]
    lines = [ln for ln in block.lines if not ln.text.lstrip().startswith("|")]  # a table is not a list
    bulleted = [is_bullet(ln.text) for ln in lines]
    items: list[list] = []
    others: list[tuple[str, int]] = list(tables)
    if any(bulleted):
        for line, mark in zip(lines, bulleted):
            text = strip_bullet(line.text) if mark else line.text.strip()
            if not text:
                continue
            if mark:
                items.append([text, line.number])
            elif items and text[0].islower() and not items[-1][0].endswith(_TERMINAL):
                items[-1][0] += " " + text
            else:
                others.append((text, line.number))
        return [tuple(i) for i in items], sorted(others, key=lambda p: p[1])
    plain = tables + [(_LEADING_ICON.sub("", ln.text.strip()), ln.number) for ln in lines]
    lines_plain = plain[len(tables):]
    candidates = [p for p in lines_plain if not p[0].endswith(":")]
    leads = tables + [p for p in lines_plain if p[0].endswith(":")]
    short = all(len(t.split()) <= 25 and len(re.findall(r"[.!?](?:\s|$)", t)) <= 1 for t, _ in candidates)
    # parallel lines: all end a sentence or none does (prose followed by a stray line is not a list)
    parallel = len({_ends_sentence(t) for t, _ in candidates}) == 1
    if len(candidates) >= 2 and short and parallel:
        return candidates, sorted(leads, key=lambda p: p[1])
    return [], sorted(plain, key=lambda p: p[1])


@dataclass
class Reader:
    role: str
    items: list[Item] = field(default_factory=list)
    dangling: int | None = None  # line of a label left without its value (a glance label, a salary level)

    def add(self, table: str, row: dict, text: str, line: int, section: str, warnings=()) -> None:
        self.items.append(Item(table, row, text, line, section, list(warnings)))

    def keep(self, block: Block, text: str, line: int, section: str | None = None) -> None:
        if not text.strip():
            return  # a bare bullet or separator: nothing to keep
        name = section or block.heading or block.kind
        self.add("page_sections", {"section": name, "text": text}, text, line, "page_sections")

    def keep_all(self, block: Block, pairs) -> None:
        for text, line in pairs:
            self.keep(block, text, line)

    def keep_or_fact(self, block: Block, text: str, line: int, section: str | None = None) -> None:
        """A line outside a list: an at-a-glance fact when it is 'Label: value' with a known fact label
        (pipeline/reference/fact_labels.txt), else page text."""
        found = fact_line(text)
        if found:
            self.fact(found[0], found[1], text, line, block)
            return
        label, sep, value = _LEADING_ICON.sub("", _strip_symbols(text).strip()).partition(":")
        if sep and _label_like(label) and _SALARY_WORD.search(label) and figure_start(value.strip()) == 0 \
                and _has_currency(value) and self.salary(label.strip(" *_"), value.strip(" *_"), text, line, block,
                                                        require_clean=True):
            return  # 'Average salary: $72,000' outside a salary section is the role's pay all the same
        self.keep(block, text, line, section)

    def read(self, block: Block) -> None:
        reader = {
            "responsibilities": self.read_responsibilities, "skills": self.read_skills,
            "skill_group": self.read_skills, "skill_gaps": self.read_skills, "career": self.read_career,
            "career_from": self.read_career, "career_to": self.read_career, "career_lateral": self.read_career,
            "career_level": self.read_career_level, "salary": self.read_salary, "aliases": self.read_aliases,
            "facts": self.read_facts,
        }.get(block.kind)
        if reader:
            reader(block)
        else:
            section = block.heading or ("intro" if block.kind == "intro" else None)
            for line in self.read_pairs(block, block.lines):
                text = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
                if block.kind == "intro" and self.lone_figure(text, line.number, block):
                    continue
                if text and not is_bullet(line.text):
                    self.keep_or_fact(block, text, line.number, section)
                elif text:
                    self.keep(block, text, line.number, section)

    def lone_figure(self, text: str, line: int, block: Block) -> bool:
        """A line of a role page's head that is nothing but a salary figure ('💰 $68,000 - $94,000') is the role's
        pay; the page gives it no level (label 'Salary'). Any word beside the figure makes it text."""
        text = _LEADING_ICON.sub("", _strip_symbols(text).strip()).strip()
        if figure_start(text) != 0 or not _has_currency(text):
            return False
        parsed = parse_salary("", text)
        if parsed["warning"] or parsed["note"] or parsed["currency"] is None or parsed["min_amount"] is None:
            return False
        return self.salary("", text, text, line, block, require_clean=True)

    # responsibilities ----------------------------------------------------------------------------
    def read_responsibilities(self, block: Block) -> None:
        items, others = list_items(block)
        for text, line in others:
            self.keep_or_fact(block, text, line)
        for text, line in items:
            self.add("responsibilities", {"role": self.role, "text": text}, text, line, block.kind)

    # skills --------------------------------------------------------------------------------------
    def read_skills(self, block: Block) -> None:
        kind = "gap" if block.kind == "skill_gaps" else "required"
        group = block.heading if block.kind == "skill_group" else None
        if block.inline:
            pieces = [p.strip() for p in re.split(r",|;", block.inline) if p.strip()]
            if pieces and all(len(p.split()) <= 5 and not _ends_sentence(p) for p in pieces):
                for piece in pieces:
                    self.skill(piece, block.line, kind, group, block)
            else:
                self.keep(block, block.inline, block.line)
        items, others = list_items(block)
        if not items:
            # 'Python, SQL, Tableau, Excel': one line of short comma-separated names is a list too
            commas = [(t, n) for t, n in others if _short_comma_list(t)]
            others = [(t, n) for t, n in others if (t, n) not in commas]
            items = [(piece, n) for t, n in commas for piece in _comma_pieces(t)]
        if not items:
            named = _named_paragraphs(others)
            if named:
                # 'Attention to detail' / 'Technicians check every label.': a skill named over its explanation
                for (name, n), (detail, _) in named:
                    written = f"{name}\n{detail}"  # as written, so a cut explanation is caught as the cut item
                    row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": written,
                           "skill_group": group}
                    self.add("role_skills", row, written, n, block.kind)
                used = {p for pair in named for p in pair}
                others = [p for p in others if p not in used]
        table = [(t, n) for t, n in others if t.startswith("|")]
        others = [(t, n) for t, n in others if not t.startswith("|")]
        for text, line in others:
            self.keep_or_fact(block, text, line)
        for text, line in items:
            self.skill(text, line, kind, group, block)
        self.skill_table(block, table, kind, group)

    def skill_table(self, block: Block, rows: list[tuple[str, int]], kind: str, group: str | None) -> None:
        """'| Skill | Why it matters |' tables: the first column names the skill, the second is its detail. Only a
        table whose header names skills is read; a row the capture cut (no closing '|') is kept as text."""
        header: list[str] | None = None
        for index, (text, line) in enumerate(rows):
            if _PIPE_SEPARATOR.match(text):
                continue
            cells = _cells(text)
            following = rows[index + 1][0] if index + 1 < len(rows) else ""
            if header is None or _PIPE_SEPARATOR.match(following):  # a row over a '|---|' row heads a table
                header = cells
                self.keep(block, text, line)  # the header row is page text
                continue
            name = cells[0].strip(" *_`") if cells else ""
            whole = text.rstrip().endswith("|") and len(cells) == len(header)
            if whole and _SKILL_COLUMN.fullmatch(normal_heading(header[0])) and name and len(name.split()) <= 5 \
                    and not _ends_sentence(name) and figure_start(name) is None:
                detail = cells[1].strip() or None if len(cells) == 2 else None
                row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
                       "skill_group": group}
                self.add("role_skills", row, text, line, block.kind)
            else:
                self.keep(block, text, line)

    def skill(self, text: str, line: int, kind: str, group: str | None, block: Block) -> None:
        head, sep, rest = text.partition(":")
        pieces = _comma_pieces(rest) if sep else []
        if len(head.split()) <= 3 and len(pieces) >= 2 and all(
                len(p.split()) <= 4 and p[:1].isupper() and not _ends_sentence(p) and ":" not in p for p in pieces):
            # 'Languages: Python, SQL' names a group of skills, not a skill 'Languages'
            for piece in pieces:
                self.skill(piece, line, kind, head.strip(" *_"), block)
            return
        name, detail = split_skill(text)
        if not name:
            self.keep(block, text, line)
            return
        row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
               "skill_group": group}
        self.add("role_skills", row, text, line, block.kind)

    # career --------------------------------------------------------------------------------------
    def read_career(self, block: Block) -> None:
        kind = _CAREER_KINDS.get(block.kind, "step")
        if block.inline:
            self.paths(block, block.inline, block.line, kind)
        items, others = list_items(block)
        # a ladder written as one arrow chain, or (in a progression section) as 'Title: explanation' lines
        ladder = [(t, n) for t, n in others if _chain(t) or (kind == "step" and not items and _colon_title(t))]
        items = sorted(items + ladder, key=lambda p: p[1])
        others = [(t, n) for t, n in others if (t, n) not in ladder]
        self.keep_all(block, others)
        for text, line in items:
            self.paths(block, text, line, kind)

    def read_career_level(self, block: Block) -> None:
        items, others = list_items(block)
        if not items:
            items = [(t, n) for t, n in others if _colon_title(t) or title_like(t)]
            others = [(t, n) for t, n in others if (t, n) not in items]
        self.keep_all(block, others)
        for text, line in items:
            self.paths(block, text, line, "step")

    def paths(self, block: Block, text: str, line: int, kind: str) -> None:
        if _chain(text):  # 'Junior Analyst → Analyst → Senior Analyst' is a ladder whatever its section
            for title in _ARROWS.split(text):
                title = title.strip().rstrip(".")
                self.add("career_paths", {"role": self.role, "kind": "step", "target_title": title, "note": None},
                         title, line, block.kind)
            return
        found = split_path_item(text)
        if not found:
            self.keep(block, text, line)
            return
        for title, note in found:
            row = {"role": self.role, "kind": kind, "target_title": title, "note": note}
            self.add("career_paths", row, text, line, block.kind)

    # aliases -------------------------------------------------------------------------------------
    def read_aliases(self, block: Block) -> None:
        if block.inline:
            names = split_title_list(block.inline)
            if names and all(name_like(n) for n in names):
                for name in names:
                    self.add("role_aliases", {"role": self.role, "alias": name, "note": None}, name, block.line,
                             block.kind)
            else:
                self.keep(block, block.inline, block.line)
        items, others = list_items(block)
        self.keep_all(block, others)
        for text, line in items:
            alias, note = text.rstrip(",;"), None
            name, paren = split_trailing_parenthetical(alias)
            if paren is not None and not is_abbreviation_of(paren, name) and name_like(name):
                alias, note = name, paren  # 'BI Developer (common in banks)': the note is not part of the title
            if name_like(alias):
                self.add("role_aliases", {"role": self.role, "alias": alias, "note": note}, text, line, block.kind)
            else:
                self.keep(block, text, line)

    # at a glance ---------------------------------------------------------------------------------
    def read_facts(self, block: Block) -> None:
        lines = [ln for ln in block.lines]
        i = 0
        while i < len(lines):
            text = strip_bullet(lines[i].text) if is_bullet(lines[i].text) else lines[i].text.strip()
            label, sep, value = text.partition(":")
            if sep and value.strip() and _label_like(label):
                self.fact(label.strip(), value.strip(), text, lines[i].number, block)
                i += 1
            elif text.startswith("|"):
                cells = _cells(text)
                if cells and len(cells) == 2 and not _PIPE_SEPARATOR.match(text) and _cell_label(cells[0]) \
                        and text.rstrip().endswith("|") and cells[0] != cells[1] and cells[1]:
                    self.fact(cells[0], cells[1], text, lines[i].number, block)
                elif not _PIPE_SEPARATOR.match(text):
                    self.keep(block, text, lines[i].number)
                i += 1
            elif _label_like(text.rstrip(":")) and i + 1 < len(lines) and not is_bullet(lines[i + 1].text) \
                    and not _label_value_line(lines[i + 1].text):
                value = lines[i + 1].text.strip()
                self.fact(text.rstrip(":").strip(), value, value, lines[i + 1].number, block)
                i += 2
            else:
                if i == len(lines) - 1 and _label_like(text.rstrip(":")):
                    self.dangling = lines[i].number  # a label whose value the capture may have cut off
                self.keep(block, text, lines[i].number)
                i += 1

    def fact(self, label: str, value: str, written: str, line: int, block: Block) -> None:
        self.add("role_facts", {"role": self.role, "label": label, "value": value}, written, line, block.kind)
        if _SALARY_WORD.search(label) and _has_currency(value):
            self.salary(label, value, written, line, block, require_clean=True)

    # salaries ------------------------------------------------------------------------------------
    def read_salary(self, block: Block) -> None:
        lines = self.read_pairs(block, block.lines)
        header: list[str] | None = None
        pending: tuple[str, int] | None = None
        skip: set[int] = set()
        for index, ln in enumerate(lines):
            if index in skip:
                continue
            text = strip_bullet(ln.text) if is_bullet(ln.text) else ln.text.strip()
            band = _band(lines, index)
            if band is not None:
                # '£26,000 Starter' / 'to' / '£50,000 Experienced': one band from the first figure to the last
                label = pending[0].rstrip(":").strip() if pending is not None else (block.heading or "")
                pending = None
                if self.band(label, *band, block):
                    skip |= {index + 1, index + 2}
                    continue
            if text.startswith("|"):
                if pending is not None:
                    self.keep(block, pending[0], pending[1])
                pending = None
                cells = _cells(text)
                if _PIPE_SEPARATOR.match(text):
                    continue
                if not text.rstrip().endswith("|") or len(text.rstrip()) < 2:
                    self.keep(block, text, ln.number)  # a row the capture cut: no closing '|'
                    continue
                if header is None:
                    header = cells
                    continue
                self.salary_row(header, cells, text, ln.number, block)
                continue
            header = None
            start = figure_start(text)
            if start is None:
                if pending is not None:
                    self.keep(block, pending[0], pending[1])
                short_label = len(text.split()) <= 5 and not _ends_sentence(text) and text[:1].isupper() \
                    and not is_bullet(ln.text)  # a list item is no level label waiting for its figure
                pending = (text, ln.number) if short_label else None
                if not short_label:
                    self.keep(block, text, ln.number)
                continue
            label = text[:start].rstrip(" :–—-\t")
            if pending is not None and not label:
                label = pending[0].rstrip(":").strip()
                pending = None
            elif pending is not None:
                self.keep(block, pending[0], pending[1])
                pending = None
            if len(label.split()) <= 6 and self.salary(label, text[start:].strip(), text, ln.number, block,
                                                       require_clean=True):
                continue
            self.prose_salaries(text, ln.number, block)
        if pending is not None:
            self.dangling = pending[1]  # 'Senior Level' with no figure after it
            self.keep(block, pending[0], pending[1])

    def band(self, label: str, first: Line, second: Line, block: Block) -> bool:
        low, high = parse_salary(label, first.text.strip()), parse_salary(label, second.text.strip())
        if low["warning"] or high["warning"] or low["open_ended"] or high["open_ended"] \
                or low["currency"] != high["currency"] or low["period"] != high["period"] \
                or low["min_amount"] != low["max_amount"] or high["min_amount"] != high["max_amount"] \
                or low["min_amount"] > high["min_amount"]:
            return False
        notes = [n for n in (low["note"], high["note"]) if n]
        written = f"{first.text.strip()} to {second.text.strip()}"
        row = {"role": self.role, "label": label or "Salary", "level": salary_level(label),
               "min_amount": low["min_amount"], "max_amount": high["max_amount"], "open_ended": False,
               "currency": low["currency"], "period": low["period"], "note": " to ".join(notes) or None,
               "text": written, "region": None}
        self.add("salaries", row, written, first.number, block.kind)
        self.keep(block, written, second.number)  # the words around the figures stay page text too
        return True

    def read_pairs(self, block: Block, lines: list[Line]) -> list[Line]:
        """Label-line/value-line pairs of an at-a-glance box written without a box ('Typical hours (a week)' /
        '37 to 40 a week') become facts; the other lines are returned."""
        pairs = _glance_pairs([ln.text.strip() for ln in lines])
        rest = []
        values = set(pairs.values())
        for index, ln in enumerate(lines):
            if index in pairs:
                value = lines[pairs[index]]
                self.fact(ln.text.strip().rstrip(":").strip(), value.text.strip(), value.text.strip(), value.number,
                          block)
            elif index not in values:
                rest.append(ln)
        return rest

    def salary_row(self, header: list[str], cells: list[str], text: str, line: int, block: Block) -> None:
        """A salary table row read cell by cell: levels down the first column and regions across the header,
        or (transposed) levels across the header and regions down the first column."""
        if len(cells) != len(header) or len(cells) < 2:
            self.keep(block, text, line)
            return
        levels_across = all(salary_level(h) != "other" for h in header[1:]) and salary_level(cells[0]) == "other"
        stored = False
        for column, cell in zip(header[1:], cells[1:]):
            if not cell or figure_start(cell) is None:
                continue
            label, region = (column, cells[0]) if levels_across else (cells[0], column)
            if _SALARY_WORD.search(region or ""):
                region = None  # '| Level | Salary |': the column names the figure, not a region
            stored |= self.salary(label, cell, cell, line, block, require_clean=True, region=region or None)
        if not stored:
            self.keep(block, text, line)

    def prose_salaries(self, text: str, line: int, block: Block) -> None:
        """Each currency amount of a sentence with the clause before it as its label; the sentence itself is
        kept as text too (its words beyond the figures are no fact), so a cut sentence takes its amounts along."""
        for label, figure, parse_as in _prose_figures(text):
            self.salary(label, figure, text, line, block, require_clean=True, parse_as=parse_as)
        self.keep(block, text, line)

    def salary(self, label: str, figure: str, written: str, line: int, block: Block, *, require_clean: bool,
               region: str | None = None, parse_as: str | None = None) -> bool:
        parsed = parse_salary(label, parse_as or figure)
        warning = parsed.pop("warning")
        note = parsed["note"] or ""
        if not label and note and len(note.split()) <= 3 and note[:1].isupper() and salary_level(note) != "other":
            # '£25,000 Starter': the level written after the figure is its label
            label, parsed["note"], parsed["level"] = note, None, salary_level(note)
        if parsed["min_amount"] is None and parsed["max_amount"] is None:
            return False
        if require_clean and warning and parsed["currency"] is not None:
            return False
        row = {"role": self.role, "label": label or "Salary", **parsed, "text": figure, "region": region}
        self.add("salaries", row, written, line, block.kind, [warning] if warning else [])
        return True


_SKILL_COLUMN = re.compile(r"(?:skills?|competenc(?:y|ies)|tools?|technolog(?:y|ies)|name|area|capabilit(?:y|ies))")
_SALARY_WORD = re.compile(r"(?i)\b(?:salary|salaries|pay|compensation|earnings|wages?|income|range|average|median|"
                          r"annual|base|total|amount)\b")


_BAND_JOIN = {"to", "-", "–", "—", "and", "up to"}


def _band(lines: list[Line], index: int) -> tuple[Line, Line] | None:
    """A figure line, a line holding only 'to', and a second figure line: the two ends of one band."""
    if index + 2 >= len(lines):
        return None
    first, join, second = lines[index:index + 3]
    if join.text.strip().lower() not in _BAND_JOIN:
        return None
    if figure_start(first.text.strip()) != 0 or figure_start(second.text.strip()) != 0:
        return None
    return first, second


def _pair_label(text: str) -> bool:
    return _label_like(text.rstrip(":")) and not is_bullet(text) and not text.startswith("|") \
        and figure_start(text) is None and ":" not in text.rstrip(":")


def _pair_value(text: str) -> bool:
    return bool(text) and (text[0].islower() or text[0].isdigit()) and len(text.split()) <= 10 \
        and not text.endswith(_TERMINAL + (":", ",", ";")) and not is_bullet(text) and not _has_currency(text) \
        and text.strip().lower() not in _BAND_JOIN


def _glance_pairs(texts: list[str]) -> dict[int, int]:
    """Label index -> value index for runs of label/value line pairs: a run of two or more pairs with at least
    one known at-a-glance label (pipeline/reference/fact_labels.txt), or a single pair with a known label."""
    out: dict[int, int] = {}
    i = 0
    while i < len(texts):
        run = []
        j = i
        while j + 1 < len(texts) and _pair_label(texts[j]) and _pair_value(texts[j + 1]):
            run.append(j)
            j += 2
        known = any(_fact_labels().fullmatch(re.sub(r"\s*\([^()]*\)\s*$", "", texts[k].rstrip(":").strip()))
                    for k in run)
        if run and known:
            out.update({k: k + 1 for k in run})
        i = j + 1 if run else i + 1
    return out


def _named_paragraphs(lines: list[tuple[str, int]]) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Pairs of (short name line, explaining sentence) when the lines after any lead-in ('… skills include:') are
    all such pairs, at least two; else nothing."""
    body = [p for p in lines if not p[0].startswith("|")]
    while body and body[0][0].rstrip().endswith(":"):
        body = body[1:]
    if len(body) < 4 or len(body) % 2:
        return []
    pairs = list(zip(body[0::2], body[1::2]))
    for (name, _), (detail, _) in pairs:
        words = name.split()
        if not (0 < len(words) <= 5 and name[:1].isupper() and not name.endswith(_TERMINAL + (":", ",", ";"))
                and ":" not in name and figure_start(name) is None and not is_bullet(name) and _paragraph(detail)):
            return []
    return pairs


def _comma_pieces(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",|;|\s+(?:and|or)\s+(?=[^,]*$)", text.strip().rstrip(".")) if p.strip()]


def _short_comma_list(text: str) -> bool:
    pieces = _comma_pieces(text)
    return len(pieces) >= 3 and all(len(p.split()) <= 4 and not _ends_sentence(p) and p[:1].isupper()
                                    and ":" not in p for p in pieces)


def _cells(text: str) -> list[str]:
    body = text.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _label_like(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= 6 and len(text) <= 50 and text[0].isupper() \
        and not text.endswith(_TERMINAL + (",", ";")) and figure_start(text) is None


def _cell_label(text: str) -> bool:
    """A label in the first cell of a two-column box ('2023 Median Pay'): short, not a sentence."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 8 and len(text) <= 60 and not text.endswith(_TERMINAL + (",", ";"))


def _label_value_line(text: str) -> bool:
    label, sep, value = text.partition(":")
    return bool(sep and value.strip() and _label_like(label))


def _has_currency(text: str) -> bool:
    start = figure_start(text)
    return start is not None and bool(re.search(r"[$€£¥₹]|\b[A-Z]{3}\b", text))


@lru_cache(maxsize=None)
def _prose_figure() -> re.Pattern:
    """A currency amount or range in a sentence ('between $38,000 and $42,000', 'over £65k a year'); the currency
    markers are those of pipeline/reference/currencies.tsv."""
    markers = "|".join(re.escape(m) for m in sorted(currency_markers(), key=len, reverse=True))
    amount = rf"(?:{markers})\s?\d[\d,.\u00a0]*\s*(?:k|K|m|M|million|thousand)?(?![A-Za-z])"
    return re.compile(
        rf"(?P<figure>(?:(?:up\s+to|under|less\s+than|over|more\s+than|at\s+least|from|between)\s+)?{amount}"
        rf"(?:\s*(?:-|–|—|to|and)\s*(?:(?:{markers})\s?)?\d[\d,.\u00a0]*\s*(?:k|K|m|M|million|thousand)?(?![A-Za-z]))?"
        rf"(?:\s*(?:per|a|an|/)\s*(?:year|yr|annum|month|week|day|hour|hr)\b)?)"
    )


def _prose_figures(text: str) -> list[tuple[str, str, str]]:
    """(label, figure as written, figure to parse) for each currency amount in a sentence; the label is the
    clause before the figure."""
    out = []
    for match in _prose_figure().finditer(text):
        figure = match.group("figure").rstrip(" .,")
        before = text[: match.start()]
        clause = re.split(r"[.;,:(]\s+|\bwhile\b|\bwhereas\b|\bbut\b", before)[-1].strip()
        clause = re.sub(r"(?i)\b(?:is|are|was|were|of|at|around|about|approximately|roughly|earn|earns|earned|make|makes|can|could|"
                        r"typically|usually|average|averages|sits|sit|ranges?|starts?|starting|between|and|an|a)\s*$",
                        "", clause).strip(" :–—-")
        clause = re.sub(r"(?i)\b(?:is|are|was|were|can|could|typically|usually|earn|earns|make|makes)\s*$", "",
                        clause).strip()
        parse_as = re.sub(r"(?i)^(?:between|from)\s+(?=.*\d.*(?:\bto\b|\band\b|[-–—]).*\d)", "", figure)
        parse_as = re.sub(r"(?i)(\d[kKmM]?)\s+and\s+", r"\1 to ", parse_as)
        out.append((clause or "Salary", figure, parse_as))
    return out


# --- skills and career items --------------------------------------------------------------------

def split_skill(text: str) -> tuple[str | None, str | None]:
    """'Prompt Design:Writing clear…' -> ('Prompt Design', 'Writing clear…'); 'SQL (advanced)' -> ('SQL',
    'advanced'); a plain item is its own name."""
    text = text.strip()
    head, sep, rest = text.partition(":")
    if sep and rest.strip(" *_") and 0 < len(head.split()) <= 6 and not _ends_sentence(head) and "(" not in head:
        return head.strip(" *_"), rest.strip(" *_")  # '**Python**: pandas' -> markdown emphasis is markup
    for dash in (" – ", " — ", " - "):
        head, sep, rest = text.partition(dash)
        if sep and rest.strip() and 0 < len(head.split()) <= 5 and (title_like(head) or (
                len(head.split()) <= 4 and head[:1].isupper() and not _ends_sentence(head) and "," not in head)):
            return head.strip(), rest.strip()  # 'Data visualisation – turning numbers into charts'
    name, detail = split_trailing_parenthetical(text.rstrip(".") if text.endswith(").") else text)
    if not name.strip():
        return None, None
    return name.strip(), detail


def _chain(text: str) -> bool:
    steps = _ARROWS.split(text)
    return len(steps) >= 2 and all(_valid_path_title(t.strip().rstrip(".")) for t in steps)


def _colon_title(text: str) -> bool:
    head, sep, rest = text.partition(":")
    return bool(sep and rest.strip() and title_like(head.strip(" *_")))


def _title_run(text: str) -> tuple[str, str]:
    """The leading capitalised run of words ('Technical Writer') and the rest as written."""
    words = list(re.finditer(r"\S+", text))
    end = 0
    for index, match in enumerate(words):
        word = match.group()
        bare = word.rstrip(",;:.")
        if index and bare.lower() in _SENTENCE_OPENERS and bare.lower() not in _CONNECTORS:
            break  # 'Senior Analyst After three years': a capitalised sentence word ends the title
        if _title_word(bare) or bare.lower() in _CONNECTORS and index + 1 < len(words) \
                and _title_word(words[index + 1].group()):
            end = match.end() - (len(word) - len(bare))
            if bare != word:
                break
            continue
        break
    title = text[:end].strip()
    while title.split() and title.split()[-1].lower() in _CONNECTORS:
        title = title.rsplit(None, 1)[0] if len(title.split()) > 1 else ""
    return title, text[len(title):].strip()


def _valid_path_title(title: str) -> bool:
    words = title.split()
    if not words or len(words) > 8 or words[0].lower() in _SENTENCE_OPENERS or re.search(r"\d", title):
        return False
    if len(words) == 1:
        return has_role_noun(title) or (title.isupper() and 2 <= len(title) <= 5)
    return name_like(title)


def split_path_item(text: str) -> list[tuple[str, str | None]] | None:
    """Role titles of a career-path item with their explanation: 'Technical Writer moving into AI operations.'
    -> [('Technical Writer', 'moving into AI operations.')]; None when the item does not start with a title."""
    text = text.strip()
    if not text:
        return None
    head, sep, rest = text.partition(":")
    if sep and rest.strip(" *_") and _valid_path_title(head.strip(" *_")):
        return [(head.strip(" *_"), rest.strip(" *_"))]  # '**Senior Engineer**: Designs…': emphasis is markup
    for dash in (" – ", " — ", " - "):
        head, sep, rest = text.partition(dash)
        if sep and rest.strip() and _valid_path_title(head.strip()):
            return [(head.strip(), rest.strip())]
    bare = text.rstrip(".").strip()
    name, note = split_trailing_parenthetical(bare)
    if note is not None and _valid_path_title(name):
        if is_abbreviation_of(note, name):
            return [(bare, None)]
        return [(name, note)]
    names = split_title_list(bare)
    if len(names) > 1 and all(_valid_path_title(n) for n in names):
        return [(n, None) for n in names]  # 'Technical Writer, Knowledge Manager'
    if title_like(bare) and "," not in bare and _valid_path_title(bare):
        return [(bare, None)]
    title, rest = _title_run(text)
    if not title or not _valid_path_title(title):
        return None
    if re.match(r"^(?:,|[Oo]r\b|[Aa]nd\b|/)\s*[A-Z]", rest):
        return None  # 'A, B with…' or 'A or B with…': a list of titles with a note cannot be told apart safely
    if rest.startswith("("):
        return None
    return [(title, rest.lstrip(",;: ").strip() or None)]


# --- truncation ---------------------------------------------------------------------------------

def _is_whole(item: Item, siblings: list[Item], line_break_after: bool) -> bool:
    """The guide rules without the guide site's conventions: an unbalanced item, or one that breaks the
    pattern of siblings that all end a sentence, is cut; a line break after it proves the line finished;
    without one only a finished sentence among finished one-sentence siblings is whole (prose never is)."""
    text = item.text.strip()
    if not text or not guide._balanced(text) or not guide._fits_siblings(text, siblings):
        return False
    if line_break_after:
        return True
    if item.table == "page_sections" or item.table == "salaries":
        return False
    everything = [item, *siblings]
    return bool(siblings) and all(guide._ends_sentence(i.text) for i in everything) \
        and not guide._may_have_more_sentences(everything)


def _check_truncation(page: ParsedPage, blocks: list[Block], items: list[Item], text: str,
                      dangling: int | None = None) -> None:
    """A page ending on a heading, on a label without its value, or on an item its own evidence does not prove
    whole, is incomplete; that item is kept only as text (page_sections, truncated_item)."""
    tail = blocks[-1]
    last_line = max((ln.number for b in blocks for ln in b.lines), default=0)
    ends_on_heading = len(blocks) > 1 and not tail.lines and not tail.inline
    if dangling is not None and dangling == last_line and not ends_on_heading and tail.lines:
        page.incomplete("truncated", "The capture ends on a label without its value: the value was probably cut "
                                     "off. The label is kept in page_sections.", dangling)
        return
    last = items[-1] if items else None
    line_break_after = bool(re.search(r"\n\s*$", text))
    at_end = last is not None and not ends_on_heading and guide._is_text_tail(text, last.text)
    whole = True
    if at_end:
        siblings = [i for i in items[:-1] if i.table == last.table and i.section == last.section]
        whole = _is_whole(last, siblings, line_break_after)
    if whole and not ends_on_heading:
        return
    if ends_on_heading:
        message = f"The capture ends at the heading {tail.heading!r} with nothing under it."
    else:
        message = "The capture ends on an item the page does not prove whole."
    if not whole:
        start = len(items) - 1
        cut = items[start].text
        # a salary table row or a glance pair read into several rows goes as a whole
        while start > 0 and items[start - 1].line == items[-1].line and items[start - 1].text == cut:
            start -= 1
        items[start:] = [Item("page_sections", {"section": "truncated_item", "text": cut}, cut, items[-1].line,
                              "truncated_item")]
        message += f" Its last item may be cut, so it is kept only as text: {cut[-40:]!r}."
    page.incomplete("truncated", message, items[-1].line if items else None)


# --- entry point --------------------------------------------------------------------------------

def _summary(role: str, blocks: list[Block]) -> str | None:
    """The first sentence of the intro or overview when it names the role."""
    for block in blocks:
        if block.kind in ("intro", "prose"):
            for line in block.lines:
                sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.text.strip(), maxsplit=1)[0].strip()
                if len(sentence.split()) >= 6 and _mentioned(role, sentence):
                    return sentence
    return None


def parse(text: str, layout: str = LAYOUT, **_) -> ParsedPage:
    page = ParsedPage(page_type=PAGE_TYPE, layout=LAYOUT)
    lines, title, _ = read_structure(text)
    if title is None:
        page.incomplete("missing_title", "No role title was found on the page; its text is kept in page_sections.", 1)
        role = ""
    else:
        role = title.name
        page.title = title.written
    blocks = build_blocks(lines)
    reader = Reader(role)
    for block in blocks:
        if title is not None:  # the title line is the role's name, not text of a section
            block.lines = [ln for ln in block.lines if ln.number != title.line]
        reader.read(block)
    _check_truncation(page, blocks, reader.items, text, reader.dangling)
    for item in reader.items:
        page.warnings.extend(item.warnings)
        row = dict(item.row)
        table = item.table
        if not role and table != "page_sections":
            table, row = "page_sections", {"section": item.section, "text": item.text}
        if "role" in row and not row["role"]:
            row.pop("role")
        page.add(table, **row)
    if role:
        page.roles.append(RoleMention(name=role, summary=_summary(role, blocks)))
        if set(page.facts) <= {"page_sections"} and page.complete:
            page.incomplete("no_facts", "The page reads as a role page, but none of its sections gave a fact that "
                                        "could be read safely; its text is kept in page_sections.", title.line)
    guide._number_positions(page)
    return page
