"""Generic layout: lines, headings, role-page detection and the page's sections (blocks)."""
from __future__ import annotations

import re
import unicodedata

from pipeline.text.salaries import figure_start, salary_level
from pipeline.parse.generic.vocabulary import (
    _ARROWS, career_label, EVIDENCE_FAMILIES, is_figure_note, FACT_FAMILIES, has_role_noun, heading_kind, is_bullet, LAYOUT, _MAX_HEAD_LINES,
    _MAX_HEADING_CHARS, _negative_lines, normal_heading, _OPENING_LINES, singular_title, _strip_symbols, _TERMINAL,
    strip_bullet, title_like, _LEADING_ICON, _HEADING_WIDGET, greek_question, fold_marks,
)
from pipeline.parse.generic.title import (
    _agentive, _bare_name, find_title, how_to_name, labelled_title, _mentioned, person_like, remove_furniture, role_like,
    Title, _trail_named, caseless, known_head,
)
from pipeline.parse.generic.items import Block, _has_currency, _label_value_line, Line, _paragraph


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


# an ASCII line's seams: a capital after a small letter, a digit or ').!?' (no ASCII character is a symbol, 'So')
_ASCII_SEAM = re.compile(r"(?<=[a-z0-9).!?])[A-Z]")


def _seams(text: str) -> list[int]:
    """The positions where _seam starts a glued word, in order (a regex on ASCII lines, the common case)."""
    if text.isascii():
        return [m.start() for m in _ASCII_SEAM.finditer(text, 1)]
    return [i for i in range(1, len(text)) if _seam(text, i)]


def _split_glued_heading(raw: str) -> list[Line] | None:
    """A heading glued to tag words before it ('AIContentSkills Checklist') or to text after it
    ('Skills ChecklistDesign', 'Key ResponsibilitiesWrite copy…'): the pieces, the heading marked."""
    text = raw.strip()
    window = _MAX_HEADING_CHARS  # a heading is at most this long: only seams that near either end can bound one
    for i in _seams(text):
        if window <= i < len(text) - window:
            continue
        kind = heading_kind(text[i:])
        if kind and len(normal_heading(text[i:]).split()) >= 2:
            return [Line(text[:i].strip(), 0), Line(text[i:].strip(), 0, kind)]
        kind = heading_kind(text[:i])
        if kind and len(normal_heading(text[:i]).split()) >= 2 and text[i].isupper():
            return [Line(text[:i].strip(), 0, kind), Line(text[i:].strip(), 0)]
    return None


_ALIASES_SAID = re.compile(r"(?P<head>[A-Z][^:,.]{2,70}?)\s+(?:include|includes|are|is|such as)\s+(?P<rest>[A-Za-z].*)$")


# 'In Finnish: varhaiskasvatuksen opettaja': the role's name in a language, a label only with its value on the line
_LANGUAGE_LABEL = re.compile(r"(?i)^\s*(?:in|auf|en|em|på|w)\s+(?:english|finnish|swedish|norwegian|danish|german|french|"
                             r"spanish|portuguese|italian|dutch|polish|turkish|japanese|korean|chinese|vietnamese|"
                             r"indonesian|malay|thai|arabic|hindi|welsh|irish|māori|maori|icelandic|estonian|czech)\s*$")


# a wiki's 'Pay[edit]'; round 20a: in the wiki's other languages, and with its second link ('Activități[modificare |
# modificare sursă]', 'Zarobki[edytuj | edytuj kod]')
_EDIT_LINK = re.compile(r"(?i)\s*\[\s*(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|"
                        r"editar código|modificare|modifica|edytuj|bewerken|redigera|rediger|muokkaa|upravit|editovat|"
                        r"szerkesztés|düzenle|değiştir|uredi|sunting|ubah|уреди|редактиране|редактировать|править)"
                        r"(?:\s*\|\s*[^\[\]|]{1,40})?\s*\]\s*$")


# Han, kana, hangul and full-width forms, and the brackets written around headings in those scripts
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef【】「」『』〔〕]+")


_TWO_QUESTIONS = re.compile(r"(¿?[^?¿]{3,80}\?)\s+(¿?\w[^?¿]{2,80}\?)")


def _bilingual_heading(raw: str) -> str | None:
    """The kind of a heading written in two languages ('Datos clave / Key facts', '¿Cómo se le conoce también? / Other
    names'): two halves of a short line, one of them a vocabulary heading and the other not a heading of another
    kind; halves split by a dash ('Competenze — Skills') both headings of that kind."""
    text = raw.strip()
    asked = _TWO_QUESTIONS.fullmatch(text)
    if asked and any(_foreign_words(half) or half.startswith("¿") for half in asked.groups()):
        # round 14a: '¿Cuánto gana un florista? How much does it pay?': one question in two languages; the half the
        # vocabulary knows names the section (two halves of different kinds name none)
        kinds = {heading_kind(half.strip()) for half in asked.groups()} - {None}
        if len(kinds) == 1:
            return kinds.pop()
    if re.search(r"：\s*\S", text):
        return None  # round 13b: '学历要求 Education：大专及以上 (…)': a full-width colon with a value is a box row
    latin = _CJK.sub(" ", text).strip().strip("·•/|–—-").strip()
    # round 20a: only when the line holds a word in those scripts: a list item's '- ' stripped is no other half ('- Salary
    # Guide' in a site's menu, set 31's p31_14, read as a pay heading that ended the page's head above the role's name)
    if _CJK.search(text) and latin != text and latin and re.search(r"[A-Za-z]{3}", latin) and len(latin.split()) <= 6 \
            and not re.search(r"[\d:\t|]", latin):
        return heading_kind(latin)  # '【岗位职责 Responsibilities】', '주요 업무 Main duties': the half in Latin script
    piped = _piped_heading(text)
    if piped is not None:
        return piped
    parts = text.split(" / ")
    if len(parts) != 2 or is_bullet(text) or re.search(r"[\d:\t|]", text) or len(text) > _MAX_HEADING_CHARS:
        dashed = re.split(r"\s[—–]\s", text)  # 'Competenze — Skills': both halves name the same section
        if len(dashed) != 2 or is_bullet(text) or re.search(r"[\d:\t|]", text) or len(text) > _MAX_HEADING_CHARS \
                or any(len(part.split()) > 6 for part in dashed):
            return None
        kinds = [heading_kind(part.strip()) for part in dashed]
        if kinds[0] is not None and kinds[0] == kinds[1]:
            return kinds[0]
        for kind, other in ((kinds[0], dashed[1]), (kinds[1], dashed[0])):
            # 'Was macht man als Kosmetiker/in? – What does a beautician do?', 'Weiterbildung – Further training': the
            # other half in another language (a letter outside ASCII, a gendered ending, a question, one word)
            other = other.strip()
            if kind is not None and heading_kind(other) is None and not _agentive(other) \
                    and (_foreign_words(other) or other.endswith("?") or len(other.split()) == 1):
                return kind
        # round 13b: 'Das solltest du mitbringen — What you should bring': the page's own language first, a heading of
        # three words or more in English after the dash (the other half no heading, no sentence, no person)
        first = dashed[0].strip()
        if kinds[1] is not None and kinds[0] is None and len(dashed[1].split()) >= 3 and not _agentive(first) \
                and not first.endswith(_TERMINAL + (",", ";")) and not has_role_noun(first):
            return kinds[1]
        return None
    kinds = {heading_kind(part.strip()) for part in parts if len(part.split()) <= 6} - {None}
    if len(kinds) == 2 and "prose" in kinds:
        # round 15a: 'Descripción del puesto / Duties': a half that only says the page describes the job (prose) and a
        # half that names the section; the named section wins
        kinds.discard("prose")
    return kinds.pop() if len(kinds) == 1 else None


# words of a site's menu bar: a two-entry bar ('Home | Skills') is no heading in two languages
_MENU_WORDS = frozenset("home about contact menu careers career jobs job login search blog news apply shop help faq faqs "
                        "sitemap privacy terms back top share print".split())


def _piped_heading(text: str) -> str | None:
    """round 16a: 'Kemahiran | Skills', 'Tanggungjawab | Responsibilities': a heading written in two languages split
    by ' | ' (exactly two halves of four words or fewer, no figure or colon), one half a vocabulary heading and the
    other no heading of another kind and no entry of a menu bar; the known half names the section."""
    parts = [part.strip() for part in text.split(" | ")]
    # (round 25d: nor a comma, 'Pokrewne zawody | technik technologii drewna, cieśla' is a box's label and its values)
    if len(parts) != 2 or is_bullet(text) or re.search(r"[\d:\t,]", text) or len(text) > _MAX_HEADING_CHARS \
            or any(not part or "|" in part or len(part.split()) > 4 for part in parts):
        return None
    if any(normal_heading(part) in _MENU_WORDS for part in parts):
        return None
    kinds = [heading_kind(part) for part in parts]
    if kinds[0] is not None and kinds[0] == kinds[1]:
        return kinds[0]
    for kind, other in ((kinds[0], parts[1]), (kinds[1], parts[0])):
        if kind is not None and heading_kind(other) is None and not _agentive(other) and not has_role_noun(other) \
                and not other.endswith(_TERMINAL + (",", ";")):
            return kind
    return None


def _heads_table(raws: list[str], number: int) -> bool:
    """A line of cells split by ' | ' over a line with as many cells ('Grade | Monthly pay' over 'Line Lead I | GH₵ …')
    is the header row of a table, not a heading written in two languages."""
    cells = raws[number - 1].strip().strip("|").count("|")
    following = next((raw.strip() for raw in raws[number:] if raw.strip()), "")
    return cells > 0 and following.strip("|").count("|") == cells


def _foreign_words(text: str) -> bool:
    """Words outside English: a letter outside ASCII or a gendered ending after a slash ('Kosmetiker/in')."""
    return any(ord(c) > 127 and c.isalpha() for c in text) or bool(re.search(r"\w/(?:in|innen|a|e|r)\b", text))


