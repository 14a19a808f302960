"""Generic layout: label/value boxes wherever they stand (round 11b).

A box is a *run* of label/value pairs, never a lone sentence with a colon. Read here, before a section's own reader:

* a line of two pairs or more (``Season: April – October   |   Base: Piraeus``, ``Job family: Water Networks   Grade:
  Technician 2``): split at `` | `` or at a run of two spaces or more before the next ``Label:``; every part must be a
  pair with a label and a value that is not pay;
* a run of two lines or more, each ``Label: value`` (also ``Label :: value``), under a section of another kind: in a pay
  section the lines that name no pay (``Union: PSAC Local 30211`` / ``Probation: 6 months`` after the pay lines); in a
  requirements or conditions section (``Age: 17 and over`` / ``Citizenship: …``); after the list of a duties, skills or
  career section (the box follows the list, the list's own items are never pairs here); in the page head or an
  unclassified section when the labels are not written in Latin capitals the older reader wants (``学历要求 Education: …``,
  ``🎓 Professional body: …``, ``ISCO-08: 3214``);
* a run of three lines or more ``Label – value`` / ``Label — value`` (one dash, the same on every line);
* a definition list: two pairs or more of a ``Label:`` line over its value line (``definition_pairs``);
* an aliases label with its names inside a section of another kind (``alias_lines``: ``Other names in the industry: A,
  B``).

A pay line (a currency figure, a pay word in its label, a bonus, commission or allowance) is never part of a box: it is
pay for the pay reader, or nothing. A label that names a career move (``From:``) or a role (``Senior Analyst: …``) is no
box label, nor a standard's code (``K1:``), a link list (``Related jobs:``) or the page's own dates (``Stand:``); a value
is no chain of moves, list of links (``A | B``), title or navigation. A skills sub-heading that names the job's conditions (``PACKAGE``, ``Benefits``, ``Conditions``; words in
``generic_guard.tsv``, kind ``conditions``) is no skill group: its pairs are facts, its other lines text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.reference import rows
from pipeline.text.salaries import figure_start, salary_level
from pipeline.parse.generic.items import Block, Line, _has_currency
from pipeline.parse.generic.vocabulary import (
    career_label, _ends_sentence, fact_line, has_role_noun, heading_kind, is_bullet, _LEADING_ICON, normal_heading,
    strip_bullet,
    _strip_symbols,
)

_PART_BAR = re.compile(r"\s+\|\s+")
_PART_SPACES = re.compile(r"\s{2,}(?=[^\s:|][^:|]{0,48}:\s)")
_DASH = re.compile(r"\s([–—])\s")
_CHAIN = re.compile(r"\s(?:→|->|=>|⟶|➔|➜|➝|➞|⇒|»|>)\s")
_PAY_LABEL = re.compile(r"(?i)\b(?:salary|salaries|pay|wages?|earnings?|compensation|income|remuneration|rates?)\b")


@lru_cache(maxsize=None)
def _words(kind: str) -> re.Pattern:
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == kind]
    return re.compile(r"(?i)(?<![\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])")


def _capital_or_uncased(ch: str) -> bool:
    """An upper-case letter, or a letter of a script without case ('学', '직')."""
    return ch.isalpha() and (ch.isupper() or ch.lower() == ch.upper())


# round 26a: a two-character label an encyclopedia's box pads to the width of three ('简    称', p52_08): one word
_PADDED_CJK = re.compile(r"^[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,3}$")


def _squeezed(label: str) -> str:
    return re.sub(r"[ \u3000]+", "", label) if _PADDED_CJK.match(label.strip()) else label


def clean_label(label: str) -> str:
    return _squeezed(_strip_symbols(_LEADING_ICON.sub("", label.strip())).strip(" *_\t"))


def box_label(label: str) -> bool:
    """A short label of a box: up to six words, a capital (or a letter of a script without case) first, no sentence
    end, no figure first ('2024:'), no money, no career move label, not a role's name ('Senior Analyst')."""
    if re.search(r"\S\s{2,}\S|\t", _squeezed(label.strip())):
        return False  # 'T2 Technician   R18 500': two columns, no label
    label = clean_label(label)
    if not label or len(label.split()) > 6 or len(label) > 50 or not _capital_or_uncased(label[0]):
        return False
    if not re.search(r"[^\W\d_]{2}", label) or _words("metadata").fullmatch(normal_heading(label)):
        return False  # 'K1: …', 'B4: …': a standard's code over its statement; 'Last updated': the page's own data
    if _words("related").search(normal_heading(label)) or heading_kind(label) == "other":
        return False  # 'Related jobs: …', 'Verwandte Berufe: …': links to other pages of the site
    if label.endswith((".", "!", "?", ",", ";")) or _has_currency(label) or figure_start(label) == 0:
        return False
    if career_label(label + ": x") or heading_kind(label) in ("aliases", "career", "career_from", "career_to",
                                                               "career_lateral", "skills", "skill_group"):
        return False
    return not has_role_noun(label)


