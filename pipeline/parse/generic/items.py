"""Generic layout: list items, tables, label/value pairs, salary figures in prose, skills and career-path items."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.text.titles import split_title_list
from pipeline.text.roles import is_abbreviation_of
from pipeline.text.salaries import _currency_markers as currency_markers
from pipeline.text.salaries import figure_start
from pipeline.parse.guide.sections import split_trailing_parenthetical
from pipeline.parse.generic.vocabulary import (
    _ARROWS, _CONNECTORS, _ends_sentence, _fact_labels, _furniture_line, has_role_noun, is_bullet, _label_like, _LEADING_ICON,
    _LINK_GLYPHS,
    is_figure_note, role_nouns, _SENTENCE_OPENERS, singular_title, strip_bullet, _TERMINAL, title_like, _title_word,
)
from pipeline.parse.generic.title import _foreign, name_like


# --- lines and sections -------------------------------------------------------------------------

@dataclass
class Line:
    text: str  # as written, stripped of trailing space
    number: int
    kind: str | None = None  # heading kind when this is a heading
    inline: str | None = None  # items written after 'Heading:' on the same line


@dataclass
class Block:
    kind: str  # heading kind, "intro", or "unknown"
    heading: str | None
    lines: list[Line] = field(default_factory=list)
    inline: str | None = None
    parent: str | None = None  # career / skills parent section for sub-sections
    line: int = 0  # line of the heading


def _paragraph(text: str) -> bool:
    text = text.strip()
    return not is_bullet(text) and _ends_sentence(text) and len(text.split()) >= 4


# --- items --------------------------------------------------------------------------------------

def list_items(block: Block) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(items, other lines) of a list section. Bullets and numbers mark items; a section with no markers is a
    list only when it is a run of short lines. Lead-ins ('Typical duties include:') are other lines."""
    tables = [(ln.text.strip(), ln.number) for ln in block.lines if ln.text.lstrip().startswith("|")]
    lines = [ln for ln in block.lines if not ln.text.lstrip().startswith("|")]  # a table is not a list
    lines = _common_marks(lines)
    bulleted = [is_bullet(ln.text) for ln in lines]
    items: list[list] = []
    others: list[tuple[str, int]] = list(tables)
    if any(bulleted):
        base: int | None = None  # indentation of the list's top-level bullets
        parent: list | None = None  # the top-level item the sub-bullets after it belong to
        subs: list[list] = []
        for line, mark in zip(lines, bulleted):
            text = strip_bullet(line.text) if mark else line.text.strip()
            if not text:
                continue
            indent = len(line.text) - len(line.text.lstrip())
            if mark and base is not None and indent > base and parent is not None:
                subs.append([text, line.number, parent])  # a sub-bullet: decided once its parent's siblings are read
                continue
            if mark:
                base = indent if base is None else min(base, indent)
                items.append([text, line.number])
                parent = items[-1]
            elif items and text[0].islower() and not items[-1][0].endswith(_TERMINAL):
                items[-1][0] += " " + text
            else:
                others.append((text, line.number))
                parent = None
        items = _nested(items, subs, others)
        return [tuple(i) for i in items], sorted(others, key=lambda p: p[1])
    plain = tables + [(_LEADING_ICON.sub("", _cited_lead(ln.text.strip())), ln.number) for ln in lines]
    lines_plain = plain[len(tables):]
    # '+9%' after a skill: its pay effect, no item; 'back to top', 'Share': site furniture, no item either
    notes = [p for p in lines_plain if is_figure_note(p[0]) or _furniture_line().match(p[0])]
    if len(lines_plain) >= 3 and _LINK_LINE.match(lines_plain[-1][0]) and lines_plain[-1] not in notes:
        notes.append(lines_plain[-1])  # 'more tasks »' under the list: a link of the site, no item
    lines_plain = [p for p in lines_plain if p not in notes]
    # round 26b: 'gehören zu den Aufgaben eines Fluglotsen:[2]' (p53_04): a lead-in with a wiki's footnote after its colon
    led = [p for p in lines_plain if p[0].endswith(":") or p[0].endswith("]") and _FOOTNOTE_END.sub("", p[0]).endswith(":")]
    candidates = [p for p in lines_plain if p not in led]
    leads = tables + notes + led
    if len(candidates) >= 3 and _paragraph(candidates[0][0]) and candidates[0][0].endswith(".") \
            and not any(_ends_sentence(t) or _has_currency(t) for t, _ in candidates[1:]):
        leads.append(candidates.pop(0))  # 'Learn how to advance from UX Writer.' introduces the short lines after it
    if len(candidates) >= 4 and _paragraph(candidates[-1][0]) and candidates[-1][0].endswith(".") \
            and not any(_ends_sentence(t) or _has_currency(t) for t, _ in candidates[:-1]) \
            and all(t[:1].isupper() for t, _ in candidates[:-1]) and _list_shaped(candidates[:-1]):
        # 'A full driver licence and … are required.' under short capitalised lines closes the list: a note, no item
        # (a wrapped paragraph's lines go on in lower case, so it is never read as one)
        leads.append(candidates.pop())
    short = all(len(t.split()) <= 25 and len(re.findall(r"[.!?](?:\s|$)", t)) <= 1 for t, _ in candidates)
    # parallel lines: all end a sentence or none does (prose followed by a stray line is not a list)
    parallel = len({_ends_sentence(t) for t, _ in candidates}) == 1
    asks = any(t.rstrip().endswith("?") for t, _ in candidates)  # 'Did you know?' heads an aside, it is no item
    if len(candidates) >= 2 and short and parallel and not asks:
        return candidates, sorted(leads, key=lambda p: p[1])
    if _led_clauses(candidates, leads):
        return candidates, sorted(leads, key=lambda p: p[1])
    run = _first_run(candidates)
    if len(run) >= 2 and len(run) < len(candidates) and all(p[1] < candidates[len(run)][1] for p in leads if
                                                            p in lines_plain) and (_list_shaped(run) or _led_run(run, leads)
                                                                                  or _led_clauses(run, leads)):
        # 'AP Specialist' / 'Accounts Payable Clerk' and, after a blank line, a sentence: the run is the list
        rest = [p for p in plain if p not in run]
        return run, sorted(rest, key=lambda p: p[1])
    return [], sorted(plain, key=lambda p: p[1])


_CITED_LEAD = re.compile(r"(?<=:)\s*(?:\[\d{1,3}\])+$")


def _cited_lead(text: str) -> str:
    """Round 26d: '… gehören zu den Aufgaben eines Fluglotsen:[2]' (a wiki's lead-in with its citation mark after the
    colon, p53_04) leads into the list like '…:'."""
    return _CITED_LEAD.sub("", text) if text.endswith("]") else text


_FOOTNOTE_END = re.compile(r"(?:\[\d{1,3}\])+$")
_MARK_RUN = 3  # lines in a row opening with one glyph that make it the list's marker
_MARK_CATEGORIES = ("Po", "Pd", "Sm", "So")  # punctuation and symbols; never a bracket, quote or currency sign
_LINK_MARK_NAMES = ("ARROW", "TRIANGLE", "POINTER")  # '▶ Nurse (A&E) — Becky (5:02)': a glyph pointing on marks a link


def _common_marks(lines: list[Line]) -> list[Line]:
    """Round 24b: '．評估病患的肌力…' / '．依評估結果…' / … (a full-width full stop as the list's marker, set 46 p46_04):
    with no known bullet in the section, three lines or more in a row that open with the same glyph of punctuation or a
    symbol, then text, are a bulleted list; the glyph is written as a bullet so that the lines after the run, not
    opening with it (a sub-heading, a table's rows), are no items of it."""
    if any(is_bullet(ln.text) for ln in lines):
        return lines
    def mark(ln: Line) -> str | None:
        text = ln.text.lstrip()
        if len(text) < 3 or unicodedata.category(text[0]) not in _MARK_CATEGORIES or text[0] in "#.%&/:;,'\"@" \
                or any(word in unicodedata.name(text[0], "") for word in _LINK_MARK_NAMES):
            return None
        rest = text[1:].lstrip()
        return text[0] if rest[:1].isalnum() and not rest.startswith(text[0]) else None
    marked: set[int] = set()
    run: list[Line] = []
    for ln in [*lines, None]:
        glyph = mark(ln) if ln is not None else None
        if run and (glyph != mark(run[-1]) or ln.number != run[-1].number + 1):
            if len(run) >= _MARK_RUN:
                marked |= {r.number for r in run}
            run = []
        if glyph is not None:
            run.append(ln)
    if not marked:
        return lines
    return [Line("• " + ln.text.lstrip()[1:].lstrip(), ln.number, ln.kind, ln.inline) if ln.number in marked else ln
            for ln in lines]


# 'more tasks »', 'Show more ▾': a few words ending on one of the link glyphs of vocabulary.link_tail
_LINK_LINE = re.compile(r"^[^\W\d][\w'’ ]{0,30}?\s*(?:[" + re.escape("".join(sorted(_LINK_GLYPHS))) + r"]|>>)$")