_NAMES_LABEL = re.compile(r"(?i)^(?:(?:job|role|other|alternative|alternate|common)\s+)?(?:names?|titles?)$")


def _names_row(raw: str, role: str) -> tuple[str, str] | None:
    """(label, names) of a box row that lists the role's own name among others under a label that only says
    'names' or 'titles' ('Names<TAB>Farrier, horseshoer'): the other names are the role's aliases, not a fact."""
    text = raw.strip()
    if is_bullet(text):
        return None
    label, sep, value = text.partition("\t") if "\t" in text else text.partition(":")
    label, value = _strip_symbols(label).strip(" *_"), value.strip(" *_\t")
    if not sep or not _NAMES_LABEL.match(label) or not value:
        return None
    parts = [p.strip() for p in re.split(r"[,;]", value) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts):
        return None
    own = singular_title(role).casefold()
    return (label, value) if any(singular_title(p).casefold() == own for p in parts) else None


# round 26d: a wiki's controls on lines of their own under a section heading ('播报' / '编辑', p52_08): no item
_WIKI_CONTROLS = frozenset({"播报", "编辑", "編輯", "編集", "편집", "[edit]", "[编辑]", "[編輯]", "[編集]", "[편집]"})


# round 27c: a leader of dots between a label and its value ('Lembah Klang ........ RM2,300 – RM4,500')
_DOT_LEADER = re.compile(r"(?<=[^\s.])[ \u00a0]*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)[ \u00a0]*(?=\S)")


def _dot_leader(raw: str) -> str:
    """Round 27c: 'Niveau ETAM F (3 à 5 ans) ....... 2 250 € à 2 650 € brut' -> the label, a tab, the value: one leader of
    dots on a line whose value is an amount with its currency is the cell break of a price-list table, read as a tab row
    is (a leader before anything else, a contents entry's page number or '37 hours', stays as written). segment() reads
    it so only under a pay heading: elsewhere such rows list other jobs' pay (a related-jobs box), read as before."""
    leaders = _DOT_LEADER.findall(raw)
    if len(leaders) != 1 or "\t" in raw or "|" in raw:
        return raw
    label, value = _DOT_LEADER.split(raw, maxsplit=1)
    return f"{label}\t{value}" if label.strip() and _has_currency(value) else raw


def segment(text: str, role: str | None = None, title_line: int | None = None) -> list[Line | None]:
    """Lines of the page; None for a blank line. With the role, headings that name it are recognised too (never
    on the title's own line: 'Data Analyst Salary' may be the title)."""
    out: list[Line | None] = []
    raws = text.splitlines()
    marked = _marked_headings(raws, role, title_line)  # '+ Pay' over a list marked '▪
    marked.update(_toggle_headings(raws, role, title_line))
    repeated = _repeated_furniture(raws)
    contents = _contents_lines(raws)
    for number, raw in enumerate(raws, 1):
        raw = raw.rstrip()
        if _DOT_LEADER.search(raw) and next((ln.kind for ln in reversed(out) if ln is not None and ln.kind), None) == "salary":
            raw = _dot_leader(raw)  # round 27c: only under a pay heading (elsewhere a list of other jobs' pay)
        if not raw.strip() or raw.strip() in repeated or raw.strip() in _WIKI_CONTROLS:
            out.append(None)
            continue
        if number in contents:
            out.append(Line(raw, number))  # an entry of the page's table of contents heads nothing
            continue
        if number in marked:
            out.append(Line(marked[number][0], number, marked[number][1]))
            if len(marked[number]) > 2 and marked[number][2]:
                out.append(Line(marked[number][2], number))  # the text the heading was glued to (round 13b)
            continue
        kind = heading_kind(_EDIT_LINK.sub("", raw), role if number != title_line else None) \
            or (None if _heads_table(raws, number) else _bilingual_heading(raw))
        if not kind and raw.endswith("]") and _EDIT_LINK.search(raw):
            # round 26b: 'Ausbildung[Bearbeiten | Quelltext bearbeiten]' (p53_04): a wiki's heading of a section the
            # vocabulary does not know still ends the section above it (its lines are no duties)
            # (only after a list section: elsewhere the lines under it are read as before, set 36 p36_09)
            head = _EDIT_LINK.sub("", raw).strip()
            above = next((ln.kind for ln in reversed(out) if ln is not None and ln.kind), None)
            if head and len(head.split()) <= 8 and not head.endswith((".", ",", ";", ":")) \
                    and above in ("responsibilities", "skills"):
                kind = "other"
        if kind:
            out.append(Line(raw.strip(), number, kind))
            continue
        head, sep, rest = raw.partition(":")
        if not sep and "\t" in raw.strip():
            head, sep, rest = raw.strip().partition("\t")  # 'Denominaciones / Alternative titles<TAB>A; B'
        if sep and rest.strip() and not is_bullet(raw) and len(head.split()) <= 6:
            kind = heading_kind(head) or _bilingual_heading(head) or ("aliases" if _LANGUAGE_LABEL.match(head) else None)
            if sep == "\t" and kind != "aliases":
                kind = None  # a box row of another label stays a row of the box
            if kind in ("aliases", "skills", "skill_group", "skill_gaps", "career_from", "career_to", "career_lateral"):
                out.append(Line(head.strip(), number, kind, inline=rest.strip(" *_\t")))  # '**Also known as:** A, B'
                continue
        names = _names_row(raw, role) if role and number != title_line else None
        if names:
            out.append(Line(names[0], number, "aliases", inline=names[1]))  # 'Names<TAB>Farrier, horseshoer'
            continue
        said = _ALIASES_SAID.match(raw.strip())
        if said and not is_bullet(raw) and heading_kind(said.group("head")) == "aliases":
            # 'Alternative titles for this job include A, B': the heading written as a sentence over its list
            out.append(Line(said.group("head"), number, "aliases", inline=said.group("rest").rstrip(".").strip()))
            continue
        tail = _heading_tail(raw, raws[number] if number < len(raws) else "")
        if tail:
            out.extend(Line(piece, number, kind) for piece, kind in tail)
            continue
        glued = _split_glued_heading(raw) if len(raw) <= 300 and not is_bullet(raw) else None
        if glued:
            for piece in glued:
                piece.number = number
            out.extend(p for p in glued if p.text)
            continue
        out.append(Line(raw, number))
    _described_duties(out)
    return out


_CONTENTS_ENTRY = re.compile(r"^\s*(\d{1,2})(?:\.\d{1,2})*\.?\s+(?=\S)(?!.*[.!?:;,]$)(?:\S+\s*){1,8}$")
_CONTENTS_RUN = 3


def _contents_lines(raws: list[str]) -> set[int]:
    """round 22a: a wiki's table of contents ('Contents [hide]' / '1 Duties' / '2 Skills' / '3 Training and
    certification' / …, sets 28 k15 and 30 n18): three numbered short lines or more in a row, counting up by one, are
    its entries; none heads a section ('2 Skills' read the entries after it as skills)."""
    out: set[int] = set()
    run: list[tuple[int, int]] = []
    for number, raw in enumerate([*raws, ""], 1):
        match = _CONTENTS_ENTRY.match(raw)
        value = int(match.group(1)) if match else None
        if value is not None and (not run or value in (run[-1][1], run[-1][1] + 1)):
            run.append((number, value))
            continue
        if len({v for _, v in run}) >= _CONTENTS_RUN:
            out.update(n for n, _ in run)
        run = [(number, value)] if value is not None else []
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z¿¡])")
_TAIL_WORDS = 6  # words of a heading that ends a line of prose


def _heading_tail(raw: str, following: str) -> list[tuple[str, str | None]] | None:
    """round 16a: 'No. We train everyone during the first week. We look for:' over a list: a FAQ's answer whose last
    sentence is a skills heading of the vocabulary leading into the list under it (a short sentence ending on a colon,
    a bulleted line next): the answer's text, then the heading. Else None."""
    text = raw.strip()
    if not text.endswith(":") or is_bullet(text) or len(text) > 300 or not is_bullet(following):
        return None
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2 or len(sentences[-1].split()) > _TAIL_WORDS:
        return None
    kind = heading_kind(sentences[-1])
    if FACT_FAMILIES.get(kind or "") != "skills":
        return None  # a duties lead-in at a sentence's end ('… Typical work includes:') is the reader's (_DUTIES_TAIL)
    return [(" ".join(sentences[:-1]), None), (sentences[-1], kind)]


def _repeated_furniture(raws: list[str]) -> set[str]:
    """Lines a capture repeats as furniture ('Back to top ▲' after every section, a print header on every printed
    page): a line that is no list item, written the same three times or more, each time after a blank line or at
    the top, reads as a blank line (a separator), never as a heading, label or value. A value under its label (a
    definition list's 'Yes', 'Required') has its label right above it, so it is never one."""
    seen: dict[str, int] = {}
    broken: set[str] = set()
    for number, raw in enumerate(raws):
        line = raw.strip()
        if not line:
            continue
        seen[line] = seen.get(line, 0) + 1
        if number and raws[number - 1].strip():
            broken.add(line)
    return {line for line, count in seen.items() if count >= 3 and line not in broken and not is_bullet(line)}


_MARK = re.compile(r"^\s*([^\w\s(\[])\s*")