def _pay_pair(label: str, value: str) -> bool:
    """A pair that names pay or money beside pay: never a box row ('Basic salary: AED 4,000', 'Commission: 40% …')."""
    return bool(_has_currency(value) or _PAY_LABEL.search(label)
                or _words("not_pay").search(label) or _words("not_base").search(label)
                or _words("not_pay").search(value.split(" ", 1)[0]))


def first_colon(text: str) -> tuple[str, str, str]:
    """`text.partition` at its first colon, ASCII or full-width: '勤務時間：8:30〜17:00' is 勤務時間 / 8:30〜17:00 (the
    label ends at the first colon; a colon inside the value, as in a time of day, is the value's)."""
    cut = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    return (text[:cut], text[cut], text[cut + 1:]) if cut >= 0 else (text, "", "")


def colon_pair(text: str) -> tuple[str, str] | None:
    """(label, value) of 'Label: value' or 'Label :: value' (the label cleaned of icons), else None."""
    text = text.strip()
    if not text or is_bullet(text) or text.startswith("|"):
        return None
    label, sep, value = first_colon(text)  # round 13b: '工作地点 Location：深圳、东莞、广州' (a full-width colon)
    if not sep:
        return None
    value = value.lstrip(":").strip() if value.startswith(":") else value.strip()
    if not value or value.startswith(("=", "/")) or not box_label(label):
        return None
    if re.match(r"\d", value) and re.fullmatch(r"\d{1,2}", label.strip()):
        return None  # '10:30', a time
    return clean_label(label), value.strip(" *_")


def dash_pair(text: str) -> tuple[str, str, str] | None:
    """(label, value, dash) of 'Label – value' (one spaced en or em dash), else None."""
    text = text.strip()
    if not text or is_bullet(text):
        return None
    parts = _DASH.split(text)
    if len(parts) != 3:
        return None
    label, dash, value = parts
    if ":" in label:
        return None  # round 13b: a colon in the value ('Qualification – National Occupational Certificate: …') is its own
    if not value.strip() or not box_label(label):
        return None
    return clean_label(label), value.strip(), dash


def line_pairs(text: str) -> list[tuple[str, str]] | None:
    """The pairs of a line of two pairs or more, else None."""
    text = text.strip()
    if is_bullet(text) or text.startswith("|") or text.count(":") < 2 or _NAVIGATION.search(text):
        return None
    parts = _PART_BAR.split(text)
    if len(parts) < 2:
        parts = _PART_SPACES.split(text)
    if len(parts) < 2:
        return None
    pairs = [colon_pair(p) or _move_labelled(p) for p in parts]
    if not all(pairs) or any(_pay_pair(label, value) for label, value in pairs):
        return None
    if any(_PART_BAR.search(value) or len(value.split()) > 12 or not _box_value(value)
           or _DATE_ONLY.fullmatch(value.strip()) for _, value in pairs):
        return None
    return pairs


def _move_labelled(part: str) -> tuple[str, str] | None:
    """Round 13b: 'Entry: Enlisted' among the pairs of one line ('Trade code: 4.7 | Entry: Enlisted | Service: Regular
    Force'): a career move's label over a value that names no role (no role noun, three words at most, a capital
    first) is a pair of the box, not a move."""
    label, sep, value = part.strip().partition(":")
    value = value.strip()
    if not sep or not value or not career_label(label + ": x") or has_role_noun(value) or len(value.split()) > 3 \
            or not value[:1].isupper() or len(label.split()) > 3 or not label.strip()[:1].isupper():
        return None
    return clean_label(label), value


