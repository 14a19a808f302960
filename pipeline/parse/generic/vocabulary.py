"""Generic layout: the curated vocabulary (pipeline/reference/) and the text helpers that read headings, bullets and titles."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.reference import column, rows
from pipeline.text.salaries import figure_start


PAGE_TYPE = "guide"
LAYOUT = "generic"

FACT_FAMILIES = {
    "responsibilities": "responsibilities", "skills": "skills", "skill_group": "skills", "skill_gaps": "skills",
    "skill_requirements": "skills",
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
    # bullet glyphs of any script ('・' Japanese, '∙', '⁃', '▹', '➢'…), written with or without a space after them
    r"^\s*(?:(?:[-*+•·▪◦‣–—✓✔☑✅➤►▸○●■□➔→»・‧∙⁃▹➢➣❯◾◽▫◼◻]\s+|[•·▪◦‣✓✔☑✅➤►▸○●■□・‧∙⁃▹➢➣❯◾◽▫◼◻])(?:[•·▪◦‣]\s*)?"
    r"|#?\d{1,2}[.)]\s+|\d{1,2}[、．）]\s*(?=\S)|#\d{1,2}:?\s+|\(\d{1,2}\)\s+|\([a-z]\)\s+(?=\S)"
    # round 22a: '1- Réaliser les opérations …' (a number and a hyphen, set 31 o05)
    r"|\d{1,2}-\s+(?=[^\W\d_])"
    # round 26d: '1.负责市场调研…' (a number and a full stop glued to CJK text, p52_08; '2.5万' has a digit after it)
    r"|\d{1,2}\.(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
    # round 26d: '（1）コミュニケーション能力' (full-width brackets round a number, p52_02)
    r"|（\d{1,2}）\s*(?=\S)"
    # lower-case letters and roman numerals ('a) researching…', 'ii. clear written English', '(iv) …'): list
    # markers at any indentation; a line of prose never opens with one
    r"|(?:[a-z]|(?:x{0,3})(?:ix|iv|v?i{1,3}|v))[.)]\s+(?=\S)|\((?:x{0,3})(?:ix|iv|v?i{1,3}|v)\)\s+(?=\S))"
)
_LEADING_ICON = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D]*)+\s+")
_LETTER_BULLET = re.compile(r"^\s+[a-z][.)]\s+(?=\S)"  # '   a. Prepare the daily cash position': indented only
                            # round 22b: '  o Compile statistical data' (a word processor's hollow bullet typed as the
                            # letter o, indented), 'а) Познания по анатомия' (a Cyrillic letter's list marker)
                            r"|^\s+o\s+(?=\S)|^\s*\(?[а-яё]\)\s+(?=\S)")
# round 26b: '1.负责市场调研…' (p52_08): a number glued to a line of a script without capitals
_NUMBER_GLUED = re.compile(r"^\s*#?\d{1,2}[.)](?=[A-Z\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])")
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
_ARROWS = re.compile(r"\s+(?:→|->|=>|⟶|⟹|➔|➜|➝|➞|➙|➛|⇒|⇨|⮕|»|>>|>)\s+")  # any arrow glyph between two titles
_BOUND_WORDS = re.compile(r"(?i)(?:\b(?:up\s+to|under|less\s+than|over|more\s+than|at\s+least|from|between))\s*$")


# --- reference data -----------------------------------------------------------------------------

def _kind_patterns(name: str) -> list[tuple[str, str]]:
    """(kind, pattern) rows of a reference file with those two columns (pipeline/reference/<name>.tsv)."""
    return [(row["kind"], row["pattern"]) for row in rows(name)]


@lru_cache(maxsize=None)
def heading_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """The rows of generic_headings.tsv, then those of generic_headings_intl.tsv (round 15a: other languages)."""
    return tuple((kind, re.compile(pattern)) for kind, pattern in
                 _kind_patterns("generic_headings") + _kind_patterns("generic_headings_intl"))


def match_heading(candidate: str, folded: bool = False) -> int | None:
    """The index (in heading_patterns()) of the first vocabulary row that matches the whole of a normalised heading, or
    None; with folded, among the rows of generic_headings_intl.tsv only (written with diacritics folded, matched against
    a folded heading). The rows are one alternation (the first row that matches wins, as alternatives are tried in
    order), built of only the rows that can start with the candidate's first character (``_heading_starts``): the
    alternation of all ~500 rows was most of a page's heading look-ups. tests/test_generic_lookup_paths.py checks it
    against the alternation of every row."""
    match = _heading_regex_from(candidate[:1], folded).fullmatch(candidate)
    return int(match.lastgroup[1:]) if match else None


@lru_cache(maxsize=None)
def _heading_regex_from(first_char: str, folded: bool) -> re.Pattern:
    """The alternation of the rows (in their order) whose match can start with first_char, and of those whose first
    character cannot be told (a row opening on '.{1,60}' or '\\w')."""
    start = len(_kind_patterns("generic_headings")) if folded else 0
    starts = _heading_starts()
    rows_ = [(i, p) for i, (_, p) in enumerate(heading_patterns())
             if i >= start and (starts[i] is None or (first_char and first_char in starts[i]))]
    if not rows_:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?P<h{i}>{p.pattern})" for i, p in rows_))


@lru_cache(maxsize=None)
def _heading_starts() -> tuple[frozenset[str] | None, ...]:
    """For each heading row, the characters its match can start with (both cases), or None when that is not known."""
    from re import _parser
    return tuple(_first_chars(list(_parser.parse(p.pattern, p.flags))) for _, p in heading_patterns())


def _first_chars(items: list) -> frozenset[str] | None:
    """The first characters a parsed regex sequence can match, or None (any character, or the sequence can match
    the empty string). Conservative: whatever it cannot read is None, which keeps the row for every heading."""
    from re import _constants as c
    out: set[str] = set()

    def add(chars) -> None:
        out.update(ch for x in chars for ch in (x, x.lower(), x.upper(), x.casefold()) if len(ch) == 1)

    for op, av in items:
        if op is c.LITERAL:
            add(chr(av))
            return frozenset(out)
        if op is c.IN:
            chars = []
            for o, a in av:
                if o is c.LITERAL:
                    chars.append(chr(a))
                elif o is c.RANGE and a[1] - a[0] < 128:
                    chars += [chr(x) for x in range(a[0], a[1] + 1)]
                else:
                    return None
            add(chars)
            return frozenset(out)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # an anchor or a look-around consumes nothing
        if op is c.SUBPATTERN:
            subs, can_be_empty = [av[3]], av[3].getwidth()[0] == 0
        elif op is c.BRANCH:
            subs, can_be_empty = av[1], any(b.getwidth()[0] == 0 for b in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            subs, can_be_empty = [av[2]], av[0] == 0 or av[2].getwidth()[0] == 0
        else:
            return None
        for sub in subs:
            chars = _first_chars(list(sub))
            if chars is None:
                return None
            add(chars)
        if not can_be_empty:
            return frozenset(out)
    return None  # the whole sequence can match the empty string


@lru_cache(maxsize=None)
def _career_labels() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rf"(?:{pattern})", re.I)) for kind, pattern in _kind_patterns("career_labels"))


@lru_cache(maxsize=None)
def _fact_labels() -> re.Pattern:
    patterns = [p.strip() for p in column("fact_labels", "pattern") if p.strip()]
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


def career_label(text: str, bare: bool = False) -> tuple[str, str] | None:
    """(kind, items) of a 'From: A, B' line of a progression section, else None. With bare, also a label on a line
    of its own ('From' / 'To' over a list of titles: the kind and an empty string)."""
    if bare and not is_bullet(text):
        head = _strip_symbols(text).strip().rstrip(":").strip(" *_#")
        if head and len(head.split()) <= 3 and ":" not in head and "\t" not in head:
            for kind, pattern in _career_labels():
                if pattern.fullmatch(head):
                    return kind, ""
    head, sep, rest = _strip_symbols(text).partition(":")
    if not sep and "\t" in text.strip():
        head, sep, rest = _strip_symbols(text).strip().partition("\t")  # 'Previous Job Role<TAB>Assistant'
    head = head.strip(" *_#")
    if not sep or not rest.strip() or is_bullet(text) or len(head.split()) > 6:
        return None
    for kind, pattern in _career_labels():
        if pattern.fullmatch(head):
            return kind, rest.strip(" *_\t")
    halves = [h.strip() for h in head.split(" / ")] if head.count(" / ") == 1 else []
    for kind, pattern in _career_labels() if halves else ():
        # round 21c: 'Entrada desde / Entry from', 'Siguiente paso / Next step' (set 30 n23): a label in two languages
        if pattern.fullmatch(halves[0]) or pattern.fullmatch(halves[1]):
            return kind, rest.strip(" *_\t")
    return None


@lru_cache(maxsize=None)
def _furniture() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, pattern in _kind_patterns("title_furniture"):
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
    return tuple((kind, re.compile(rf"^(?:{pattern})\s*$", re.I)) for kind, pattern in _kind_patterns("page_negative"))


@lru_cache(maxsize=None)
def role_nouns() -> frozenset[str]:
    return frozenset(r["noun"].strip().lower() for r in rows("role_nouns") if r["noun"].strip() and not r["language"])


@lru_cache(maxsize=1)
def _romance_nouns() -> frozenset[str]:
    """round 22a: head nouns of titles in Spanish, Portuguese, French and Italian ('técnico', 'professeur', 'cameriere'),
    the first word of such a title."""
    return frozenset(r["noun"].strip().lower() for r in rows("role_nouns") if r["language"] == "romance")


# --- text helpers -------------------------------------------------------------------------------

class _SymbolTable(dict):
    """str.translate table: a character -> None when _strip_symbols removes it, else itself; filled as characters come."""

    def __missing__(self, code: int):
        ch = chr(code)
        removed = unicodedata.category(ch) in ("So", "Sk", "Cf", "Co", "Cs") or ch in "\ufe0f\ufe0e\u200d"
        self[code] = None if removed else code
        return self[code]


_SYMBOLS = _SymbolTable()


def _strip_symbols(text: str) -> str:
    """Remove emoji, pictographs and invisible format characters; keep letters, digits, punctuation."""
    if text.isascii() and "^" not in text and "`" not in text:
        return text  # the common case: no symbol to remove
    return text.translate(_SYMBOLS)


_ASCII_NOT_WORD = re.compile(r"[^0-9A-Za-z\s_?]")  # on an ASCII line, what the character test below makes a space


@lru_cache(maxsize=65536)
def normal_heading(text: str) -> str:
    """'📈 Career Progression:' -> 'career progression'; '## Duties & Responsibilities' -> 'duties and responsibilities'."""
    text = _strip_symbols(text).strip()
    text = re.sub(r"^#{1,6}\s*", "", text)
    text = text.replace("&", " and ").replace("’", "").replace("'", "")
    text = re.sub(r"[-_/]", " ", text)
    # round 23b: a combining mark is part of its word (Thai 'หน้าที่', Devanagari 'मुख्य कार्य'), never a break
    if text.isascii():
        text = _ASCII_NOT_WORD.sub(" ", text).replace("?", " ")
    else:
        text = "".join(ch if ch.isalnum() or ch.isspace() or ch in "_?" or unicodedata.category(ch)[0] == "M" else " "
                       for ch in text).replace("?", " ")
    return " ".join(text.lower().split())


# round 24a: the particle a script without spaces glues between a name and what is told of it (Japanese 'の', Chinese
# '的', Korean '의')
# round 26d: and Japanese 'に' ('施工管理に必要なスキル', skills needed for the role, p52_02)
_CASELESS_PARTICLE = r"(?:の|的|의|に)"
# round 24a: a wiki's edit link after a section heading, as normal_heading leaves it ('[编辑]' -> ' 编辑')
_WIKI_EDIT = re.compile(r"\s+(?:edit|编辑|編輯|編集|편집|modifier|bearbeiten|editar|modifica|bewerken|edytuj|править|"
                        r"редактировать|düzenle|sunting)$")


@lru_cache(maxsize=32768)
def heading_kind(text: str, role: str | None = None) -> str | None:
    """Section kind of a line that is a vocabulary heading, else None. With the page's role, a heading that
    names it is one too ('Data Analyst Responsibilities', 'Skills for a Data Analyst'). A pure function of its
    arguments and the reference data, cached: the readers ask it of the same lines many times a page (round 20's
    heading rows made each answer dearer)."""
    if not text.strip() or len(text) > _MAX_HEADING_CHARS + len(role or "") or len(text.split()) > _MAX_HEADING_WORDS:
        return None
    stripped = _strip_symbols(text).strip().strip("*_").strip()
    if _BULLET.match(stripped) or stripped.endswith((".", ",", ";")) and not stripped.endswith("...") \
            and not greek_question(stripped):
        return None
    key = normal_heading(text)
    if not key:
        return None
    keys = [key]
    bare = re.sub(r"\s*\([^()]*\)\s*:?\s*$", "", _strip_symbols(text).strip().strip("*_").strip())
    if bare and bare != _strip_symbols(text).strip().strip("*_").strip() and not bare.endswith("?"):
        # 'Pay Range (US, annual base):' is the heading 'Pay Range' (a question with a parenthetical is a headline)
        keys.append(normal_heading(bare))
    # round 23b: '二、岗位职责', '三、技能要求': a heading numbered with a CJK numeral and its enumeration comma
    keys += [re.sub(r"^[一二三四五六七八九十]{1,3} ", "", k) for k in keys if re.match(r"^[一二三四五六七八九十]{1,3} ", k)]
    # round 24a: a wiki's section heading with its number before it and its edit link after it ('1 工作内容[编辑]',
    # 'Salary [edit]'): the heading between them (the link's word in the languages wikis are written in)
    keys += [variant for k in list(keys) for variant in [_WIKI_EDIT.sub("", re.sub(r"^\d{1,2} (?=\S)", "", k))]
             if _WIKI_EDIT.search(k) and variant]
    if stripped[:1] in "IVX" and _ROMAN_NUMBER.match(stripped):
        # round 26d: 'III. KỸ NĂNG CẦN CÓ', 'IV. Salary' (a section numbered in capital Roman numerals): the heading after
        keys.append(normal_heading(stripped[_ROMAN_NUMBER.match(stripped).end():]))
    if key[0] == "q" and stripped.endswith("?") and _QUESTION_NUMBER.match(key):
        # round 26d: 'Q2. What does a typical week involve?' (an interview's numbered questions, p53_05): the question
        keys.append(_QUESTION_NUMBER.sub("", key))
    if re.search(r"\w,\s*(?:19|20)\d\d$", stripped):
        keys.append(key[:-5])  # round 25d: 'Hourly wages, 2025': a heading dated after a comma (a title's furniture has none)
    if role:
        name = re.escape(normal_heading(role))
        if re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]", role):
            # round 23b: the role's name glued to the heading's words in a script without spaces ('เงินเดือนวิศวกรไฟฟ้า',
            # '跨境电商运营工资待遇'): the heading without it
            keys += [re.sub(name, "", k).strip() for k in list(keys) if re.search(name, k) and re.sub(name, "", k).strip()]
            # round 24a: and the particle of possession glued after it ('薬剤師の主な仕事内容', '数据分析师的工作内容'):
            # the heading is what follows it
            keys += [re.sub(rf"^{_CASELESS_PARTICLE}\s*", "", k) for k in keys if re.match(_CASELESS_PARTICLE, k)]
        # round 26d: 'What software engineers do at Tiller' (p53_02): what the role's people do, at their employer
        keys += [re.sub(r" at [a-z]+(?: [a-z]+)?$", "", k) for k in list(keys)
                 if " do at " in k and re.search(rf"\b{name}(?:s|es)? do at [a-z]+(?: [a-z]+)?$", k)]
        keys += [variant for k in list(keys) for variant in (  # with and without a trailing '(2024)'
            re.sub(rf"^(?:(?:an?|the) )?{name}(?:s|es)? (?=\w)", "", k),
            re.sub(rf"(?<=\w) (?:(?:for|of|as) )?(?:an? |the )?{name}(?:s|es)?$", "", k),
            re.sub(rf"(?<=\w) {name}(?:s|es)? (?=\w)", " ", k))]  # 'Average Pharmacy Technician Hourly Pay'
        # round 25d: a heading naming the role, dated by its year after it ('Payroll Specialist salaries in Ireland 2025'):
        # the heading before the year (a title line's furniture, 'Quay Crane Operator — pay and conditions 2026', is read
        # before the role is known, and never so)
        if re.search(name, key):
            keys += [k[:-5] for k in keys if re.search(r"\w (?:19|20)\d\d$", k) and not re.search(name, k)]
    if stripped.rstrip("*_ ").endswith(":"):
        # 'Payroll Specialist responsibilities include:' introduces its list like a heading
        keys += [re.sub(r" (?:(?:may|will|can|typically|usually|often) )?(?:include|includes|are)$", "", k)
                 for k in keys]
    # round 11a: 'Your day on board', 'What Technical Artists do here', 'Your missions': a heading of the vocabulary
    # with a possessive before it or a place after it ('here', 'on board', 'at work', 'with us')
    keys += [variant for k in list(keys) for variant in (
        _HEADING_PLACE.sub("", k), _HEADING_OWNER.sub("", k), _HEADING_OWNER.sub("", _HEADING_PLACE.sub("", k)))
        if variant and variant != k]
    # round 12b: '▼ Accordion: Who are we looking for?', 'Tab 2: Pay': a captured page names the widget a section was
    # folded in before the section's own heading; the heading is what follows the widget's label
    widget = _HEADING_WIDGET.match(_strip_symbols(text).strip())
    if widget:
        keys += [normal_heading(text[text.index(":") + 1:])]
    # round 15a: a heading in another language as generic_headings_intl.tsv writes it, diacritics folded ('Atribuții
    # principale' -> 'atributii principale', 'Línea de carrera' -> 'linea de carrera'), after the heading as written
    for candidate in dict.fromkeys(keys):
        row = match_heading(candidate)
        if row is not None:
            return heading_patterns()[row][0]
    folded = [fold_marks(k) for k in keys if not k.isascii()]
    # round 18a: a heading in a Romance language opening on its article ('LES QUALITÉS DEMANDÉES', 'LA RÉMUNÉRATION',
    # "L'ÉVOLUTION", set 21's u15; 'LE MÉTIER', set 19's q20; 'El salario', 'Os requisitos'): the heading after it, against
    # the rows of other languages only
    article = _ROMANCE_ARTICLE.sub("", stripped)
    if article != stripped and article:
        folded.append(fold_marks(normal_heading(article)))
    for candidate in dict.fromkeys(folded):
        row = match_heading(candidate, True)
        if row is not None:
            return heading_patterns()[row][0]
    return None


_ROMAN_NUMBER = re.compile(r"^(?:X{0,2})(?:IX|IV|V?I{1,3}|V)\.\s+(?=\S)")
_QUESTION_NUMBER = re.compile(r"^q ?\d{1,2} (?=\w)")  # 'q2 what does …' (normal_heading of 'Q2. What does …?')
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def greek_question(text: str) -> bool:
    """Round 25d: 'Ποια είναι τα καθήκοντα ενός νοσηλευτή;' - Greek writes its question mark as ';' (or U+037E): a
    line in Greek letters ending on one asks, it does not end a clause."""
    text = text.rstrip()
    return text.endswith((";", "\u037e")) and bool(_GREEK_LETTER.search(text))


_ROMANCE_ARTICLE = re.compile(r"(?i)^(?:(?:les|la|le|el|los|las|il|lo|gli|os|as|o|a)\s+|l['’]\s*)(?=\w)")


# letters that carry no combining mark but read as a plain Latin letter in a folded heading (Turkish dotless i, Polish
# l with a stroke, Nordic o with a stroke, German sharp s)
_FOLD_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold_marks(text: str) -> str:
    """'atribuții principale' -> 'atributii principale', 'maaş' -> 'maas': letters without their diacritics."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_HEADING_PLACE = re.compile(r"(?<=\w) (?:here|on board|onboard|on site|on shift|at sea|at work|on the job|in (?:this|the) (?:role|job)|with us)$")