def _marked_headings(lines: list[str], role: str | None, title_line: int | None) -> dict[int, tuple[str, str]]:
    """{line: (heading, kind)} of headings written with a list marker: a marked line whose text is a heading of the
    vocabulary is a heading, not an item, when
    - the line under it is an item with another marker ('+ Job responsibilities' over '- Open accounts …', '■ Main
      tasks' over '・Advise …'; round 11a), or
    - its marker is the page's heading style (it opens two vocabulary headings or more, and more such lines than
      items: '+ Skills and knowledge', '+ Pay' over lists marked '▪') and the line under it is no item with the same
      marker (round 11b)."""
    found: dict[int, tuple[str, str, str]] = {}  # line -> (marker, text, kind or "")
    for number, raw in enumerate(lines, 1):
        mark = _MARK.match(raw)
        if not raw.strip() or not mark or not is_bullet(raw):
            continue
        text = strip_bullet(raw.strip()).strip()
        kind = (heading_kind(text, role if number != title_line else None) or "") if text else ""
        numbered = _NUMBERED.match(text)
        if not kind and numbered and text[numbered.end():].strip():
            # round 26a: '■2. 施工管理の仕事内容', '■3. 施工管理に必要なスキル' (p52_02): a marked heading numbered after its
            # mark; the heading is what follows the number
            kind = heading_kind(text[numbered.end():].strip(), role if number != title_line else None) or ""
        found[number] = (mark.group(1), text, kind)
    style: dict[str, list[int]] = {}
    for number, (marker, _, kind) in found.items():
        if marker != "#":
            style.setdefault(marker, []).append(number)
    styles = {marker for marker, numbers in style.items()
              if 2 <= sum(1 for n in numbers if found[n][2]) and 2 * sum(1 for n in numbers if found[n][2]) > len(numbers)}
    out: dict[int, tuple[str, str]] = {}
    for number, (marker, text, kind) in found.items():
        if not kind:
            continue
        below = found.get(number + 1) if number < len(lines) and lines[number].strip() else None
        if below is not None and below[0] != marker and len(text.split()) <= 8 and not text.endswith((".", ";", ",")):
            out[number] = (text, kind)  # one heading over a list with another marker
        elif marker in styles and not (lines[number].strip().startswith(marker) if number < len(lines) else False):
            out[number] = (text, kind)  # the page's heading style
    out.update(_numbered_headings(lines, role, title_line))
    return out


# an accordion's toggle drawn open or closed ('▼ Pay' and '▲ Details' on one page) is one heading style
_TOGGLE = re.compile(r"^\s*([▲▼▴▾△▽])\s*(?=\S)")
_TOGGLE_STATES = {"▲": "▼", "▴": "▾", "△": "▽"}


def _toggle_headings(lines: list[str], role: str | None, title_line: int | None) -> dict[int, tuple[str, str]]:
    """{line: (heading, 'other')} of an accordion's sections the vocabulary does not name: where a toggle glyph
    opens two vocabulary headings or more ('▼ Perfil / What we look for', '▼ Carreira / Career'), a short
    heading-shaped line opened by the same toggle, open or closed ('▲ Informações / Details'), is the heading of a
    section of its own: it ends the section before it, whose lines its own are not."""
    toggled = [(number, _TOGGLE_STATES.get(m.group(1), m.group(1)), raw.strip())
               for number, raw in enumerate(lines, 1) if (m := _TOGGLE.match(raw))]
    if len(toggled) < 3:
        return {}
    named: dict[str, int] = {}
    unnamed: list[tuple[int, str, str]] = []
    for number, glyph, text in toggled:
        if heading_kind(text, role if number != title_line else None) or _bilingual_heading(text):
            named[glyph] = named.get(glyph, 0) + 1
        else:
            unnamed.append((number, glyph, text))
    return {number: (text, "other") for number, glyph, text in unnamed
            if named.get(glyph, 0) >= 2 and len(text.split()) <= 7 and _heading_shaped(_TOGGLE.sub("", text))}


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


def _heading_words(text: str, role: str | None) -> int:
    """Round 24d: the words of a heading, the role's own name counted as one ('2. Mô tả công việc của kỹ sư xây dựng',
    set 46 p46_06: a language written in syllables spends a word on each, so a heading naming the role runs past a
    limit in words that its English form, 'Duties of a civil engineer', keeps). The name is one term of the heading."""
    if role and len(role.split()) > 1:
        text = re.sub(re.escape(role), "ROLE", text, flags=re.IGNORECASE)
    return len(text.split())


def _numbered_headings(lines: list[str], role: str | None, title_line: int | None) -> dict[int, tuple[str, str]]:
    """Round 12b: numbered section headings ('1. The role' / '2. Tasks' / '3. Competencies', often listed first under
    'Contents'): a numbered line whose text is a vocabulary heading is a heading when the line right under it is
    written and is no numbered line (a contents list or a numbered list of items runs on in numbered lines), and two
    such lines or more stand on the page."""
    out: dict[int, tuple[str, str]] = {}
    unknown: dict[int, str] = {}  # numbered heading-shaped lines the vocabulary does not know
    for number, raw in enumerate(lines, 1):
        if number == title_line or not _NUMBERED.match(raw):
            continue
        text = raw.strip()[_NUMBERED.match(raw.strip()).end():].strip()
        # round 13b: '1. What does a frontend developer do?Day to day, you will:': a question glued to the line after it
        glued = _GLUED_QUESTION.match(text)
        rest = ""
        if glued and len(glued.group(1).split()) <= 12 and heading_kind(glued.group(1), role):
            text, rest = glued.group(1), glued.group(2).strip()
        elif _heading_words(text, role) > 8 or text.endswith((".", ";", ",")) and not greek_question(text):
            continue
        below = lines[number] if number < len(lines) else ""
        above = lines[number - 2] if number >= 2 else ""
        if not below.strip() and number + 1 < len(lines) and lines[number + 1].strip() and not _NUMBERED.match(above):
            # round 22a: '2. What does a clinical officer do?' / '' / '* Take patient histories …': a blank line between
            # the numbered heading and what it heads (a contents list runs on in numbered lines: its last entry, a
            # numbered line under another, heads nothing)
            below = lines[number + 1]
        if not below.strip() or _NUMBERED.match(below) and not _list_starts(raw, below):
            continue
        kind = heading_kind(_EDIT_LINK.sub("", text), role)  # round 24b: '3. Skills[edit]' (set 44 p44_19)
        if kind:
            out[number] = (text, kind, rest)
        elif not rest and len(text.split()) <= 4 and text[:1].isupper() and not text.endswith((":", "?")) \
                and not is_bullet(text):
            unknown[number] = text
    if len(out) < 2:
        return {}
    # round 23a: '3. Atribuições' / … / '4. Requisitos' / … / '5. Competências': a numbered heading-shaped line whose
    # number falls between two numbered headings of the page's sequence is the next section's heading, though the
    # vocabulary does not know it (kind 'other': its items are no duties of the section above)
    numbers = {int(_NUMBERED.match(lines[n - 1]).group().strip().rstrip(".)")): n for n in out}
    for number, text in unknown.items():
        sequence = int(_NUMBERED.match(lines[number - 1]).group().strip().rstrip(".)"))
        if sequence - 1 in numbers and sequence + 1 in numbers and numbers[sequence - 1] < number < numbers[sequence + 1]:
            out[number] = (text, "other", "")
    return out


def _list_starts(heading: str, below: str) -> bool:
    """Round 25d: '2. Anong skills ang kailangan?' / '1) English communication skills – …': the numbered line under a
    numbered heading opens a list of its own when it is the list's first item numbered in another style ('1)' under
    '2.'); a contents list or a list of items runs on in the same style."""
    mark, under = _NUMBERED.match(heading.strip()), _NUMBERED.match(below.strip())
    return bool(mark and under) and under.group().strip()[:-1] == "1" \
        and mark.group().strip()[-1] != under.group().strip()[-1]


_GLUED_QUESTION = re.compile(r"^([A-Z][^?]{3,80}\?)(?=[A-Z])(.+)$")


_JOB_DESCRIPTION = re.compile(r"^(?:the )?(?:job|role|position|work) description$"
                              # round 16a: 'About the role' over nothing but a list of three or more items heads the duties
                              r"|^about (?:the|this) (?:role|job|position)$"
                             # round 26d: Vietnamese 'Mô tả công việc kế toán tổng hợp' (job description, the role's name
                             # after it; p52_11), as folded
                             r"|^mo ta cong viec(?: .{1,60})?$")
_PLAIN_ITEM_WORDS = 15  # words of a line a capture left without its list marker (an item, not a paragraph)


def _plain_item(line: Line | None) -> bool:
    """round 16a: a line of a list whose markers a capture dropped ('Ghi nhật ký đào theo từng vòng'): no heading, bullet,
    label, figure or sentence end, a capital first, two to fifteen words."""
    if line is None or line.kind or line.inline:
        return False
    text = line.text.strip()
    return 2 <= len(text.split()) <= _PLAIN_ITEM_WORDS and text[:1].isupper() and not is_bullet(text) \
        and not text.endswith(_TERMINAL + (":", ",", ";")) and ":" not in text and "\t" not in text and "|" not in text \
        and figure_start(text) is None


def _described_duties(lines: list[Line | None]) -> None:
    """'Job description' (or one half of a heading in two languages, 'Mô tả công việc / Job description') over
    nothing but a bulleted list of three or more items, or one sentence leading into it, heads what the role does: a
    responsibilities section."""
    for index, line in enumerate(lines):
        if line is None or line.kind != "prose" or line.inline:
            continue
        halves = [line.text] + _CJK.sub(" ", line.text).split(" / ")
        if not any(_JOB_DESCRIPTION.match(fold_marks(normal_heading(h))) for h in halves):
            continue
        start = index + 1
        lead = lines[start] if start < len(lines) else None
        if lead is not None and not lead.kind and not is_bullet(lead.text) and len(lead.text.split()) >= 6 \
                and lead.text.rstrip().endswith((":", " -", " –", "—")):
            start += 1  # round 13b: one sentence leading into the list ('… Tasks include -') over it
        run = 0
        for following in lines[start:]:
            if following is None or following.kind or not is_bullet(following.text):
                break
            run += 1
        if run == 0 and start == index + 1:
            # round 16a: 'Mô tả công việc / Job description' over lines without markers right under it (a list a
            # capture flattened): as a bulleted list, when each reads as an item
            while start + run < len(lines) and _plain_item(lines[start + run]):
                run += 1
        after = lines[start + run] if start + run < len(lines) else None
        if run >= 3 and (after is None or after.kind):
            line.kind = "responsibilities"