def tab_pair(text: str) -> tuple[str, str] | None:
    """(label, value) of 'Occupation type<TAB>Vocation, licensed': two cells, a box label first."""
    cells = [c.strip() for c in text.strip().split("\t")]
    if len(cells) != 2 or not all(cells) or is_bullet(text) or ":" in cells[0] or not box_label(cells[0]):
        return None
    return clean_label(cells[0]), cells[1]


def _row(text: str) -> tuple[str, str] | None:
    """A box row of a run: a colon (or tab) pair that is no pay, no sentence-long value."""
    pair = colon_pair(text) if "\t" not in text.strip() else None
    if pair is None or _pay_pair(*pair) or len(pair[1].split()) > 25 or _CHAIN.search(pair[1]):
        return None  # 'Typical path: A → B → C' is a chain of moves, no box row
    return pair if _box_value(pair[1], _REPORTS_TO.search(pair[0]) is not None) else None


# round 13b: a label naming whom the role reports to ('Raporlama / Reports to: Rooms Division Director') takes a title
_REPORTS_TO = re.compile(r"(?i)(?<!\w)(?:reports?(?:ing)?\s+to|line\s+manager)(?!\w)")


def _box_value(value: str, title_label: bool = False) -> bool:
    """A value of a run's row: not a list of links ('Contable | Auditor', 'A · B'), not a date alone (the page's
    'Stand: 11/2026'), not a role's title ('Your job: Coach driver'), no pay written without a known currency."""
    if re.search(r"\s\|\s", value) or _NAVIGATION.search(value):
        return False
    if has_role_noun(value) and len(value.split()) <= 4 and not re.search(r"\d|,", value) and not title_label:
        return False
    return not _UNIT_AMOUNT.search(value)


_DATE_ONLY = re.compile(r"(?i)(?:\d{1,2}[./-])?\d{1,2}[./-]\d{2,4}|(?:[a-zé]+\s)?(?:19|20)\d{2}")
_NAVIGATION = re.compile(r"^[◀◁‹«←⟵]|[▶▷›»→⟶]$")
# '15K–25K 元/月', '13–15薪': an amount with a thousands unit or a pay word of its own, pay the reader cannot read
_UNIT_AMOUNT = re.compile(r"\d\s?[kK](?![a-zA-Z])|\d\s?(?:元|円|万|千|薪|원|만원)|(?:元|円|₩)\s?\d")


def _runs(lines: list[Line], row) -> list[list[tuple[Line, tuple]]]:
    out, run = [], []
    for line in [*lines, None]:
        found = row(line.text) if line is not None else None
        if found and (not run or line.number == run[-1][0].number + 1):
            run.append((line, found))
            continue
        if run:
            out.append(run)
        run = [(line, found)] if found else []
    return out


_LIST_KINDS = ("responsibilities", "skills", "skill_gaps", "skill_requirements", "skill_group")
_CAREER_KINDS = ("career", "career_from", "career_to", "career_lateral", "career_level")


def conditions_group(block: Block) -> bool:
    """A skills sub-heading that names the job's conditions ('PACKAGE', 'Benefits'): no group of skills."""
    return block.kind in _LIST_KINDS and bool(block.heading) and bool(
        _words("conditions").fullmatch(normal_heading(block.heading)))