# round 13b: 'THIS IS WHAT YOU NEED', "Here's what you'll do": a presenting phrase before a heading of the vocabulary
_HEADING_OWNER = re.compile(r"^(?:your|our|this is|here is|heres|here s) (?=\w)")
# the label of a page widget a capture keeps before a section's heading ('Accordion:', 'Tab 2:', 'Toggle:')
_HEADING_WIDGET = re.compile(r"(?i)^(?:accordion|tab|toggle|collapsible|expandable|panel|dropdown)"
                             r"(?: (?:\d{1,2}(?: of \d{1,2})?|item))?\s*:\s*(?=\S)")


_FIGURE_NOTE = re.compile(r"^[+\-−–]?\s?\d[\d.,]*\s?%$")


def is_figure_note(text: str) -> bool:
    """'+9%', '-4%': a line that is only a percentage (a pay effect, a share), never a list item or heading."""
    return bool(_FIGURE_NOTE.match(text.strip()))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text) or _NUMBER_GLUED.match(text) or _LETTER_BULLET.match(text))


def strip_bullet(text: str) -> str:
    if _LETTER_BULLET.match(text) and not _BULLET.match(text):
        return _LETTER_BULLET.sub("", text, count=1).strip()
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


_GRADE = re.compile(r"(?i)^(?:[ivx]{1,4}|\d{1,2}|[a-c])$")  # 'Eligibility Worker II', 'Engineer 2': a grade