# --- detection ----------------------------------------------------------------------------------

def _head_and_families(lines: list[Line | None]) -> tuple[list[tuple[int, str]], set[str]]:
    """(candidate title lines, section families). Title candidates are the lines before the first heading that
    opens real content (a list, a table, a sentence, or a sub-heading): a lone 'Salaries' link among site
    navigation does not end the page's head, nor does a heading-shaped first line ('How much does a … make?')."""
    present = [ln for ln in lines if ln is not None]
    head: list[tuple[int, str]] = []
    families: set[str] = set()
    head_open = True
    quoted = _quoted_lines(present)
    for index, line in enumerate(present):
        family = EVIDENCE_FAMILIES.get(line.kind or "") if line.number not in quoted else None
        if family and head_open and len(head) < _MAX_HEAD_LINES and _headline_title(line.text):
            head.append((line.number, line.text))  # 'How To Become a Phlebotomist (With Salary and Duties)'
            families.add(family)
            continue  # a headline naming the role is the page's head, not a section opening
        if family:
            families.add(family)
            following = present[index + 1] if index + 1 < len(present) else None
            if line.inline or following is None or _opens_content(following):
                head_open = False
        elif line.kind is None and len(head) < _MAX_HEAD_LINES and (head_open or index < _OPENING_LINES):
            head.append((line.number, line.text))
    return head, families


_OPEN_QUOTE = ("\"", "“", "„", "«")
_CLOSE_QUOTE = re.compile(r"[\"”»][.,!?)]*$")
_QUOTE_SPAN = 40  # lines a quoted passage may run over


def _quoted_lines(present: list[Line]) -> set[int]:
    """Round 18a: the numbers of lines inside a quotation of several lines (a line opening with a quotation mark and
    not closing it, up to the line that closes it: '"URGENT HIRING – CABIN STEWARD …' / 'Duties:' / … / '… secure your
    place."', an alert quoting a fake advert, set 21's u22). What a page quotes is someone else's text: its headings are
    no sections of the page. A quotation closed on its own line (a testimonial, sets 3-15) spans nothing."""
    out: set[int] = set()
    index = 0
    while index < len(present):
        text = present[index].text.strip()
        if text[:1] in _OPEN_QUOTE and not _CLOSE_QUOTE.search(text[1:]):
            for end in range(index + 1, min(index + _QUOTE_SPAN, len(present))):
                if _CLOSE_QUOTE.search(present[end].text.strip()):
                    out.update(ln.number for ln in present[index:end + 1])
                    index = end
                    break
        index += 1
    return out


def _headline_title(text: str) -> bool:
    """A headline that is a vocabulary heading only by its wording but names the page's role, furniture around it
    ('How To Become a Phlebotomist (With Salary and Duties)'): a title candidate as well as a section."""
    if how_to_name(text):
        return True  # round 16a: 'How to become a Radio Traffic Reporter' (title.py names the role only when a section's
        # heading names it too)
    name, removed = remove_furniture(text)
    if removed and name.islower():
        name = name[:1].upper() + name[1:]  # 'What does a sub-editor do?': the name as a title would write it
    return removed and name.casefold() != text.strip().casefold() and role_like(name) and has_role_noun(name)


def _opens_content(line: Line) -> bool:
    text = line.text.strip()
    return bool(line.kind) or is_bullet(text) or text.startswith("|") or len(text.split()) >= 4 \
        or _label_value_line(text)