# an amount or band of bare numbers ('1 300 – 1 420', '2,400'): no word, no currency (round 16b)
_BARE_AMOUNT = re.compile(r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*(?:\s*[–—-]\s*\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*)?")


def _marked_after(value: str) -> bool:
    """'3 200 DH par mois', '4 500 à 6 500 DH': an amount opening the value with a currency written after it
    (generic_pay_words.tsv, kind 'after:'), whichever country's (round 16b)."""
    from pipeline.parse.generic.pay import _written_figure
    found = _written_figure().match(value.strip())
    return found is not None and bool(found.group("c2") or found.group("c3"))


def box_lines(block: Block, read_already: set[int] = frozenset()) -> list[tuple[int, str, str, str]]:
    """(line number, label, value, written) of every box row of the block that its section's reader would not read as
    one: lines of several pairs, and runs of pairs under a section of another kind (see the module's rules). A run
    inside a larger box of ``read_already`` (a box the section's reader reads itself) is left to that reader."""
    out: list[tuple[int, str, str, str]] = []
    taken: set[int] = set()
    for line in block.lines:
        pairs = line_pairs(line.text)
        if pairs:
            out.extend((line.number, label, value, line.text.strip()) for label, value in pairs)
            taken.add(line.number)
    kind = block.kind
    if taken and kind in ("intro", "prose", "unknown"):
        # round 13b: 'Sections: stoping and development ends' right above 'Level: C-Band | Mine: … | Shift: …': a row of
        # the same box on a line of its own (a short value, no list of names)
        for line in block.lines:
            pair = _row(line.text) if line.number not in taken else None
            if pair and {line.number - 1, line.number + 1} & taken and len(pair[1].split()) <= 8 \
                    and "," not in pair[1] and heading_kind(pair[0]) is None and not line.text.isupper():
                # ('OCCUPATIONAL MAP: RAIL ENGINEERING' in capitals is a heading naming the page's category)
                out.append((line.number, pair[0], pair[1], line.text.strip()))
                taken.add(line.number)
    lines = [ln for ln in block.lines if ln.number not in taken]
    listed = [ln.number for ln in lines if is_bullet(ln.text) or re.search(r"\s(?:→|->|➔|➜)\s", ln.text)]
    row = _row if kind not in ("intro", "aliases") else _head_row
    for run in _runs(lines, row):
        numbers = [ln.number for ln, _ in run]
        if len(run) < 2 or _inside(numbers, read_already):
            continue
        if kind == "salary" and any(_BARE_AMOUNT.fullmatch(value.strip()) or _marked_after(value) for _, (_, value) in run):
            continue  # round 16b: 'P2 entry: 1 300 – 1 420' under 'Remuneration (gross monthly, TND)': the pay reader's
        if kind == "salary" and _under_other_line(block, numbers[0]):
            continue  # round 25a: 'Weiterbildung' / 'Kurse: …' / 'Berufsprüfung (BP): …' in the pay section (sets 39 p39_18,
            # 45 p45_20, 44 p44_06): under a line of its own that names no pay, the run is another topic's list
        if kind in ("intro", "prose", "unknown", "other") and (_explained_names(run) or _answers(block, numbers[0])):
            continue  # round 25a: 'Linux: Most cloud servers run Linux, …' (set 38 p38_18): names each explained by a
            # sentence, or a run right under a question, are a list answering it ('Wat moet je kunnen?'), no box
        if kind in _CAREER_KINDS and not listed and len(run) >= 3 \
                and all(salary_level(label) == "other" for _, (label, _) in run):
            pass  # 'Levels of the course :: …' / 'Eligibility :: …' / 'Membership :: …' over no ladder: a box
        elif kind in _LIST_KINDS and not conditions_group(block) or kind in _CAREER_KINDS:
            # after the section's list only, and with one known box label (a list of 'Name: description' skills
            # or ladder levels is the section's own)
            if not listed or numbers[0] < max(listed) or not any(fact_line(ln.text) for ln, _ in run):
                continue  # (round 25a: under a career section too: links to articles after the ladder, set 45 p45_07)
        elif kind == "facts" or kind == "aliases" and not all("\t" in ln.text.strip() for ln, _ in run):
            continue  # their readers read pairs themselves (a tab box under a 'Names' row is no list of names)
        elif kind in ("intro", "prose", "unknown", "other"):
            if len(run) < 3 and not any(fact_line(ln.text) for ln, _ in run) \
                    and not all(len(value.split()) <= 8 for _, (_, value) in run):
                continue
            if any(_ends_sentence(value) and len(value.split()) > 12 for _, (_, value) in run):
                continue
        out.extend((ln.number, label, value, ln.text.strip()) for ln, (label, value) in run)
        taken.update(numbers)
    if kind in ("intro", "prose", "unknown"):
        for numbers, pairs in _titled_bullet_box(block.lines, taken):
            if not _inside(numbers, read_already):
                out.extend((n, label, value, text) for n, (label, value, text) in zip(numbers, pairs))
                taken.update(numbers)
    if kind in _ALTERNATING_KINDS:
        lines = [ln for ln in block.lines if ln.number not in taken]
        for run in alternating_pairs(lines):
            if _inside([n for pair in run for n in (pair[0].number, pair[1].number)], read_already):
                continue
            out.extend((value.number, clean_label(label.text), value.text.strip(), value.text.strip())
                       for label, value in run)
            taken.update(n for pair in run for n in (pair[0].number, pair[1].number))
    if kind not in ("aliases", "facts", "salary", *_LIST_KINDS, *_CAREER_KINDS):
        lines = [ln for ln in block.lines if ln.number not in taken]
        for run in _runs(lines, _dash_row):
            if len(run) >= 3 and len({d for _, (_, _, d) in run}) == 1 \
                    and not _answers(block, run[0][0].number) \
                    and not _inside([ln.number for ln, _ in run], read_already):
                out.extend((ln.number, label, value, ln.text.strip()) for ln, (label, value, _) in run)
                taken.update(ln.number for ln, _ in run)
    return sorted(out, key=lambda row: row[0])  # in line order, the pairs of a line as written


def _under_other_line(block: Block, number: int) -> bool:
    """Round 25a: the line right above line `number` in the block is a line of its own that names no pay and is no
    pair ('Weiterbildung', 'Outlook over the next 3 years', 'Cours proposés par …'): a sub-heading of another topic."""
    above = next((ln.text.strip() for ln in block.lines if ln.number == number - 1), None)
    return bool(above) and not is_bullet(above) and not _has_currency(above) and ":" not in above \
        and "\t" not in above and not re.search(r"\d", above.split()[0]) and len(above.split()) <= 10 \
        and not _ends_sentence(above)


def _explained_names(run) -> bool:
    """Round 25a: every value of the run a sentence of its own (four words or more, a sentence's end): names each
    explained ('Linux: Most cloud servers run Linux, so command-line comfort is a must.'), no label and value."""
    return all(_ends_sentence(value) and len(value.split()) >= 4 for _, (_, value, *rest) in run)


def _asks(text: str) -> bool:
    text = _strip_symbols(text).strip()
    return text.endswith(("?", "؟", "？", "\u037e")) or bool(re.search(r"[\u0370-\u03ff\u1f00-\u1fff];$", text))


def _answers(block: Block, number: int) -> bool:
    """Round 25a: the run starting at line `number` is right under a question (the line above it, or the block's
    heading when it opens the block): 'Wat moet je kunnen?' / 'Technisch inzicht – je begrijpt …' (set 49 p49_01) is a
    list answering it, no box."""
    above = next((ln.text for ln in block.lines if ln.number == number - 1), None)
    if above is None and block.lines and block.lines[0].number == number:
        above = block.heading if block.line == number - 1 else None
    return bool(above) and _asks(strip_bullet(above) if is_bullet(above) else above)


_ALIGNED = re.compile(r"([^\s:：|\t][^:：|\t]{0,40}?\S) {3,}(\S[^:：|\t]*)")


def _titled_bullet_box(lines: list[Line], taken: set[int]) -> list[tuple[list[int], list[tuple[str, str, str]]]]:
    """Round 24d: 'Kısa Bilgiler' / '• Eğitim süresi: 4 yıl' / '• Çalışma alanı: …' / '• Mesleki kuruluş: …' (set 43
    p43_09): three bulleted 'Label: value' lines or more, each the next of the page, right under a short line of its own
    (four words at most, no colon, no sentence end, no list marker) titling them, and nothing bulleted after them in the
    run: a box of the role's facts written as a list. Each value is short (ten words at most), no sentence."""
    out = []
    i = 0
    while i < len(lines):
        title = lines[i].text.strip()
        if not title or is_bullet(lines[i].text) or ":" in title or "：" in title or len(title.split()) > 4 \
                or _ends_sentence(title) or lines[i].number in taken:
            i += 1
            continue
        numbers, pairs = [], []
        j = i + 1
        # (or, round 24d, 'Tryb pracy         hybrydowy lub zdalny': aligned columns, a label and its value parted by
        # three spaces or more, no bullet)
        aligned = j < len(lines) and not is_bullet(lines[j].text) and _ALIGNED.fullmatch(lines[j].text.strip())
        while j < len(lines) and lines[j].number == lines[j - 1].number + 1 and lines[j].number not in taken \
                and (_ALIGNED.fullmatch(lines[j].text.strip()) and not is_bullet(lines[j].text) if aligned
                     else is_bullet(lines[j].text)):
            cells = _ALIGNED.fullmatch(lines[j].text.strip()) if aligned else None
            pair = (clean_label(cells[1]), cells[2].strip()) if cells and box_label(cells[1]) else \
                None if aligned else colon_pair(strip_bullet(lines[j].text))
            if pair is None or len(pair[1].split()) > 10 or _ends_sentence(pair[1]) or _PART_BAR.search(pair[1]) \
                    or re.search(r" {3,}", pair[1]):  # (a third column: a table's row, no pair)
                break
            numbers.append(lines[j].number)
            pairs.append((pair[0], pair[1], lines[j].text.strip()))
            j += 1
        ended = j >= len(lines) or lines[j].number != lines[j - 1].number + 1 or not (
            _ALIGNED.fullmatch(lines[j].text.strip()) if aligned else is_bullet(lines[j].text))
        if len(pairs) >= 3 and ended:
            out.append((numbers, pairs))
            i = j
        else:
            i += 1
    return out


# --- round 12a: a two-column box flattened to alternating lines ('Annual openings' / '1,184' / 'Growth rate' / '9.8%') --

_ALTERNATING_KINDS = ("intro", "prose", "unknown", "other", "salary", "aliases", "profile")


def _alternating_label(text: str) -> bool:
    """A label line of a flattened box: a box label (short, capital first, no sentence end, no money, no role's name)
    written alone, without a colon, a list marker or cells."""
    text = text.strip()
    return bool(text) and ":" not in text and "\t" not in text and not is_bullet(text) and not text.startswith("|") \
        and heading_kind(text) is None and box_label(text) and not re.search(r"\d\s?%$", text)
    # (round 22b: 'Negative 18%' over 'Neutral 18%' is a value read out of step, no label: set 34 r06)


# round 18b: a colon that is no label's: in a time of day ('5:30am to 2:00pm', set 15 v22) or inside brackets
# ('Toronto, Ontario (hybrid: 3 days on site)', set 21 u03)
_INNER_COLON = re.compile(r"(?<=\d):(?=\d\d)|\([^()]*\)")


def _alternating_value(text: str, label: str = "") -> bool:
    """A value line of a flattened box: short (a number, a percentage, a short phrase), no sentence, no list marker,
    no money (pay is the pay reader's), no label of the fact vocabulary, no heading; a title only under a label naming
    whom the role reports to ('Reporting to' / 'Crematorium Supervisor', round 16b)."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 14 and not text.endswith((".", ":", ";", "!", "?")) \
        and ":" not in _INNER_COLON.sub("", text) and "\t" not in text and not is_bullet(text) and not text.startswith("|") \
        and not _has_currency(text) and heading_kind(text) is None and not _known_label(text) \
        and _box_value(text, _REPORTS_TO.search(label) is not None or _NAME_ROW.fullmatch(_squeezed(label.strip())) is not None)


# round 26a: an encyclopedia box's rows of the article's own names ('外文名' / 'Product Manager', p52_08): a title there is
# the role's name in another language, a value of the box
_NAME_ROW = re.compile(r"(?:中|外|英)文名|简称|簡稱|别称|別稱")


def _known_label(text: str) -> bool:
    return fact_line(f"{clean_label(text)}: x") is not None


def _value_shaped(label: str, value: str) -> bool:
    """A value that reads as one, not as another label or name of a list: a figure or percentage in it, or more words
    than its label."""
    return bool(re.search(r"\d", value)) or len(value.split()) > len(label.split())


def _link_entry(text: str) -> bool:
    text = re.sub(r"\s(?:19|20)\d\d$", "", text.strip())  # round 24b: 'Salary Guide 2025' (a menu's link, set 44 p44_16)
    return 0 < len(text.split()) <= 4 and not re.search(r"[\d:;,.!?|\t()]", text)


def link_column(lines: list[Line]) -> bool:
    """Round 22b: 'Explore' / 'Degrees' / 'Certificates' / 'For Business' / 'Log In', 'Economic Releases' / 'Databases &
    Tables' / 'Maps' / 'CALCULATORS': six lines or more, each one to four words without a figure, colon or punctuation,
    are a column of a site's links (a menu, a footer), no label/value box, when no line repeats another ('Driving
    licence' / 'Required' / 'Forklift ticket' / 'Required' is a box)."""
    texts = [ln.text.strip().lower() for ln in lines]
    return len(lines) >= 6 and all(_link_entry(t) for t in texts) and len(set(texts)) == len(texts)


def alternating_pairs(lines: list[Line], pay_out: list[tuple[Line, Line]] | None = None) -> list[list[tuple[Line, Line]]]:
    """Runs of a label line over its value line, on consecutive lines: a two-column box the capture flattened
    ('Annual openings' / '1,184' / 'Growth rate (2025-2035)' / '9.8%' / 'Work experience' / 'None'). A run is a box
    when it has three pairs or more (a pay pair inside it, left to the pay reader, does not break it; two pairs, a
    search form's 'Experience' / 'All years' / 'Location' / 'United States', are none), and either a label of the fact
    vocabulary (fact_labels.tsv) among them or every value shaped as a value (a figure in one of them, every value longer
    than its label). A list of titles or skills that happens to alternate has neither: no pairs are read from it."""
    out: list[list[tuple[Line, Line]]] = []
    i = 0
    while i + 1 < len(lines):
        run: list[tuple[Line, Line]] = []
        j = i
        pay: list[tuple[Line, Line]] = []  # pay pairs inside the run ('Salary band' / 'Band 9: $68,000 – …')
        while j + 1 < len(lines) and lines[j + 1].number == lines[j].number + 1 \
                and (not run or lines[j].number == max(run[-1][1].number, pay[-1][1].number if pay else 0) + 1) \
                and _alternating_label(lines[j].text) and (_alternating_value(lines[j + 1].text, lines[j].text) or run and (
                    _has_currency(lines[j + 1].text) and len(lines[j + 1].text.split()) <= 12)):
            if _alternating_value(lines[j + 1].text, lines[j].text):
                run.append((lines[j], lines[j + 1]))
            else:
                pay.append((lines[j], lines[j + 1]))  # left to the pay reader, the run goes on after it
            j += 2
        if pay and run and pay[-1][1].number > run[-1][1].number and not (
                _PAY_LABEL.search(pay[-1][0].text) and figure_start(pay[-1][1].text.strip()) == 0
                and len(pay[-1][0].text.split()) <= 4):
            j -= 2  # a pay pair ends the run: it is no part of it (round 16b: but a box's own 'Hourly Rate' /
            pay.pop()  # '$21.35 – $23.10' before a row the run does not take is the box's pay)
        if j < len(lines) and run and lines[j].number == max(run[-1][1].number, pay[-1][1].number if pay else 0) + 1 \
                and _alternating_label(lines[j].text) \
                and not (j + 1 < len(lines) and lines[j + 1].number == lines[j].number + 1):
            run = []  # a label left over at the end (a value cut off, or a list read out of step): no box
        known = sum(_known_label(label.text) for label, _ in run)
        shaped = all(_value_shaped(label.text, value.text) for label, value in run) \
            and any(re.search(r"\d", value.text) for _, value in run)
        # (round 26a: a box of two known labels or more is no column of links, though its words are as short: '中文名' /
        # '产品经理' / '外文名' / 'Product Manager' / '简    称' / 'PM' / …, p52_08)
        if len(run) >= 3 and (known or shaped) and (known >= 2 or not link_column([ln for pair in run for ln in pair])):
            out.append(run)
            if pay_out is not None:
                pay_out.extend(pay)  # a pay pair inside the box ('Salary band' / 'Band 9: $68,000 – $82,500')
            i = j
            continue
        i += 1
    return out


def label_lines(block: Block, found: list[tuple[int, str, str, str]]) -> set[int]:
    """The label lines of the flattened box pairs among ``found`` (box_lines' rows read at their value's line): the
    line right above each value, written as its label alone."""
    texts = {ln.number: ln.text for ln in block.lines}
    return {number - 1 for number, label, value, written in found
            if number - 1 in texts and ":" not in texts[number - 1] and clean_label(texts[number - 1]) == label
            and written == value}


def _head_row(text: str) -> tuple[str, str] | None:
    """A row of a box in the page head: a colon pair, or a tab pair ('Occupation type<TAB>Vocation, licensed') whose
    value is no amount ('R385 000': a table of pay)."""
    if "\t" not in text.strip():
        return _row(text)
    pair = tab_pair(text)
    if pair is None or _pay_pair(*pair) or not re.search(r"[^\W\d_]{2}", pair[1]) \
            or re.match(r"[^\W\d_]{0,3}\s?\d", pair[1]) and len(pair[1].split()) <= 2:
        return None  # '+8%', 'R385 000': a table's figures, no box value
    return pair if _box_value(pair[1]) and not _CHAIN.search(pair[1]) else None


def _inside(numbers: list[int], box: set[int]) -> bool:
    """The run is part of a larger box the section's reader reads itself (one of its rows, a pay row among them,
    is no row of the run): left to that reader."""
    return bool(box.intersection(numbers)) and (min(numbers) - 1 in box or max(numbers) + 1 in box)


def _dash_row(text: str):
    pair = dash_pair(text)
    if pair is None or _pay_pair(pair[0], pair[1]) or len(pair[1].split()) > 16 or _CHAIN.search(pair[1]) \
            or not _box_value(pair[1]) \
            or re.search(r"\d$", pair[0]) or re.match(r"\W?\d", pair[1]) and re.search(r"\d", pair[0]):
        return None  # 'Grade 4 – 28 500': a band's ends or a table's cells, no label and value
    return pair


_DEFINITION_KINDS = ("profile", "unknown", "prose", "intro", "salary", "other")


def _definition_label(text: str) -> str | None:
    """'Licenses and Certificates:' alone on its line: the label of a definition list's pair."""
    text = text.strip()
    if is_bullet(text) or not text.endswith(":") or text.count(":") != 1 or not box_label(text[:-1]):
        return None
    return clean_label(text[:-1])


def _definition_value(text: str) -> bool:
    text = text.strip()
    return bool(text) and not is_bullet(text) and not text.endswith(":") and ":" not in text \
        and not _has_currency(text) and len(text.split()) <= 30


def definition_pairs(block: Block, heading_written: str | None = None) -> list[tuple[int, str, str]]:
    """(value line, label, value) of a definition list: a run of two pairs or more of a 'Label:' line over its value
    line ('Education and Experience:' / 'Equivalent to graduation from high school …' / 'Licenses and Certificates:' /
    'Possession of a valid … licence.'). The section's heading is the run's first label when it is written that way
    and its value is the section's first line. A lone pair is no list (a lead-in over its text)."""
    if block.kind not in _DEFINITION_KINDS:
        return []
    lines = block.lines
    pairs: list[tuple[int, str, str]] = []
    runs: list[list[tuple[int, str, str]]] = []
    expect = None  # the line number the next label must stand on to continue the run
    if heading_written and lines and lines[0].number == block.line + 1 and _definition_label(heading_written) \
            and _definition_value(lines[0].text):
        pairs.append((lines[0].number, _definition_label(heading_written), lines[0].text.strip()))
        expect = lines[0].number + 1
    i = 1 if pairs else 0
    while i < len(lines) - 1:
        label = _definition_label(lines[i].text)
        following = lines[i + 1]
        if label and following.number == lines[i].number + 1 and _definition_value(following.text):
            if expect is not None and lines[i].number != expect and pairs:
                runs.append(pairs)
                pairs = []
            pairs.append((following.number, label, following.text.strip()))
            expect = following.number + 1
            i += 2
            continue
        if pairs:
            runs.append(pairs)
            pairs = []
        expect = None
        i += 1
    if pairs:
        runs.append(pairs)
    return [pair for run in runs if len(run) >= 2 for pair in run]


_ALIAS_WHERE = re.compile(r"(?i)\s+(?:in|by|at|within|across|among)\s+.*$")


def alias_lines(block: Block) -> list[tuple[int, str, str, str]]:
    """(line, label, names, written) of an aliases label with its names on one line in a section of another kind
    ('Other names in the industry: Fibre Splicer, FTTH Technician' under the ladder, 'Also known as – Industrial
    Hygienist; Workplace Health Scientist' in the summary): a colon or one spaced dash after the label."""
    if block.kind in ("aliases", "facts"):
        return []
    out = []
    for line in block.lines:
        text = line.text.strip()
        if not text or is_bullet(text) or text.startswith("|"):
            continue
        label, sep, value = text.partition(":")
        if not sep:
            parts = _DASH.split(text, maxsplit=1)
            if len(parts) != 3:
                continue
            label, _, value = parts
        label = clean_label(label)
        if value.strip() and len(label.split()) <= 8 and heading_kind(_ALIAS_WHERE.sub("", label).strip()) == "aliases":
            names = value.strip()
            if ";" in names:  # 'Industrial Hygienist; Workplace Health Scientist': one name a part
                names = " · ".join(p.strip() for p in names.split(";") if p.strip())
            out.append((line.number, label, names, text))
    return out