def _head_noun(text: str) -> str:
    words = re.sub(r"\([^()]*\)", " ", text).split()
    while len(words) > 1 and _GRADE.match(words[-1]):
        words = words[:-1]
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


# round 17a: a name in a Romance language opens on its head noun, its complement after a preposition ('Instructor de
# buceo', 'Director de obra', 'Conductor de autobús', 'Instructeur de plongée'): the first word is the head
_ROMANCE_OF = {"de", "del", "dels", "des", "du", "da", "do", "dos", "das", "di", "della", "dei", "en", "em", "para", "per"}


_ROMANCE_LINKS = _ROMANCE_OF | {"y", "e", "et", "el", "la", "los", "las", "le", "les", "il", "lo", "o", "a", "al", "au",
                                "aux", "no", "na", "nos", "nas", "nel", "nella"}


def _romance_head(text: str) -> str:
    words = re.sub(r"\([^()]*\)", " ", text).split()
    if 3 <= len(words) <= 6 and words[1].lower() in _ROMANCE_OF and words[0][:1].isupper() \
            and all(w[:1].islower() or w.lower() in _ROMANCE_OF for w in words[1:]):
        return _singular(words[0].lower().strip(".,;:()"))
    # round 22a: in title case or capitals too ('Técnico de Enfermagem', 'GERENTE DE PLANTA'), and a head noun with one
    # adjective after it ('Controlador aéreo', 'Agente aduanal'): only a head noun of the Romance list counts then
    head = _romance_word(words[0]) if words and words[0][:1].isupper() else ""
    if head and 3 <= len(words) <= 6 and words[1].lower() in _ROMANCE_OF:
        return head
    if head and 7 <= len(words) <= 8 and words[1].lower() in _ROMANCE_OF \
            and all(w[:1].isupper() or w.lower() in _ROMANCE_LINKS for w in words[1:]) and words[-1][:1].isupper():
        return head  # round 26a: 'Técnico en Seguridad y Salud en el Trabajo' (p51_01): a longer name in title case, each
        # lower-case word a link ('en', 'y', 'el')
    if head and len(words) == 2 and words[1].islower() and words[1].isalpha():
        return head
    if head and 4 <= len(words) <= 8 and words[1].islower() and words[1].isalpha() and words[2].lower() in _ROMANCE_OF \
            and all(w[:1].islower() for w in words[1:]):
        return head  # round 25a: a head noun, one adjective, then what it works on ('Técnico superior en imagen para el
        # diagnóstico', set 47 p47_08)
    return ""