# round 20a: a bare 'I' is the pronoun only before a word in lower case ('I started', 'when I was'): a grade's roman numeral
# ('Primary Teacher I → Senior Teacher II', 'T-Scale 6 (Primary Teacher I, C2)', set 31's p31_16) is none
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I(?=\s+(?!(?:and|or|to|through)\b)[a-z])|I'm|I’m|I've|I’ve|my|me)(?![\w'’])")


# a short line asking a question, numbered as an interview numbers them ('Q3. How did you get into it?', '3. Why …?')
_QUESTION_LINE = re.compile(r"^(?:Q\s?\d{1,2}|\d{1,2})[.:)]?\s+[A-Z][^?]{3,120}\?$")
_INTERVIEW_QUESTIONS = 3


def _first_person(text: str) -> bool:
    """Prose written in the first person singular ('When I started…', 'my first year'): a personal post, not a
    role page (questions like 'Can I become…?' do not count)."""
    count = 0
    raws = text.splitlines()
    questions = [n for n, raw in enumerate(raws) if _QUESTION_LINE.match(raw.strip())]
    answers: set[int] = set()
    if len(questions) >= _INTERVIEW_QUESTIONS:
        # round 26a: '"Every scan is a puzzle": 10 questions for a Sonographer' / 'Q1. First things first – what does a
        # sonographer actually do?' / 'We're the people who do the ultrasound. …' (p53_05): an interview about the job, its
        # answers in the first person of whom it asks; the paragraph under each question is the answer, not the page's
        # voice (a personal post does not number three questions or more to itself; a staff profile's unnumbered 'How
        # did you end up here?' stays the person's story)
        for number in questions:
            following = number + 1
            while following < len(raws) and raws[following].strip():
                answers.add(following)
                following += 1
    for index, raw in enumerate(raws):
        line = raw.strip()
        if is_bullet(line) or len(line.split()) < 6 or index in answers:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if not sentence.rstrip().endswith("?"):
                count += len(_FIRST_PERSON.findall(sentence))
    return count >= 2


def is_negative(text: str) -> bool:
    return _negative(text) is not None


def _negative(text: str) -> str | None:
    """'strong' or 'weak' (round 26d: editorial chrome on a page in the first person, the last rule below), else None.
    A blog, listing or job-ad marker (one strong marker), or editorial chrome (a byline, a reading time, share
    buttons) on a page written in the first person: career guides carry bylines too, but speak of the role. A job
    ad's call to action ('Apply now', 'How to apply') refuses a page only when the same line comes twice (one per
    posting of a listing): an employer's own page about one role carries one too; so does a posting's summary line
    ('Aquatics · Part-time · Local 2401'), which refuses a page only with a second one (a listing) or with a
    posting's button ('Apply now', 'Apply for this job': a job ad). One summary line and a line saying how to apply
    are an employer's careers page about one role (`Faru Lagoon · Full time` … `Send your CV to …`), which until the
    eleventh session refused the page as a job ad: on the 25 sets' ~100 pages that are no role page none needed it,
    and it set aside four role pages of sets 23-25. 'Page 2 of 12' refuses a page unless such lines are a printed
    document's page footers."""
    weak = False
    calls: set[str] = set()
    cards = 0  # a posting's summary line ('Acme Retail · Leeds · Full-time')
    buttons = 0  # a posting's 'Apply now' / 'Apply for this job'
    pages: set[tuple[int, int]] = set()  # 'Page 2 of 12': a listing's pagination, or a printed page's footer
    for raw in (cell for whole in text.splitlines() for cell in _button_cells(whole)):
        line = _strip_symbols(raw).strip()
        if not 0 < len(line) < 200:
            continue
        for kind, pattern in _negative_lines():
            match = pattern.match(line)
            if match:
                if kind == "pages":
                    pages.add((int(match.group(1)), int(match.group(2))))
                    break
                if kind in ("apply", "button"):
                    if line.lower() in calls or kind == "button" and cards:
                        return "strong"
                    calls.add(line.lower())
                    buttons += kind == "button"
                elif kind == "card":
                    cards += 1
                    if cards >= 2 or buttons:
                        return "strong"  # two postings' summary lines (a listing), or one with a posting's button (an ad)
                    break  # one line is one posting's summary, whichever rows it matches
                elif kind != "weak":
                    return "strong"
                else:
                    weak = True
    if pages and not _page_footers(pages):
        return "strong"
    return "weak" if weak and _first_person(text) else None


_BUTTON_CELL = re.compile(r"\[\s*([^\[\]]{1,40}?)\s*\]")


def _button_cells(raw: str) -> list[str]:
    """round 20a: a row of buttons a text capture writes in brackets ('[ Apply now ]   [ ♡ Save job ]   [ Share ]', sets 29
    p29_11 and 31 p31_22): each button is a line of its own for the markers, as a capture that gives each its own line
    would have it. A line with anything but bracketed cells outside them (a wiki's 'Pay[edit]', a link in a sentence) is
    read whole."""
    cells = _BUTTON_CELL.findall(raw)
    if not cells:
        return [raw]
    rest = _strip_symbols(_BUTTON_CELL.sub(" ", raw)).strip(" |·•")
    if rest and raw.lstrip().startswith("[") and re.fullmatch(r"\S+(?: \S+){0,3}(?:\s{3,}\S+(?: \S+){0,3})*", rest):
        # round 22a: '[ APPLY NOW ]   Save job   Email this posting' (set 33 q11): a row of buttons some of which the capture
        # left without brackets, set apart by wide gaps: each a button too
        return cells + re.split(r"\s{3,}", rest)
    if rest:
        return [raw]
    return cells


def _page_footers(pages: set[tuple[int, int]]) -> bool:
    """'Page 1 of 2' … 'Page 2 of 2': a printed document's footers (one total, every page from the first to the last),
    not a listing's pagination ('Page 2 of 12')."""
    totals = {total for _, total in pages}
    if len(totals) != 1:
        return False
    total = totals.pop()
    return {number for number, _ in pages} == set(range(1, total + 1))


_TRAIL_SCAN = 40  # lines of a page searched for a trail over the page's own name



# the last page read_structure read, and what it gave: detection reads a page, then its parse reads the same text
_LAST_READ: list = [None, None]


def read_structure(text: str) -> tuple[list[Line | None], Title | None, set[str]]:
    """(lines, the role's title, fact-bearing section families). The title is looked for before the first
    fact-bearing heading; once known, headings that name the role count as well. A pure function of the text: the
    page detection just read is answered again without reading it twice (its Line objects are never changed after)."""
    if _LAST_READ[0] is not None and _LAST_READ[0] == text:
        lines, title, families = _LAST_READ[1]
    else:
        lines, title, families = _read_structure(text)
        _LAST_READ[:] = [text, (lines, title, families)]
    return list(lines), title, set(families)


def _read_structure(text: str) -> tuple[list[Line | None], Title | None, set[str]]:
    lines = segment(text)
    head, families = _head_and_families(lines)
    title = labelled_title(text) or find_title(head, text) or find_title(_overview_names(lines), text)
    below_chrome = None
    if title is None:
        # round 22a: or the trail's last entry written again under it, below a site name the vocabulary reads as a
        # heading ('Your Career' / menu / 'Explore occupations / … / Plumber' / 'Plumber': the head closed at the site's
        # name); what stands above that title is the site's chrome, never a section
        title = _trail_named([(ln.number, ln.text) for ln in lines if ln is not None][:_TRAIL_SCAN], text)
        if title is not None and not known_head(title.name):
            title = None  # a name in Latin letters the role nouns do not know is named by its trail only (round 19a)
        below_chrome = title.line if title is not None else None
    if title is None or len(title.name.split()) == 1 and not (
            has_role_noun(title.name) or _agentive(title.name) or caseless(title.name)):
        # round 22a: the head closed at a site menu's headings ('Pay & Salary' / 'Career Development') before the page's
        # headline, or gave only the site's name ('Hirewell', 'Jobbly'): a headline naming a role by its furniture
        # further down ('What Does a Pharmacy Technician Do? (Plus Salary and Requirements)') names the page
        present = [ln for ln in lines if ln is not None][:_TRAIL_SCAN]
        for index, line in enumerate(present):
            if head and line.number <= head[-1][0] and title is not None:
                continue
            if _headline_title(line.text) and not re.search(r":\s+[a-z]", line.text) and not line.inline:
                # (a label over its lower-case value, 'Managers: release successful candidates', is a row, no headline)
                named = find_title([(ln.number, ln.text) for ln in present[index:index + _OPENING_LINES]], text)
                if named is not None and has_role_noun(named.name):
                    title, below_chrome = named, named.line  # the menu above the headline is the site's chrome
                    break
    # a "Job Title:" row names the role outright; round 14a: a page of tabs whose head is the firm's name over the
    # tab bar writes the role's name at the top of its overview section
    if title is not None:
        title = _english_side(title, lines, text)
    if title is not None:
        lines = segment(text, title.name, title.line)
        if below_chrome is not None:
            for line in lines:
                if line is not None and line.number < below_chrome:
                    line.kind, line.inline = None, None
        families = _head_and_families(lines)[1]
    return lines, title, families


_OVERVIEW_NAMES = 3  # lines at the top of an overview section that may hold the role's name (and its other name)


def _overview_names(lines: list[Line | None]) -> list[tuple[int, str]]:
    """round 14a: 'PneuCentrum Moravia | Kariéra' over a tab bar, the pay tab first, then 'Přehled / Overview' over
    'Pneuservisní mechanik' / 'Tyre Fitter': the bare name lines right under the page's first overview heading
    (a heading of the 'prose' kind), up to three, before any other line; [] when there are none."""
    present = [ln for ln in lines if ln is not None]
    for index, line in enumerate(present):
        if line.kind != "prose":
            continue
        names = []
        for following in present[index + 1:index + 1 + _OVERVIEW_NAMES]:
            if following.kind is not None or not _bare_name(following.text):
                break
            names.append((following.number, following.text))
        return names
    return []


def _english_side(title: Title, lines: list[Line | None], text: str) -> Title:
    """round 14a: 'Estibador Portuario' over 'Stevedore' on a page whose headings write the page's language first
    and English second ('Funciones / Duties', 'Competencias / Skills'): of two lines naming the role in two languages,
    the one on the side where the page writes English is the role, the other its alias. The side is the one of the
    page's two-language headings ('local / English', one half a heading the vocabulary knows, the other not);
    nothing changes when the page has no such headings or they disagree."""
    if title.translation is None or title.translation_line is None or title.other_names \
            or abs(title.translation_line - title.line) != 1:
        return title
    sides = {0: 0, 1: 0}
    for line in lines:
        if line is None or line.kind is None:
            continue
        parts = line.text.strip().split(" / ")
        if len(parts) != 2 or any(len(part.split()) > 6 for part in parts):
            continue
        known = [heading_kind(part.strip()) is not None for part in parts]
        if known[0] != known[1]:
            sides[known.index(True)] += 1
    if not sides[0] + sides[1] or sides[0] and sides[1]:
        return title
    english_second = sides[1] > 0
    if english_second != (title.translation_line > title.line):
        return title  # the role is already the name on the English side
    other = title.translation
    if not role_like(other) or has_role_noun(title.name) and not has_role_noun(other):
        return title
    return Title(singular_title(other), other, title.translation_line, title.name, title.line)


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
    seen: dict[str, int] = {}  # section kind -> index in present of its last heading
    for index, line in enumerate(present):
        if line.kind not in _REPEATABLE:
            continue
        before = present[index - 1] if index else None
        if line.kind in seen and before is not None and before.kind is None and before.number != title.line:
            name = remove_furniture(before.text)[0]
            if len(name.split()) <= 6 and role_like(name) and has_role_noun(name) and singular_title(name) != title.name:
                return True
        if line.kind in seen and _numbered_role_between(present[seen[line.kind] + 1:index], title):
            return True
        seen[line.kind] = index
    return False


_NUMBERED_NAME = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
_NAME_LOOKBACK = 6  # lines above a repeated section heading its role's numbered name may stand among


def _numbered_role_between(between: list[Line], title: Title) -> bool:
    """round 24b: a listicle of roles ('1. Cloud Architect' / pay lines / a sentence / 'Top skills: …' / '2. Data
    Scientist' / … / 'Top skills: …', set 44's p44_04): the section kind comes again after a numbered line, no
    heading of its own, that names another role (a role noun, six words at most, no sentence), a few lines above it.
    A role page numbers its duties and steps, which are sentences or carry no role noun."""
    for line in between[-_NAME_LOOKBACK:]:
        if line.kind is not None or line.number in (title.line, title.translation_line):
            continue
        match = _NUMBERED_NAME.match(line.text)
        if not match:
            continue
        name = remove_furniture(line.text[match.end():].strip())[0]
        if len(name.split()) <= 6 and not re.search(r"[.!?:;,]$", name) and role_like(name) \
                and has_role_noun(name) and singular_title(name) != title.name:
            return True
    return False


_LIST_RUN = 3  # bullet lines under a heading that make it a headed list
_BOX_RUN = 3  # label/value lines in a row that make an at-a-glance box
_PAY_FIGURE = re.compile(
    r"(?i)(?:[$€£¥₹₱]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|INR|PHP|MXN|NOK|SEK|DKK|CHF|ZAR|SGD|JPY)\b)\s?\d[\d,.\u00a0]*\s*(?:k\b)?"
    r".{0,40}?\b(?:per|a|an|each)\s+(?:year|annum|month|week|hour|day)\b"
    r"|\b(?:salary|salaries|pay|earnings|wages?)\b.{0,60}[$€£¥₹₱]\s?\d"
    # round 19a: a figure in a local currency's letters the people of the role earn by a period ('New officers earn R11 500
    # a month', set 23 w07; 'earn Rs 42,000 per month', 'paid KSh 38,000 a month')
    r"|\b(?:earn|earns|earning|paid)\s+(?:about\s+|around\s+|roughly\s+)?[A-Z][A-Za-z.]{0,3}\s?\d[\d,.\u00a0 ]*\s+(?:a|per|an)\s+"
    r"(?:year|annum|month|week|hour|day)\b")


def _headed_lists(lines: list[Line | None]) -> int:
    """Headings (a short line of its own, known or not) each followed by a run of at least three bullet lines."""
    present = [ln for ln in lines if ln is not None]
    count = 0
    for index, line in enumerate(present):
        text = line.text.strip()
        if is_bullet(text) or not (line.kind or _heading_shaped(text, sentence_case=True) or _question(text)
                                   or (text.endswith(":") and len(text.split()) <= 10)):
            continue
        run = 0
        for following in present[index + 1:]:
            if following.kind or not is_bullet(following.text):
                break
            run += 1
        count += run >= _LIST_RUN
    return count


def _label_value_box(lines: list[Line | None]) -> bool:
    """Three label/value lines in a row ('License term: 2 years', 'Licence — SIA licence', a tab pair)."""
    run = 0
    for line in lines:
        text = line.text.strip() if line is not None else ""
        pair = line is not None and not is_bullet(text) and (
            _label_value_line(text) or bool(re.match(r"^[A-Z][\w ()/'’-]{1,40}?\s+[—–]\s+\S", text))
            or bool(re.match(r"^[A-Z][^\t|]{1,40}(?:\t+|\s+\|\s+)[^\t|]+$", text)))
        run = run + 1 if pair else 0 if line is not None else run
        if run >= _BOX_RUN:
            return True
    return False


_TITLE_HEAD = 10  # non-blank lines a structurally detected page's title is among (a name further down is an item)
_SHORT_LINE = 12  # words of a line that refers to the role by name (a heading, a label, a question)


def structural_evidence(text: str, lines: list[Line | None], title: Title, families: set[str]) -> bool:
    """A one-role page whose headings are outside the vocabulary, told by its structure: the title is in the page's
    head, names a person in a role (a known role noun, a word for a person such as 'Arborist', or the page speaks of
    it as a person's job: 'What does a chimney sweep do?') and the page mentions it again, and at least three of
    these hold: a recognised fact-bearing section, two headed lists, a pay figure with its period or pay label, a
    label/value box, a short line (heading, label, question) that names the role again or a sentence of prose that
    opens with it ('Culinary Specialists prepare…')."""
    present = [ln for ln in lines if ln is not None]
    if not any(ln.number == title.line for ln in present[:_TITLE_HEAD]):
        return False
    others = [ln.text for ln in present if ln.number not in (title.line, title.translation_line)]
    if not ((has_role_noun(title.name) or _agentive(title.name)) and role_like(title.name)
            or person_like(title.name, "\n".join(others))):
        return False  # a known role noun or a word for a person ('Arborist'), or a name the page speaks of as a
        # person's job ('a chimney sweep')
    names = [title.name] + ([title.translation] if title.translation else [])  # or its name in the page's language
    if not any(_mentioned(name, "\n".join(others)) for name in names):
        return False
    referred = any(len(t.split()) <= _SHORT_LINE and _mentioned(name, t) or _defines(name, t) or _crumb_end(name, t)
                   for t in others for name in names)
    signals = [bool(families & set(FACT_FAMILIES.values())), _headed_lists(lines) >= 2,
               bool(_PAY_FIGURE.search(text)), _label_value_box(lines), referred]
    return sum(signals) >= 3


# round 15a: what a role page written only in prose says in its sentences (a sentence: a line of twelve words or more),
# one pattern per facet of a role; a news story, a blog post or a staff profile about a job says one or two of them
_PROSE_SENTENCE = 12
_PROSE_FACETS = (
    # where people come from and go next ('Many people start as a …', 'go on to become', 'step up to')
    re.compile(r"(?i)\b(?:start(?:s|ed)? (?:out )?as an?|come into (?:the|this) (?:role|job|work) from|go(?:es)? on to "
               r"become|work (?:their|your|his|her) way up|step up to|move (?:across|sideways) (?:in)?to"
               # round 19a: the same moves in the past and in the plural ('Most classers started out as shed hands',
               # 'Officers who start as static guards', 'had gone on to become wool buyers', 'can move up to patrol
               # supervisor', 'A few have moved across into our control room': sets 23 w07, 24 x05, 25 y06)
               r"|start(?:s|ed|ing)? (?:out |off )?as (?:[a-z]+ ){0,2}[a-z]+s\b|(?:gone|went) on to become"
               r"|mov(?:e|es|ed|ing) (?:up|across|sideways|on) (?:in)?to)\b"),
    # its other names ('is sometimes called', 'you may also hear called', 'the job title is written as')
    re.compile(r"(?i)\b(?:(?:sometimes|also|often|usually) (?:be )?(?:called|known as)|also hear(?:d)? (?:it |them )?called"
               r"|(?:job )?title is (?:also )?written as|also referred to as"
               # round 17a: 'You may see the job advertised as QC, fruit inspector or quality assessor'
               r"|(?:see|find) (?:the|this) (?:job|role|position) (?:advertised|listed|posted) as"
               # round 18a: 'A thatcher, or a "thatching contractor" as the grant forms call them' (set 21's u06), 'the
               # tourist board's licence calls it a bamboo raft operator' (set 18's h08), 'Some people call the job a
               # wildlife rehabber' (set 13's t01): others' name for the role's people or its work
               r"|(?:call|calls)\s+(?:it|them|the\s+(?:job|role|work|trade|craft))(?=\s+[\"“'‘]?[a-z])"
               r"(?!\s+(?:a day|a night|quits|back|off|in|up|out|on|for|to|about)\b)"
               r"|as\s+(?:the\s+|some\s+|many\s+|most\s+)?[\w'’ ]{1,40}?\s+(?:call|calls)\s+(?:it|them))\b"),
    # what it asks of a person ('The job needs …', 'The work suits people with …', 'To be good at it you need …')
    re.compile(r"(?i)\b(?:(?:the )?(?:job|role|work|trade) (?:needs|requires|suits people with|calls for|demands)"
               r"|to be good at (?:it|this)"
               # round 19a: 'What makes a good classer?' (set 24 x05), 'The officers who do best with us combine …' (set
               # 23 w07), 'they need sound judgement at sea' (set 22 v05), 'The work calls for a good eye' (set 25 y06)
               r"|what makes (?:a|an) (?:good|great) [a-z]+|who do (?:best|well) (?:in|at|with)\b"
               r"|they (?:will |also )?need (?:good|great|strong|sharp|sound|a good|a sharp|a steady|steady|excellent|physical|patience)"
               r"|suits people (?:with|who)"
               # round 16a: 'What matters most is a trained olfactory memory', 'The best consultants have a genuine …'
               r"|what (?:matters|counts) most (?:is|are)|the best [a-z]+s (?:have|are|bring|combine)"
               # round 17a: 'You need good eyesight, a sharp eye for …': what a person brings, said to the reader
               r"|you (?:will |also )?need (?:good|great|strong|sharp|sound|a good|a sharp|a steady|steady|excellent|physical|patience))\b"),
)


def prose_evidence(text: str, lines: list[Line | None], title: Title) -> bool:
    """round 15a: a one-role page written only in prose (no heading, list or box: sets 14-16's s08, v08, x12), told by
    what its sentences say: the title is in the page's head, names a person in a role and the page defines it or
    names it again, and its sentences say all four facets of a role page: a pay figure with its period, where people
    come from or go next, another name of the role and what the job asks of a person. A news story, blog post, listing
    or staff profile about a job says one or two of them (the sets' 67 pages that are not role pages: at most two)."""
    present = [ln for ln in lines if ln is not None]
    if not any(ln.number == title.line for ln in present[:_TITLE_HEAD]):
        return False
    if not ((has_role_noun(title.name) or _agentive(title.name)) and role_like(title.name)):
        return False
    prose = "\n".join(ln.text for ln in present if len(ln.text.split()) >= _PROSE_SENTENCE and not is_bullet(ln.text))
    words = title.name.split()
    if not (_mentioned(title.name, prose) or any(_defines(title.name, ln.text) for ln in present)
            # round 17a: 'Packhouse Quality Controller' over '… every tray passes a quality controller …': prose shortens
            # a name of three words or more to its last two
            or len(words) >= 3 and _mentioned(" ".join(words[-2:]), prose)):
        return False
    return bool(_PAY_FIGURE.search(prose)) and all(facet.search(prose) for facet in _PROSE_FACETS)


def _crumb_end(name: str, line: str) -> bool:
    """A breadcrumb that ends on the name ('Cẩm nang nghề nghiệp » Dệt may » Nhân viên QC may mặc'), however many
    words its links hold."""
    parts = re.split(r"\s(?:›|»|>|＞)\s", _strip_symbols(line).strip())
    return len(parts) >= 2 and parts[-1].strip().casefold() == name.casefold()


def _defines(name: str, line: str) -> bool:
    """A sentence of prose that opens with the role's name ('Culinary Specialists prepare and serve meals…', 'A
    farrier is a specialist…'): the page explains the role it is titled with."""
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
    if not base or len(line.split()) < 6 or is_bullet(line):
        return False
    return bool(re.match(rf"(?i)(?:(?:an?|the)\s+)?{re.escape(base)}(?:s|es)?\s+(?-i:[a-z])", _strip_symbols(line).strip()))


_TRAIL_TITLE_FAMILIES = 5  # section families a page named only by its trail needs


_TOLD_FAMILIES = frozenset({"responsibilities", "skills", "salary", "career"})


def detect_layout(text: str) -> str | None:
    """'generic' when the page reads as one role's page of another site, else None."""
    try:
        negative = _negative(text)
        if negative == "strong":
            return None
        lines, title, families = read_structure(text)
        if title is None or _compares_roles(lines, title):
            return None
        if negative and len(families & _TOLD_FAMILIES) < len(_TOLD_FAMILIES):
            # round 26d: an interview in the first person with share buttons ('10 questions for a Sonographer', p53_05)
            # is a role page when its headings tell the role's duties, skills, pay and career, all four
            return None
        if title.by_trail and len(families) < _TRAIL_TITLE_FAMILIES:
            return None  # round 19a: a name known only by its place in the trail needs a full role page's sections
            # (sets 24 x11, 25 y15: six families); round 9b's Spanish guide with three stays unknown
        if not is_role_page_evidence(families) and not structural_evidence(text, lines, title, families) \
                and not prose_evidence(text, lines, title):
            return None
        return LAYOUT
    except Exception:  # noqa: BLE001 - detection must never raise on odd input
        return None


def _heading_shaped(text: str, sentence_case: bool = False) -> bool:
    """A short capitalised line without sentence punctuation; with sentence_case, 'Where you could work' too (a
    line that can only end a section: its list is kept as text, never read as the section's facts)."""
    if is_bullet(text) or "\t" in text.strip():
        return False  # '▪ Sterilise equipment' is an item, 'Communication<TAB>Intermediate' a table row
    text = _strip_symbols(text).strip().rstrip(":").strip()
    if not text or is_bullet(text) or figure_start(text) is not None or "," in text or text.startswith("|"):
        return False
    if sentence_case and 0 < len(text.split()) <= 6 and text[:1].isupper() and not text.endswith(_TERMINAL + (";",)):
        return True
    return title_like(text, max_words=6)


_TOC_LEAD = re.compile(r"(?i)^(?:on this page|contents|article contents|table of contents|in this (?:article|guide|page)|"
                       r"jump to(?: section)?|page contents)\s*:?$")


def _contents_entries(lines: list[Line | None]) -> tuple[set[str], int]:
    """Round 22c: 'On this page' / 'Working life' / 'Entry requirements' / 'Skills and values' / … (set 35 s11): the
    entries of the page's table of contents, three or more short lines right under its lead, each written again later
    as its section's heading; (the entries folded, the TOC's last line), else (empty, 0)."""
    present = [ln for ln in lines if ln is not None]
    for index, line in enumerate(present):
        if line.kind or not _TOC_LEAD.match(_strip_symbols(line.text).strip()):
            continue
        entries = []
        for following in present[index + 1:]:
            text = following.text.strip()
            if following.number != (entries[-1].number if entries else line.number) + 1 or len(text.split()) > 8 \
                    or text.endswith((".", ",", ";")):
                break
            entries.append(following)
        if len(entries) < 3:
            continue
        folded = {_toc_key(e.text) for e in entries}
        later = {_toc_key(ln.text) for ln in present if ln.number > entries[-1].number}
        if len(folded & later) >= 3:
            return folded, entries[-1].number
    return set(), 0


def _toc_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^\s*(?:[-•*]\s+)?", "", text)).strip().casefold()


def _numbered_key(text: str) -> str:
    """A contents entry or a heading without its number and a wiki's edit link ('3. Skills[edit]' -> 'skills')."""
    return _toc_key(_EDIT_LINK.sub("", re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", text)))


def _numbered_contents(lines: list[Line | None]) -> tuple[set[str], int]:
    """Round 24b: '▼目次' / '1. 介護福祉士の仕事内容' / '2. 求められるスキル' / … (set 46 p46_01), 'İçindekiler' / '1. Avukat nedir?' /
    … (set 43 p43_09): a table of contents whose lead is in any language, told by its entries: three numbered short
    lines or more in a row counting up by one (``_contents_lines``), three of which are written again further down
    (with or without their number). (the entries without their numbers, the last entry's line), else (empty, 0)."""
    present = [ln for ln in lines if ln is not None]
    if not present:
        return set(), 0
    raws = [""] * max(ln.number for ln in present)
    for ln in present:
        raws[ln.number - 1] = ln.text
    entries = sorted(_contents_lines([re.sub(r"\?$", "", raw.rstrip()) for raw in raws]))  # ('1. Avukat nedir?')
    if not entries:
        return set(), 0
    # the first run of entries only (a second numbered run further down is the page's own numbered headings)
    run = [entries[0]]
    for number in entries[1:]:
        if number != run[-1] + 1:
            break
        run.append(number)
    keys = {_numbered_key(raws[n - 1]) for n in run}
    later = {_numbered_key(ln.text) for ln in present if ln.number > run[-1]}
    if len(keys & later) >= 3:
        return keys, run[-1]
    return set(), 0


def build_blocks(lines: list[Line | None]) -> list[Block]:
    blocks = [Block("intro", None)]
    previous_blank = True
    toc, toc_end = _contents_entries(lines)
    numbered_toc, numbered_end = _numbered_contents(lines)
    capital_headings = _capital_headings(lines)
    for index, line in enumerate(lines):
        if line is None:
            previous_blank = True
            continue
        current = blocks[-1]
        section = current.parent or current.kind
        if toc and not line.kind and line.number > toc_end and _toc_key(line.text) in toc and not line.inline:
            # round 22c: a heading the page's table of contents lists ('Working life', 'Skills and values'): a section
            # of its own, read as a section whose heading the vocabulary does not know
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
            previous_blank = False
            continue
        if numbered_toc and not line.kind and line.number > numbered_end and not line.inline \
                and _NUMBERED.match(line.text) and _numbered_key(line.text) in numbered_toc:
            # round 24b: a numbered line that repeats an entry of the page's numbered table of contents ('3. 介護福祉士の
            # 年収・給料' inside the skills) heads a section of its own, never an item of the section above it
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
            previous_blank = False
            continue
        if not line.kind and current.kind == "aliases" and current.inline and len(blocks) > 1 \
                and _names_row_line(lines, current.line) and not previous_blank:
            # a names row inside a box ('Names<TAB>Farrier, horseshoer'): the rows after it go on with the box
            before = blocks[-2]
            blocks.append(Block(before.kind, before.heading, parent=before.parent, line=line.number))
            current = blocks[-1]
            section = current.parent or current.kind
        elif not line.kind and current.kind == "aliases" and current.inline and (
                previous_blank or not current.lines and not current.inline.rstrip().endswith((",", ";", "/", "·"))):
            # 'Also known as: A, B' holds its list on its own line: what follows (after a blank line, or right under
            # it when the list is not left open by a comma) is not the aliases'
            blocks.append(Block("unknown", None, line=line.number))
            current = blocks[-1]
            section = "unknown"
        if line.kind and section == "facts" and (FACT_FAMILIES.get(line.kind) is None or line.kind == "salary") \
                and (not previous_blank or current.kind == "facts" and not current.lines) \
                and not line.inline and _short_value_follows(lines, index, 12 if line.kind == "salary" else 40):
            current.lines.append(line)  # 'Growth outlook', 'Weekly pay' inside an at-a-glance box label a value
        elif line.kind and current.kind == "other" and not previous_blank and not line.inline \
                and line.text.rstrip().endswith("?") and not _answered_question(current, lines, index):
            current.lines.append(line)  # 'Related questions' / 'What does an underwriter do?': a link, no heading
        elif line.kind and line.kind.startswith("career_") and line.inline and current.kind == "facts" \
                and not previous_blank:
            # 'Typical entry route: graduate scheme' inside the glance box is one of its facts, not a path
            current.lines.append(Line(raw_text(lines, line), line.number))
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
        elif _HEADING_WIDGET.match(_strip_symbols(line.text).strip()) and len(line.text.split()) <= 12 \
                and not line.text.rstrip().endswith((".", ",", ";")):
            # round 12b: 'Tab 3 of 4: Growth', '▼ Accordion: Life at sea': a page widget's label over a section whose
            # heading the vocabulary does not know still ends the section before it (its text is read as unknown)
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
        elif _markdown_heading(line.text) and current.kind != "intro" and not (
                section == "career" and _markdown_heading(line.text) > _markdown_heading(_section_heading(blocks) or "")):
            # '## Moving sideways': a markdown heading the vocabulary does not know still ends the section; a
            # deeper one inside a skills section is a skill group, inside a progression a ladder level ('### Senior')
            level, outer = _markdown_heading(line.text), _markdown_heading(_section_heading(blocks) or "")
            name = line.text.strip().lstrip("#").strip()
            if section == "skills" and outer and level > outer:
                blocks.append(Block("skill_group", name, parent="skills", line=line.number))
            else:
                blocks.append(Block("unknown", line.text.strip(), line=line.number))
        elif (previous_blank and current.kind not in ("intro", "other") and current.lines and _question(line.text)
              and _next_is_list(lines, index)) \
                or (_question(line.text) and (current.heading or "").rstrip().endswith("?") and current.parent is None
                    and _answered_question(current, lines, index)):
            # round 13b: in a FAQ whose sections are questions, a question the vocabulary does not know ('Which grade do
            # Customs Officers join at?') over its answer ends the question before it, blank line or not
            # 'What's it like to be a Truck Driver?' after a blank line: a question heading ends the section
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
        elif section in ("skills", "career") and current.lines and _heading_shaped(line.text) \
                and _same_capitals(line.text, _section_heading(blocks)) and _box_row_follows(lines, index):
            # round 13b: 'CONDITIONS' / 'Status: …' under 'YOUR SKILLS' (no blank line): the next section, written like
            # the one before it, whose box rows are read as any unnamed section's
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
        elif section == "career" and not line.inline and (bare := career_label(line.text, bare=True)) \
                and not bare[1] and _titles_follow(lines, index):
            # lead, after set 15: a bare 'From' / 'To' line of a progression section over unmarked titles heads them
            kind = bare[0]
            blocks.append(Block(kind, line.text.strip().rstrip(":").strip(" *_"), parent="career", line=line.number))
        elif section == "career" and career_label(line.text):
            kind, rest = career_label(line.text)  # 'From: Clinical Research Associate, Data Coordinator'
            blocks.append(Block(kind, re.split(r":|\t", line.text.strip())[0].strip(" *_"), inline=rest, parent="career",
                                line=line.number))
        elif section in ("skills", "career") and _heading_shaped(line.text) and not line.text.rstrip().endswith(":") \
                and not re.search(r"\S:\s+\S", line.text) \
                and current.kind not in ("career_from", "career_to", "career_lateral") \
                and not (_same_capitals(line.text, _section_heading(blocks)) and _box_row_follows(lines, index)) \
                and _next_is_list(lines, index) and (section == "skills" or _level_label(line.text)
                                                     and not _ARROWS.search(line.text)) \
                and not (section == "skills" and _next_is_paragraph(lines, index)) \
                and not (section == "skills" and not previous_blank and _plain_line_follows(lines, index)) \
                and not (section == "skills" and not previous_blank and _list_item_under(lines, index)):
            # a sub-heading: a skill group, or a ladder level ('Entry Level'); in a skills section an unmarked line
            # right under the one before it, over more unmarked lines, is one line of a plain list ('Operation and
            # Control' / 'Operations Monitoring' / …), not a group
            kind = "skill_group" if section == "skills" else "career_level"
            blocks.append(Block(kind, line.text.strip(), parent=section, line=line.number))
        elif (section not in ("intro", "prose", "facts", "salary") or section == "salary"
              and _next_is_bullet(lines, index) or section == "facts" and _box_ends(current, lines, index)) and current.lines and _next_is_list(lines, index) \
                and not (section == "skills" and _next_is_paragraph(lines, index)) \
                and (_heading_shaped(line.text) or (_heading_shaped(line.text, sentence_case=True)
                                                    or _icon_heading(line.text, _section_heading(blocks)))
                     and _next_is_bullet(lines, index)) and not line.text.rstrip().endswith(":") \
                and (previous_blank or _between_bullets(current, lines, index) or _after_paragraph(current) and _next_is_bullet(lines, index)
                     or section == "facts" and _box_ends(current, lines, index)):
            # an unknown heading ends the section: its list is not the section's ('Working Hours' after duties)
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
        elif capital_headings and current.kind not in ("intro", "facts") and current.lines and not line.inline \
                and _capital_line(line.text) and _same_capitals(line.text, _section_heading(blocks)) \
                and index + 1 < len(lines) and lines[index + 1] is not None and not lines[index + 1].kind \
                and not _capital_line(lines[index + 1].text):
            # round 24b: 'GET EXPERIENCE' / 'Join the … chapter' under 'CAREER LADDER' on a page whose headings are all
            # written in capitals (set 44 p44_20): a short line in capitals, written like the page's headings, over a
            # line that is not, heads a section of its own whose heading the vocabulary does not know
            blocks.append(Block("unknown", line.text.strip(), line=line.number))
        else:
            current.lines.append(line)
        previous_blank = False
    return blocks


_CAPITAL_HEADINGS = 3  # headings in capitals that show a page writes its headings so


def _capital_line(text: str) -> bool:
    """'GET EXPERIENCE': two to five words in capitals, letters only, one of four letters or more (no 'AWS EC2')."""
    words = _strip_symbols(text).strip().split()
    return 2 <= len(words) <= 5 and all(re.fullmatch(r"[^\W\d_]+", w) and w.isupper() for w in words) \
        and any(len(w) >= 4 for w in words)


def _capital_headings(lines: list[Line | None]) -> bool:
    """Whether the page writes its section headings in capitals: three or more, and most of them."""
    headings = [ln.text for ln in lines if ln is not None and ln.kind and not ln.inline]
    capitals = [t for t in headings if [c for c in t if c.isalpha()] and all(c.isupper() for c in t if c.isalpha())]
    return len(capitals) >= _CAPITAL_HEADINGS and 2 * len(capitals) > len(headings)


def _titles_follow(lines: list[Line | None], index: int) -> bool:
    """The next line (no blank between) is a short title of its own: no heading, no sentence, no label."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.kind:
        return False
    text = _strip_symbols(following.text).strip()
    return 0 < len(text.split()) <= 6 and not text.endswith(_TERMINAL + (":", ";", ",")) and ":" not in text \
        and career_label(text, bare=True) is None


def _answered_question(block: Block, lines: list[Line | None], index: int) -> bool:
    """Round 13b: a question of the vocabulary inside a FAQ section ('Customs Officer: frequently asked questions' /
    … / 'What does a Customs Officer do?' / 'Customs Officers work at …') heads its answer: the line before it, if any,
    is an answer of the question before (text, no question) and the line after it is the start of its own answer (no
    question, no heading). A run of questions one under another ('Related questions' / 'What does an underwriter
    do?' / 'How much …?') is a list of links, not headings."""
    before = block.lines[-1].text.rstrip() if block.lines else ""
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return not before.endswith("?") and following is not None and following.kind is None \
        and not following.text.rstrip().endswith("?") and not _heading_shaped(following.text)


def _box_ends(block: Block, lines: list[Line | None], index: int) -> bool:
    """Round 13b: a label/value box flattened to alternating lines ('Pension' / '17.1% employer contribution') ends at a
    short line over two bulleted items or more ('The work' / '▸ Order, rent and purchase sheet music …'): a box's
    values are never a bulleted list under a label of a box with no bullet before it."""
    if any(is_bullet(ln.text) for ln in block.lines) or len(block.lines) < 2:
        return False
    following = [ln for ln in lines[index + 1:index + 3]]
    return len(following) == 2 and all(ln is not None and ln.kind is None and is_bullet(ln.text) for ln in following)


def _plain_line_follows(lines: list[Line | None], index: int) -> bool:
    """The next line is another unmarked short line shaped like this one ('Operations Monitoring' under 'Operation
    and Control'), not an item of a group ('B1: Takes personal responsibility …', '• Python')."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    # round 16a: or written in sentence case ('Patience' over 'Good hygiene habits' in a FAQ answer's unmarked list)
    return following is not None and not following.kind and not is_bullet(following.text) \
        and ":" not in following.text and _heading_shaped(following.text, sentence_case=True)


def _list_item_under(lines: list[Line | None], index: int) -> bool:
    """Round 25d: an unmarked line of a skills section that is one item of an unmarked list, not a group's name: right
    under a lead-in ending on ':' ("You'll need to have:" / 'SQL' / 'Excel, including pivot tables …') with no bullet
    after it, or right under an unmarked item and followed by a blank line (the last name of a group: 'Schaltanlagenbau'
    / 'Elektrische Prüfung (DGUV V3)' / '' / 'Weitere Kompetenzen')."""
    before = lines[index - 1] if index > 0 else None
    following = lines[index + 1] if index + 1 < len(lines) else None
    if before is None or before.kind or is_bullet(before.text):
        return False
    if before.text.rstrip().endswith(":"):
        return following is not None and not following.kind and not is_bullet(following.text)
    # (or right under an unmarked item over another: 'Znalost zákona o účetnictví' / 'Pohoda' / 'Money S3', chips)
    return (following is None or not following.kind and not is_bullet(following.text)) \
        and not before.text.rstrip().endswith(_TERMINAL) and len(before.text.split()) <= 6


def _same_capitals(text: str, heading: str | None) -> bool:
    """'CONDITIONS' under 'YOUR SKILLS': a line in capitals under a section heading in capitals is the next section's
    heading, written like it, not a group inside it."""
    letters = [c for c in text if c.isalpha()]
    above = [c for c in (heading or "") if c.isalpha()]
    return len(letters) >= 3 and len(above) >= 3 and all(c.isupper() for c in letters) and all(c.isupper() for c in above)


def _box_row_follows(lines: list[Line | None], index: int) -> bool:
    """The line under `index` is a 'Label: value' row ('Status: Public-law contract'), no skill's name."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or is_bullet(following.text):
        return False
    label, sep, value = following.text.strip().partition(":")
    return bool(sep and value.strip()) and 0 < len(label.split()) <= 4


def _icon_heading(text: str, heading: str | None) -> bool:
    """'🧠 What you need to be good at' under '🔧 What you'll do': a line led by a pictograph, like the heading of its
    section, with no sentence's end, heads a section of its own (up to ten words)."""
    text = text.strip()
    if not heading or is_bullet(text) or not _LEADING_ICON.match(text) or is_bullet(heading.strip()) \
            or not _LEADING_ICON.match(heading.strip()):
        return False
    rest = _LEADING_ICON.sub("", text).strip()
    return bool(rest) and rest[:1].isupper() and len(rest.split()) <= 10 and not rest.endswith(_TERMINAL + (";", ","))


def _after_paragraph(block: Block) -> bool:
    """The block's last line is a sentence of prose ('Deckhands keep the yacht clean and safe.'): a short line under it
    that heads a list opens a section even with no blank line between them."""
    last = block.lines[-1].text.strip() if block.lines else ""
    return bool(last) and not is_bullet(last) and last.endswith(".") and len(last.split()) >= 6


def _names_row_line(lines: list[Line | None], number: int) -> bool:
    """The aliases heading on line `number` is a names row of a box (its label and list on one line, tab or colon)."""
    line = next((ln for ln in lines if ln is not None and ln.number == number), None)
    return line is not None and line.kind == "aliases" and bool(line.inline) and bool(_NAMES_LABEL.match(line.text))


_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+\S")


def _markdown_heading(text: str) -> int:
    """The level of a markdown heading line ('## Moving sideways' -> 2), else 0."""
    match = _MARKDOWN_HEADING.match(text.strip())
    return len(match.group(1)) if match else 0


def _section_heading(blocks: list[Block]) -> str | None:
    """The heading of the section the last block belongs to (its parent's, for a sub-section)."""
    for block in reversed(blocks):
        if block.parent is None:
            return block.heading
    return None


def raw_text(lines: list[Line | None], line: Line) -> str:
    """The line as written ('Typical entry route: Financial services…') of a heading read with its inline items."""
    return f"{line.text}: {line.inline}" if line.inline else line.text


def _question(text: str) -> bool:
    """A short question on a line of its own ('What's it like to be a Truck Driver?')."""
    text = _strip_symbols(text).strip()
    return text.endswith("?") and 3 <= len(text.split()) <= 12 and text[:1].isupper() and not is_bullet(text) \
        and "\t" not in text and not text.startswith("|")


def _between_bullets(block: Block, lines: list[Line | None], index: int) -> bool:
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return any(is_bullet(ln.text) for ln in block.lines) and following is not None and is_bullet(following.text)


def _level_label(text: str) -> bool:
    """'Entry Level', 'Senior': a ladder level heading, not a role title ('Junior Data Analyst' is a step)."""
    return salary_level(text) != "other" and not has_role_noun(text)


def _short_value_follows(lines: list[Line | None], index: int, limit: int = 40) -> bool:
    """A value line right after the line (a pay label in a box takes a figure, not a paragraph about pay)."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and following.kind is None and len(following.text.split()) <= limit


def _next_is_paragraph(lines: list[Line | None], index: int) -> bool:
    """The next line is a sentence of prose ('Technicians check every label.'): the line before it names what
    the sentence explains (a skill), it does not head a group."""
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return following is not None and _paragraph(following.text)


def _next_is_bullet(lines: list[Line | None], index: int) -> bool:
    following = next((ln for ln in lines[index + 1:] if ln is not None), None)
    return following is not None and following.kind is None and is_bullet(following.text)


def _next_is_list(lines: list[Line | None], index: int) -> bool:
    for line in lines[index + 1:]:
        if line is None:
            continue
        return line.kind is None and not is_figure_note(line.text)
    return False