def _first_run(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The lines written one under the other from the first (a blank line ends the run)."""
    run = lines[:1]
    for text, number in lines[1:]:
        if number != run[-1][1] + 1:
            break
        run.append((text, number))
    return run


def _led_run(run: list[tuple[str, int]], leads: list[tuple[str, int]]) -> bool:
    """Round 22c: 'Electricians typically do the following:' / (blank) / seven lines, one up to 20 words ('Direct and
    train workers to install, maintain, or repair electrical wiring or equipment'), then paragraphs: a run of three
    capitalised lines or more right under a lead-in ending with ':', none a sentence, is the lead-in's list."""
    start = run[0][1]
    return len(run) >= 3 and any(t.endswith(":") and start - 2 <= n < start for t, n in leads) \
        and all(len(t.split()) <= 20 and t[:1].isupper() and not _ends_sentence(t) and not re.search(r"[.!?;]\s", t)
                and ":" not in t for t, _ in run)


def _led_clauses(lines: list[tuple[str, int]], leads: list[tuple[str, int]]) -> bool:
    """Round 22c: 'Social workers may do some or all of the following:' / (blank) / 'assess the needs of clients' / … /
    'advocate for clients with government agencies.' (set 35 s07): three lines or more one under the other right under a
    lead-in ending with ':', each a clause going on from it (lower-case start, no sentence inside), only the last
    ending the lead's sentence, are its list."""
    if len(lines) < 3 or any(b[1] != a[1] + 1 for a, b in zip(lines, lines[1:])):
        return False
    start = lines[0][1]
    return any(t.endswith(":") and start - 2 <= n < start for t, n in leads) \
        and all(t[:1].islower() and len(t.split()) <= 25 and not re.search(r"[.!?;]\s", t) and "?" not in t
                for t, _ in lines) \
        and not any(_ends_sentence(t) for t, _ in lines[:-1])


def _list_shaped(lines: list[tuple[str, int]]) -> bool:
    """Short lines, none a sentence of several, all ending a sentence or none."""
    return all(len(t.split()) <= 12 and len(re.findall(r"[.!?](?:\s|$)", t)) <= 1 and "?" not in t for t, _ in lines) \
        and len({_ends_sentence(t) for t, _ in lines}) == 1


def _nested(items: list[list], subs: list[list], others: list[tuple[str, int]]) -> list[list]:
    """Sub-bullets under a group heading that ends with ':' ('1. Cash management:' / 'a. Prepare…') are the items
    and the group heading is not one; sub-bullets under an item that is itself one ('Test web applications' /
    'Web: OWASP Top 10') only give examples of it: they stay text."""
    # an item ending with ':' introduces what follows (its sub-items, or nothing the capture kept): never an item
    groups = {id(item) for item in items if item[0].rstrip().endswith(":")}
    out = []
    for item in items:
        if id(item) in groups:
            others.append((item[0], item[1]))
        else:
            out.append(item)
    for text, number, parent in subs:
        if id(parent) in groups:
            out.append([text, number])
        else:
            others.append((text, number))
    return sorted(out, key=lambda i: i[1])


_SKILL_COLUMN = re.compile(r"(?:skills?|competenc(?:y|ies)|tools?|technolog(?:y|ies)|name|area|capabilit(?:y|ies))")
_SALARY_WORD = re.compile(r"(?i)\b(?:salary|salaries|pay|compensation|earnings|wages?|income|range|average|median|"
                          r"annual|base|total|amount)\b")


_BAND_JOIN = {"to", "-", "–", "—", "and", "up to"}


def _band(lines: list[Line], index: int) -> tuple[Line, Line | None] | None:
    """A figure line followed by a line holding only 'to': the first end of a band, and the line after 'to' (its
    second end when it is a figure; None when the capture ends there or something else follows)."""
    if index + 1 >= len(lines) or figure_start(lines[index].text.strip()) != 0:
        return None
    if lines[index + 1].text.strip().lower() not in _BAND_JOIN:
        return None
    second = lines[index + 2] if index + 2 < len(lines) else None
    if second is not None and figure_start(second.text.strip()) != 0:
        second = None
    return lines[index], second


def _pair_label(text: str) -> bool:
    return _label_like(text.rstrip(":")) and not is_bullet(text) and not text.startswith("|") \
        and figure_start(text) is None and ":" not in text.rstrip(":")


def _pair_value(text: str) -> bool:
    # (round 19b: a separator standing alone is no word: 'evenings / weekends occasionally; in a workshop or at clients'
    # homes' under 'You could work', sets 22 v01 and 24 x01, is ten words and two choices)
    return bool(text) and (text[0].islower() or text[0].isdigit()) \
        and len([w for w in text.split() if re.search(r"\w", w)]) <= 10 \
        and not text.endswith(_TERMINAL + (":", ",", ";")) and not is_bullet(text) and not _has_currency(text) \
        and text.strip().lower() not in _BAND_JOIN


def _glance_pairs(texts: list[str]) -> dict[int, int]:
    """Label index -> value index for runs of label/value line pairs: a run of two or more pairs with at least
    one known at-a-glance label (pipeline/reference/fact_labels.tsv), or a single pair with a known label."""
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


_READ_NEXT = re.compile(r"(?i)^(?:related|read more|read also|also read|read next|see also|further reading|"
                        r"lee también|lea también|leia também|lire aussi|siehe auch|leggi anche)\s*:\s*\S")


def _named_paragraphs(lines: list[tuple[str, int]]) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Pairs of (short name line, explaining sentence) when the lines after any lead-in ('… skills include:') are
    all such pairs, at least two; else nothing."""
    body = [p for p in lines if not p[0].startswith("|")]
    while body and body[0][0].rstrip().endswith(":"):
        body = body[1:]
    if len(body) % 2 and body and len(body[0][0].split()) >= 6 and _paragraph(body[0][0]):
        body = body[1:]  # round 22b: 'We assess engineers on four competencies. …' before the pairs: their lead-in
    if len(body) % 2 and body and _READ_NEXT.match(body[-1][0]):
        body = body[:-1]  # round 26d: 'Related: 10 Essential Chef Skills' under the pairs (p50_09): a link of the site
    if len(body) < 4 or len(body) % 2:
        return []
    pairs = list(zip(body[0::2], body[1::2]))
    for (name, _), (detail, _) in pairs:
        words = name.split()
        if not (0 < len(words) <= 5 and name[:1].isupper() and not name.endswith(_TERMINAL + (":", ",", ";"))
                and ":" not in name and figure_start(name) is None and not is_bullet(name) and _paragraph(detail)):
            return []
    return pairs


def _outside_parentheses(text: str) -> list[str]:
    """Pieces of text split at ',' and ';' outside parentheses ('CDISC standards (SDTM, CDASH), SAS')."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif ch in ",;" and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    return pieces + [text[start:]]


def _comma_pieces(text: str) -> list[str]:
    out = []
    pieces = _outside_parentheses(text.strip().rstrip("."))
    for index, piece in enumerate(pieces):
        if index == len(pieces) - 1 and "(" not in piece:
            out += re.split(r"\s+and\s+", piece)  # 'SQL, Python and R' ('AWS or GCP' names one skill's alternatives: round 24b)
        else:
            out.append(piece)
    return [p.strip() for p in out if p.strip()]


def _short_comma_list(text: str, any_case: bool = False) -> bool:
    """'Python, SQL, Tableau' or 'Negotiation, SAP MM, cost breakdown analysis': three or more short names, the
    first capitalised, no sentence (the line does not end one either). With any_case (round 25d: the one line under a
    skills heading, 'vuorovaikutustaidot, lääkehoidon osaaminen, fyysinen kunto'), the first may be in lower case."""
    pieces = _comma_pieces(text)
    if any_case and pieces and pieces[0][:1].islower():
        pieces = [pieces[0][:1].upper() + pieces[0][1:], *pieces[1:]]
    if re.search(r"\s[–—-]\s", text):
        return False  # 'Communication – keeping carriers, warehouses and customers informed': a name and its detail
    if any(_PREPOSITION_LED.match(p) for p in pieces[1:]):
        return False  # 'Good judgement in fog, ice and on gravel roads': one phrase whose places are listed (lead, set 15)
    return len(pieces) >= 3 and pieces[0][:1].isupper() and not _ends_sentence(text) \
        and all(len(p.split()) <= 4 and not _ends_sentence(p) and ":" not in p and p[:1].isalnum() for p in pieces)


# a piece of a comma list opening on a preposition continues a phrase: the line is no list of names
# (round 25d: or on a word that elaborates the name before it, 'Excel, including pivot tables and lookups')
_PREPOSITION_LED = re.compile(r"(?:on|in|at|under|during|with|without|from|into|onto|across|through|between|of|"
                              r"including|incl\.|such as|especially|particularly|notably|e\.g\.|for example)\s", re.I)


def _cells(text: str) -> list[str]:
    body = text.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _cell_label(text: str) -> bool:
    """A label in the first cell of a two-column box ('2023 Median Pay'): short, not a sentence."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 8 and len(text) <= 60 and not text.endswith(_TERMINAL + (",", ";"))


def _label_value_line(text: str) -> bool:
    label, sep, value = text.partition(":")
    return bool(sep and value.strip() and _label_like(label))


def _has_currency(text: str) -> bool:
    start = figure_start(text)
    return start is not None and bool(re.search(r"[$€£¥₹]", text) or _local_marker().search(text))


@lru_cache(maxsize=None)
def _local_marker() -> re.Pattern:
    """Markers and codes of currencies.tsv ('GBP', 'RM', '₱', 'zł', 'Kč') as words of their own; three capitals that
    are no currency ('ISO 9001', 'SGJ/Q0101') are none."""
    markers = sorted({*currency_markers(), *currency_markers().values()}, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(m) for m in markers) + r")(?![A-Za-z])")


@lru_cache(maxsize=None)
def _prose_figure() -> re.Pattern:
    """A currency amount or range in a sentence ('between $38,000 and $42,000', 'over £65k a year'); the currency
    markers are those of pipeline/reference/currencies.tsv."""
    markers = "|".join(re.escape(m) for m in sorted(currency_markers(), key=len, reverse=True))
    amount = rf"(?:{markers})\s?{_DIGITS}{_NO_CENTS}\s*(?:k|K|m|M|million|thousand|LPA|lpa)?(?![A-Za-z])"
    joins, periods = _foreign_pay_words()
    # a join of another language ('€ 2.600,– bis € 3.300,–', 'R$ 6.800 a R$ 9.200') only before a marked amount
    foreign = rf"|\s+(?:{joins})\s+(?=(?:{markers})\s?\d)" if joins else ""
    period = rf"|\s+(?:(?:{periods}))(?![\w])" if periods else ""
    return re.compile(
        rf"(?P<figure>(?:(?:up\s+to|under|less\s+than|over|more\s+than|in\s+excess\s+of|upwards\s+of|at\s+least|from|between)\s+)?{amount}"
        rf"(?:(?:\s*(?:-|–|—|to|and)\s*{foreign})(?:(?:{markers})\s?)?{_DIGITS}{_NO_CENTS}"
        rf"\s*(?:k|K|m|M|million|thousand|LPA|lpa)?(?![A-Za-z]))?"
        rf"(?:\+(?!\d))?"
        rf"(?:\s*(?:per|a|an|/)\s*(?:year|yr|annum|month|week|day|hour|hr)\b{period})?)"
    )


# '€ 2.600,–', 'Fr. 80.–': a dash in place of the cents, part of the amount (no cents)
_NO_CENTS = r"(?:[,.][–—-](?![\d–—-]))?"
# digits with their separators (a separator is part of the amount only when a digit follows it)
_DIGITS = r"\d(?:[\d\u00a0]|[,.](?=\d))*"
_NO_CENTS_READ = re.compile(r"(?<=\d)[,.][–—-](?![\d–—-])")


@lru_cache(maxsize=None)
def _foreign_pay_words() -> tuple[str, str]:
    """(joins, periods) of pipeline/reference/generic_pay_words.tsv as regex alternations (a band's join and the
    period written after a figure in other languages: 'bis', 'pro Monat')."""
    from pipeline.reference import rows
    words = [(r["kind"], r["pattern"]) for r in rows("generic_pay_words")]
    joins = "|".join(f"(?:{p})" for k, p in words if k == "to")
    periods = "|".join(f"(?:{p})" for k, p in words if k in ("month", "year", "week", "day", "hour"))
    return (f"(?i:{joins})" if joins else "", f"(?i:{periods})" if periods else "")


_AMOUNT_TAIL = r"\d[\d,.\u00a0']*\s*(?:k|K|m|M|million|thousand|LPA|lpa)?(?![A-Za-z])"
_ABOUT = r"(?:(?:about|around|roughly|approximately|some|circa|c\.)\s+)?"


@lru_cache(maxsize=None)
def _prose_range() -> re.Pattern:
    """A band written across a clause: 'starts at £31,650 and rises to £43,607', 'runs from £38,766 to £49,769',
    'ranges from about $38,000 for entry-level coordinators to $64,000' (a few words may sit between the ends,
    never a sentence end or another amount)."""
    markers = "|".join(re.escape(m) for m in sorted(currency_markers(), key=len, reverse=True))
    amount = rf"(?:{markers})\s?{_AMOUNT_TAIL}"
    gap = r"(?:[^.;!?$€£¥₹\d]{0,60}?)"
    return re.compile(
        rf"\b(?:(?:starts?|starting|begins?|beginning)\s+(?:at\s+|from\s+)?{_ABOUT}(?P<a1>{amount}){gap}\s*"
        rf"\b(?:and\s+|then\s+)?(?:(?:can|may|will|could)\s+)?(?:(?:rises?|rising|goes|going|increases?|increasing|climbs?|"
        rf"climbing|reaches|reaching|grows?|growing|moves?|moving|rise|go|increase|climb|grow|move)\s+(?:up\s+)?to|"
        rf"reach|reaches|reaching)\s+{_ABOUT}(?P<b1>{amount})"  # (round 21c: 'start at $58,500 and can reach $81,900')
        rf"|(?:(?:runs?|running|ranges?|ranging|varies|varying|goes|going)\s+from|from(?=\s+{_ABOUT}{amount}\s+up\s+to\s))"
        rf"\s+{_ABOUT}(?P<a2>{amount}){gap}"
        rf"\s+(?:up\s+)?to\s+(?P<over>(?:over|more\s+than|above)\s+)?{_ABOUT}(?P<b2>{amount})"  # (round 21c: 'from £24,000 up
        # to £31,000'; round 27b: '… to over £50,000 for a head sommelier', read only as two groups' points)
        # round 22b: 'starts on €46,070 a year (point 1 of the scale) and moves up by annual increments to €87,960': a
        # pay scale's two ends
        rf"|(?:starts?|starting)\s+on\s+(?P<a3>{amount})[^.;!?$€£¥₹\d(]{{0,30}}(?:\([^()$€£¥₹]{{0,40}}\))?{gap}\s*"
        rf"\b(?:and\s+)?(?:moves?|rises?|goes|climbs?)\s+up\s+by\s+(?:annual\s+|yearly\s+)?(?:increments|steps|points)\s+"
        rf"to\s+{_ABOUT}(?P<b3>{amount}))"
    )


_PROSE_PERIOD = re.compile(r"(?i)\b(?:per|a|an)\s+(?:year|annum|month|week|day|hour)\b")


def _clause_label(before: str) -> str:
    clause = re.split(r"[.;,:(]\s+|\bwhile\b|\bwhereas\b|\bbut\b", before)[-1].strip()
    clause = re.sub(r"(?i)\b(?:is|are|was|were|of|at|around|about|approximately|roughly|earn|earns|earned|make|makes|can|could|"
                    r"typically|usually|average|averages|sits|sit|ranges?|starts?|starting|between|and|an|a|runs?|"
                    r"begins?|goes|from|varies)\s*$", "", clause).strip(" :–—-")
    clause = re.sub(r"(?i)\b(?:is|are|was|were|can|could|typically|usually|earn|earns|make|makes)\s*$", "",
                    clause).strip()
    # 'Graduates usually start on', 'rising to': the verb of the sentence is no part of its label
    previous = None
    while previous != clause:
        previous = clause
        clause = _LABEL_VERB_TAIL.sub("", clause).strip(" :–—-")
    clause = re.sub(r"(?i)^(?:and|or|but|while|whereas|with|which|that|who)\s+", "", clause)  # ', and senior analysts can earn
    return "" if clause.lower() in ("and", "or", "but", "i.e.", "that is") else clause


_LABEL_VERB_TAIL = re.compile(
    r"(?i)(?:^|\s)(?:on|to|up|about|around|of|at|usually|typically|generally|often|normally|will|would|may|might|can|could|"
    r"start|starts|starting|begin|begins|beginning|rise|rises|rising|climb|climbs|climbing|increase|increases|increasing|"
    r"go|goes|going|move|moves|moving|expect|expects|earn|earns|earning|make|makes|making|get|gets|receive|receives|"
    r"paid|is|are|be|you|they|we|i)$")
# 'rising to $95,000 – $118,000 for senior clinicians': the group a figure is for, named after it
_FOR_GROUP = re.compile(r"^\s*(?:(?:a|an|per|each)\s+(?:year|annum|month|week|day|hour)\s+)?for\s+"
                        r"(?P<group>(?:the\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*(?=[.;,]|$|\s(?:in|at|with|and)\s)")


def _group_after(text: str, end: int) -> str:
    match = _FOR_GROUP.match(text[end:])
    return match.group("group").strip() if match else ""


def _prose_figures(text: str) -> list[tuple[str, str, str]]:
    """(label, figure as written, figure to parse) for each currency amount in a sentence; the label is the
    clause before the figure. A band written across a clause ('starts at X and rises to Y') is one figure."""
    out = []
    spans = []
    for match in _prose_range().finditer(text):
        low = match.group("a1") or match.group("a2") or match.group("a3")
        high = match.group("b1") or match.group("b2") or match.group("b3")
        if match.group("a2") and re.match(r"\s+for\s+[a-z]", text[match.end("a2"):]) and _group_after(text, match.end()):
            # round 27b: 'range from ₹2.2 LPA for freshers to ₹9 LPA for senior coders' (set 54 p54_08): each end named
            # for its own group is a figure of that group, two points (one group named after the band keeps it one)
            spans.append((match.start(), match.end()))
            group = re.match(r"\s+for\s+(.+?)\s+(?:up\s+)?to\s+(?:(?:over|more\s+than|above)\s+)?(?:(?:about|around|roughly|"
                             r"approximately|some|circa|c\.)\s+)?$", text[match.end("a2"):match.start("b2")] + " ")
            out.append((match.start("a2"), group.group(1).strip() if group else "Salary", low.rstrip(" .,"),
                        low.rstrip(" .,")))
            out.append((match.start("b2"), _group_after(text, match.end()), high.rstrip(" .,"),
                        f"{match.group('over') or ''}{high.rstrip(' .,')}"))
            continue
        if match.group("over"):
            continue  # 'from £26,000 to over £50,000' for one group: no band's two ends (each amount read as before)
        spans.append((match.start(), match.end()))
        period = _PROSE_PERIOD.search(text[match.start(): match.end() + 20])
        parse_as = f"{low.rstrip(' .,')} to {high.rstrip(' .,')}" + (f" {period.group(0)}" if period else "")
        out.append((match.start(), _clause_label(text[: match.start()]) or _group_after(text, match.end()) or "Salary",
                    match.group(0).rstrip(" .,"), parse_as))
    for match in _prose_figure().finditer(text):
        if any(start <= match.start("figure") < end for start, end in spans):
            continue
        figure = match.group("figure").rstrip(" .,")
        clause = _clause_label(text[: match.start()])
        parse_as = re.sub(r"(?i)^(?:between|from)\s+(?=.*\d.*(?:\bto\b|\band\b|[-–—]).*\d)", "", figure)
        parse_as = re.sub(r"(?i)(\d[kKmM]?)\s+and\s+", r"\1 to ", parse_as)
        parse_as = _NO_CENTS_READ.sub("", parse_as)  # '€ 2.600,– bis € 3.300,–' reads as € 2.600 bis € 3.300
        parse_as = re.sub(r"(?i)^(?:in\s+excess|upwards)\s+of\s+", "over ", parse_as)  # round 22b: a floor, as 'over'
        end = match.start("figure") + len(figure)
        out.append((match.start(), clause or _group_after(text, end) or "Salary", figure, parse_as))
    out.sort(key=lambda t: t[0])
    for i in range(1, len(out)):
        start, label, figure, parse_as = out[i]
        before_end = text.find(out[i - 1][2], out[i - 1][0]) + len(out[i - 1][2])
        if out[i - 1][2] in label and not re.search(r"\d|%|(?i:per\s?cent)", label.replace(out[i - 1][2], "")):
            # 'Juniors earn £20,000 and seniors £40,000': the label starts after the last figure ('10% earn more than'
            # keeps its share, which the guard reads)
            cut = _clause_label(text[before_end:start])
            if cut and not cut.startswith("(") and re.search(r"[A-Za-z]{3}", cut):
                label = cut  # never '(evenings)': an aside of the figure before it, no group
                out[i] = (start, label, figure, parse_as)
        if label == "Salary" and _RESTATED.fullmatch(text[before_end:start]):
            out[i] = (start, out[i - 1][1], figure, parse_as)  # '€33.47 an hour, or €34,000 a year': the same group
    return [rest for _, *rest in out]


# round 19b: a share of earners named by its rank ('The lowest 10 percent earned less than $36,120, and the highest 10
# percent earned more than $118,540': sets 3 s10, 18 h02, 24 x02, 25 y02): the bound is the percentile's wage, a point
# of the distribution as a median is; a bare share ('10% earn more than €76,000') stays unsure (guard.salary_ok)
RANKED_SHARE = re.compile(r"(?i)(?:the\s+)?(?:lowest|highest|bottom|top|lowest-paid|highest-paid)\s+\d{1,2}\s*"
                          r"(?:percent|per\s+cent|%)(?:\s+of\s+[^\W\d_][\w\s-]{0,40})?")
SHARE_BOUND = re.compile(r"(?i)^\s*(?:less\s+than|more\s+than|under|over|below|above)\s+")


# between two figures of one group: the first one's period, then 'or' ('€33.47 an hour, or €34,000 – €58,000 a year')
_RESTATED = re.compile(r"(?i)[\s,;]*(?:(?:a|an|per)\s+(?:year|annum|month|week|day|hour))?[\s,;(]*(?:or|i\.e\.|that is)"
                       r"(?:\s+(?:about|around|roughly|approximately))?\s*")


# --- skills and career items --------------------------------------------------------------------

# round 22b: a rating after a skill's name, a percentage after spaces or a level glued to the name's last lower-case letter
_RATED_SKILL = (re.compile(r"(?P<name>[^\W\d_][^%]*?)\s{2,}(?P<rating>\d{1,3}\s?%)"),
                re.compile(r"(?P<name>.*[a-z)])(?P<rating>(?:Level|Niveau|Nivel|Stufe) ?\d{1,2}|Beginner|Intermediate"
                           r"|Advanced|Expert|Basic|Proficient|Fluent|Native)"),
                # round 23a: 'Cyber Forensics      Level 3', 'Teamwork      Basic': a proficiency column set apart by
                # a run of spaces or a tab (a table of skills and their levels read as text)
                re.compile(r"(?P<name>[^\W\d_].*?\S)(?:\s{2,}|\t|\s+[-–—]\s+)(?P<rating>(?i:level|niveau|nivel|stufe|nível|livello)"
                           r" ?\d{1,2}|(?i:beginner|intermediate|advanced|expert|basic|proficient|fluent|native"
                           r"|elementary|foundation|entry|working|mastery))"))
# (round 25d: a name in title case too, 'Active Listening Giving full attention to …', 'Judgment and Decision Making
# Considering the relative costs …': the description still opens on a capitalised gerund over words in lower case)
_GERUND_GLOSS = re.compile(r"(?P<name>[A-Z][a-z]+(?: (?:[a-z]+|[A-Z][a-z]+|and|of)){0,3}) (?P<detail>[A-Z][a-z]+ing "
                           r"(?:[a-z,'’-]+ ?){3,}[^.]*\.?)")
_CASELESS_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_DASHED_NAME_WORDS = 7  # words of a skill's name before a dash and its explanation in lower case


def _uncased(text: str) -> bool:
    """Letters only of scripts without capitals (Bengali, Arabic, Devanagari …): no Latin, Greek or Cyrillic letter."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def split_skill(text: str) -> tuple[str | None, str | None]:
    """'Prompt Design:Writing clear…' -> ('Prompt Design', 'Writing clear…'); 'SQL (advanced)' -> ('SQL',
    'advanced'); a plain item is its own name."""
    text = text.strip()
    text = re.sub(r"^(\*\*|__)([^*_]+)\1", r"\2", text)  # '**Networking** – …': markdown emphasis is markup
    glossed = _GERUND_GLOSS.fullmatch(text) if not _RATED_SKILL[2].fullmatch(text) else None
    if glossed:
        # round 22b: 'Critical thinking Thinking about the pros and cons of …', 'Repairing Repairing machines or systems …'
        # (a name span and its description span glued): a sentence-case name, then a capitalised gerund opening the
        # description
        return glossed["name"], glossed["detail"]
    rated = _RATED_SKILL[0].fullmatch(text) or _RATED_SKILL[1].fullmatch(text) or _RATED_SKILL[2].fullmatch(text)
    if rated:
        # round 22b: 'Patient Care   96%', 'Cloud ComputingLevel 4', 'Active ListeningIntermediate' (a bar's level in a
        # span glued to the name): the rating is the skill's detail, not part of its name
        return rated["name"].strip(), rated["rating"].strip()
    colon = re.search(r"(?<!\d):|:(?!\d)", text)  # 'MS 1500:2019', '24:7': a colon between digits separates nothing
    head, sep, rest = (text[:colon.start()], ":", text[colon.end():]) if colon else (text, "", "")
    if sep and rest.strip(" *_") and 0 < len(head.split()) <= 6 and not _ends_sentence(head) and "(" not in head:
        return head.strip(" *_"), rest.strip(" *_")  # '**Python**: pandas' -> markdown emphasis is markup
    dotted = re.fullmatch(r"(\S{1,12}?)\s+[…‥]\s+(\S.*)", text)
    if dotted and not re.search(r"[A-Za-z\d]", dotted.group(1)) and _CASELESS_SCRIPT.match(dotted.group(1)):
        # round 24b: 'コミュニケーション力　…　利用者の小さな変化に…' (set 46 p46_01): an ellipsis set apart by spaces leads
        # from a caseless script's name to its explanation, as a dash does
        return dotted.group(1), dotted.group(2).strip()
    # (round 24d: ' ― ', the horizontal bar Japanese writes as its dash: '正確性 ― 調剤ミスを防ぐ注意力')
    for dash in (" – ", " — ", " - ", " － ", " ― "):
        head, sep, rest = text.partition(dash)
        if sep and rest.strip() and 0 < len(head.split()) <= 5 and (title_like(head) or (
                len(head.split()) <= 4 and head[:1].isupper() and not _ends_sentence(head) and "," not in head)):
            return head.strip(), rest.strip()  # 'Data visualisation – turning numbers into charts'
        if sep and rest.strip() and len(head.split()) == 1 and 0 < len(head.strip()) <= 12 \
                and (not re.search(r"[A-Za-z\d]", head) and _CASELESS_SCRIPT.match(head.strip())
                     or dash == " － " and _CASELESS_SCRIPT.search(head)):
            # round 22b: 'コミュニケーション力 – 利用者や家族と…': a caseless script's name; round 23a: the full-width dash
            # of those scripts ('ITツール活用力 － 施工管理アプリで…'), a name holding Latin letters too
            return head.strip(), rest.strip()
        if sep and dash != " － " and rest.strip() and 0 < len(head.split()) <= 4 and _uncased(head) \
                and not _CASELESS_SCRIPT.search(head) and not _ends_sentence(head) and not re.search(r"[,;:،]", head):
            # round 25d: 'ইংরেজিতে যোগাযোগ - বায়ারের সাথে …', 'ارتباط موثر – …' (a name of up to four words in a
            # script without capitals, Bengali, Arabic, Persian, Urdu, before a dash and its explanation)
            return head.strip(), rest.strip()
        if sep and rest.strip()[:1].islower() and 0 < len(head.split()) <= _DASHED_NAME_WORDS and head[:1].isupper() \
                and not _ends_sentence(head) and not re.search(r"[,;:]", head):
            # round 20b: 'Speed and accuracy on a stenotype – most programs expect 225 wpm', 'Inglés avanzado / Advanced
            # English – daily reporting to HQ': a longer name whose explanation goes on in lower case after the dash
            return head.strip(), rest.strip()
    name, detail = split_trailing_parenthetical(text.rstrip(".") if text.endswith(").") else text)
    if not name.strip():
        return None, None
    return name.strip(), detail


def chain_steps(text: str, role: str = "") -> list[tuple[str, str | None]]:
    """The steps of an arrow chain, each title with its note: a step is a title as written ('Subject Matter Expert
    (SME)'), or a title followed by brackets that no title holds ('Park Ranger (GS-5 to GS-9)': a grade note); empty
    when a step is no title. A chain of three steps or more that names the role itself as one step is its ladder:
    there a short capitalised step is a title too ('Apprentice → Groundsperson → Head Groundsperson')."""
    pieces = [raw.strip().rstrip(".") for raw in _ARROWS.split(text)]
    ladder = bool(role) and len(pieces) >= 3 and (any(p.lower() == role.lower() for p in pieces) or _role_grades(pieces, role))
    steps = []
    for step in pieces:
        title, note = (step, None) if _valid_path_title(step) and not _TRANSLATED.search(step) \
            else split_trailing_parenthetical(step)  # 'Care Manager (ケアマネジャー)': the name in another script is a note
        if note and _GRADE_CODE.fullmatch(note.strip()) and note.strip()[1:2].isupper() and _valid_path_title(title.strip()):
            # round 22b: 'Executive Engineer (BPS-18)': a grade's code is part of the step's name ('Harbour Pilot (Grade 4)'
            # stays a note: round 11's reading, which set 33 q13's labels contradict)
            title, note = f"{title.strip()} ({note.strip()})", None
            steps.append((title, note))
            continue
        if not (_valid_path_title(title.strip()) or ladder and (_ladder_step(title.strip())
                                                                or _lower_ladder_step(title.strip()))):
            return []
        steps.append((title.strip(), note))
    return steps if len(steps) >= 2 else []


_TRANSLATED = re.compile(r"\s\((?=[^()]*[^\x00-\u024f\s()])[^()a-zA-Z]+\)$")  # brackets holding only another script


def _role_grades(pieces: list[str], role: str) -> bool:
    """Round 21c: 'młodszy księgowy → samodzielny księgowy → starszy księgowy → główny księgowy' on the Księgowy's page
    (set 28 k06): every step written in lower case, two of them or more the role's name with a grade word before or
    after it, is the role's own ladder in a language that writes titles in lower case."""
    name = re.sub(r"\([^()]*\)", " ", role).strip().lower()
    if not name or not all(p[:1].islower() for p in pieces):
        return False
    return sum(bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", p.lower())) and p.lower() != name for p in pieces) >= 2


def _lower_ladder_step(title: str) -> bool:
    """Round 21c: 'minősített hegesztő', 'hegesztő művezető' in the role's own chain (set 31 o18): a lower-case title
    of a language that writes titles so, one to four words of letters, no sentence word."""
    words = title.split()
    return 0 < len(words) <= 4 and title[:1].islower() and all(re.fullmatch(r"[^\W\d_][\w'’/-]*", w) for w in words) \
        and not re.search(r"(?i)\b(?:you|your|we|our|they|is|are|will|can|may|after|years?|then|and|or|to)\b", title)


def _ladder_step(title: str) -> bool:
    """'Apprentice', 'Deputy Head Groundsperson': a short capitalised title with no digit or sentence word."""
    return title_like(title, max_words=5) and not re.search(r"\d", title) and all(
        w[:1].isupper() or w.lower() in _CONNECTORS for w in title.split())


def _chain(text: str, role: str = "") -> bool:
    return bool(chain_steps(text, role))


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


def _lower_title(title: str) -> bool:
    """'specialist paramedic', 'head of department': a title a site writes in lower case: a few words, a known
    role noun last (or 'head of ...'), no article or verb-like preposition inside."""
    words = title.split()
    if not 0 < len(words) <= 5 or not re.fullmatch(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)*", title):
        return False
    if words[0] in _SENTENCE_OPENERS or any(w in _NOT_IN_TITLE for w in words):
        return False
    return has_role_noun(title) or (len(words) >= 3 and words[0] == "head" and words[1] == "of")


_NOT_IN_TITLE = {"a", "an", "the", "as", "to", "into", "with", "for", "their", "your", "own", "up", "set", "or", "and"}


def _compound_role(word: str) -> bool:
    """Round 26c: 'Gasfitter', 'Pipefitter', 'Steelworker' (p50_04): one capitalised word of letters closing on a role
    noun of six letters or more after three letters or more (a word joined to its head noun; 'Contractor' holds
    'actor', too short to tell)."""
    if not re.fullmatch(r"[A-Z][a-z]{8,}", word):
        return False
    lower = word.lower()
    return any(lower[cut:] in role_nouns() for cut in range(3, len(lower) - 5))


def _valid_path_title(title: str) -> bool:
    words = title.split()
    if _lower_title(title):
        return True
    if not words or len(words) > 8 or words[0].lower() in _SENTENCE_OPENERS or re.search(r"\d", title):
        return False
    if len(words) == 1:
        return has_role_noun(title) or (title.isupper() and 2 <= len(title) <= 5) or _compound_role(title)
    if 3 <= len(words) <= 6 and words[1] == "of" and has_role_noun(words[0]) and words[0][:1].isupper() \
            and all(re.fullmatch(r"[a-z][a-z'’-]+", w) and w not in _NOT_IN_TITLE for w in words[2:]):
        return True  # round 22b: 'Head of policy', 'Director of operations': a post heading a unit, in sentence case
    return name_like(title)


_PATH_TRIGGERS = (
    ("from", r"(?:start|starts|started|starting|begin|begins|began|beginning)\s+(?:out\s+|their\s+careers?\s+)?as"),
    ("lateral", r"(?:(?:move|moves|moving|switch|switches|transfer|transfers|step|steps)\s+(?:sideways|laterally|across)"
                r"\s+(?:in)?to|(?:switch|switches|switching|switched)\s+(?:over\s+)?(?:in)?to)"),
    ("to", r"(?:become|"
           # round 22c: 'Experienced electricians can advance to jobs as supervisors' (set 34 r01; before the shorter
           # triggers, which would take 'jobs as supervisors' for the name)
           r"(?:advance|advances|move\s+up|moves\s+up|progress|progresses)\s+(?:in)?to\s+(?:jobs|positions|roles)\s+as|"
           r"move\s+up\s+to|moves\s+up\s+to|step\s+up\s+to|steps\s+up\s+to|progress\s+to|"
           r"progresses\s+to|be\s+promoted\s+to|are\s+promoted\s+to|is\s+promoted\s+to|go\s+on\s+to\s+become|"
           r"move\s+(?:on\s+)?(?:in)?to\s+(?:a\s+role\s+as|roles?\s+(?:such\s+)?as|positions?\s+(?:such\s+)?as)|"
           r"move\s+into|moves\s+into|"
           # round 9b: 'grow into Payroll Manager', 'common next steps are Senior Medical Scientist and …'
           r"grow\s+into|grows\s+into|advance\s+to|advances\s+to|progress\s+into|progresses\s+into|"
           r"next\s+(?:steps|roles)\s+(?:are|include)|train(?:s|ed)?\s+to\s+become)"),
    ("lateral", r"(?:move|moves|moving)\s+across\s+(?:in)?to"),
)
_PATH_STOP = re.compile(r"(?i)\s+(?:within|in\s+(?:a|an|the|their|your)|at\s|after|when|with|once|by|before|for|and\s+then(?=\s+(?-i:[a-z])))\b|"
                        r"[;:(—–]|\.(?:\s|$)|,\s+(?:and\s+)?(?:others|some|many|most|while|but|although|or\s+move|often|usually|typically|sometimes|generally|mostly)\b")


_SIDEWAYS = re.compile(r"(?i)\b(?:sideways|lateral(?:ly)?)\b")


_STORY_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|my|me)(?![\w'’])")


def prose_paths(text: str) -> list[tuple[str, str]]:
    """(kind, title) of the roles a sentence of a progression section names after a move phrase: 'Most people
    start as a claims assistant or trainee adjuster' (from), 'you could become a specialist paramedic or clinical
    team leader' (to), 'some move sideways into an underwriter or fraud investigator role' (lateral; a move 'to'
    after the words sideways or lateral in the same text is one too: 'Prefer a sideways move? … become X'). Every name of
    a list must read as a title, or the list gives nothing ('move into teaching, research or management')."""
    found: list[tuple[int, str, str]] = []
    for kind, trigger in _PATH_TRIGGERS:
        for match in re.finditer(rf"(?i)\b{trigger}\s+", text):
            if re.search(r"(?i)(?<!\bon )\bto\s+$", text[: match.start()]):
                continue  # 'To become a paramedic you need…' names the way in, not a move ('go on to become' is one)
            if _STORY_PERSON.search(re.split(r"[.!?](?:\s|$)", text[: match.start()])[-1]):
                # round 27b: '"I started as a labourer at 17, …" – Jaylen, 26' (set 54 p54_12): one person's story, as
                # moves.sentence_moves reads it, no move of the role
                continue
            rest = text[match.end():]
            stop = _PATH_STOP.search(rest)
            names = _path_list(rest[: stop.start()] if stop else rest)
            if kind == "to" and _SIDEWAYS.search(text[: match.start()]):
                kind_here = "lateral"  # 'Prefer a sideways move? … you can become a Control Room Operator'
            else:
                kind_here = kind
            found.extend((match.start(), kind_here, n) for n in names)
    seen: set[tuple[str, str]] = set()
    return [(k, n) for _, k, n in sorted(found, key=lambda f: f[0]) if not ((k, n) in seen or seen.add((k, n)))]


_ALIAS_SAID = re.compile(
    r"(?i)\b(?:is|are)\s+(?:also\s+|sometimes\s+|often\s+|commonly\s+|usually\s+)*(?:called|known\s+as|"
    r"referred\s+to\s+as|titled|advertised\s+as|posted\s+as|listed\s+as)\s+(?P<names>(?:[^.;:!?()]|\([^()]*\))+)")
# round 12b: 'You may see it posted as A', 'In job ads you may also see the role called A (motor) or B', 'you may see
# the job advertised as A or B': the reader is told the names the role goes by
_ALIAS_SEEN = re.compile(
    r"(?i)\byou\s+(?:may|might|will|can|could|often)\s+(?:also\s+)?(?:see|find)\s+(?:it|the\s+(?:job|role|position)|"
    r"this\s+(?:job|role|position))\s+(?:also\s+)?(?:posted|advertised|listed|called|titled)\s+(?:as\s+)?"
    r"(?P<names>(?:[^.;:!?()]|\([^()]*\))+)"
    # round 15b: 'In the industry you will hear tower climber, tower hand and wireless technician.', 'people also say A or
    # B', 'we also call it A': the names the role goes by, said
    r"|(?i:\b(?:you(?:'ll|’ll|\s+will|\s+may|\s+might|\s+can|\s+could|\s+often)?\s+(?:also\s+)?hear(?:\s+(?:it|the\s+"
    # round 24b: 'you will also hear the titles Staff Nurse and RN' (set 46 p46_18): 'the titles' names no title
    r"(?:job|role))\s+called|\s+the\s+(?:job\s+)?(?:titles?|names?))?|(?:people|we|they|many|some|others|workers)\s+(?:also\s+|sometimes\s+|often\s+)?(?:say|"
    r"call\s+(?:it|the\s+(?:job|role)|us|them)))\s+(?P<heard>(?:[^.;:!?()]|\([^()]*\))+))")
# round 12b: 'Titles used at sites for this class include A, B, and C.', 'Other names: A, B, C.' inside a paragraph
_ALIAS_INCLUDE = re.compile(
    r"(?i)^(?:(?:other|alternative|alternate|common)\s+(?:job\s+)?(?:titles|names)|(?:job\s+)?titles\s+used\s+"
    r"[^.;:!?()]{0,40}?)\s+(?:for\s+(?:this|the)\s+(?:job|role|class|position|occupation)\s+)?(?:include|are)\s+"
    r"(?P<names>(?:[^.;:!?()]|\([^()]*\))+)\.?$|^(?:other|alternative)\s+(?:job\s+)?(?:names|titles)\s*:\s*"
    r"(?P<listed>(?:[^.;:!?()]|\([^()]*\))+)\.?$")
_ALIAS_AFTER = re.compile(r"(?i)^(?P<names>[^.;:!?()]+?)\s+(?:are|is)\s+(?:other|alternative)\s+(?:job\s+)?(?:titles|names)"
                          r"\s+for\s+(?:this|the)\s+(?:job|role|occupation|position)\b")
# 'Sometimes called a Student Ministries Pastor or Youth Minister.': a sentence without a subject under the role's
# name, opening on the words that give other titles (round 11b)
_ALIAS_OPENING = re.compile(r"(?i)^(?:also|sometimes|often|commonly|usually)\s+(?:called|known\s+as|referred\s+to\s+as|"
                            r"titled)\s+(?P<names>[^.;:!?()]+)\.?$")
_ALIAS_STOP = re.compile(r"(?i)\s+(?:in|by|at|on|within|when|depending|across|among)\s+(?!training\b)")


# English words that make a lower-case phrase after a naming verb a clause, never a name ('upon to work weekends')
_NAMED_NOT = frozenset("the a an of in on at to for with from by and or but as is are be upon out up into their your our "
                       "its his her this that these those some any all each every who which what when where while more "
                       "most best better very just also only".split())


# round 20c: the role's other names between commas after its name, the sentence going on after them ('Court reporters,
# also called stenographers or shorthand reporters, create …', 'A Quantity Surveyor (QS), sometimes called a Cost
# Engineer, Construction Cost Consultant or Cost Manager, is …': sets 28 k15, 30 n07, n20, 31 o24)
_APPOSED = re.compile(r"(?i)(?P<mark>,|\s[—–])\s+(?:also|sometimes|often|commonly|usually)\s+(?:called|known\s+as|referred\s+to\s+as)\s+")


def _apposed_names(sentence: str, name: str) -> str | None:
    """The names of an apposition after the role's name at the sentence's start, up to the comma after the last
    ('… A, B or C, is …'); None when the subject is not the role or the list does not end before the sentence goes on."""
    found = _APPOSED.search(sentence)
    if not found:
        return None
    subject = re.sub(r"\([^()]*\)", " ", sentence[: found.start()]).strip()
    if found.group("mark") != ",":
        # round 21c: 'An airline pilot — also called a commercial pilot or airline transport pilot — flies …', '…, and
        # call center agents — also called A or B — are …' (sets 29 m10, m24, 32 p21): between dashes, the role's
        # name the subject of its clause
        subject = re.split(r",\s+(?:and\s+|but\s+)?|;\s+", subject)[-1].strip()
        if len(subject.split()) > 6 or not re.fullmatch(rf"(?i)(?:(?:an?|the)\s+)?{name}(?:s|es)?", subject):
            return None
        names, dash, rest = sentence[found.end():].partition(" " + found.group("mark").strip() + " ")
        return names if dash and rest.strip() and not re.search(r"[.;:!?]", names) else None
    if len(subject.split()) > 6 or not re.fullmatch(rf"(?i)(?:(?:an?|the)\s+)?{name}(?:s|es)?", subject):
        return None
    pieces: list[str] = []
    for piece in re.split(r",\s+", sentence[found.end():]):
        pieces.append(piece)
        if re.search(r"\s(?:or|and)\s", piece):
            return ", ".join(pieces) if len(pieces) < len(re.split(r",\s+", sentence[found.end():])) else None
        if len(pieces) > 4:
            return None
    return None


def prose_aliases(text: str, role: str) -> list[str]:
    """Other titles a sentence gives the role: 'Locksmiths … They are sometimes called security technicians or lock
    technicians.', 'A, B and C are other titles for this job.', 'HVAC technicians (also called AC technicians or MEP
    technicians) are …'. The subject before 'are also called' must be the role
    (its name, or 'they'/'it' in a sentence after one naming it); every name must read as a title, or none is kept."""
    if not role:
        return []
    out: list[str] = []
    name = re.escape(re.sub(r"\s*\([^()]*\)\s*$", "", role).lower())
    head = re.sub(r"\s*\([^()]*\)\s*$", "", role).split()
    # round 15b: the role's head noun names its people too ('Riders are also called …' on the Delivery Rider's page,
    # 'A dockhand (we also say …)' on the Marina Dockhand's)
    name = f"(?:{name}|{re.escape(singular_title(head[-1]).lower())})" if len(head) > 1 and has_role_noun(head[-1]) \
        or len(head) > 1 and re.search(r"(?:er|or|ist|ian|hand|man)$", head[-1].lower()) else name
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        if re.fullmatch(r"\((?:also|sometimes|often|commonly|usually)\s[^()]+\)", sentence.strip()):
            sentence = sentence.strip()[1:-1]  # '(sometimes called an Environmental Health Practitioner or EHO)' (12b)
        found = _ALIAS_AFTER.match(sentence) or _ALIAS_OPENING.match(sentence)
        seen = _ALIAS_SEEN.search(sentence) or _ALIAS_INCLUDE.match(sentence.strip())
        bracketed = re.search(rf"(?i)\b{name}(?:s|es)?\s*\((?:(?:also|sometimes|often)\s+(?:called|known\s+as|referred\s+to\s+as|titled)|"
                              r"(?:we|people|some|many|others)\s+(?:also\s+|sometimes\s+|often\s+)?(?:say|call\s+(?:it|them|us)))"
                              r"\s+(?P<names>[^()]+)\)", sentence)  # round 15b: 'A dockhand (we also say A or B)'
        if found:
            names = found.group("names")
            if found.re is _ALIAS_OPENING:
                names = _ALIAS_STOP.split(names)[0]  # 'Also known as A or B in some branches.'
        elif seen:
            names = _ALIAS_STOP.split(seen.groupdict().get("names") or seen.groupdict().get("listed")
                                      or seen.groupdict().get("heard") or "")[0]
        elif bracketed:
            names = bracketed.group("names")  # 'HVAC technicians (also called AC technicians or MEP technicians)'
            # round 21c: '(often titled Finance Manager or Head of Finance in mid-sized companies)' (set 31 o14): where
            # the name is used ends the list
            names = _ALIAS_STOP.split(names)[0]
        elif _apposed_names(sentence, name):
            names = _apposed_names(sentence, name)  # round 20c: 'Court reporters, also called A or B, create …'
        else:
            said = _ALIAS_SAID.search(sentence)
            if not said:
                continue
            subject = sentence[: said.start()].lower()
            if not re.search(rf"(?:^|\b)(?:{name}(?:s|es)?|they|it|(?:this|the) (?:role|job|position))\s*$",
                             subject.strip()) and not (
                    re.search(rf"\b{name}(?:s|es)?\b", subject) and len(subject.split()) <= 8):
                continue
            names = _ALIAS_STOP.split(said.group("names"))[0]
        names = re.sub(r"(?i)[\s,]+(?:and|or)$", "", names.strip().rstrip(".").rstrip(","))  # 'A, and [in Québec …]'
        pieces = [re.sub(r"(?i)^(?:an?|the)\s+", "", p).strip() for p in
                  re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", names.strip().rstrip(".")) if p.strip()]
        bare = [re.sub(r"\s*\([^()]*\)$", "", p) or p for p in pieces]  # 'Claims Specialist (motor)': its name
        def plain(p: str) -> bool:
            return 0 < len(p.split()) <= 5 and (_lower_title(p) or name_like(p) or (p.isupper() and len(p) <= 5)
                                                or _lower_title(singular_title(p).lower()) and p[:1].islower()
                                                # round 21c: 'clerk of the court' (set 33 q24): a title, then whose
                                                or bool(re.fullmatch(r"([a-z]+) of (?:the )?[a-z]+", p))
                                                and _lower_title(p.split()[0]))
        # a name in the page's own language beside a title ('Claims Specialist (motor) or Likwidator szkód')
        def named(p: str) -> bool:  # round 15b: 'shipper', 'giao hàng viên', 'marina hand' beside a title: a name as used
            words = p.split()
            return 0 < len(words) <= 3 and all(re.fullmatch(r"[^\W\d_A-Z][^\W\d_]*", w) for w in words) \
                and not {w.lower() for w in words} & _NAMED_NOT
        if pieces and any(plain(p) for p in bare) and all(
                plain(p) or p[:1].isupper() and len(p.split()) <= 4 and _foreign(p) or named(p) for p in bare):
            out.extend(pieces)
    return out + [a for a in _said_aliases_intl(text, role) if a not in out]


# round 24d: 'is (also) called' in Indonesian / Malay ('barista juga sering disebut A atau B'), Vietnamese ('kỹ sư … còn
# được gọi là A hoặc B') and Chinese ('…。又称A、B、C。'): the role's name (or 'this profession') right before the words,
# or, in Chinese, a sentence of its own right after one opening on the role's name; the names end at the sentence's end
_SAID_INTL = (
    (r"(?:{role}|profesi ini|pekerjaan ini)\s+(?:juga\s+)?(?:sering\s+|biasa\s+|kerap\s+)?"
     r"(?:disebut(?:\s+juga)?|dikenal\s+(?:juga\s+)?sebagai)\s+(?P<names>[^.;:!?()\"“”]+)", r"\s*,\s*(?:atau\s+|dan\s+)?|\s+(?:atau|dan)\s+"),
    (r"(?:{role}|nghề này|công việc này)\s+(?:còn\s+)?(?:thường\s+|hay\s+)?(?:được\s+)?gọi\s+là\s+(?P<names>[^.;:!?()\"“”]+)",
     r"\s*,\s*(?:hoặc\s+|và\s+)?|\s+(?:hoặc|và)\s+"),
    # Portuguese / Spanish: '<role> também é chamado de A, B ou C', or 'Também é chamado de …' after a sentence opening on
    # the role ('O personal trainer é …')
    (r"(?:{role}\s+|(?:^|(?<=[.!?]\s)))(?:tamb[eé]m|tambi[eé]n)\s+(?:[ée]|es|s[ãa]o|son)\s+(?:chamad[oa]s?|conhecid[oa]s?|"
     r"llamad[oa]s?|conocid[oa]s?|denominad[oa]s?)\s+(?:de\s+|como\s+)?(?P<names>[^.;:!?()\"“”]+)",
     r"\s*,\s*(?:ou\s+|o\s+|y\s+)?|\s+(?:ou|o|y)\s+"),
    # Hindi: '<role> को [आम बोलचाल में] A या B भी कहा जाता है' (is also called), '… इन्हें A के नाम से भी जाना जाता है' (they
    # are also known by the name A; the pronoun's role named before it in the same sentence)
    (r"{role}\s+को\s+(?:\S+\s+(?:\S+\s+)?में\s+)?(?P<names>[^,।.!?]+?)\s+भी\s+कहा\s+जाता\s+है",
     r"\s*,\s*|\s+(?:या|अथवा)\s+"),
    (r"(?:{role}\s+को|इन्हें|इन्हे)\s+(?:\S+\s+(?:\S+\s+)?में\s+)?(?P<names>[^,।.!?]+?)\s+के\s+नाम\s+से\s+(?:भी\s+)?जाना\s+जाता\s+है",
     r"\s*,\s*|\s+(?:या|अथवा)\s+"),
    # Korean: 'by another name, A, B라고도 부릅니다' (names also called), in a paragraph that named the role before
    (r"다른\s+(?:이름|명칭)으로(?:는)?\s+(?P<names>[^.。!?]+?)(?:이?라고도|으로도|로도)\s*(?:부릅니다|불립니다|부른다|불린다|합니다|한다)",
     r"\s*,\s*|\s+(?:또는|혹은)\s+"),
    (r"(?:{role}|(?:^|。)\s*)(?:又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱)(?P<names>[^。；;！？!?：:]+)", r"、|或|，"),
)


def _said_aliases_intl(text: str, role: str) -> list[str]:
    """The names of a _SAID_INTL phrase: two to five words at most each, no figure, no sentence mark, none the role's
    own name; all of them or none."""
    if not role:
        return []
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", role).strip()
    name = re.escape(bare)
    out: list[str] = []
    for pattern, separator in _SAID_INTL:
        for found in re.finditer("(?i)" + pattern.format(role=name), text):
            if found.group(0).lstrip("。 ").startswith(("又", "也", "亦", "俗")):
                # (a sentence without a subject: the one before it must open on the role's name)
                previous = text[:found.start("names")].rstrip("又稱称也亦俗 ").rstrip("。").rsplit("。", 1)[-1].strip()
                if not previous.startswith(role.strip()):
                    continue
            if re.match(r"(?i)tamb", found.group(0)) and not re.match(
                    rf"(?i)\s*(?:(?:o|a|os|as|el|la|los|las|um|uma|un|una)\s+)?{name}\b",
                    re.split(r"(?<=[.!?])\s+", text[:found.start()].strip())[-1] if text[:found.start()].strip() else ""):
                continue  # ('Também é chamado de …' without a subject: the sentence before opens on the role)
            if found.group(0).startswith("इन") and bare.casefold() not in text[:found.start()].rsplit("।", 1)[-1].casefold():
                continue  # ('इन्हें', them: the role named before it in the same sentence)
            if found.group(0).startswith("다른") and bare.casefold() not in text[:found.start()].casefold():
                continue  # (the role named before, in the same paragraph)
            pieces = [p.strip().rstrip(".。") for p in re.split(separator, found["names"].strip().rstrip(".。"))
                      if p.strip()]
            cjk = separator.startswith("、")
            if not pieces or len(pieces) > 5 or any(
                    not p or re.search(r"[\d,;:!?。，]", p) or p.casefold() == role.casefold()
                    or (len(p) > 12 if cjk else len(p.split()) > 4) for p in pieces):
                continue
            out.extend(p for p in pieces if p not in out)
    return out


_SHORT_LEADS = re.compile(r"(?i)(start|starting out|start(?:ing)? (?:your|a|the) career|entry points?)|(move up|moving up|step up|next up)"
                          r"|(move across|moving across|move sideways|moving sideways|sideways moves?)")


# round 25c: a lead-in in another language naming the moves on from the role before its list, its colon last ('peut
# évoluer vers des postes à responsabilités :', 'Med erfaring … kan du blive:', 'kun je doorgroeien:', 'puedes ascender
# a:', 'pode evoluir para:', 'können Sie sich weiterqualifizieren, zum Beispiel zum/zur'): the verb of the move, then up
# to sixty characters of no sentence's end, then the colon (or the German 'zum/zur' the names complete)
_ONWARD_LEAD_INTL = re.compile(
    r"(?i)(?:\b(?:[ée]voluer|[ée]voluent|[ée]volue|progresser|progressent)\s+vers|\bdevenir|\bacc[ée]der\s+(?:à|aux?)|"
    r"\b(?:blive|bli|bliva)|\bdoorgroeien|\bdoorstromen|\b(?:ascender|evolucionar|progresar|llegar)\s+(?:a|hacia)|"
    r"\b(?:evoluir|progredir|chegar|ascender)\s+(?:para|a|até)|\bdiventare|\b(?:evolvere|crescere)\s+(?:verso|fino\s+a)|"
    r"\b(?:weiterqualifizieren|aufsteigen|weiterentwickeln|weiterbilden)|\bawansowa[cć]\s+na|\bpostoupit\s+na|"
    r"\bedet[äa]|\btov[áa]bbl[ée]p)"
    r"[^:.!?]{0,60}(?::\s*$|\bzum/zur\s*$)")


def lead_in_kind(text: str) -> str | None:
    """The kind of move a lead-in names before its list ('…, or move into roles such as:' -> 'to')."""
    for kind, trigger in _PATH_TRIGGERS:
        # (round 22b: 'With experience you could become a:' — an article before the colon)
        if re.search(rf"(?i)\b{trigger}(?:\s+(?:an?|the))?\s*:\s*$", text):
            return kind
    if re.search(r"(?i)\b(?:from here|from there|after (?:this|that) role)\b[^:.]{0,60}:\s*$", text):
        return "to"  # round 22b: 'From here the typical path is:' over a chain: the moves on from the role
    if _ONWARD_LEAD_INTL.search(text):
        return "to"  # round 25c: 'le comptable peut évoluer vers des postes à responsabilités :', 'kan du blive:'
    short = _SHORT_LEADS.fullmatch(text.strip().rstrip(":").strip())
    if short:
        # round 22b: 'Start' / 'Move up' / 'Move across' over the titles of a pathways box
        return next(kind for kind, group in (("from", 1), ("to", 2), ("lateral", 3)) if short.group(group))
    # 'Common next roles and their average pay:' / 'Previous roles:': a lead-in naming the roles after or before this one
    move = re.search(r"(?i)\b(next|previous|prior|earlier)\s+(?:roles?|jobs?|positions?|titles?)\b[^:]{0,60}:\s*$", text)
    if move:
        return "to" if move.group(1).lower() == "next" else "from"
    return None


def _path_list(text: str) -> list[str]:
    # 'head barista, then to café supervisor': 'then (to)' joins the next name
    text = re.sub(r"(?i)\b(?:then|eventually|later|finally|possibly|perhaps)\s+(?:to\s+)?", "", text.strip().rstrip("."))
    parts = re.split(r"(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", text)
    pieces = [parts[0]]
    for join, piece in zip(parts[1::2], parts[2::2]):
        before = re.sub(r"(?i)^(?:an?|the)\s+", "", pieces[-1].strip())
        after = re.sub(r"(?i)\s+(?:roles?|positions?|jobs?)$", "", piece.strip())
        if join.strip() == "and" and len(before.split()) == 1 and before[:1].isupper() and not has_role_noun(before) \
                and len(after.split()) >= 2 and after[:1].isupper() and has_role_noun(after):
            pieces[-1] += join + piece  # round 24b: 'Estate and Trust Advisor roles': one title sharing its head noun
            continue
        pieces.append(piece)
    pieces = [p.strip() for p in pieces if p.strip()]
    pieces = [re.sub(r"(?i)\s+(?:roles?|positions?|jobs?)$", "", re.sub(r"(?i)^(?:an?|the)\s+", "", p)).strip()
              for p in pieces]
    known = sum(bool(_lower_title(p) or name_like(p) and has_role_noun(p)) for p in pieces)
    names = []
    for piece in pieces:
        if not (_lower_title(piece) or (name_like(piece) and has_role_noun(piece) and len(piece.split()) <= 5)
                or known and len(pieces) > 1 and _lower_agent_title(piece)  # 'advanced scaffolder' beside titles
                or title_like(piece, max_words=4) and len(pieces) > 1 and all(
                    _title_word(w) or w.lower() in _CONNECTORS and 0 < i < len(piece.split()) - 1
                    for i, w in enumerate(piece.split()))):  # 'Head of Conservation' beside a title
            return []
        names.append(piece)
    return names


def _lower_agent_title(piece: str) -> bool:
    """'advanced scaffolder', 'landscape foreman': a few lower-case words ending on an agent noun (-er, -or, -ist,
    -ian, -man), no comparative before it ('a better listener')."""
    words = piece.split()
    return 0 < len(words) <= 4 and bool(re.fullmatch(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)*", piece)) \
        and words[0] not in _SENTENCE_OPENERS and not any(w in _NOT_IN_TITLE for w in words) \
        and bool(re.search(r"(?:(?:er|or|ist|ian)s?|man|men)$", words[-1])) and len(words[-1]) >= 5 \
        and not any(w.endswith(("er", "est")) and w != "master" or w in ("more", "most", "less") for w in words[:-1])
    # (round 18b: 'master craftsman', 'master thatcher': 'master' heads a trade's title, no comparative; sets 20 t03, 21 u01)


# round 22b: a grade's code in brackets after a step's title is part of its name ('Policy adviser (HEO)', 'Deputy director
# (SCS1)', 'Assistant principal II (AP II)', 'Senior OT (Grade 2)')
_GRADE_CODE = re.compile(r"[A-Z]{2,5}(?:[ -]?(?:\d{1,2}|[IVX]{1,3}))?|(?:Grade|Band|Scale|Pay grade) \d{1,2}[A-Z]?")


def split_path_item(text: str) -> list[tuple[str, str | None]] | None:
    """Role titles of a career-path item with their explanation: 'Technical Writer moving into AI operations.'
    -> [('Technical Writer', 'moving into AI operations.')]; None when the item does not start with a title."""
    text = text.strip()
    if not text:
        return None
    head, sep, rest = text.partition(":")
    if sep and rest.strip(" *_") and _valid_path_title(head.strip(" *_")):
        return [(head.strip(" *_"), rest.strip(" *_"))]  # '**Senior Engineer**: Designs…': emphasis is markup
    # (round 24d: ' ― ', the horizontal bar Japanese writes as its dash: '正確性 ― 調剤ミスを防ぐ注意力')
    for dash in (" – ", " — ", " - ", " － ", " ― "):
        head, sep, rest = text.partition(dash)
        if sep and rest.strip() and _valid_path_title(head.strip()):
            return [(head.strip(), rest.strip())]
    bare = text.rstrip(".").strip()
    name, note = split_trailing_parenthetical(bare)
    if note is not None and _valid_path_title(name):
        if is_abbreviation_of(note, name) or _GRADE_CODE.fullmatch(note.strip()):
            return [(bare, None)]
        names = split_title_list(name) if "," in name else []
        if len(names) > 1 and all(_valid_path_title(n) and has_role_noun(n) for n in names):
            # round 24b: 'Start: Trainee Dental Assistant, Receptionist (dental practice)' (set 44 p44_13): titles split
            # by commas, each naming a person, the last one with its note
            return [(n, None) for n in names[:-1]] + [(names[-1], note)]
        return [(name, note)]
    names = split_title_list(bare)
    if len(names) > 1 and all(_valid_path_title(n) for n in names):
        return [(n, None) for n in names]  # 'Technical Writer, Knowledge Manager'
    if "," not in bare and _valid_path_title(bare):
        return [(bare, None)]  # 'Senior Analyst', or in sentence case 'Ground worker'
    levels = [p.strip() for p in re.split(r"\s+/\s+", bare)]
    if len(levels) > 1 and all(_valid_path_title(p) for p in levels):
        return [(p, None) for p in levels]  # 'Team leader / Surveyor': two titles at one level
    title, rest = _title_run(text)
    if not title or not _valid_path_title(title):
        return None
    if re.match(r"^(?:,|[Oo]r\b|[Aa]nd\b|/)\s*[A-Z]", rest):
        return None  # 'A, B with…' or 'A or B with…': a list of titles with a note cannot be told apart safely
    if rest.startswith("("):
        return None
    if re.fullmatch(r"[^\W\d_A-Z]{3,}", rest.strip()) and not re.search(r"(?:ing|ed)$", rest.strip()) \
            and text.rstrip().endswith(rest.strip()) \
            and text[:len(text) - len(rest.strip())].endswith(" ") and not _ends_sentence(text):
        # round 24b: 'Tech Lead / Architekt oprogramowania' (set 42 p42_16): one lower-case word right after the title,
        # with no separator, ends the title (a language writing its titles' later words in lower case), no note
        return [(f"{title} {rest.strip()}", None)]
    return [(title, rest.lstrip(",;: ").strip() or None)]


# --- round 12b: lists written as one sentence in a prose answer (FAQ pages, prose-only pages) ------------------------

# the words that can open a noun phrase (an item of a noun list), never a verb phrase of a duty
_PHRASE_OPENERS = frozenset("the a an of in on at to for with from by and or but their your our its his her this that "
                            "these those some any all each every other who which whose whom what when where while "
                            "is are was were be been being has have had".split())
# 'you will manage …', "On a typical shift you'll …", 'In each test you check …': the duties' subject and its verb's aids
_YOU_DO = re.compile(r"(?i)(?<![\w'’])you(?:'ll|’ll|\s+will|\s+would|\s+may|\s+might|\s+can)?"
                     r"(?:\s+(?:also|usually|often|typically|normally|generally|regularly|then))*\s+(?=[a-z])")
# 'we look for', 'We are looking for', 'you need', "you'll need", 'what she looks for in new hires:'
_SKILL_CUE = re.compile(r"(?i)(?<![\w'’])(?:(?:we|employers|they)\s+(?:also\s+)?(?:look|are\s+looking|value|want|seek)"
                        r"(?:\s+for)?|you(?:'ll|’ll|\s+will)?\s+(?:also\s+)?need(?:\s+to\s+have)?)\s+(?:[^.:;,]{0,40}:\s*)?"
                        r"(?=[a-z])")
_SKILL_PREFIX = re.compile(r"(?i)^(?:(?:good|strong|real|proven)\s+)?skills?\s+(?:with|in|at)\s+(?=\S)")
_PROSE_ASIDE = re.compile(r",\s*(?:above\s+all|most\s+of\s+all|most\s+importantly|crucially|of\s+course)\s*,\s*")
_CLAUSE_WORD = re.compile(r"(?i)(?<![\w'’])(?:who|which|that|whose|because|although|is|are|was|were|be|being|"
                          r"if|when|while|but|not|i|my)(?![\w'’])")
_PERSON_WORD = re.compile(r"(?i)(?<![\w'’])(?:you|your|we|our|us)(?![\w'’])")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip()) if s]


def _series(rest: str, min_words: int, max_words: int, persons: bool = False) -> list[str] | None:
    """The items of 'A, B, C and D.' / 'A, B, and C.' ending the sentence; None when its shape is unsure: fewer than
    three items, a piece out of the length bounds, a clause, a figure, a bracket left open, or more than one 'and'
    in the last piece (which 'and' joins two items cannot be told)."""
    rest = _PROSE_ASIDE.sub(" and " if re.search(r"\band\s*,\s*(?:above|most|crucially|of)\b", rest) else ", ", rest)
    rest = re.sub(r"\band\s+and\b", "and", rest)
    if not re.search(r"\.\s*$", rest) or re.search(r"[;:()\[\]\"“”!?]|\d", rest):
        return None
    body = rest.strip().rstrip(".").strip()
    pieces = [p.strip() for p in body.split(",")]
    if len(pieces) < 2:
        return None
    last = pieces[-1]
    if last.lower().startswith("and "):
        pieces[-1] = last[4:].strip()  # an Oxford comma: the last piece is one item
    else:
        ands = re.findall(r"\s+and\s+", last)
        if len(ands) != 1:
            return None
        head, tail = re.split(r"\s+and\s+", last)
        pieces[-1:] = [head.strip(), tail.strip()]
    if len(pieces) < 3 or any(not p for p in pieces):
        return None
    for piece in pieces:
        words = piece.split()
        if not min_words <= len(words) <= max_words or _CLAUSE_WORD.search(piece) or piece[:1].isupper() \
                or not persons and _PERSON_WORD.search(piece) \
                and not piece.split()[0].isupper():
            return None
    return pieces


def prose_duties(text: str) -> list[str]:
    """Duties a sentence lists after 'you' ('On a typical shift you will manage mechanical ventilation in the ICU,
    attend every code blue …, and teach patients to use inhalers.'): three verb phrases or more, each of three words
    or more, every one after the first opening on a word that can open a verb phrase (no article, preposition or
    pronoun: 'you check documents, licences and vehicles' is one duty over a noun list, never three). Else []."""
    out: list[str] = []
    for sentence in _sentences(text):
        found = _YOU_DO.search(sentence)
        if not found or found.start() > 60:
            continue
        pieces = _series(sentence[found.end():], 3, 16, persons=True)  # 'in our animal database' 
        if not pieces or any(p.split()[0].lower() in _PHRASE_OPENERS for p in pieces):
            continue
        out.extend(pieces)
    return out


# round 13b: 'the confidence to question people politely' after the first item of a skills series: a quality named by
# a noun and what it lets the person do is one skill (never the first piece: 'the food sector' may share its head)
_NOUN_TO_VERB = re.compile(r"(?i)^the\s+[a-z]+\s+to\s+[a-z]+\b")


def prose_skills(text: str) -> list[str]:
    """Skills a sentence lists after a cue ('We look for good judgement, consistency and fairness, clear communication
    and resilience under pressure.'): three short noun phrases or more; 'skill with airway management' is the skill
    'airway management'. Else []."""
    out: list[str] = []
    for sentence in _sentences(text):
        found = _SKILL_CUE.search(sentence)
        if not found:
            continue
        pieces = _series(sentence[found.end():], 1, 6)
        if not pieces or any(p.split()[0].lower() in _PHRASE_OPENERS - {"a", "an"} and not (k and _NOUN_TO_VERB.match(p))
                             for k, p in enumerate(pieces)):
            continue
        out.extend(_SKILL_PREFIX.sub("", p) for p in pieces)
    return out


def answer_skills(text: str) -> list[str]:
    """Round 14b: an answer under a skills question ('What skills do I need?') that opens on a sentence which is nothing
    but a list of short noun phrases ('Patience with older patients, good manual dexterity, basic computer skills and
    clear communication.'): each phrase a skill, the first as written; else []. Only the first sentence is read."""
    sentences = _sentences(text)
    if not sentences:
        return []
    first = sentences[0]
    if not first[:1].isupper() or re.match(r"[^\W\d_]{2}", first) and first[:2].isupper():  # 'SAP, …': an acronym
        return []
    pieces = _series(first[:1].lower() + first[1:], 1, 8)
    # ('A head for heights', 'the ability to follow a written safety plan': an article before a noun is a phrase)
    if not pieces or any(p.split()[0].lower() in _PHRASE_OPENERS - {"a", "an"} and not _NOUN_TO_VERB.match(p)
                         for p in pieces):
        return []
    return [first[:1] + pieces[0][1:], *pieces[1:]]