def _romance_word(word: str) -> str:
    """A word that is a Romance title's head noun (round 22a's rows of role_nouns.tsv), lower case; else ''."""
    word = re.sub(r"/\w+$", "", word.lower().strip(".,;:()"))  # 'Técnico/a'
    return word if word in _romance_nouns() else ""



def has_role_noun(text: str) -> bool:
    return _head_noun(text) in role_nouns()


_LINK_GLYPHS = frozenset("›»→▸▶►▲▼▴▾➔➜⟶↗")


def link_tail(text: str) -> bool:
    """'Apply now ›', 'Back to top ▲', 'Join our talent community 📩': a line ending on a link, toggle or
    pictograph glyph is a link or button of the page, never a label waiting for its value."""
    last = text.rstrip()[-1:]
    return bool(last) and (last in _LINK_GLYPHS or unicodedata.category(last) == "So")


def _label_like(text: str) -> bool:
    text = text.strip()
    # (round 24a: or a letter of a script without capitals, 'المؤهل', '学历要求': its case cannot tell a label; such a
    # label is short and holds no full-width colon, bar or question mark ('中文名：科研助理' is a pair of its own,
    # '数据分析师是做什么的？' a question heading)
    caseless = bool(text) and text[0].isalpha() and not text[0].isupper() and not text[0].islower()
    if caseless and (len(text) > 20 or re.search(r"[：？?｜|]", text)
                     or re.search(r"[\u3040-\u30ff\u3400-\u9fff]", text) and re.search(r"\s", text)):
        return False  # (a label in Chinese or Japanese has no space inside: '學歷要求　大學' is a label and its value)
    return bool(text) and len(text.split()) <= 6 and len(text) <= 50 and (text[0].isupper() or caseless) \
        and not text.endswith(_TERMINAL + (",", ";")) and figure_start(text) is None and not link_tail(text)
