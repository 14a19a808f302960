"""Generic layout: the reader that turns each section into rows of the fact tables (or page_sections)."""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field, replace

from pipeline.reference import rows
from pipeline.text.titles import split_title_list
from pipeline.text.roles import is_abbreviation_of
from pipeline.text.salaries import _marked_figure, figure_start, parse_salary, salary_level
from pipeline.parse.guide.sections import Item, split_trailing_parenthetical
from pipeline.parse.generic.vocabulary import (
    _ARROWS, _CAREER_KINDS, career_label, _ends_sentence, fact_line, has_role_noun, heading_kind, is_bullet, _label_like, _LEADING_ICON, normal_heading,
    _PIPE_SEPARATOR, singular_title, strip_bullet, _strip_symbols, title_like, _furniture_line, _site_word, _CONNECTORS,
    _SENTENCE_OPENERS,
)
from pipeline.parse.generic.title import _agentive, _foreign, name_like, position_row, said_aliases
from pipeline.parse.generic.structure import _heading_shaped, _LANGUAGE_LABEL, _MARK
from pipeline.parse.generic.pay import _bare_cells, _join_split_labels, pay_head, _pay_part, _period_amounts, SalaryReading
from pipeline.parse.generic.boxes import alias_lines, box_lines, colon_pair, conditions_group, definition_pairs, first_colon, label_lines, link_column, _link_entry, tab_pair
from pipeline.parse.generic.moves import ladder_steps, sentence_moves, _lower_other_language_title, _other_language_title
from pipeline.parse.generic.guard import _words, path_ok
from pipeline.parse.generic.rules import reading_rule
from pipeline.parse.generic.items import (
    _role_grades,
    Block, chain_steps, Line, _cell_label, _ladder_step, _cells, _chain, _colon_title, _comma_pieces, _has_currency, _label_value_line, list_items,
    _named_paragraphs, _outside_parentheses, _prose_figures, _SALARY_WORD, _short_comma_list, _SKILL_COLUMN, split_path_item, _valid_path_title, prose_paths, lead_in_kind, _lower_title,
    _SHORT_LEADS, split_skill, prose_aliases, _lower_agent_title, prose_duties, prose_skills, answer_skills,
)


_SKILL_HEADER = re.compile(r"\b(?:skills?|competenc(?:y|ies)|tools?|technolog(?:y|ies)|capabilit(?:y|ies))\b")
_NAME_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_LADDER_ARROW = re.compile(r"\s(?:→|->|=>|⟶|⟹|➔|➜|➝|➞|➙|➛|⇒|⇨|⮕)\s")


@lru_cache(maxsize=None)
def _english_heading(heading: str) -> bool:
    """Whether a heading is a row of generic_headings.tsv (the English vocabulary), not of another language's."""
    from pipeline.parse.generic.vocabulary import match_heading, _kind_patterns
    row = match_heading(normal_heading(heading)) if heading.strip() else None
    return row is not None and row < len(_kind_patterns("generic_headings"))


_BOX_PAY_LABEL = re.compile(r"(?i)\b(?:pay|salary|salaire|salario|salário|sueldo|wage|wages|earnings|gehalt|lohn|"
                            r"stipendio|retribuzione|média salarial)\b")
_LISTED_SPLIT = re.compile(r"\s+[·•|]\s+|\s*;\s+|,\s+")
_LISTED_WORDS = re.compile(r"(?i)\b(?:you|your|we|our|they|is|are|will|can|may|after|years?|then|and|or|see|more|read|"
                           r"view|click|here|jobs?|vacancies|articles?)\b")


def _caseless_name(name: str) -> bool:
    """Round 25c: 'سینئر فارماسسٹ', 'জুনিয়র মার্চেন্ডাইজার': one to five words of a script without capitals (letters
    and the marks of their script, a zero-width joiner), no digit, no sentence mark."""
    words = name.split()
    return 0 < len(words) <= 5 and not re.search(r"[\d.:;!?،؛]", name) and all(
        (c.isalpha() or unicodedata.category(c).startswith("M") or c in "\u200c\u200d/-") for w in words for c in w) \
        and any(unicodedata.category(c) == "Lo" for c in name) and not any(c.isascii() and c.isalpha() for c in name)


def _listed_move(name: str) -> bool:
    """A name listed after a move label: one to five words of letters (hyphens, slashes, '&', apostrophes and a
    gendered ending as in 'Mechatroniker/in' allowed), no digit, sentence word or link word."""
    words = name.split()
    return 0 < len(words) <= 5 and not re.search(r"\d|[.:;!?]|https?|www", name) and not _LISTED_WORDS.search(name) \
        and all(re.fullmatch(r"[^\W\d_][\w'’/&()–-]*|–|-|&", w) for w in words) and path_ok(name) \
        and (name[:1].isupper() or has_role_noun(name))  # a lower-case name only with a role noun ('bus driver')


def _grades_of_role(title: str, role: str) -> bool:
    """'Apprentice Powerline Technician' for a Powerline Technician: the role's name after a grade of entry (a chain
    that starts there climbs the role's own ladder; 'Senior Tree Surgeon → …' lists moves on)."""
    return bool(role) and bool(re.fullmatch(rf"(?i){_ENTRY_GRADE}\s+{re.escape(role)}", title.strip()))


def _entry_of_role(title: str, role: str) -> bool:
    """Round 22b: 'Site Engineer' for a Civil Engineer: a title ending on the role's head noun, with no senior grade
    before it (the first step of the role's ladder in one sector; 'Senior Site Engineer' starts above it)."""
    bare = re.sub(r"\([^()]*\)", " ", role).split()
    words = re.sub(r"\([^()]*\)", " ", title).split()
    return len(bare) >= 2 and 2 <= len(words) <= 4 and words[-1].lower() == bare[-1].lower() \
        and title.strip().lower() != role.lower() and not re.match(
            r"(?i)(?:senior|lead|principal|chief|head|master|superintending|executive|deputy)\b", words[0])


def _ladder_of(titles: list[str], role: str) -> bool:
    """A chain climbing the role's own grades without its bare name: it starts at a grade of entry ('Library
    Assistant', 'Operator in Training', 'Engineer Cadet') or holds the role (or its last word) at a numbered grade
    ('Sterile Processing Technician I', 'Operator II', 'Third Engineer Officer'). 'Senior Technician → Section
    Manager' starts above the role: moves after it."""
    bare = re.sub(r"\([^()]*\)", " ", role).split()
    if not titles or not bare:
        return False
    if re.search(rf"(?i)\b{_ENTRY_GRADE}\b|\bin training\b", titles[0]):
        return True
    names = "|".join(re.escape(n) for n in {" ".join(bare), bare[-1]})
    return any(re.fullmatch(rf"(?i)(?:(?:{names})\s+(?:[IVX]{{1,4}}|\d{{1,2}}|level\s+\d{{1,2}})|{_ORDINAL}\s+(?:\w+\s+)?(?:{names}))",
                            t.strip()) for t in titles)


_ORDINAL = r"(?:first|second|third|fourth|fifth)"
_ENTRY_GRADE = r"(?:apprentice|trainee|junior|jr\.?|graduate|cadet|recruit|probationary|assistant|intern|entry[- ]level)"


# round 13a: a line leading a list of other roles or openings of the site, never moves of the role
_NOT_MOVES_LEAD = re.compile(r"(?i)^(?:(?:see\s+|explore\s+)?(?:related|similar|other|more)\s+(?:[a-z]+\s+){0,2}?(?:roles?|jobs?|"
                             r"careers?|positions?|occupations?|professions?|vacancies|openings|salaries|wages)\b(?!\s+(?:as|to|in\s+which|"
                             r"such\s+as|like)\b)|(?:current|latest|open|our)\s+(?:vacancies|openings|job\s+openings|jobs)\b|"
                             r"(?:vacancies|openings|jobs?)\s+(?:near|in|at)\s+(?:you|your\s+area|[A-Z])|see\s+also\b|"
                             r"you\s+(?:might|may)\s+also\s+(?:like|be\s+interested)|"
                             # round 22b: 'Job description samples for similar jobs', 'Popular careers with … job seekers'
                             r".*\b(?:for|of)\s+(?:related|similar|other)\s+(?:jobs|roles|careers|occupations)$|"
                             r"popular\s+(?:careers|jobs|roles)\b)")  # (round 24b: 'Related salaries', set 43 p43_18)


def _not_moves_lead(text: str) -> bool:
    """'Related jobs', 'Other roles in our marine team', 'Current vacancies', 'Jobs near you:': a short line (no
    sentence) that heads other roles or openings of the site."""
    text = _strip_symbols(text).strip().rstrip(":").strip()
    return 0 < len(text.split()) <= 8 and not is_bullet(text) and not _ends_sentence(text) \
        and bool(_NOT_MOVES_LEAD.match(text)) and not re.search(r"(?i)\b(?:mov|progress|becom|lead|step|go|advanc|promot|"
                                                                r"next|grow|transfer|switch|sideways|later)\w*", text)


_SITE_SEPARATORS = re.compile(r"\s+(?:\||—|–|-|·|•|::)\s+|\s*\|\s*")
_SITE_LINES = 3


def _bare_firm(name: str) -> str:
    """'Oakfield Vets Group Ltd' -> 'oakfield vets group': a firm's name without its legal form, case-folded."""
    words = name.strip().rstrip(".").split()
    while len(words) > 1 and _words("legal_form").fullmatch(words[-1].strip("(),")):
        words.pop()
    return " ".join(words).casefold()


# a page's footer line ('Contactez-nous … · © Coopérative Zellige Fès'): no value of the label line above it (15b: a
# ladder read out of a box leaves its label line over the footer)
_FOOTER = re.compile(r"(?i)©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b")


def _name_forms(name: str) -> set[str]:
    """A title as written, case-folded, and without a plural's 's' ('KPs' -> 'kp'): the forms a page uses of one name."""
    name = re.sub(r"\s+", " ", name).strip().casefold()
    return {name, singular_title(name).casefold(), re.sub(r"(?<=[a-z0-9])['’]?s$", "", name)} if name else set()


def _site_names(page_lines: list[str]) -> set[str]:
    """The names of the page's site or owner: the first part of each of its first lines ('Oakfield Vets Group |
    Careers') and the name of its copyright line ('© 2026 Oakfield Vets Group Ltd · Privacy'), case-folded."""
    names = set()
    head = [ln for ln in page_lines if ln.strip()][:_SITE_LINES]
    for line in head:
        first = _SITE_SEPARATORS.split(_strip_symbols(line).strip())[0].strip()
        if 1 < len(first.split()) <= 6:
            names.add(_bare_firm(first))
    for line in page_lines:
        match = re.match(r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?(?P<name>[^|·•.,]+)", line, re.I)
        if match and 1 < len(match["name"].split()) <= 6:
            names.add(_bare_firm(match["name"]))
    return names


_LEADS_TO = re.compile(r"(?i)\b(?:can|could|may|will|often|usually)?\s*leads?\s+(?:on\s+)?to$")


def _row_cells(text: str) -> list[str]:
    """The cells of a table row written with tabs or bars ('P2<TAB>Junior …', '| P2 | Junior … |'), else []."""
    text = text.strip()
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
        return [c.strip() for c in text.strip("|").split("|")]
    return []


def _noted_titles(text: str) -> list[tuple[str, str | None]]:
    """'Arboriculturist (level 4)', 'A (note), B': titles each with the note in its brackets; every one a title, else []."""
    out = []
    for piece in re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+", text):
        name, note = split_trailing_parenthetical(piece.strip())
        if not name or not (_valid_path_title(name) or _agentive(name) and name[:1].isupper() and len(name.split()) <= 4) \
                or not path_ok(name):
            return []
        out.append((name, note))
    return out


def _sentence_aliases(text: str, role: str) -> list[str]:
    """prose_aliases, then the other forms of title.said_aliases (round 13a), then a labelled line's names (round 15b),
    then names others say or the reader may see (round 16b), each name once."""
    found = prose_aliases(text, role)
    found += [a for a in said_aliases(text, role) if a not in found]
    found += [a for a in _seen_aliases(text, role) if a not in found]
    found += [a for a in _label_line_aliases(text, role) if a not in found]
    bare = [_prose_alias_bare(a) for a in found]  # round 27b
    return [a for i, a in enumerate(bare) if a and a not in bare[:i]]


# round 16b: under an aliases heading, names others say or the reader may see ('Some studios say tattoo apprentice or
# trainee tattooist.', 'On agency sites you may see Vine Pruner or Vineyard Worker.')
_SEEN_NAMES = re.compile(r"(?i)(?:\b(?:some|many|most|other|a few)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:say|use|write)|"
                         r"\byou\s+(?:may|might|will|can|could)\s+(?:also\s+)?(?:see|hear|find))\s+"
                         r"(?P<names>[^.;:!?\"“”]+?)\s*(?:[.;!?]|$)")
_SAID_QUOTED = re.compile(r"(?i)\b(?:says?|call(?:s)? (?:it|the job|the role|them))\s+[\"“](?P<name>[^\"“”]{2,40})[\"”]")
_NAME_END = re.compile(r"(?i)(?:er|or|ist|ian|ee|ant|ent|man|woman|person|keeper|smith|wright|eur|euse|ière|ier)$")


def _seen_aliases(text: str, role: str) -> list[str]:
    """The names of each _SEEN_NAMES phrase: one to three, split by commas or 'or', each of one to four words with a
    role noun or ending on a word for a person, none the role's own name; else none of that phrase."""
    out: list[str] = []
    for match in _SAID_QUOTED.finditer(text):
        # 'In the village everyone says "mskhvleli".': a name in quotes after 'say(s)' or 'call it', as written
        name = match["name"].strip()
        if 0 < len(name.split()) <= 4 and not re.search(r"[\d.!?,;:]", name) and name.casefold() != role.casefold():
            out.append(name)
    for match in _SEEN_NAMES.finditer(text):
        pieces = [re.sub(r"(?i)^(?:an?|the)\s+", "", p).strip() for p in
                  re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", match["names"]) if p.strip()]
        if not pieces or len(pieces) > 3:
            continue
        if all(0 < len(p.split()) <= 4 and re.fullmatch(r"[^\W\d_][\w'’/-]*(?: [\w'’/-]+){0,3}", p)
               and (has_role_noun(p) or _NAME_END.search(p.split()[-1])) and p.casefold() != role.casefold()
               and p.split()[0].lower() not in _SENTENCE_OPENERS for p in pieces):
            out.extend(p for p in pieces if p not in out)
    return out


# round 15b: 'Other titles you'll see on job ads: A, B, C', 'Job titles in this family<TAB>A, B', 'Ayrıca: A, B'
# (round 24d: or a full-width colon, '別名：A、B', the colon of CJK text)
_ALIAS_LABEL_LINE = re.compile(r"^(?P<label>[^:：\t]{1,60}?)\s*(?::|：|\t+)\s*(?P<names>\S.*)$")


# a label that only says 'also' in some language, not that the words after it are names
_ONLY_ALSO = re.compile(r"also|auch|ook|juga|aussi|tambi[eé]n|tamb[eé]m|ayr[ıi]ca|tak[zż]e|tak[eé]|[aä]ven|ogs[aå]|anche")


@lru_cache(maxsize=None)
def _alias_labels() -> re.Pattern:
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows("generic_alias_labels")))


def _bare_label(label: str) -> str:
    """A label lower-cased, apostrophes removed, every other mark a space; the vowel signs of an Indic script and the
    zero-width joiners of Persian are kept as parts of their word (round 25c: 'অন্যান্য নাম', 'نام‌های دیگر')."""
    kept = "".join(c if c.isalnum() or c in "_\u200c\u200d" or unicodedata.category(c).startswith("M") else " "
                   for c in re.sub(r"['’]", "", label.casefold()))
    return re.sub(r"\s+", " ", kept).strip()


def _alias_label(label: str) -> bool:
    """A label that says the names after it are the role's other titles: an aliases heading of the vocabulary, or a
    label of generic_alias_labels.tsv (either half of a bilingual label)."""
    # (round 24d: or a CJK label with its English after it, '別名 Also known as')
    for part in re.split(r"\s+/\s+|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\s+(?=[A-Za-z])", label.strip(" *_")):
        bare = _bare_label(part)
        if bare and (heading_kind(part) == "aliases" or _alias_labels().fullmatch(bare)):
            return True
    return False


# round 24d: a row of a box in Chinese or Japanese: the label in lenticular brackets ('【必要な資格】国家資格'), or a
# label of CJK letters without a space parted from its value by ideographic spaces or a full-width bar ('學歷要求　大學',
# '学历要求｜本科'); one label, one value (a third cell makes it a row of a table or of links)
_LENTICULAR_ROW = re.compile(r"^【(?P<label>[^【】:：]{1,20})】\s*(?P<value>\S.*)$")
_CJK_CELL_ROW = re.compile(r"^(?P<label>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^\s｜|:：]{0,15})"
                           r"(?:\u3000+|\s*｜\s*)(?P<value>[^\u3000｜|\t]+)$")


# an icon (emoji, a symbol of the dingbat or technical blocks) opening a box row, before its label and colon (an icon
# before a line of its own, '📋 Copy template', is a button)
_ROW_ICON = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D]*)+\s+(?=[^\W\d_][^:：]{0,50}[:：]\s*\S)")


_BOX_FRAME = re.compile(r"^[\u2502\u2503\u2551]\s*|\s*[\u2502\u2503\u2551]$")  # '│', '┃', '║': a drawn box's side


def _cjk_box_row(text: str) -> str:
    """'Label: value' of a CJK box row (_LENTICULAR_ROW, _CJK_CELL_ROW), else the text as it stands."""
    found = _LENTICULAR_ROW.match(text) or _CJK_CELL_ROW.match(text)
    if not found or ":" in found["value"] or "：" in found["value"]:
        return text
    return f"{found['label'].strip()}: {found['value'].strip()}"


def bracketed_script_names(lines: list[str], role: str) -> list[tuple[str, int]]:
    """Round 19b: the role's name, or its plural, with a name in another script in brackets right after it, in a line
    of the page's body ('Muay Thai Trainer (ครูมวย)' opening the overview, set 25 y18; 'Dim sum chefs (點心師傅) make
    the dumplings …', set 20 t18): the bracket is the role's name in the page's other language, an alias. (name,
    line number) of each, once; a bracket with any Latin letter or digit (a level, a note) is none, and so is the name
    inside a line ('With the national Certified Care Worker (介護福祉士) qualification …': another title)."""
    from pipeline.parse.generic.title import _other_script
    if not role:
        return []
    own = re.escape(role)
    # at the line's start, as its subject: 'Certified Care Worker (介護福祉士)' in a sentence names another title (set 8 y05)
    plural = re.compile(rf"(?i)^\s*(?:(?:the|a|an|our)\s+)?(?:{own}|{own}s|{own}es)\s*\(([^()]{{1,40}})\)")
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for number, text in enumerate(lines, start=1):
        for match in plural.finditer(text):
            name = match.group(1).strip()
            if not name or re.search(r"[A-Za-z0-9]", name) or not _other_script(name) or len(name.split()) > 6 \
                    or name.casefold() in seen:
                continue
            seen.add(name.casefold())
            out.append((name, number))
    return out


def _label_line_aliases(text: str, role: str) -> list[str]:
    """Round 15b: the names of a line 'Label: A, B' (or 'Label<TAB>A, B') whose label says they are other titles of the
    role, wherever the line stands: two names or more, each a plain name that reads as one after such a label
    (_labelled_names, _labelled_alias), or one name that reads as a title by its shape; else []."""
    match = _ALIAS_LABEL_LINE.match(text.strip())
    if not match or not _alias_label(match["label"]) or _ends_sentence(match["names"]) and "," not in match["names"]:
        return []
    names = match["names"].strip().rstrip(".")
    listed = _labelled_names(names, role)
    if not listed and names.count(" / ") >= 2 and not re.search(r"[,;]", names):
        # round 26a: 'Also hired as: Cloud Infrastructure Engineer / Cloud Platform Engineer / Cloud Operations Engineer'
        # (p50_06): three names or more apart by slashes (two may be one name's genders, 'Técnico / Técnica'), each a
        # plain name; the list must still read as titles below
        parts = [n.strip() for n in re.split(r"\s+/\s+", names)]
        listed = parts if all(_PLAIN_NAME.fullmatch(n) for n in parts) \
            and not any(n.casefold() == role.casefold() for n in parts) else []
    only_also = bool(_ONLY_ALSO.fullmatch(re.sub(r"[^\w]+", " ", match["label"].casefold()).strip()))
    if listed and only_also:
        # a label that only says 'also' ('Ayrıca: ücretsiz yemek, servis'): every name a title by itself (a role noun,
        # a word for a person in another language), or none (round 13a's rule for such labels)
        return listed if all(has_role_noun(split_trailing_parenthetical(n)[0]) or _other_language_title(n)
                             for n in listed) else []
    if listed and all(_labelled_alias(split_trailing_parenthetical(n)[0]) for n in listed):
        return [_without_remark(n) for n in listed]
    if not only_also:
        free = _free_names(match["names"].strip(), role)
        if free:
            return free
    if listed:
        return []
    return [names] if name_like(names) and has_role_noun(names) and names.casefold() != role.casefold() else []


# round 25c: the marks that part the names of a list in scripts other than Latin: the ideographic comma of CJK text, the
# Arabic comma of Persian and Urdu
_SCRIPT_COMMAS = re.compile(r"\s*[、،]\s*")
# words of an English clause, never of a title
_CLAUSE_WORDS = {"is", "are", "be", "you", "your", "we", "our", "their", "will", "can", "may", "this", "that", "see",
                 "more", "here", "click", "read", "view", "jobs", "vacancies"}


# round 27b: an adverb of the sentence before a name in prose ('… referred to as ANP or simply Nurse Practitioner')
_ALIAS_ADVERB = re.compile(r"^(?:simply|just|sometimes|often|usually|occasionally|informally|colloquially|commonly)\s+"
                           r"(?=[A-Z])")


def _prose_alias_bare(name: str) -> str:
    """Round 27b: a name found in prose without an adverb of its sentence before it ('simply Nurse Practitioner') and
    without a remark on its use in brackets after it ('Payroll Administrator (usually a junior version)'; sets 54
    p54_10, 57 p57_01)."""
    bare = _ALIAS_ADVERB.sub("", name.strip())
    return _without_remark(bare) or bare


def _without_remark(name: str) -> str:
    """'Product Owner (em algumas empresas)' -> 'Product Owner': a remark on a name's use in brackets is no part of it;
    an abbreviation or a qualifier ('Design Engineer (Civil)', 'Therapist (RRT)') is."""
    bare, paren = split_trailing_parenthetical(name)
    return bare if paren is not None and bare and _name_remark(paren) else name


def _free_name(name: str, most: int = 6) -> bool:
    """A name as an aliases label's list writes it, in any script: one to six words of letters (and the marks of their
    script, a zero-width joiner, ' / & - – . +'), no figure, no sentence opener first, no connector last, no word of an
    English clause."""
    words = name.split()
    if not 0 < len(words) <= most or words[0].lower() in _SENTENCE_OPENERS or words[-1].lower() in _CONNECTORS:
        return False
    if any(w.lower() in _CLAUSE_WORDS for w in words) or _ends_sentence(name) and len(words) > 3:
        return False
    return all(c.isalpha() or c.isspace() or c in "'’/&-–.+\u200c\u200d" or unicodedata.category(c).startswith("M")
               for c in name) and any(c.isalpha() for c in name)


def _holds_role_word(name: str, role: str) -> bool:
    """Round 25c: 'Samostatný účetní', 'Bygningstømrer', 'Auxiliar de enfermería hospitalaria': a name in another
    language (told by its letters: one outside ASCII, as round 9b reads names) holding a word of four letters or more of
    the role's own name (a compound's part too); 'Harbour hand' on the Harbour Pilot's page is none."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]{4,}", role)]
    return any(not c.isascii() and c.isalpha() for c in name) and any(w in name.casefold() for w in words)


def _free_names(text: str, role: str) -> list[str]:
    """Round 25c: the names after a label that names them as the role's other titles ('Andere namen voor dit beroep:
    monteur W&E, allround installatiemonteur', 'Egyéb megnevezések: …', 'অন্যান্য নাম: …', 'دوسرے نام: A، B'): two or
    more names split by ';', a script's comma, a middle dot or a comma, each a name in any script (_free_name; a remark
    in brackets after it dropped), none the role's own name. Else []."""
    if ";" in text:
        parts = re.split(r"\s*;\s*", text)
    elif _SCRIPT_COMMAS.search(text):
        parts = _SCRIPT_COMMAS.split(text)
    elif _NAME_SEPARATOR.search(text):
        parts = _NAME_SEPARATOR.split(text)
    else:
        parts = re.split(r"\s*,\s*", text)
    names = [_without_remark(p.strip().rstrip(".")) for p in parts if p.strip()]
    if len(names) < 2 or any(not _free_name(split_trailing_parenthetical(n)[0] or n, 5) for n in names):
        return []  # (a piece of six words after the label is a sentence: 'katso lisää työpaikkoja sivuiltamme joka päivä')
    if re.search(r"[.!?]\s*$", text) and any(len(n.split()) > 3 for n in names):
        return []  # 'dit vak heet overal hetzelfde, zie onze gids.': a sentence after the label, no names
    if any(n.casefold() == role.casefold() for n in names):
        return []
    return names


_DOT_LEADER = re.compile(r"(?<=[^\s.])\s*(?:\.\s?){4,}\s*(?=\S)(?!.*(?:\.\s?){4,})")
_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s+(?:19|20)\d\d")  # ('Copyright Officer' is a title)


# round 24b: a line of the page's own furniture at its foot: a link about the page itself ('Report a problem or mistake on
# this page', 'Share this page', 'Print this page'), the page's date ('Date modified: 2025-03-04')
_PAGE_SELF = re.compile(r"(?i)^(?:[^.!?]{0,50}\bthis page\b[^.!?]{0,30}|(?:date|last|page last) (?:modified|updated|reviewed)"
                        r"\b.{0,40})$")
_SITE_FOOTER_WORDS = 10  # words of a footer line


def _site_footer(lines: list[Line]) -> int | None:
    """Round 24b: 'Report a problem or mistake on this page' / 'Share this page' / 'Date modified: …' / 'About Job Bank' /
    'Terms and conditions' / 'Privacy' / … at the end of a skills list (set 44 p44_06): the index of the first line of
    the site's footer inside a section: the first line about the page itself or a legal link of the site alone on its
    line ('Privacy', 'Terms and conditions': generic_guard.tsv, kind legal_link) from which on two such lines or more
    stand, one a legal link. Its lines are the site's links, no items; None when the section holds no such footer."""
    legal = _words("legal_link")
    def marker(line: Line) -> str | None:
        text = _strip_symbols(line.text).strip()
        if not text or len(text.split()) > _SITE_FOOTER_WORDS:
            return None
        if legal.fullmatch(text):
            return "legal"
        return "self" if _PAGE_SELF.match(text) else None
    marks = [(i, marker(ln)) for i, ln in enumerate(lines)]
    marks = [(i, kind) for i, kind in marks if kind]
    for at, (index, _) in enumerate(marks):
        rest = [kind for _, kind in marks[at:]]
        if len(rest) >= 2 and "legal" in rest:
            return index
    return None


def _footer_start(lines: list[Line]) -> int | None:
    """The index of the first line of the page's footer: its copyright line and the lines right above it (one after
    another, up to three) that end no sentence and hold no chain of titles; None when the lines hold no copyright line."""
    at = next((i for i, ln in enumerate(lines) if _COPYRIGHT.search(ln.text)), None)
    first = at
    while at is not None and at > 0 and first - at < 3 and lines[at - 1].number == lines[at].number - 1 \
            and not _ends_sentence(lines[at - 1].text.strip()) and not _ARROWS.search(lines[at - 1].text):
        at -= 1
    return at


def _one_level(title: str) -> list[str]:
    """'Senior Paraplanner / Technical Manager' -> both titles (each must read as a title); else the title."""
    pieces = [p.strip() for p in re.split(r"\s+/\s+", title)]
    if len(pieces) > 1 and all(_valid_path_title(p) for p in pieces):
        return pieces
    return [title]


# a lead-in line over a list of what the role does ('A typical day may include:', 'The work of a conservator involves:')
_DUTIES_LEAD = re.compile(r"(?i)^(?:(?:on )?an? (?:typical|normal|usual) (?:day|week|shift)|(?:your |the |their )?"
                          r"(?:day[- ]to[- ]day|daily|typical) (?:work|tasks|duties|activities)|(?:the |your |their )?"
                          r"(?:work|job|role)(?: of (?:an? |the )?[\w' -]{1,50})? (?:involves|includes|may involve|"
                          r"can involve|will involve)|(?:your |their |typical |main )?(?:duties|responsibilities|tasks)"
                          r"(?: (?:may|will|can|typically|usually|often))? (?:include|involve|are)|"
                          r"(?:as an? [\w' -]{1,50}, )?you(?:'ll| will| may| might| could| would)? (?:typically |usually |"
                          r"often )?(?:be )?(?:responsible for|do|doing))(?: things like| tasks like| such as)?"
                          r"(?: (?:may|might|could|can|will|would) (?:include|involve))?\s*:$"
                          # round 9b: 'On board you might:', 'On the job, you will:', 'Day to day, you will:'
                          r"|(?i:^(?:(?:on|in|at) [\w' -]{1,25},? |day[- ]to[- ]day,? )you(?:'ll| will| may| might| could"
                          r"| would| can)\s*:$)")


# round 13b: a sentence ending on a duties lead-in ('A farrier's routine work is … In ordinary cases, typical tasks include:')
_DUTIES_TAIL = re.compile(r"(?i)\b(?:tasks|duties|responsibilities)\s+(?:typically\s+|usually\s+|often\s+)?"
                          r"(?:include|includes|involve|involves)\s*:$")


def _duties_lead_split(block: Block) -> tuple[Block, Block] | None:
    """(the lines before, the lead-in and its list) when a duties lead-in is followed by two bulleted items or
    more, or a short heading naming duties by a key word ('What your tasks look like') by two bulleted items or more
    of three words or more; else None."""
    for index, ln in enumerate(block.lines[:-2]):
        text = _strip_symbols(ln.text).strip()
        heading = normal_heading(text)
        following_line = block.lines[index + 1].text
        marked = is_bullet(ln.text) and is_bullet(following_line) and _MARK.match(ln.text) and _MARK.match(following_line) \
            and _MARK.match(ln.text).group(1) != _MARK.match(following_line).group(1)  # round 13b: '■ Main work' over '・…'
        keyword = (not is_bullet(ln.text) or marked) and len(text.split()) <= 8 and not _ends_sentence(text) \
            and _DUTIES_WORD.search(heading) and not _NOT_A_LIST_OF_FACTS.search(heading) and "\t" not in text
        if keyword and not all(is_bullet(f.text) and len(strip_bullet(f.text).split()) >= 3
                               for f in block.lines[index + 1:index + 3]):
            continue
        unmarked = _DUTIES_TAIL.search(text) is not None and not is_bullet(ln.text)
        if not (keyword or _DUTIES_LEAD.match(text) or unmarked):
            continue
        following = block.lines[index + 1:]
        run = 0
        while run < len(following) and is_bullet(following[run].text):
            run += 1
        if run == 0 and unmarked:
            # round 13b: '… typical tasks include:' over lines a capture left without markers ('trimming and balancing
            # hooves' / 'fitting and nailing on shoes' / …): each a line in lower case, no sentence, three or more
            while run < len(following) and following[run].number == ln.number + 1 + run \
                    and following[run].text.strip()[:1].islower() and not _ends_sentence(following[run].text.strip()) \
                    and 2 <= len(following[run].text.split()) <= 15 and ":" not in following[run].text:
                run += 1
            if run < 3:
                continue
        if run < 2:
            return None
        end = index + 1 + run
        before = Block(block.kind, block.heading, block.lines[:index] + block.lines[end:], None, block.parent,
                       block.line)
        lead = [Line(text, ln.number)] if is_bullet(ln.text) else [ln]  # '■ Main work': the lead without its mark
        return before, Block("responsibilities", block.heading, lead + block.lines[index + 1:end], None, block.parent,
                             block.line)
    return None


# the heading of a profile section that lists what a person must know or be able to do ('QUALIFICATIONS', 'Minimum
# requirements'; never 'Working conditions')
_QUALIFICATIONS_HEADING = re.compile(r"\b(?:qualifications?|requirements?|knowledge|abilities)\b")


def _ksa_split(block: Block) -> tuple[Block, Block] | None:
    """(the other lines, the leads and their lines) of a section holding 'Knowledge of:' / 'Ability to:' leads, each over
    one line or more right under it (up to a blank line, another label ending in ':' or a longer line), else None."""
    used: list[Line] = []
    lines = block.lines
    for index, ln in enumerate(lines):
        if not _KSA_LEAD.match(ln.text.strip()):
            continue
        run = []
        for following in lines[index + 1:]:
            if following.number != (run[-1].number if run else ln.number) + 1 or _KSA_LEAD.match(following.text.strip()) \
                    or following.text.rstrip().endswith(":") or len(following.text.split()) > 20:
                break
            run.append(following)
        if run:
            used += [ln, *run]
    if not used:
        return None
    numbers = {ln.number for ln in used}
    return (Block(block.kind, block.heading, [x for x in lines if x.number not in numbers], None, block.parent, block.line),
            Block("skill_requirements", block.heading, used, None, block.parent, block.line))


_CONTENTS_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


def _link_runs(lines: list[Line]) -> set[int]:
    """Round 22b: the numbers of the lines of runs of consecutive lines that make a column of links (boxes.link_column:
    'Economic Releases' / 'Databases & Tables' / 'Maps' / 'CALCULATORS' / … under 'Industries at a Glance')."""
    out: set[int] = set()
    run: list[Line] = []
    for ln in [*lines, None]:
        if ln is not None and (not run or ln.number == run[-1].number + 1) and _link_entry(ln.text):
            run.append(ln)
            continue
        if link_column(run):
            out.update(x.number for x in run)
        run = [ln] if ln is not None and _link_entry(ln.text) else []
    return out


_VACANCY_ROWS = (re.compile(r"(?i)^(?:start(?:ing)? date|closing date|apply by|application deadline|date posted|posted)\s*:\s*\S*\d"),
                 re.compile(r"(?i)^(?:wage|salary|pay)\s*:\s*\S"), re.compile(r"(?i)^(?:location|employer)\s*:\s*\S"))


def _vacancy_card(lines: list[Line]) -> bool:
    """Round 22b: a listed vacancy's card: a dated start or closing row, a wage row and a location row among the lines."""
    texts = [ln.text.strip() for ln in lines]
    return all(any(row.match(t) for t in texts) for row in _VACANCY_ROWS)


def _menu_entry(text: str) -> bool:
    """Round 22b: a short line of a site's menu ('Job categories', 'Skills assessment'): one to four words, no list
    marker, colon, figure or sentence end."""
    text = text.strip()
    return 0 < len(text.split()) <= 4 and not is_bullet(text) and not _ends_sentence(text) \
        and not re.search(r"[:\d|\t,;]", text)


def _skills_lead_split(block: Block) -> tuple[Block, Block] | None:
    """(the lines before and after, the list) when a line of the block is a short heading naming skills by a key word
    ('Capabilities for the role', 'Skills we value:') over two lines or more in a row that read as skill names (at most
    six words, no sentence); else None."""
    for index, ln in enumerate(block.lines[:-2]):
        text = _strip_symbols(ln.text).strip()
        heading = normal_heading(text)
        if is_bullet(ln.text) or len(text.split()) > 6 or _ends_sentence(text) or not _SKILLS_WORD.search(heading) \
                or _NOT_A_LIST_OF_FACTS.search(heading) or ":" in text.rstrip(":") or "\t" in text \
                or _CONTENTS_NUMBER.match(text):
            continue  # a tab row heads a table's columns, no list; round 22a: '2 Skills' over '3 Training …' is an entry
            # of a table of contents (set 28 k15), no lead
        run = []
        for following in block.lines[index + 1:]:
            item = strip_bullet(following.text) if is_bullet(following.text) else following.text.strip()
            if following.number != (run[-1].number if run else ln.number) + 1 or not item \
                    or len(item.split()) > 6 or _ends_sentence(item) or ":" in item or _has_currency(item) \
                    or "|" in item:  # a tab row is a skills table's ('Skill<TAB>Pay impact' / 'Avionics<TAB>+8%')
                break
            run.append(following)
        if len(run) < 2 and not (run and _hashtags(run[0].text)):
            continue  # ('Tech stack & skills' over one line of hashtags is a list too)
        above = next((x for x in block.lines if x.number == ln.number - 1), None)
        if above is not None and not is_bullet(ln.text) and not any(is_bullet(r.text) for r in run) \
                and _menu_entry(above.text) and _menu_entry(text):
            continue  # round 22b: 'Job categories' / 'Skills assessment' / 'Careers advice' / 'Contact us': a menu
        used = {r.number for r in run}  # the heading line stays text of the section
        before = Block(block.kind, block.heading, [x for x in block.lines if x.number not in used], None,
                       block.parent, block.line)
        return before, Block("skills", ln.text.strip(), run, None, block.parent, ln.number)
    return None


def _outside_moves(box: set[int], lines: list[Line], block: Block) -> set[int]:
    """The box rows that are no moves: rows under a heading, or a short line right over them, about moving on
    (_MOVES_HEADING, below: 'Progression', 'Next steps', 'Careers') name titles, no glance facts of the role. (A
    second pattern of its own, with 'training', was defined for this and never used: the later definition of the same
    name won; using it lost two glance facts of held-out set 13 under a training heading, so it was removed.)"""
    if not box:
        return box
    if block.kind == "unknown" and _MOVES_HEADING.search(normal_heading(block.heading or "")):
        return set()
    text_of = {ln.number: ln.text.strip() for ln in lines}
    out = set(box)
    for number in sorted(box):
        if number - 1 in box:
            continue  # not the first row of its run
        over = text_of.get(number - 1, "")
        if over and ":" not in over and len(over.split()) <= 8 and _MOVES_HEADING.search(normal_heading(over)):
            run = number
            while run in box:
                out.discard(run)
                run += 1
    return out


def _level_heading(text: str) -> bool:
    """'Entry Level', 'Senior (5+ years)', 'Level 2 – Mid': a heading made of level words (with numbers, brackets and
    connectors); 'Head of Customer Success' names a title with words beyond its level word."""
    bare = re.sub(r"\([^()]*\)", " ", _strip_symbols(text))
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", bare) if w.lower() not in _CONNECTOR_WORDS
             and w.lower() not in ("level", "levels", "stage", "grade", "band", "tier", "years", "year", "yrs")]
    return sum(salary_level(w) == "other" for w in words) <= 1


_CONNECTOR_WORDS = {"of", "and", "to", "the", "a", "an", "or", "in", "for", "with", "plus"}


# a box value written as a list item ('Certification :- YCB Level 1'), and a second item inside one ('- A - B')
_VALUE_MARKER = re.compile(r"^[-•*]\s+")
_VALUE_MARKER_INSIDE = re.compile(r"\s[-•*]\s+\S")
# the code of a standard's knowledge, skill or behaviour before its name ('K1: …', 'S3 – …', 'B4. …')
_SKILL_CODE = re.compile(r"^[A-Z]{1,2}\d{1,2}[a-z]?\s*[:.–—-]\s+(?=[A-Za-z])")
# round 22a: a skill written with its rating after it ('Active listening 3.8', 'Negotiation 4/5')
# the label of an insert of the site: a link to another story, an advert (general words of a few languages)
_INSERT_LABEL = re.compile(r"(?i)^(?:read (?:also|more)|also read|see also|related (?:article|story|stories|reading|post)s?|"
                           r"recommended(?: reading| for you)?|advertisement|advertising|advert|sponsored(?: content| links?)?|"
                           r"publicidad|publicidade|publicité|anuncio|annonce|werbung|anzeige|reklam|reklama|pubblicità|"
                           r"advertentie|annons|mainos|reklame)$")
# round 26d: '[Advertentie] Word monteur bij … →' (p51_11): an insert of the site written after its bracketed label
_INSERT_LINE = re.compile(r"^\[\s*/?\s*([^\[\]]{2,30}?)\s*\]")


def _insert_line(text: str) -> bool:
    match = _INSERT_LINE.match(text.strip()) if text.lstrip().startswith("[") else None
    return bool(match) and bool(_INSERT_LABEL.match(match.group(1)))
_OWN_ROLE_WORDS = re.compile(r"(?i)\bthis (?:occupation|job|role|career|profession|trade|position)\b")


_USAGE_REMARK = re.compile(r"(?i)^(?:informal(?:ly)?|colloquial(?:ly)?|slang|dated|old(?:er)?(?: term| name| title)?|"
                           r"archaic|rare(?:ly used)?|less common|uncommon|obsolete|historical|formal)$")


def _name_remark(paren: str) -> bool:
    """'informal', 'depending on specialism': a remark in brackets on how a name is used (a word of usage, or a phrase
    of three lower-case words or more), never a qualifier of the title ('part-time', 'senior', 'civils', 'LPN')."""
    paren = paren.strip()
    return bool(_USAGE_REMARK.match(paren)) or len(paren.split()) >= 3 and paren[:1].islower()


def _capital_heading(text: str) -> bool:
    """A line written in capitals whose first two words or more have four letters or more ('SALARY TABLE (ZAR)')."""
    bare = re.sub(r"\([^()]*\)", "", text).strip()
    words = re.findall(r"[^\W\d_]+", bare)
    return len(words) >= 2 and bare.isupper() and all(len(w) >= 4 for w in words[:2])


def _group_list(text: str) -> bool:
    """'Competențe tehnice: AutoCAD, Revit, Intersoft (devize)': a label the vocabulary knows as a group of skills, a
    colon and two names or more split by commas."""
    head, sep, rest = text.partition(":")
    return bool(sep) and 0 < len(head.split()) <= 3 and not is_bullet(text) and len(_comma_pieces(rest)) >= 2 \
        and _skill_group_label(head.strip(" *_"))


def _skill_group_label(label: str) -> bool:
    """'Technical', 'Soft skill', 'Hard skills', 'Technische Kompetenzen': a label naming a group of skills."""
    plural = re.sub(r"(?i)\bskill$", "skills", label.strip())
    kinds = {heading_kind(label), heading_kind(plural), heading_kind(f"{label} skills")}
    if label[-1:] == "s" and len(label.split()) == 1 and not kinds & {"skill_group", "skills"}:
        # round 26d: 'Técnicas: Excel, …' / 'Comportamentais: organização, …' (p41_08): a Spanish, Portuguese or French
        # group named by its adjective alone, as after 'competências'
        kinds.add(heading_kind(f"competências {label.lower()}"))
    return bool({"skill_group", "skills"} & kinds)


_SKILL_PREMIUM = re.compile(r"^([^\W\d_][^:]{0,50}?\S)\s+([+\-−–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?%)$")
# round 27b: or a bar of filled and empty marks, its score after it or not ('Active listening      ■■■■□  4', set 54 p54_06)
_RATED_SKILL = re.compile(r"^(\S.*?\S)\s+(\d[.,]\d{1,2}(?:\s*/\s*(?:5|10))?|\d{1,2}\s*/\s*(?:5|10)"
                          r"|[■□●○★☆▪▫█░▰▱◼◻⬤◯◆◇]{3,10}(?:\s+\d{1,2}(?:[.,]\d)?(?:\s*/\s*(?:5|10))?)?)$")
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)([^*_:]{1,40}):(?:\*\*|__)(?=\s)")
# where an aliases label's names are used ('Also called in the industry', 'Also known as in Scotland')
_ALIAS_LABEL_WHERE = re.compile(r"(?i)\s+(?:in|by|at|within|across|among)\s+.*$")


# a line naming pay over a table inside another section ('Monthly earnings, full-time employees, 2025')
_NAMED_AMOUNT = re.compile(r"^(?P<figure>[^()]+?)\s*\((?P<name>[^()\d]{1,30})\)$")


def _named_amounts(value: str) -> list[tuple[str, str]] | None:
    """'£12.70 per hour (days), £14.30 per hour (nights)' -> [('£12.70 per hour', 'days'), ('£14.30 per hour',
    'nights')]: two amounts or more, each with its currency and a short name in brackets after it, apart by commas,
    'and' or ';' (round 14b); None for any other value."""
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+)?|;\s+|\s+and\s+", value.strip().rstrip("."))]
    if len(parts) < 2:
        return None
    out = []
    for part in parts:
        found = _NAMED_AMOUNT.match(part)
        if not found or not _has_currency(found.group("figure")) or figure_start(found.group("figure")) != 0:
            return None
        out.append((found.group("figure"), found.group("name").strip()))
    return out


def _ends_sentence_split(text: str) -> list[str]:
    """The sentences of a paragraph (round 14b)."""
    return [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip()) if p]


# the rows of a vacancy's card ('Location: Swindon SN2', 'Start date: 15 September 2025', 'Closing date: …')
_VACANCY_ROW = re.compile(r"(?i)^(?:location|start(?:ing)? date|closing date|apply by|date posted|posted(?: on)?|"
                          r"reference|ref|job type|contract type|employer)\s*[:\t]")
_PERIOD_LINE = re.compile(r"(?i)^(?:per|a|an|/)\s*(?:year|annum|month|week|day|hour)$")


def _pay_card(block: Block) -> tuple[str, int] | None:
    """Round 22c: a pay heading of a few words over its amount alone and a line of its period alone ('Average salary' /
    '$65,000' / 'per year'), then no other amount line: (the amount and period as one value, its line), else None."""
    heading = (block.heading or "").strip()
    lines = block.lines
    if not heading or len(heading.split()) > 4 or re.search(r"[\d:]", heading) or len(lines) < 2 \
            or lines[0].number != block.line + 1 or lines[1].number != lines[0].number + 1:
        return None
    amount, period = lines[0].text.strip(), lines[1].text.strip()
    if len(amount.split()) > 2 or figure_start(amount) != 0 or not _has_currency(amount) \
            or not _PERIOD_LINE.match(period) or not _SALARY_WORD.search(heading):
        return None
    if len(lines) > 2 and lines[2].number == lines[1].number + 1 and figure_start(lines[2].text.strip()) == 0:
        return None  # a second amount right under it: a band or a list of figures, no one value
    return f"{amount} {period}", lines[0].number


def _pay_box_head(block: Block) -> tuple[Block, Block] | None:
    """Round 22c: 'Average weekly pay' / '$1,795' / 'Future growth' / 'Very strong' / 'Employment size' / '91,400 workers'
    (sets 35 s06, 34 r16 'Median Salary' / '$65,190' / 'Unemployment Rate' / '0.9%'): a pay label read as a heading
    over its amount alone, then two label/value pairs or more line under line, is a glance box's first row; (the box,
    the lines after it) else None."""
    heading = (block.heading or "").strip()
    lines = block.lines
    if not heading or len(heading.split()) > 5 or ":" in heading or re.search(r"\d", heading) or len(lines) < 5 \
            or lines[0].number != block.line + 1:
        return None
    first = lines[0].text.strip()
    if len(first.split()) > 4 or figure_start(first) != 0 or not _has_currency(first) or is_bullet(lines[0].text):
        return None
    run = [lines[0]]
    k = 1
    while k + 1 < len(lines):
        label, value = lines[k], lines[k + 1]
        if label.number != run[-1].number + 1 or value.number != label.number + 1:
            break
        lt, vt = label.text.strip(), value.text.strip()
        if is_bullet(label.text) or is_bullet(value.text) or not (0 < len(lt.split()) <= 6) or re.search(r"[\d:.!?]", lt) \
                or not lt[:1].isupper() or not (0 < len(vt.split()) <= 6) or vt.endswith((".", ":")):
            break
        run += [label, value]
        k += 2
    if len(run) < 5:
        return None
    used = {ln.number for ln in run}
    box = Block("facts", None, [Line(heading, block.line)] + run, None, block.parent, block.line)
    rest = Block(block.kind, block.heading, [ln for ln in lines if ln.number not in used], None, block.parent,
                 block.line)  # (the pay section's prose after the box: 'Apprentices start from around $520 a week')
    return box, rest


_SPACED_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _spaced_pay_rows(lines: list[Line]) -> list[Line]:
    """Round 22c: 'Area      Entry     Median     Experienced' / 'Asheville MSA    $42,080    $52,310    $59,150' … (set
    34 r08, the capture cut in its last row; 37 p11 'Years of experience    Kuala Lumpur & Selangor    Penang & Johor'
    over ranges in RM): a header of three columns or more lined up by spaces, no amount in it, over rows of as many
    cells, each after the first an amount or a band (the last row may be cut short); [] when the lines are no such table."""
    run = []
    for ln in lines:
        if len(_SPACED_GAP.findall(ln.text.strip())) >= 2 and "\t" not in ln.text and "|" not in ln.text:
            run.append(ln)
        elif run:
            break
    if len(run) < 3:
        return []
    from pipeline.parse.generic.cells import pay_cell
    head = [c.strip() for c in re.split(r"\s{2,}", run[0].text.strip())]
    if any(pay_cell(c) or _has_currency(c) for c in head):
        return []
    for k, ln in enumerate(run[1:], 1):
        cells = [c.strip() for c in re.split(r"\s{2,}", ln.text.strip())]
        if not (len(cells) == len(head) or k == len(run) - 1 and 2 < len(cells) < len(head)) \
                or not all(pay_cell(c) or _has_currency(c) for c in cells[1:]) or pay_cell(cells[0]) \
                or _has_currency(cells[0]):
            return []
    return run


def _foreign_pay_lead(text: str) -> bool:
    """Round 21c: a line naming pay in another language over a table ('Wynagrodzenia miesięczne brutto (PLN)', 'Průměrná
    mzda'; generic_pay_words.tsv kind 'pay')."""
    from pipeline.parse.generic.pay import _pay_words
    words = _pay_words().get("pay")
    return bool(words and words.search(text))


_PAY_TABLE_LEAD = re.compile(r"(?i)\b(?:salary|salaries|earnings|wages?|pay|remuneration|training allowance|"
                             # round 21c: 'Annual total guaranteed package (ZAR)', 'Stipend (per month)' (sets 29 m15, 31 o14)
                             r"(?:total |guaranteed |remuneration |salary )*package|stipends?|"
                             r"salarizare|salariu|salarii|grila de salarizare|"  # round 16b: Romanian pay scales
                             r"apprentice(?:ship)? (?:pay|wages?|allowance)|ausbildungsvergütung)\b")


# key words of a heading outside the vocabulary that name what its list holds (headed_list_reader)
_SKILLS_WORD = re.compile(r"\b(?:skills?|competenc(?:y|ies|es)|capabilit(?:y|ies)|qualities|strengths|attributes|abilities|"
                          r"aptitudes|knowledge)\b")
_DUTIES_WORD = re.compile(r"\b(?:duties|responsibilities|tasks|accountabilities|job involve|work involve|role involve|"
                          r"what (?:you|they|youll|theyll) (?:do|will do)|day to day|daily work|main activities|"
                          # round 13b: a heading that only names the work ('The work', 'Your job', 'Main work')
                          r"^(?:the|your|main|our) (?:work|job)$)\b")
_NOT_A_LIST_OF_FACTS = re.compile(r"\b(?:requirements?|qualifications?|education|training|courses?|modules?|benefits|"
                                  r"perks|offer|faqs?|questions|related|similar|other|apply|how to|tips|mistakes|"
                                  r"challenges|not|dont|avoid)\b")
_TASK_HEADER = re.compile(r"\b(?:tasks?|duties|duty|responsibilit(?:y|ies)|activities|functions?)\b")
_KSA_LEAD = re.compile(r"(?i)^(?:knowledge|skills?|ability|abilities)\s+(?:of|to|in)\s*:$")
_TITLE_COLUMN = re.compile(r"(?:job |role |position )?(?:title|role|position)s?")
_PAY_ASIDE = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<aside>[^()]+)\)\s*$")
_PAIR_SEPARATOR = re.compile(r"\s+(?:\||–|—)\s+")


def _dotted_titles(text: str) -> list[str]:
    """The titles of a line that is nothing but titles split by '·', '•' or '|' ('Workshop Supervisor · Welding
    Inspector'), else [] (a labelled line, 'Similar jobs: A · B', is no list of moves)."""
    if not _NAME_SEPARATOR.search(text) or ":" in text:
        return []
    parts = [p.strip() for p in _NAME_SEPARATOR.split(text.strip().rstrip("."))]
    return parts if all(_valid_path_title(p) for p in parts) else []


# a heading the vocabulary does not know that speaks of getting in or moving on ('How do I get in?')
_MOVES_HEADING = re.compile(r"\b(?:careers?|after (?:the )?(?:programme|program|training|graduation|apprenticeship)|growth|get in|get into|getting in|getting into|break into|progress\w*|prospects|advance\w*|"
                            r"promotions?|move up|moving up|where (?:to|next)|next steps?|"
                            # round 13a: 'Routes in and up', 'Moving on', 'Growing with us', 'Pathways', 'Getting on',
                            # 'Where it can lead', 'How do I get there?'
                            r"routes? (?:in|up|into)|entry routes?|moving on|move on|grow(?:ing)? with|pathways?|getting on|"
                            # round 15b: 'Can I grow in this job?'
                            r"grow(?:ing)? (?:in|within) (?:this|the) (?:job|role|company|team)|"
                            # round 16b: 'Can I grow here?', 'Where can I grow?'
                            r"grow here|can i grow|"
                            # round 21c: 'Working towards this role' over 'You could start as …' (sets 28 k01, 33 q01)
                            r"working towards (?:this|the) (?:role|job)|"
                            # round 15b: the same in other languages ('Crecimiento', 'Kariyer yolu', 'Parcours', 'Werdegang')
                            r"carreras?|carreiras?|carri[eè]res?|karrieren?|kariyer|kariera|cariera|karier|karri[eä]r|"
                            r"loopbaan|crecimiento|crescimento|progresi[oó]n|progress[aã]o|evoluci[oó]n|evolu[cç][aã]o|"
                            r"[eé]volution|parcours|werdegang|aufstieg|ilerleme|y[uü]kselme|rozw[oó]j|postup|el[oő]rel[eé]p[eé]s|"
                            r"jenjang|pengembangan karier|thăng tiến|lộ trình|"
                            r"where (?:it|this role|the role) (?:can |could |may |will )?(?:leads?|takes?)|get there)\b")


# round 13a: a heading over a ladder: about moving on, or naming levels, a ladder or a pathway
_LADDER_HEADING = re.compile(_MOVES_HEADING.pattern[:-3] + r"|levels?|ladder|pathways?|path|ranks?|grades?|get there)\b")
_NUMBERED_STEP = re.compile(r"(\d{1,2})[.)]\s+(\S.{0,60})")  # round 17b: '1. Pre-apprentice'
# round 25c: '1 Junior DevOps Engineer' (set 45 p45_17: a number in a badge, its full stop lost) in a progression section
_BARE_NUMBERED_STEP = re.compile(r"(\d{1,2})\s+([^\W\d_].{0,60})")
# round 25c: '- Enfermero/a generalista' after a lead naming the path (group 1: the bullet)
_BULLETED_STEP = re.compile(r"([-•*–·▪►]|\d{1,2}[.)])\s+(\S.{0,60})")
_LADDER_LEAD = re.compile(r"(?i)\b(?:progresi[oó]n|progress[aã]o|progression|ladder|career path|trayectoria|escal[ae]f[oó]n|"
                          r"parcours|laufbahn|karriereleiter|[śs]cie[żz]ka|carri[eè]re|carreira|carrera|loopbaan|ura)\b")
# round 25c: 'Step 1: Payroll Assistant', 'Level 2 – Payroll Officer', 'Etapa 3: …' (set 48 p48_08): a step of a ladder
# named by its number after a word for a step
_WORDED_STEP = re.compile(r"(?i:step|stage|level|tier|phase|etapa|paso|passo|[ée]tape|stufe|schritt|krok|fase|stap|trin)"
                          r"\s+(\d{1,2})\s*(?::|[.)]|\s[–—-])\s+(\S.{0,60})")
_TITLE_RUN = 3  # unmarked title lines in a row that make a progression section's ladder


def _title_run(lines: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(items, others) of a progression section without list markers whose first lines are titles, one a line, in
    a row (three or more: 'Apprentice Boilermaker' / 'Qualified Boilermaker' / 'Foreman'); the lines after the run
    are others. No such run: no items."""
    run: list[tuple[str, int]] = []
    arrows: list[tuple[str, int]] = []  # '↓' lines between the steps
    last = None
    for text, number in lines:
        if last is not None and number != last + 1:
            break
        if run and _DOWN_ARROW.fullmatch(text.strip()):
            arrows.append((text, number))
            last = number
            continue
        if not (_valid_path_title(text.strip()) or _ladder_step(text.strip())):
            break
        run.append((text, number))  # 'Foreman': a short capitalised step among titles
        last = number
    if len(run) < _TITLE_RUN or sum(_valid_path_title(t.strip()) for t, _ in run) < 2:
        return [], lines
    used = set(run) | {a for a in arrows if a[1] < run[-1][1]}
    return run, [p for p in lines if p not in used]


_DOWN_ARROW = re.compile(r"[↓⬇⇓⟱▼▾|]|v")


def _unwrapped(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Lines of prose joined where a line without a sentence end is followed on the next line by one opening in lower
    case ('… a landscape foreman or supervisor, and some' / 'go on to set up …')."""
    out: list[tuple[str, int]] = []
    for text, number in lines:
        if out and number == out[-1][1] + 1 and text.strip()[:1].islower() and not is_bullet(text) \
                and not out[-1][0].rstrip().endswith((".", "!", "?", ":")) and len(out[-1][0].split()) >= 6:
            out[-1] = (f"{out[-1][0].rstrip()} {text.strip()}", number)
            continue
        out.append((text, number))
    return out


def _labelled_chain(text: str, role: str) -> str | None:
    """The chain of 'Your path with us: Room Attendant > Supervisor > Executive Housekeeper' (a short label before
    it), else None."""
    label, sep, rest = text.partition(":")
    if sep and 0 < len(label.split()) <= 8 and not _ARROWS.search(label) and _chain(rest.strip(), role):
        return rest.strip()
    return None


def _described(text: str) -> bool:
    """'Negotiation: reaching settlements both sides can accept': a skill named before a description in words (not
    a list of names)."""
    head, sep, rest = text.partition(":")
    return bool(sep) and len(head.split()) <= 4 and len(rest.split()) >= 4 and not _short_comma_list(rest)


def _dash_pair(text: str) -> tuple[str, str] | None:
    """(label, value) of a glance row written 'Label – value' or 'Label | value' (one separator, a label first)."""
    if text.lstrip().startswith("|") or is_bullet(text):
        return None
    parts = _PAIR_SEPARATOR.split(text.strip())
    if len(parts) != 2 or not parts[1].strip() or not _label_like(parts[0]) or ":" in parts[0]:
        return None
    return parts[0].strip(), parts[1].strip()


def _hashtags(text: str) -> list[str]:
    """'#SIEM (Splunk, Microsoft Sentinel) #Networking basics #MITRE ATT&CK': three or more names written as
    hashtags on one line (the '#' is a marker); else nothing."""
    text = text.strip()
    if not re.match(r"#[^\s#]", text):
        return []
    pieces = [p.strip()[1:].strip() for p in re.split(r"\s+(?=#[^\s#])", text)]
    if len(pieces) >= 3 and all(p and len(p.split()) <= 5 and not _ends_sentence(p) for p in pieces):
        return pieces
    return []


def _arrow_pair(text: str) -> tuple[str, str] | None:
    """(label, value) of a glance row written 'Label → value' (one arrow, a short label first, 'Remote?' too)."""
    if is_bullet(text) or text.lstrip().startswith("|"):
        return None
    parts = re.split(r"\s+(?:→|->|⟶|➔|➜|➝|=>)\s+", text.strip())
    if len(parts) != 2 or not parts[1].strip() or ":" in parts[0]:
        return None
    label = parts[0].strip()
    return (label, parts[1].strip()) if _label_like(label.rstrip("?")) and len(label.split()) <= 5 else None


def _separated(text: str) -> list[str]:
    """'Freight booking · Incoterms · Microsoft Excel', 'AML/KYC | FSA regulation | Bilingual communication': three
    or more short names on one line between middle dots, bullets or bars (or written as hashtags); else nothing."""
    if _hashtags(text):
        return _hashtags(text)
    if text.lstrip().startswith("|") or not _NAME_SEPARATOR.search(text):
        return []
    pieces = [p.strip() for p in _NAME_SEPARATOR.split(text.strip())]
    if len(pieces) >= 3 and all(p and len(p.split()) <= 5 and not _ends_sentence(p) and ":" not in p
                                and not _has_currency(p) for p in pieces):
        return pieces
    return []


_RELATED_TITLES = re.compile(r"related (?:job )?titles")


def _same_stems(one: str, other: str) -> bool:
    """'Lifeguard Attendant' and 'Lifeguard Attendante': word for word the same stem (four letters), one name written in
    two genders."""
    a, b = one.casefold().split(), other.casefold().split()
    return len(a) == len(b) and all(x == y or x[:4] == y[:4] for x, y in zip(a, b))


def _slashed_names(text: str) -> list[str]:
    """'Pool Plant Technician / Juruteknik Kolam' -> both names: a line of two names or more of several words each apart
    by ' / ', each a title by itself, one with a role noun; else [] (round 16b)."""
    names = [h.strip() for h in re.split(r"\s+/\s+", text.strip())]
    firsts = [n.split()[0].lower() for n in names if n.split()]
    if len(names) < 2 or "," in text or _NAME_SEPARATOR.search(text) or any(len(n.split()) < 2 for n in names) \
            or any(a != b and a[:4] == b[:4] for i, a in enumerate(firsts) for b in firsts[i + 1:]) \
            or any(_same_stems(a, b) for i, a in enumerate(names) for b in names[i + 1:]):
        # (a gendered pair, 'Boulanger / Boulangère', 'Técnico / Técnica de sonido', 'Lifeguard Attendant / Lifeguard
        # Attendante', stays one name; round 26c: the same first word, 'Cloud Platform Engineer / Cloud Operations
        # Engineer', is no gendered pair, p50_06)
        return []
    return names if len(names) >= 2 and all(_listed_title(n) for n in names) \
        and any(has_role_noun(n) for n in names) else []


def _alias_names(text: str) -> list[str]:
    """'A · B · C' (a middle dot, bullet or bar between names) or 'A, B and C'."""
    if _NAME_SEPARATOR.search(text):
        return [n.strip().rstrip(".") for n in _NAME_SEPARATOR.split(text) if n.strip()]
    parts = [p.strip().rstrip(".") for p in text.split(",")]
    if len(parts) >= 3 and all(parts) and not re.match(r"(?i)(?:and|or|&)\s", parts[-1]) \
            and not re.search(r"(?i)\s(?:and|or|&)\s", parts[-1]) and re.search(r"(?i)\s(?:and|&)\s", " ".join(parts[:-1])):
        # round 15b: 'Bricklayer and Plasterer, Blocklayer, Masonry Artisan': a list split by commas alone, no 'and' before
        # its last name, keeps an 'and' inside a name as part of it
        return parts
    return _rejoin_shared_noun(split_title_list(text), text)


_PLAIN_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|['’/&-])*(?: (?:[^\W\d_]|['’/&-])+){0,5}"
                         r"(?: \([^\W\d_][^()\d]{0,30}\))?")  # round 12b: 'trafikkleder (sjø)', a qualifier after it


# round 16b: a service's number before a title ('1516 Operator', '911 Dispatcher') is part of the name
_NUMBERED_NAME = re.compile(r"\d{2,4} ([^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,3})")


def _tab_box(lines: list[Line]) -> set[int]:
    """The lines of a run of two rows or more written 'Label<TAB>value' (one tab, a short label, a value of a few words)
    with a label of the fact vocabulary among them ('Education'); else none (round 16b)."""
    rows = [ln for ln in lines if ln.text.strip().count("\t") == 1 and not is_bullet(ln.text)]
    if len(rows) < 2 or len(rows) != len(lines) or any(b.number != a.number + 1 for a, b in zip(rows, rows[1:])):
        return set()
    pairs = [ln.text.strip().partition("\t") for ln in rows]
    if not all(_label_like(label) and 0 < len(label.split()) <= 4 and value.strip() and len(value.split()) <= 20
               for label, _, value in pairs):
        return set()
    return {ln.number for ln in rows} if any(fact_line(f"{label.strip()}: x") for label, _, _ in pairs) else set()


def _labelled_names(text: str, role: str) -> list[str]:
    """The names of a list an aliases label heads, written as the page writes them ('Q grader; Catador de café
    especial', 'Caregiver, Kaigo staff, Home helper', 'asesor técnico agrícola, ingeniero agrónomo de campo'): two or
    more plain names (words only, no figure or sentence mark, no article or pronoun first) split by ';', or else by
    commas or a middle dot, one of them a title by itself (``_listed_title``), none the role's own name (a names row
    of a box). Else []."""
    if "、" in text and not re.search(r"[,;]", text):
        text = text.replace("、", "; ")  # round 24d: 'A、B、C': the ideographic comma lists names in CJK text
    parts = re.split(r"\s*;\s*", text) if ";" in text else (
        _NAME_SEPARATOR.split(text) if _NAME_SEPARATOR.search(text) else re.split(r"\s*,\s*", text))
    names = [p.strip().rstrip(".") for p in parts if p.strip()]
    if len(names) < 2 or any(not (_PLAIN_NAME.fullmatch(n) or _NUMBERED_NAME.fullmatch(n)
                                  and has_role_noun(_NUMBERED_NAME.fullmatch(n).group(1)))
                             or n.split()[0].lower() in _SENTENCE_OPENERS
                             or n.split()[-1].lower() in _CONNECTORS for n in names):
        return []
    if not any(_listed_title(n) for n in names) or any(n.casefold() == role.casefold() for n in names):
        return []
    return names


def _comma_titles(text: str, role: str) -> list[str]:
    """'Forest Technician, Forest Technologist, Resource Technician': a line of two or more names split by commas,
    each a title by its shape with a role noun or a word for a person (no capital alone, no sentence), else []."""
    if ":" in text or _ends_sentence(text) or "," not in text:
        return []
    names = _labelled_names(text, role)
    return names if names and all(name_like(n) and _agentive(n) or _lower_title(n) for n in names) else []


_NOT_NAME_WORDS = {"in", "for", "of", "to", "with", "and", "or", "the", "a", "an", "on", "at", "by", "from", "is",
                   "are", "be", "your", "our", "their", "see", "more", "other", "jobs", "roles", "careers"}


# a label that says its words are names ('also called', 'other names', 'også kaldet', 'dikenali juga sebagai'), not only
# 'also' ('Ayrıca'): under it names in lower case are read as names (round 13a)
_NAMING_LABEL = re.compile(r"call|known|kald|kalt|chamad|llamad|conocid|conhecid|name|title|noem|bezeichn|appel|denomin|"
                           r"nimi|nazw|dikenal|disebut|benam"
                           # round 18b: the Romance words for names ('Otros nombres', 'Outros nomes', 'Autres noms', 'Altri
                           # nomi') and for 'they call it' ('También le dicen', 'Também se diz'): sets 16 x23, 17 z14, 20 t14
                           r"|nombre|nome|nomi|noms?\b|dicen|dice\b|diz\b|dizem")


def _labelled_alias(name: str) -> bool:
    """A name after an aliases label ('Other names → PT, fitness coach, gym instructor', 'Også kaldet: nodearkivar,
    orkesterbibliotekar'): a title's shape, an abbreviation, a role noun, or (round 13a) one to three words of letters in
    lower case with no English function word (a name in another language, written as it is used)."""
    words = name.split()
    # round 18b: a head-first name of up to five words, its first word a role noun ('instructor de buceo recreativo',
    # set 20 t14; 'peluquero canino' in set 17 z14 is of three words or fewer)
    most = 5 if words and (has_role_noun(words[0]) or _lower_other_language_title(name)) else 3
    return name_like(name) or (name.isupper() and 2 <= len(name) <= 5) or has_role_noun(name) \
        or 0 < len(words) <= most and all(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?", w) for w in words) \
        and not {w.lower() for w in words} & _NOT_NAME_WORDS


def _covered_titles(text: str, role: str) -> list[str]:
    """The other titles of a line of three or more titles split by commas, tabs, ';' or '·' that holds the role's own
    name ('Arborist<TAB>Arboricultural climber<TAB>Tree surgeon', 'Bus driver, bus operator, PSV driver, …'), each a
    name after an aliases label; else []."""
    parts = [p.strip().rstrip(".") for p in re.split(r"\t+|\s*[;,]\s*|\s+[·•|]\s+", text.strip()) if p.strip()]
    own = [p for p in parts if p.casefold() == role.casefold()]
    others = [p for p in parts if p.casefold() != role.casefold()]
    if len(parts) < 3 or len(own) != 1 or not all(
            _labelled_alias(split_trailing_parenthetical(p)[0]) or _sentence_name(split_trailing_parenthetical(p)[0])
            for p in others):
        return []
    return others


def _sentence_name(name: str) -> bool:
    """'Bread maker', 'Ouvrier boulanger', 'Laboratory assistant - medical': a name in sentence case (a capital first,
    one to four words of letters, a qualifier after a spaced dash allowed), no English function word."""
    base, _, qualifier = name.partition(" - ")
    words = base.split()
    return 0 < len(words) <= 4 and words[0][:1].isupper() and all(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?", w)
                                                                    for w in words) \
        and not {w.lower() for w in words} & _NOT_NAME_WORDS and (not qualifier or 0 < len(qualifier.split()) <= 2
                                                                  and qualifier.replace(" ", "").isalpha()) \
        and (has_role_noun(base) or any(_agentive(w) for w in words))  # a word for a person ('Glasshouse hand': none)


def _listed_title(name: str) -> bool:
    """A name of an aliases list that reads as a title by itself: its shape ('Home helper'), a known role noun, a
    word for a person ('Q grader'), words outside English ('catador de café') or a capital first letter ('Gestor
    fiscal', 'Kaigo staff': under a label that says these are the role's names, not a cut phrase like 'air traffic')."""
    return name_like(name) or has_role_noun(name) or _agentive(name) or _foreign(name) or name[:1].isupper()


def _rejoin_shared_noun(names: list[str], text: str) -> list[str]:
    """'speech and language pathologist' is one title whose noun both words share, not 'speech' and 'language
    pathologist': a name without a role noun joined by 'and'/'or' to the next, as the page writes them, is
    rejoined with it."""
    out: list[str] = []
    for name in names:
        if out and not has_role_noun(out[-1]):
            joined = next((f"{out[-1]} {word} {name}" for word in ("and", "or", "&")
                           if f"{out[-1]} {word} {name}" in text), None)
            if joined:
                out[-1] = joined
                continue
        out.append(name)
    return out


_NAMED_SENTENCE = re.compile(r"^(?P<name>[A-Z][\w'’/&+-]*(?: [\w'’/&+()-]+){0,3})\. (?P<detail>[A-Z].*[.!?])$")
_REQUIREMENT_WORDS = re.compile(r"(?i)\b(?:degree|bachelor'?s?|master'?s?|diploma|bsc|ba|bs|ms|msc|mba|phd|years?|experience|"
                                r"training|course|certificat(?:e|es|ion)|licen[cs]e|card|permit|clearance|"
                                # round 17a: a school qualification ('Minimum Nitec or GCE 'O' Level', 'High school
                                # diploma or equivalent', 'Matric with maths') is a requirement, never a skill's name
                                r"minimum|qualifications?|gce|gcses?|igcses?|[ao][- ]levels?|high school|secondary school|"
                                r"matric(?:ulation)?|school leaving)\b")


def box_pair(text: str) -> tuple[str, str]:
    """(label, value) of a box row: 'Label: value', 'Label<TAB>value' or 'Label | value'."""
    text = text.strip()
    if ":" not in text.partition("\t")[0] and "\t" in text:
        label, _, value = text.partition("\t")
    elif _bar_pair(text):
        label, value = _bar_pair(text)
    else:
        label, _, value = first_colon(text)
    return label.strip(" *_"), value.strip(" *_\t")


def _bar_pair(text: str) -> tuple[str, str] | None:
    """'Sector | General insurance (commercial and personal lines)': a box row written with one bar between its
    label and value (no outer bars, no colon in the label)."""
    parts = re.split(r"\s\|\s", text.strip())
    if len(parts) != 2 or text.strip().startswith("|") or text.strip().endswith("|") or ":" in parts[0]:
        return None
    label, value = parts[0].strip(), parts[1].strip()
    return (label, value) if value and _label_like(label) and not _has_currency(text) else None


def _box_row(text: str) -> bool:
    if is_bullet(text):
        return False
    if _label_value_line(text.strip()) or _bar_pair(text):
        return True
    cells = [c.strip() for c in text.strip().split("\t")]
    return len(cells) == 2 and all(cells) and _label_like(cells[0]) and not _has_currency(text)


def _listing_row(text: str) -> bool:
    """Round 13b: a row of a box that lists other things, no fact of the role: 'Related jobs<TAB>Water taxi driver, …'
    (links), 'Competencies<TAB>Rowing alla veneta, knowledge of …, customer service' (a list of skills that set 4's
    analysts store as a fact and set 10's as skills: unsure, it stays text). It still belongs to its box's run."""
    label, value = box_pair(text)
    name = normal_heading(label)
    return bool(_RELATED_LABEL.match(name)) or heading_kind(label) in ("skills", "skill_group") and "," in value


_RELATED_LABEL = re.compile(r"(?:related|similar|other) (?:jobs|occupations|roles|careers|professions)\b")


def _glance_box(lines: list[Line]) -> set[int]:
    """Lines of a box of 'Label: value' rows written one under the other ('Salary (US): $58,000 – $84,000 / year' /
    'Job growth: 12%' / 'Education: Bachelor's degree'): a run of two or more, one of them with a known glance label
    (fact_labels.tsv), or of three or more with short values ('CLASS CODE: 4452' / 'FLSA STATUS: Non-Exempt' / …),
    makes every row of the run a fact."""
    out: set[int] = set()
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and (not run or line.number == run[-1].number + 1) and _box_row(line.text):
            run.append(line)
            continue
        if _header_row(run):
            run = run[:0]  # 'Skill<TAB>Pay impact' over 'Sheet Metal Repair<TAB>+3%': a table, its rows are no facts
        tabbed = len(run) >= 2 and all("\t" in ln.text.strip() for ln in run)  # 'Sector<TAB>Logistics' rows
        if run and all(_ends_sentence(v) and len(v.split()) >= 4 for v in (box_pair(ln.text)[1] for ln in run)):
            run = run[:0]  # round 25a: 'Linux: Most cloud servers run Linux, …' / 'Networking: Understand …' (set 38
            # p38_18): names each explained by a sentence of its own are a list, no box
        if len(run) >= 2 and any(fact_line(ln.text) for ln in run) or (len(run) >= 3 or tabbed) and all(
                len(box_pair(ln.text)[1].split()) <= 12 for ln in run):
            out |= {ln.number for ln in run if not _listing_row(ln.text)}  # three property lines in a row are a box
            # whatever their labels
        run = [line] if line is not None and _box_row(line.text) else []
    return out


# round 18b: the subject of a pay clause naming a level of the role's people, not another group ('Beginners in a
# fragrance house', 'experienced QCs who run a shift', 'Once qualified', 'Newly qualified staff', 'Senior staff')
_LEVEL_PEOPLE = re.compile(r"(?i)^(?:(?:most|many|some|the|a|an|our|new|newly)\s+)?(?:beginners?|starters?|newcomers?|"
                           r"new\s+(?:starters?|recruits?|entrants?|hires?)|entry[\s-]level\b|juniors?\b|seniors?\b|"
                           r"senior\s|junior\s|experienced\b|qualified\b|once\s+qualified|fully\s+qualified|trainees?\b|"
                           r"apprentices?\b|graduates?\b|school\s+leavers?|seasoned\b|veterans?\b|those\s+with\b)")


_QUESTION_LABEL = re.compile(r"(?i)^(?:how|what|why|where|when|who|which|can|could|do|does|is|are|should|will)\b")


# round 25a: an e-mail address or a telephone number written as a site's contact lines give them
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(\d{2,4}\)\s?\d{3}[\s-]\d{3,4}|\+\d{1,3}[\s-]\d")


def _metadata_pair(text: str) -> bool:
    """'Follow us: Instagram | LinkedIn | TikTok': a pair of page metadata whose value is a row of links."""
    label, sep, value = text.partition(":")
    return bool(sep and label.strip()) and re.search(r"\s\|\s", value) is not None and bool(_words("metadata").fullmatch(normal_heading(_strip_symbols(label).strip())))


def _asks(text: str) -> bool:
    """A line that asks: a question mark at its end ('?', the Arabic '؟', or the Greek ';' after a Greek letter)."""
    text = _strip_symbols(text).strip()
    return text.endswith(("?", "؟", "？", "\u037e")) or bool(re.search(r"[\u0370-\u03ff\u1f00-\u1fff];$", text))


def _box_ended(lines: list, i: int) -> bool:
    """Round 25a: line i of a glance box's section, after a blank line, opens what is no more the box: a question, or
    a line no row over a bulleted or numbered list."""
    line = lines[i]
    if i == 0 or line.number == lines[i - 1].number + 1:
        return False
    text = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
    if _asks(text) and len(text.split()) >= 2:
        return True
    following = lines[i + 1] if i + 1 < len(lines) else None
    return following is not None and following.number == line.number + 1 and is_bullet(following.text) \
        and not is_bullet(line.text) and ":" not in text and "\t" not in text and len(text.split()) <= 10


# round 25a: a run of three spaces or more inside a value: a second column of the page beside it ('Critical Work Functions
# and Key Tasks                   S$2,800 – S$3,900', set 47 p47_12), no one value
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def _value_line(lines: list, j: int) -> bool:
    """Round 25a: line j can be the value of the label line above it: right under it (a blank line between parts them:
    'Practical Nursing' / '' / 'Book an appointment …', set 47 p47_11), no question ('💶 Πόσα βγάζει …;'), no heading
    the vocabulary knows, no second column, and no label of a pay figure on the line under it (a table's title over
    'Public hospital' / '1.480 €', set 49 p49_04)."""
    value, above = lines[j], lines[j - 1]
    text = value.text.strip()
    if value.number != above.number + 1 or _asks(text) or _COLUMN_GAP.search(text) or heading_kind(text) is not None \
            or not re.search(r"[^\W_]", text):
        return False  # (nor a separator alone: 'Home' / '›' is a trail written one entry a line)
    following = lines[j + 1] if j + 1 < len(lines) else None
    return not (following is not None and following.number == value.number + 1 and not re.search(r"\d", text)
                and _has_currency(following.text) and figure_start(following.text.strip()) == 0)


def _question_over_prose(label: str, value: str) -> bool:
    """Round 17b: 'How to become a picture framer' over 'You can get into this job through a college course, …': a
    question or a how-to line over a sentence is a heading over its paragraph, no label of a glance fact."""
    label, value = label.strip(), value.strip()
    return bool(_QUESTION_LABEL.match(label) or label.endswith("?")) and _ends_sentence(value) \
        and len(value.split()) >= 6


# round 17b: the label of a contract's kind in a box ('Contract' / 'Permanent contract', 'Tipo de contrato')
_CONTRACT_LABEL = re.compile(r"(?i)(?:contract|contrato|contrat|vertrag|umowa|s[oö]zle[sş]me)(?: type| length| duration)?|"
                             r"tip(?:ul)? (?:de )?contract|tipo de contrato|type de contrat|vertragsart|rodzaj umowy")


# round 17b: an amount and its period, nothing else ('$32.36 per hour', '$67,310 per year')
_PERIOD_ONLY = re.compile(r"(?i)(\S*\d[\d.,]*\S*)\s+per\s+(year|month|week|day|hour)")


def _label_line_box(lines: list[Line], in_box: bool = False) -> list[tuple[Line, Line]]:
    """(label line, value line) pairs of a box written label over value ('Department' / 'Studio Operations' / 'Hours' /
    'Shift pattern incl. live evenings' / 'Grade' / 'Band D') that closes a list of names: read back from the list's
    end, pairs of unmarked consecutive lines whose label is short, label-shaped and no title (no role noun, no word
    for a person); two pairs or more, one label a known glance label (fact_labels.tsv). Round 12b: under 'Also
    called' such a box is the role's glance box, not more of its names."""
    pairs: list[tuple[Line, Line]] = []
    i = len(lines) - 2
    while i >= 0:
        label, value = lines[i], lines[i + 1]
        text, said = label.text.strip(), value.text.strip()
        if value.number != label.number + 1 or (pairs and pairs[0][0].number != value.number + 1) \
                or is_bullet(label.text) or is_bullet(value.text) or not said or ":" in text \
                or len(text.split()) > 3 or not _label_like(text) or has_role_noun(text) or _agentive(text) \
                or heading_kind(text):
            break
        pairs.insert(0, (label, value))
        i -= 2
    if len(pairs) >= 2 and any(fact_line(f"{label.text.strip()}: x") for label, _ in pairs):
        return pairs
    above = lines[i + 1].text.strip() if pairs and i + 1 >= 0 and lines[i + 1].number == pairs[0][0].number - 1 else ""
    single = pairs[0][0].text.strip() if len(pairs) == 1 else ""
    if single and (fact_line(f"{single}: x") or _CONTRACT_LABEL.fullmatch(single)) and re.search(r";|·|•|,", above) \
            and not is_bullet(above):
        # round 17b: 'Other names' / 'Gaterist; Operator fierăstrău panglică' / 'Contract' / 'Permanent contract': after
        # the names written on one line, a known glance label over a value is the next row of the page's box
        return pairs
    if single and in_box and i + 2 >= 1 and _box_row_value(single, pairs[0][1].text.strip()):
        # round 18b: 'Also known as' / 'Pig Stockman' / 'Svinepasser' / 'Work permit' / 'Positive list or …': the names'
        # label is itself a row of a box flattened to label and value lines (a label and its value stand right above
        # it), so the last label over a value that reads as no name is the box's next row, no third name (set 21 u03
        # 'Required certification', u13 'Work permit', u14 'Omanisation' stored as a name)
        return pairs
    return []


def _box_row_value(label: str, value: str) -> bool:
    """A value line that reads as a box's value, no name: more words than its label (three or more) with a word in
    lower case after the first or a figure, no sentence ('Purpose' / 'Operate the … units so that …': a heading over its
    paragraph, set 20 t09), and no title-shaped name with a role noun."""
    words = value.split()
    return 3 <= len(words) <= 12 and len(words) > len(label.split()) and not value.endswith((".", "!", "?", ":")) and (
        any(w[:1].islower() for w in words[1:]) or bool(re.search(r"\d", value))) \
        and not (name_like(value) and has_role_noun(value))


def _box_above(page_lines: list[str], line: int) -> bool:
    """Round 18b: the line above the heading line `line` (1-based) is a value under a short label line: the heading
    is a row of a box flattened to label and value lines ('Language' / 'Danish or English' / 'Also known as')."""
    if line < 3 or line - 1 > len(page_lines):
        return False
    label, value = page_lines[line - 3].strip(), page_lines[line - 2].strip()
    return bool(label and value) and not is_bullet(label) and not is_bullet(value) and ":" not in label \
        and len(label.split()) <= 4 and not label.endswith((".", "!", "?", ";", ","))


def _names_closed(lines: list[Line]) -> int | None:
    """Index of the line where an aliases list ends before its section does: after a blank line, an unmarked line
    in sentence case, short and without sentence punctuation, that reads as no name ('Lediga jobb just nu', 'Current
    vacancies') is a heading the vocabulary does not know; the list is what stands above it. Round 12b."""
    for k in range(1, len(lines)):
        text = lines[k].text.strip()
        parts = [p.strip() for p in re.split(r"\s+\|\s+", text)]
        if len(parts) >= 3 and not all(has_role_noun(p) for p in parts):
            return k  # round 15b: 'Overview | Wages | Outlook | Job requirements': the page's tabs end the list
        if lines[k].number > lines[k - 1].number + 1 and not is_bullet(text) and _heading_shaped(text, True) \
                and not name_like(text) and not _lower_title(text) and not has_role_noun(text):
            return k
    return None


# a lead-in or heading over a list of what the role needs, not what it does
_NUMBER_MARK = re.compile(r"^\s*[#(]?\d{1,2}[.)、．）:-]")
_SUB_HEADING_WORDS = 8  # words of a short line over a list that heads it


def _marker_kind(text: str) -> str | None:
    """The kind of a list line's marker: 'number' ('1)', '2.', '(3)') or the bullet glyph itself ('-', '•')."""
    if _NUMBER_MARK.match(text):
        return "number"
    stripped = text.lstrip()
    return stripped[:1] if is_bullet(text) and stripped else None


def _marker_switch(block: Block, items: list[tuple[str, int]], text: str, line: int) -> bool:
    """Round 24b: '하는 일' (duties) / '1) …' … '7) …' / '필요 능력 및 지식' / '- 기계 원리 이해' / '- 팀워크' (set 46 p46_02):
    a short line that ends no sentence and names no duties, right over a list whose marker differs from the duties'
    marker above it (numbers, then dashes), heads a second list of something else, whatever its language."""
    if len(text.split()) > _SUB_HEADING_WORDS or len(text) > 40 or _ends_sentence(text) or text.endswith(":") \
            or is_bullet(text) or _DUTIES_WORD.search(normal_heading(text)):
        return False
    raw = {ln.number: ln.text for ln in block.lines}
    above = [_marker_kind(raw.get(n, "")) for _, n in items if n < line]
    below = [_marker_kind(raw.get(n, "")) for _, n in items if n > line]
    return len(above) >= 2 and len(below) >= 2 and line + 1 in {n for _, n in items} \
        and None not in above + below and len(set(above)) == 1 and len(set(below)) == 1 and above[0] != below[0]


_OTHER_LIST_LEAD = re.compile(r"(?i)\b(?:skills?|qualities|competenc(?:y|ies)|abilities|requirements|qualifications|"
                             r"knowledge|what you(?:'ll| will)? (?:bring|need|have)|you(?:'ll| will)? need|"
                             r"we(?: also)? look for|looking for|attributes|traits|ideal candidate)\b")


# an occupation database's coded activities: a group line 'A – PROVIDE NUTRITIONAL CARE' over items 'A.1 Assess…'
_GROUP_CODE = re.compile(r"^[A-Z]\s?[–—-]\s+(?=\S)")
_ITEM_CODE = re.compile(r"^([A-Z]{1,2})(\d{0,2}(?:\.\d{1,2})+)\.?\s+(?=\S)")


def _coded_duties(items: list[tuple[str, int]], others: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Coded activities ('A.1 Assess the nutritional status…' under 'A – PROVIDE NUTRITIONAL CARE'): when two or
    more items carry a code of the same shape, the code is dropped from each; a group line (a letter code and a
    dash) is a heading of its items, never a duty, and moves to the text. Anything else is left as it is."""
    coded = [(t, n) for t, n in items if _ITEM_CODE.match(t)]
    if len(coded) < 2:
        return items
    out = []
    for text, line in items:
        if _GROUP_CODE.match(text) and not _ITEM_CODE.match(text):
            others.append((text, line))
        else:
            out.append((_ITEM_CODE.sub("", text, count=1) if _ITEM_CODE.match(text) else text, line))
    return out


def _header_row(run: list[Line]) -> bool:
    """A run of tab or '|' rows whose first row names its columns ('Skill<TAB>Pay impact', 'Level | Salary'):
    the first row has no figure while every row under it has a value that starts with one ('+8%', '£24k')."""
    if len(run) < 2 or not all(re.search(r"\t|\s\|\s", ln.text.strip()) for ln in run):
        return False
    first = box_pair(run[0].text)[1]
    return not re.search(r"\d", first) and len(first.split()) <= 4 and all(
        _FIGURE_LED.match(box_pair(ln.text)[1]) for ln in run[1:])


# a value that starts with a figure, or only its start (a row a cut capture ends in: 'North<TAB>+')
_FIGURE_LED = re.compile(r"^[+\-−–~]?\s?(?:[$€£¥₹]|[A-Z]{3}\s?)?(?:\d|$)")


_ALIGNED_GAP = re.compile(r" {3,}")


def _aligned_pair(text: str) -> bool:
    """'Wykształcenie      wyższe informatyczne' - a label and its value parted by three spaces or more, no colon or tab."""
    text = text.strip()
    cells = _ALIGNED_GAP.split(text)
    return "\t" not in text and ":" not in text and len(cells) == 2 and _cell_label(cells[0]) \
        and not is_bullet(text) and not text.startswith("|")


def _named_sentences(lines: list[tuple[str, int]]) -> list[tuple[str, str, str, int]]:
    """(name, detail, text, line) when every line (two or more) is 'Name. Sentence…' ('Detail oriented. Because
    attacks can be hard to spot, …'): a skill named before its explanation on one line; else nothing."""
    out = []
    for text, number in lines:
        match = _NAMED_SENTENCE.match(text.strip())
        if not match or _ends_sentence(match.group("name")):
            return []
        out.append((match.group("name"), match.group("detail"), text.strip(), number))
    return out if len(out) >= 2 else []


_ABBREVIATED = re.compile(r"(.+?)\s*\([A-Z]{2,}[A-Z0-9&/.-]*\)")
_DUTY_NUMBER = re.compile(r"^(?:Duty|Task|Tâche|Aufgabe|Tarea|Tarefa|Compito)\s+\d{1,2}[.:)]?\s+(?=[^\W\d_])")
_KSB_LEAD = re.compile(r"(?i)^(?:knowledge|skills?|behaviours?|behaviors?|attitudes?)\s*:?$")
_KSB_HEADING = re.compile(r"\b(?:ksbs?|knowledge,? skills,? and (?:behaviours|behaviors|attitudes)|knowledge skills and "
                          r"(?:behaviours|behaviors))\b")


def _coded_statements(lines: list[Line]) -> list[tuple[str, int, str]] | None:
    """Round 13b: an occupational standard's knowledge, skills and behaviours ('Knowledge' / 'K1: Food safety and hygiene
    legislation' / … / 'Behaviours' / 'B1: Takes personal responsibility …'): every line is a coded statement of one
    to twenty words or a lead naming its kind, two statements or more; (the statement as written without its code, its
    line, its code's letter). Else None."""
    out = []
    for ln in lines:
        text = ln.text.strip()
        if _KSB_LEAD.match(text):
            continue
        code = _SKILL_CODE.match(text)
        if not code or not re.match(r"[KSBA]", text) or not 1 <= len(text[code.end():].split()) <= 20:
            return None
        out.append((text[code.end():].strip(), ln.number, text[0]))
    return out if len(out) >= 2 else None


def _plain_name(text: str) -> bool:
    """A short name on a line of its own ('Customer and Personal Service'): five words at most, a capital first, no
    sentence's end, colon, figure or money."""
    return 0 < len(text.split()) <= 5 and text[:1].isupper() and not _ends_sentence(text) \
        and not re.search(r"[:\d|\t]", text) and not is_bullet(text)


# round 26d: the explanation may open in lower case ('Technisch inzicht – je snapt hoe …', p51_11)
_DASHED_NAME = re.compile(r"^(?P<name>[A-Z][^—–:.;,]{1,50}?)\s+[—–]\s+(?P<detail>[^\W\d_][^—–]{10,})$")


def _dashed_names(lines: list[tuple[str, int]]) -> list[tuple[str, str, str, int]]:
    """Round 13b: (name, detail, text, line) when every line (two or more) is 'Name — explanation' ('Critical Thinking —
    Using logic and reasoning to …'): a short capitalised name (four words at most) and a sentence explaining it;
    else nothing."""
    out = []
    for text, number in lines:
        match = _DASHED_NAME.match(text.strip())
        if not match or len(match.group("name").split()) > 4 or len(match.group("detail").split()) < 3 \
                or ";" in match.group("detail"):
            return []  # ('Analytical software — Caliper TransCAD; PTV Vision VISUM': a group over its names)
        out.append((match.group("name").strip(), match.group("detail").strip(), text.strip(), number))
    return out if len(out) >= 2 else []


def _lower_case_titles(names: list[str]) -> bool:
    """'payroll supervisor, head of payroll, payroll team leader': titles a site writes in lower case after an
    alias lead-in; short word-only phrases, one or more ending in a known role noun."""
    return all(0 < len(n.split()) <= 4 and re.fullmatch(r"[a-z][a-z' -]*", n) or name_like(n) for n in names) \
        and any(has_role_noun(n) and re.fullmatch(r"[a-z][a-z' -]*", n) for n in names)  # 'ATCO, air traffic control
    # officer': a capitalised name or acronym beside them too


_BAR_SPLIT = re.compile(r"\s\|\s")
# a statement of a knowledge, skill or ability under a 'Knowledge, Skills and Abilities' heading
_KSA_STATEMENT = re.compile(r"(?i)^(?:knowledge|skills?|ability|abilities|proficiency)\s+(?:of|in|to|with)\s+\S")
# round 16a: a short line under such a heading is one as written unless it names a requirement
_KSA_SHORT = 12
_KSA_REQUIREMENT = re.compile(r"(?i)\b(?:experience|years?|degree|diploma|licen[cs]e|certificat\w*|check|clearance|"
                              r"qualification\w*|equivalent)\b")


def _title_links(lines: list[Line], i: int) -> int:
    """Length of a run at `i` of a line after a blank line (no known glance label) over three or more lines right
    under it that each read as a role's title (a role noun or a word for a person, no colon): links to other roles."""
    if i == 0 or lines[i].number == lines[i - 1].number + 1 or fact_line(f"{lines[i].text.strip()}: x"):
        return 0
    n = i + 1
    while n < len(lines) and lines[n].number == lines[n - 1].number + 1 and ":" not in lines[n].text \
            and not is_bullet(lines[n].text) and name_like(lines[n].text.strip()) \
            and (has_role_noun(lines[n].text) or _agentive(lines[n].text.strip())):
        n += 1
    return n - i if n - i >= 4 else 0


def _box_skills(label: str, value: str) -> list[str]:
    """The names of a box row whose label names tools or software ('Tools: EZTitles, Subtitle Edit, Ooona'): two or more
    short comma-separated names, no sentence, no figure; else []."""
    # a box row labelled as skills is a fact on one wiki page and skills on another (sets 4 and 10 disagree): only
    # tools and software named in a box are read as skills
    if normal_heading(label) not in ("tools", "software", "tools and software", "software and tools", "software tools"):
        return []
    pieces = [p.strip() for p in _outside_parentheses(value) if p.strip()]
    if len(pieces) < 2 or any(len(p.split()) > 5 or _ends_sentence(p) or re.search(r"\d", p) for p in pieces):
        return []
    return pieces


_NEXT_STEP = re.compile(r"(?i)^(?:your\s+)?next\s+(?:steps?|roles?|moves?)\s*:\s*(?P<titles>\S.*)$")


def _path_names(text: str) -> list[tuple[str, str | None]]:
    """(title, note) of 'A (note) or B' / 'A, B and C': every piece a title ending on a role noun, else []."""
    out = []
    for piece in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text.strip().rstrip(".")):
        name, note = split_trailing_parenthetical(piece.strip())
        if not name or not name_like(name) or not has_role_noun(name) or len(name.split()) > 5:
            return []
        out.append((name, note))
    return out


_POINTER = re.compile(r"\s+(?:[▸►▶]|(?<=[\u0590-\u08ff\u200c]\s)←(?=\s+[\u0590-\u08ff]))\s+")
# round 25c: in right-to-left text ('برنامه‌نویس جونیور ← برنامه‌نویس میدلول ← …', set 49 p49_10; set 29 p29_12) a left
# arrow between names written in that script points the way the line reads: on to the next step
_POINTER_CHAIN = re.compile(r"^[^▸►▶←]+(?:\s(?:[▸►▶]|←)\s[^▸►▶←]+){2,}$")
# a paragraph about the working day ('A normal day starts at 7:00 …', 'On a typical shift …')
_WORKING_DAY = re.compile(r"(?i)\b(?:(?:typical|normal|usual|working|average)\s+(?:day|shift|week)|each\s+(?:day|shift)|"
                          r"day-to-day|daily\s+(?:work|routine|tasks))\b")
_KSA_ITEM = re.compile(r"(?i)^(?:(?:good|sound|working|basic|strong|solid|thorough|excellent)\s+)?(?:knowledge|understanding)"
                       r"\s+of\s+\S|^(?:the\s+)?(?:ability|able)\s+to\s+\S")


def _names_skill(text: str) -> bool:
    """An item of a skills-and-requirements list that names a skill: a short name, or 'Name – description'."""
    name, detail = split_skill(text)
    if not name or _ends_sentence(name) or _REQUIREMENT_WORDS.search(name):
        return False
    # round 13b: up to eight words ('Calm handling of nervous cats and dogs', 'Allocation systems such as JDA or Oracle
    # Retail'), a sentence's end and a requirement's words still refused
    limit = 6 if re.match(r"(?i)(?:you|your|we|our)\b", name) else 8  # 'you work accurately and at a steady pace'
    return len(name.split()) <= limit and (detail is None or len(text.split()) > len(name.split()))


@dataclass
class Reader(SalaryReading):
    role: str
    items: list[Item] = field(default_factory=list)
    dangling: int | None = None  # line of a label left without its value (a glance label, a salary level)
    open_band: int | None = None  # line of a salary section's last figure with its level after it ('£X Starter')
    level_after: set[int] = field(default_factory=set)  # lines of figures whose level is written after them
    from_prose: set[int] = field(default_factory=set)  # ids of salary items read out of a sentence
    hourly: bool = False  # a salary heading of the page speaks of hourly pay
    table_unit: tuple[str, str] | None = None  # currency and period a line over a table states ('(in $)')
    section_period: re.Match | None = None  # 'monthly' in the heading of the salary section being read
    plural_paths: set[int] = field(default_factory=set)
    labelled_ladders: dict = field(default_factory=dict)  # round 16b: 'Progression: A → B → C' rows read out of a box
    ladder_taken: set[int] = field(default_factory=set)  # lines read as a ladder out of a box (15b)  # ids of moves read out of prose naming a plural group
    page_lines: list[str] = field(default_factory=list)  # the page's lines as written (headings with their ':')
    prose_duties: list[tuple[str, int]] = field(default_factory=list)  # duties of a prose page's working-day paragraph
    parent_heading: str | None = None  # the heading of the last section that is no sub-section (round 24b)
    empty_heading: str | None = None  # the heading of the last section read when nothing stood under it (round 24b)
    heading_over: str | None = None  # that heading, for the section right under it (round 24b)

    def add(self, table: str, row: dict, text: str, line: int, section: str, warnings=(), rule: str | None = None
            ) -> None:
        if table == "career_paths" and row.get("kind") in ("from", "to", "lateral"):
            bare = _ABBREVIATED.fullmatch(row.get("target_title") or "")
            if bare and re.search(rf"(?i)(?<![\w-]){re.escape(bare.group(1))}(?![\w-])(?!\s*\()",
                                  "\n".join(getattr(self, "page_lines", None) or [])):
                # round 22b: 'promoted to Chief Pilot (CP)' on a page that also names 'Chief Pilot' bare: the bare name
                row = {**row, "target_title": bare.group(1)}
        if table == "responsibilities" and _DUTY_NUMBER.match(row.get("text") or ""):
            # round 22b: 'Duty 1 Plan the installation of …' (a standard's numbered duties): the number is no part of it
            row = {**row, "text": _DUTY_NUMBER.sub("", row["text"], count=1)}
            text = _DUTY_NUMBER.sub("", text, count=1)
        if table != "page_sections" and rule is None:
            rule = reading_rule(sys._getframe(1))
        self.items.append(Item(table, row, text, line, section, list(warnings), rule))

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
        (pipeline/reference/fact_labels.tsv), else page text. 'Job family: A | FLSA: Exempt | Union: B': a row of
        pairs split by bars is a pair each when every part is 'Label: value' and one label is a known fact label."""
        parts = [p.strip() for p in _BAR_SPLIT.split(text.strip())]
        pairs = [p.partition(":") for p in parts]
        if len(parts) >= 2 and all(sep and _label_like(label) and value.strip() and not _has_currency(value)
                                   for label, sep, value in pairs) and any(fact_line(p) for p in parts):
            for label, _, value in pairs:
                self.fact(label.strip(), value.strip(), text, line, block)
            return
        found = fact_line(text)
        if found and not self.footer_neighbour(line):
            self.fact(found[0], found[1], text, line, block)
            return
        onward = _NEXT_STEP.match(text.strip()) if not block.kind.startswith("career") else None
        if onward:
            titles = _path_names(onward.group("titles"))
            if titles:
                # round 12b: 'Next step: Shift Leader (Brygadzista) or Warehouse Coordinator' under another section: the
                # label can only name moves on; every name a title with a role noun, or the line stays text
                for title, note in titles:
                    self.add("career_paths", {"role": self.role, "kind": "to", "target_title": title, "note": note},
                             text, line, "career_to")
                return
        label, sep, value = _LEADING_ICON.sub("", _strip_symbols(text).strip()).partition(":")
        if "\t" in text.strip() and ("\t" in label or not sep):
            label, sep, value = text.strip().partition("\t")  # 'Total remuneration package<TAB>…' in a tab box
        pay_label = _SALARY_WORD.search(label) or salary_level(re.sub(r"\([^()]*\)", "", label)) != "other"
        if sep and _label_like(label) and pay_label and figure_start(value.strip()) == 0 \
                and _has_currency(value) and self.salary(label.strip(" *_"), value.strip(" *_"), text, line, block,
                                                        require_clean=True):
            return  # 'Average salary: $72,000' outside a salary section is the role's pay all the same
        money = self.written_money(value.strip(" *_")) if sep and _label_like(label) and pay_label \
            and not _has_currency(value) else None
        if money is not None and self.salary(label.strip(" *_"), value.strip(" *_"), text, line, block,
                                             require_clean=True, parse_as=money):
            return  # round 16b: 'Salary: Rs 22,000 – Rs 32,000 a month' (a symbol the page's country decides)
        split = _period_amounts(value) if sep and _label_like(label) and pay_label else None
        if split:
            # round 16b: 'Median wages (2025)<TAB>$23.80 hourly, $49,500 annual': one salary a period, labelled by it
            for figure, period in split:
                self.salary(f"{label.strip(' *_')} {period}", figure, text, line, block, require_clean=True)
            return
        if sep and "\t" in text and _label_like(label) and pay_label and _has_currency(value):
            before = len(self.items)
            self.fact(label.strip(), value.strip(), text, line, block)  # 'Package<TAB>Grade 7/8 – $101,998 – …'
            if any(i.table == "salaries" for i in self.items[before:]):
                return
            del self.items[before:]
        self.keep(block, text, line, section)

    def footer_neighbour(self, line: int) -> bool:
        """Round 25a: a line right above or under line `line` (1-based) of the page is the site's own: page metadata
        ('Follow us: Instagram | LinkedIn'), an e-mail address or a telephone number. 'Hours: Monday-Friday, 8:00 a.m. -
        5:00 p.m.' among them (set 34 p34_09) is the office's, no fact of the role."""
        lines = getattr(self, "page_lines", None) or []
        for number in (line - 1, line + 1):
            if 1 <= number <= len(lines):
                text = lines[number - 1].strip()
                if text and (_metadata_pair(text) or _CONTACT.search(text)):
                    return True
        return False

    def read(self, block: Block) -> None:
        if block.parent is None:
            self.parent_heading = block.heading
        self.heading_over = self.empty_heading  # a heading right over this one, with nothing under it (round 24b)
        self.empty_heading = block.heading if not block.lines and not block.inline else None
        if block.kind == "salary":
            split = _pay_box_head(block)
            if split is not None:
                box, rest = split
                self.read(box)
                if not rest.lines:
                    return
                block = rest
            card = _pay_card(block)
            if card is not None:
                # round 22c: 'Average salary' / '$65,000' / 'per year' (sets 35 s18, s19): the page's headline figure,
                # a fact as written (its period line joined) besides the salary the section reads
                value, number = card
                self.add("role_facts", {"role": self.role, "label": block.heading.strip(), "value": value,
                                        "box_pay": True}, value, number, "facts")
        reader = {
            "responsibilities": self.read_responsibilities, "skills": self.read_skills,
            "skill_group": self.read_skills, "skill_gaps": self.read_skills,
            "skill_requirements": self.read_skills, "career": self.read_career,
            "career_from": self.read_career, "career_to": self.read_career, "career_lateral": self.read_career,
            "career_level": self.read_career_level, "salary": self.read_salary, "aliases": self.read_aliases,
            "facts": self.read_facts,
        }.get(block.kind)
        start = len(self.items)
        if _vacancy_card(block.lines):
            # round 22b: 'Wage: £18,500 Annually' / 'Location: Swindon SN2' / 'Start date: 15 September 2025' (a listed
            # vacancy of the site): the job's, no fact or pay of the role
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines])
            return
        if any(_DOT_LEADER.search(ln.text) for ln in block.lines):
            # round 20c: 'Regulator ........ Quantity Surveyors Registration Board', 'Monterrey ........ $23,100' (sets 30
            # n05, n13, 31 o24): dots leading the eye from a label to its value are the pair's colon
            block = Block(block.kind, block.heading, [replace(ln, text=_DOT_LEADER.sub(": ", ln.text, count=1))
                                                      for ln in block.lines], block.inline, block.parent, block.line)
        footer = _site_footer(block.lines) if block.kind != "intro" else None
        if footer is not None:
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines[footer:]])
            block = Block(block.kind, block.heading, block.lines[:footer], block.inline, block.parent, block.line)
        para = self.move_names(block, _CAREER_KINDS.get(block.kind, "step"))
        if para:
            # round 25c: 'Ocupaciones afines para movilidad laboral' / 'Auxiliar de farmacia' / 'Técnico en atención
            # prehospitalaria' (set 45 p45_06): the names right under a heading naming the move; the lines after a blank
            # line below them are other text of the page (a service's address box there is none of the role's facts)
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines[len(para):]])
            self.items[start:] = sorted(self.items[start:], key=lambda item: item.line)
            return
        block = self.boxes(block)
        reader = None if conditions_group(block) else reader  # 'PACKAGE' under the skills: no skill group
        if not block.kind.startswith("career"):
            block = self.ladder_lines(block)
            block = self.move_lists(block)
        if block.kind != "salary":
            block = self.pay_tables(block)
        block = self.cell_tables(block)
        self.read_block(reader, block)
        if not block.kind.startswith("career"):
            # (a heading the vocabulary does not know may speak of something else: 'Our history'; under it only the
            # lines under a line of its own about moving on are read: round 13a)
            self.role_moves(block, inner=block.kind in ("unknown", "prose") and bool(block.heading))
        # in line order, so that the item a capture ends on is the last one (pairs and bands are read first)
        self.items[start:] = sorted(self.items[start:], key=lambda item: item.line)

    def boxes(self, block: Block) -> Block:
        """Label/value boxes the section's own reader would not read as one (boxes.box_lines): every pair a fact.
        Returns the block without those lines."""
        old_box = _glance_box(block.lines) if block.kind in ("intro", "prose", "unknown", "other") else set()
        found = box_lines(block, old_box)
        heading = self.page_lines[block.line - 1] if block.heading and 0 < block.line <= len(self.page_lines) else None
        defined = definition_pairs(block, heading)
        named = alias_lines(block)
        if not found and not defined and not named:
            return block
        for number, label, value, written in found:
            self.fact(label, value, written, number, block)
        used = {number for number, *_ in found} | label_lines(block, found)  # a flattened box's label lines too
        used |= self.box_pay(block, used)  # its pay pair ('Salary band' / 'Band 9: $68,000 – $82,500')
        for number, label, value, written in named:  # 'Other names in the industry: A, B' under another section
            if number not in used:
                self.fact(label, value, written, number, block)
                used.add(number)
        for number, label, value in defined:  # 'Licenses and Certificates:' over its value: a definition list
            if number not in used and number - 1 not in used:
                self.fact(label, value, value, number, block)
                used |= {number, number - 1}
        return Block(block.kind, block.heading, [ln for ln in block.lines if ln.number not in used], block.inline,
                     block.parent, block.line)

    def move_lists(self, block: Block) -> Block:
        """'You might start as' / '▸ Optometric Assistant' / '▸ Optician': a short line ending on a move's verb phrase
        (colon or not) over two bulleted titles or more, outside a section about progression, lists moves of that kind.
        Every item must read as a title (a capture's cut last item stays text). Returns the block without those lines."""
        used: set[int] = set()
        lines = block.lines
        leads = list(enumerate(lines))
        if block.kind == "unknown" and block.heading and lines:  # 'You can progress to' read as a section's heading
            leads.insert(0, (-1, Line(block.heading, lines[0].number - 1)))
        for index, ln in leads:
            text = ln.text.strip()
            if is_bullet(ln.text) or not text or len(text.split()) > 8 or _ends_sentence(text.rstrip(":")):
                continue
            kind = lead_in_kind(text.rstrip(": ") + ":")
            if not kind:
                continue
            run = []
            for following in lines[index + 1:]:
                if following.number != (run[-1].number if run else ln.number) + 1 or not is_bullet(following.text):
                    break
                run.append(following)
            read = [split_path_item(strip_bullet(r.text)) for r in run]
            cut = run and run[-1].number == lines[-1].number and read[-1] is None  # the capture ends inside it
            if cut:
                run, read = run[:-1], read[:-1]
            if len(run) < 2 or any(r is None or len(r) != 1 or not path_ok(r[0][0]) for r in read):
                continue
            for item, found in zip(run, read):
                title, note = found[0]
                self.add("career_paths", {"role": self.role, "kind": kind, "target_title": title, "note": note},
                         strip_bullet(item.text), item.number, "career_" + kind)
            if index >= 0:
                self.keep(block, text, ln.number)
            used.update([ln.number] + [r.number for r in run])
        if not used:
            return block
        return Block(block.kind, block.heading, [x for x in lines if x.number not in used], block.inline, block.parent,
                     block.line)

    def role_moves(self, block: Block, inner: bool = False) -> None:
        """'Most deckhands start as a Junior Deckhand. After a season you can become a Lead Deckhand.' in a section
        that is not about progression (or under a heading the page glued to another section): a sentence whose subject
        is the role's people names its moves, and so do the sentences after it on that line (moves.sentence_moves)."""
        previous = ""
        for line in block.lines:
            text = line.text.strip()
            above, previous = previous, text or previous
            if not text or is_bullet(line.text) or len(text.split()) < 5:
                continue
            if above and _heading_shaped(above, sentence_case=True) and not _MOVES_HEADING.search(normal_heading(above)):
                continue  # 'Our history' / 'Most boilermakers started as …': a heading about something else
            # round 12b: under a line about moving on ('Careers', 'After the programme', '💬 You asked: "can I move
            # up?"') the answer speaks of the role's moves whatever its subject ('Graduates usually …', 'Yes — common
            # next steps are …')
            about_moves = bool(above) and (_heading_shaped(above, sentence_case=True) or above.rstrip('"”').endswith("?")
                                           # round 13a: 'Getting in, and moving on': a short line, no sentence
                                           or len(above.split()) <= 6 and not _ends_sentence(above)
                                           and not is_bullet(above) and ":" not in above) \
                and len(above.split()) <= 10 and bool(_MOVES_HEADING.search(normal_heading(above)))
            if inner and not about_moves:
                continue
            # (round 18b: people in general name the role's way in only in the page's unheaded prose)
            for move, title in sentence_moves(text, self.role, "career" if about_moves else None,
                                              people=block.kind in ("intro", "prose") and not block.heading):
                self.add("career_paths", {"role": self.role, "kind": move, "target_title": title, "note": None},
                         text, line.number, "career")

    def pay_tables(self, block: Block) -> Block:
        """'Monthly earnings, full-time employees, 2025' / 'Amounts in NOK per month.' / 'Sector<TAB>Average<TAB>Median' /
        'All sectors<TAB>58 920<TAB>57 400' inside another section: a line naming pay over a table (tab or '|' rows,
        three or more, a note line between them allowed) is a salary table, read as a salary section. Returns the
        block without those lines."""
        lines = block.lines
        leads = list(enumerate(lines))
        if block.kind in ("unknown", "other", "prose") and block.heading and lines \
                and lines[0].number == block.line + 1:  # round 12a: '## Levels and pay (Singapore, SGD, annual base)'
            leads.insert(0, (-1, Line(block.heading, block.line)))
        for index, ln in leads:
            text = ln.text.strip()
            rows = self.headed_spaced_rows(lines, index) if index >= 0 else []
            if rows:
                # round 25b: a table lined up by spaces whose header names pay in a column ('Nível   Cargo   Faixa salarial
                # mensal (CLT)'), under a line that does not: read as a salary section's table
                self.read_salary(Block("salary", None, [ln, *rows], None, None, ln.number))
                used = {ln.number} | {r.number for r in rows}
                return Block(block.kind, block.heading, [x for x in lines if x.number not in used], block.inline,
                             block.parent, block.line)
            if is_bullet(ln.text) or "\t" in text or "|" in text or len(text.split()) > 12 or _has_currency(text) \
                    or not (_PAY_TABLE_LEAD.search(text) or _foreign_pay_lead(text)) or _ends_sentence(text):
                continue
            run = [ln]
            for following in lines[index + 1:]:
                # (round 21c: 'Wynagrodzenia miesięczne brutto (PLN), umowa o pracę' / (blank) / the table: one blank
                # line between the line naming pay and its table, set 31 o08)
                if following.number != run[-1].number + 1 and not (len(run) == 1 and following.number == ln.number + 2):
                    break
                run.append(following)
            barred = []
            for r in run[1:]:
                if "|" not in r.text or "\t" in r.text or barred and len(_cells(r.text)) != len(_cells(barred[0].text)):
                    break
                barred.append(r)
            narrow: set[int] = set()
            if len(barred) >= 3 and len(_cells(barred[0].text)) == 2 \
                    and (len(barred) == len(run) - 1 or not any(figure_start(c) == 0
                                                                 for c in _cells(run[len(barred) + 1].text))) \
                    and all(_has_currency(self.local_symbols(_cells(r.text)[1])) for r in barred[1:]):
                # round 16b: a pay table of two columns without outer bars ('Grade | Monthly pay' / 'Line Lead I | GH₵
                # 4,200 – GH₵ 4,900'); 'Print | Share | Apply' right under it is the page's links, no row of the table
                run = run[:len(barred) + 1]
                narrow = {r.number for r in barred}
            spaced = _spaced_pay_rows(run[1:]) if not _SPACED_GAP.search(text) else []
            rows = [r for r in run[1:] if "\t" in r.text.strip() or r.text.strip().startswith("|") or r.number in narrow
                    or self.spaced_pay_row(r.text)  # round 12a: 'PSIRA Grade C      R7 850'
                    or _bare_cells(r.text)  # round 14b: 'Technician | Technician | R22 000 – R28 500' (no outer bars)
                    or r in spaced]
            if len(rows) == 3 and not all(self.spaced_pay_row(r.text) for r in rows) \
                    and any(self.spaced_pay_row(r.text) for r in rows):
                continue  # rows of one table are written one way
            notes = [r for r in run[1:] if r not in rows]
            if len(rows) < 3 or len(notes) > 2 or any(run.index(n) not in (1, len(run) - 1) for n in notes):
                continue  # a unit line over the table, a source line under it
            pairs = [[c for c in re.split(r"\t+", r.text.strip()) if c.strip()] for r in rows]
            if all(len(c) == 2 for c in pairs) and any(_has_currency(self.local_symbols(c[1])) for c in pairs[1:]) \
                    and not all(_has_currency(self.local_symbols(c[1])) for c in pairs[1:]):  # (the first: a header)
                continue  # round 21c: 'Salário Médio<TAB>R$ 2.969,45' / 'Jornada de Trabalho<TAB>40 horas': a glance box
            after = self.page_lines[run[-1].number] if run[-1].number < len(self.page_lines) else ""
            if all(len(c) == 2 for c in pairs) and "\t" in after.strip() and run[-1].number + 1 not in \
                    {ln.number for ln in lines}:
                continue  # (its rows without figures already read as the box's facts)
            self.read_salary(Block("salary", text, run[1:], None, None, ln.number))
            if index >= 0:
                self.keep(block, text, ln.number)
            used = {r.number for r in run}
            return Block(block.kind, block.heading, [x for x in lines if x.number not in used], block.inline,
                         block.parent, block.line)
        return block

    def headed_spaced_rows(self, lines: list[Line], index: int) -> list[Line]:
        """The rows under a header lined up by spaces (three columns or more, no figure, its last column's head naming
        pay: pay.pay_head) when two or more follow it, each of as many cells and ending on an amount with its currency;
        else []."""
        from pipeline.parse.generic.pay import pay_head
        text = lines[index].text.strip()
        heads = [c.strip() for c in re.split(r"\s{3,}", text)]
        if len(heads) < 3 or is_bullet(lines[index].text) or "\t" in text or "|" in text or _has_currency(text) \
                or any(figure_start(h) is not None for h in heads) or not pay_head(heads[-1]) \
                or any(pay_head(h) for h in heads[:1]):
            return []
        rows = []
        for following in lines[index + 1:]:
            cells = [c.strip() for c in re.split(r"\s{2,}", following.text.strip())]
            if following.number != (rows[-1].number if rows else lines[index].number) + 1 or len(cells) != len(heads) \
                    or is_bullet(following.text) or figure_start(self.local_symbols(cells[-1])) != 0 \
                    or not _has_currency(self.local_symbols(cells[-1])):
                break
            rows.append(following)
        return rows if len(rows) >= 2 else []

    def numbered_ladder(self, block: Block, career: bool = False) -> set[int]:
        """Round 17b: 'Your path in the trade' / '1. Pre-apprentice' / '2. Apprentice Ironworker' / … / '6.
        Superintendent' under a heading the vocabulary does not know but that speaks of a path, levels or moving on:
        the numbered lines right under it (1, 2, 3 … in order, three or more, each a short title by itself, the role's
        own head noun in one of them) are the role's ladder, one step a line. Returns the lines read. Round 25c: in a
        progression section (`career`), a short name in any language or script counts as a title by itself
        ('ELŐMENETEL' / '1. Villanyszerelő tanuló' / '2. Villanyszerelő' / …, set 49 p49_06; 'کیریئر کا سفر' / '1.
        فارماسسٹ' / …, p49_11): the role's own name among the steps makes them its ladder."""
        if not career and (not block.heading or not _LADDER_HEADING.search(normal_heading(block.heading))):
            return set()
        run: list[tuple[Line, str]] = []
        lines = block.lines
        bulleted = False
        if career and len(lines) > 1 and lines[0].text.strip().endswith(":") and _LADDER_LEAD.search(lines[0].text) \
                and not lead_in_kind(lines[0].text.strip()) and is_bullet(lines[1].text):
            # round 25c: 'La progresión habitual en un hospital es:' / '- Enfermero/a generalista' / … (set 45 p45_03): a
            # lead naming the path over a bulleted list
            lines, bulleted = lines[1:], True
        for ln in lines:
            text = ln.text.strip()
            match = (_BULLETED_STEP.fullmatch(text) if bulleted else _NUMBERED_STEP.fullmatch(text)
                     or career and (_WORDED_STEP.fullmatch(text) or _BARE_NUMBERED_STEP.fullmatch(text)))
            if not match or not bulleted and int(match.group(1)) != len(run) + 1 \
                    or run and ln.number != run[-1][0].number + 1 or (lines[0].number != ln.number and not run):
                break
            run.append((ln, match.group(2).strip()))
        titles = [t for _, t in run]
        # (the role's name without a gendered ending: 'Enfermero/a' -> 'Enfermero')
        words = re.findall(r"[^\W\d_]+", re.sub(r"(?<=[^\W\d_])/-?[^\W\d_]{1,6}\b", "", self.role))
        head = words[-1].casefold() if words else ""
        shaped = (lambda t: _listed_move(t) or _caseless_name(t)) if career else \
            (lambda t: _ladder_step(t) and _valid_path_title(t) and path_ok(t))
        if len(run) < 3 or not all(shaped(t) for t in titles) \
                or not head or not any(head in (w.casefold() for w in re.findall(r"[^\W\d_]+", t)) for t in titles):
            return set()
        for ln, title in run:
            self.add("career_paths", {"role": self.role, "kind": "step", "target_title": title, "note": None},
                     ln.text.strip(), ln.number, "career")
        return {ln.number for ln, _ in run}

    def ladder_lines(self, block: Block) -> Block:
        """'Station Attendant → Conductor → Train Driver → Stationmaster' outside a progression section (under a
        heading the vocabulary does not know): a chain of three titles or more joined by arrows (never '>' or '»',
        which also separate a breadcrumb's links) with the role itself as one step is the role's ladder. Returns the
        block without those lines."""
        used = self.level_table(block)
        used |= self.numbered_ladder(block)
        above = normal_heading(block.heading or "")
        for ln in block.lines:
            if ln.number in used:
                continue
            text = ln.text.strip()
            over, above = above, normal_heading(text) if len(text.split()) <= 8 and (
                not _ends_sentence(text) or text.endswith("?")) else ""
            if over and _LADDER_HEADING.search(over) and ladder_steps(text, self.role):
                # round 13a: 'LICENSE LEVELS' / 'Apprentice Inspector → Real Estate Inspector → …', 'How do I get there?' /
                # 'Sound trainee > Sound assistant > …', 'Promotion pathway' / 'Private → … → Staff Sergeant': a chain
                # right under a heading (or a short line) about levels or moving on is the ladder, with or without the
                # role's own name ('>' too: a breadcrumb never stands there)
                if self.loose_ladder(block, text, ln.number, "step", section=True):
                    used.add(ln.number)
                    self.ladder_taken.add(ln.number)
                    continue
            labelled = _labelled_chain(text, self.role)
            text = labelled or text  # 'Jenjang karier: Spa Therapist ➔ Senior Therapist ➔ …'
            if not _LADDER_ARROW.search(text) or re.search(r"\s(?:>|»)\s", text):
                continue
            steps = chain_steps(text, self.role)
            own = self.own_names()
            if len(steps) < 3 or not any(t.lower() in own for t, _ in steps) \
                    or any(_site_word().search(t) and t.lower() != self.role.lower() or _furniture_line().match(t)
                           for t, _ in steps):  # (the role's own name passed the title's gates: 'Fibre Network …')
                continue
            for title, note in steps:  # written as the whole line: a capture cut inside it drops every step
                self.add("career_paths", {"role": self.role, "kind": "step", "target_title": title, "note": note},
                         text, ln.number, "career")
            used.add(ln.number)
            if labelled:
                self.labelled_ladders[ln.number] = ln
        if not used:
            return block
        return Block(block.kind, block.heading, [ln for ln in block.lines if ln.number not in used], block.inline,
                     block.parent, block.line)

    def people_pay(self, text: str, line: int, block: Block) -> bool:
        """Round 16b: pay in a paragraph outside any pay section ('New technicians … start on about $58,000 a year, and
        experienced technicians earn $68,000 to $82,000 a year') is the role's when every amount's subject names the
        role's people by its head noun; the sentence stays text. Else nothing is stored (False)."""
        words = re.sub(r"\s*\([^()]*\)", "", self.role).split()
        if not words or len(text.split()) < 6 or not _has_currency(text) or not _ends_sentence(text):
            return False
        head = re.compile(rf"(?i)\b{re.escape(words[-1])}(?:s|es)?\b")
        before = len(self.items)
        self.prose_salaries(text, line, block)
        new = self.items[before:]
        pay = [i for i in new if i.table == "salaries"]
        if pay and all(head.search(i.row.get("label") or "") for i in pay):
            return True
        # round 18b: 'Beginners in a fragrance house earn around €34,000 a year … a senior evaluator earns between
        # €52,000 and €70,000' (set 19 q03), 'Most quality controllers start on about $26 an hour …, and experienced QCs
        # who run a shift earn between $29 and $33' (set 20 t05): one amount's subject names the role's people, every
        # other one a level of them ('beginners', 'experienced …', 'once qualified')
        if pay and any(head.search(i.row.get("label") or "") for i in pay) and all(
                head.search(i.row.get("label") or "") or _LEVEL_PEOPLE.match(i.row.get("label") or "") for i in pay):
            return True
        del self.items[before:]
        return False

    def own_names(self) -> set[str]:
        """The role's name, its head noun ('Mechanic' of 'Elevator Mechanic') and its name in the page's other language: a
        line of the page's head right above or below the line naming the role ('Operator Loji Kolam Renang' over
        'Swimming Pool Plant Operator'), a short name line (round 16b), lower-cased."""
        names = {self.role.lower()}
        words = self.role.split()
        if len(words) >= 2 and has_role_noun(words[-1]) and not re.search(r"[()]", self.role):
            names.add(words[-1].lower())  # 'Apprentice → Mechanic → Adjuster' on the Elevator Mechanic's page
        head = [ln.strip() for ln in (getattr(self, "page_lines", None) or [])[:12]]
        for index, text in enumerate(head):
            if text.lower() != self.role.lower():
                continue
            for other in (head[index - 1] if index else "", head[index + 1] if index + 1 < len(head) else ""):
                if other and 0 < len(other.split()) <= 6 and name_like(other) and not re.search(r"[|>:›»/\\]", other):
                    names.add(other.lower())
        return names

    def read_block(self, reader, block: Block) -> None:
        if reader is None and block.kind in ("unknown", "prose", "intro") and self.duties_lead(block):
            split = self.role_lead_split(block)
            if split is not None:
                # round 13b: 'Gondoliers typically:' over its list in a wiki article whose infobox rows stand above it:
                # the lead and its list are the duties, the other lines are read as the section's
                before, duties = split
                self.read_block(None, before)
                self.read_responsibilities(duties)
                return
            reader = self.read_responsibilities  # 'Truck Drivers:' over a bulleted list: what the role does
        if reader is None and block.kind == "unknown" and _coded_statements(block.lines) is not None and (
                _KSB_HEADING.search(normal_heading(block.heading or "")) or any(
                    _KSB_LEAD.match(ln.text.strip()) for ln in block.lines[:1])):
            reader = self.read_skills  # round 13b: 'KSBs' / 'Knowledge' / 'K1: …' rows: the standard's skills
        if reader is None and block.kind == "unknown":
            reader = self.headed_list_reader(block)
        if reader is None and block.kind == "profile" and _QUALIFICATIONS_HEADING.search(normal_heading(block.heading or "")):
            split = _ksa_split(block)
            if split is not None:
                # round 13b: 'QUALIFICATIONS' / 'Knowledge of:' / … / 'Ability to:' / …: the lines under each lead are
                # knowledge and abilities as a 'Skills and qualifications' section reads them; the rest is the section's
                # (under 'Working conditions' they stay text)
                before, ksa = split
                self.read_skills(ksa)
                self.read_block(None, before)
                return
        if reader is None and block.kind in ("unknown", "prose", "intro"):
            # 'A typical day may include:' over a bulleted list inside an overview: the list is what the role does;
            # 'Capabilities for the role' over short lines inside an unclassified section: the role's skills
            for lead_split, read_items in ((_duties_lead_split, self.read_responsibilities),
                                           (_skills_lead_split, self.read_skills)):
                split = lead_split(block)
                if split is not None:
                    before, items = split
                    self.read_block(None, before)
                    read_items(items)
                    return
        if reader:
            reader(block)
            if block.kind != "aliases":
                self.aliases_in_prose(block)
        else:
            section = block.heading or ("intro" if block.kind == "intro" else None)
            lines = self.read_pairs(block, block.lines)
            # (round 16b: a box row read as the ladder, 'Progression: Apprentice → Mechanic → …', still counts as a row of
            # its box: 'Term: 4 years' / 'Trade certificate: …' above it are the box's facts)
            ladders = [r for n, r in self.labelled_ladders.items() if lines and lines[0].number <= n <= lines[-1].number + 1]
            box = _glance_box(sorted([*lines, *ladders], key=lambda r: r.number)) - {r.number for r in ladders} \
                if block.kind in ("intro", "prose", "facts", "unknown") else set()
            box = _outside_moves(box, lines, block)
            named = self.labelled_names(block, lines) if block.kind in ("intro", "prose", "unknown") else set()
            for line in lines:
                if line.number in named:
                    continue
                text = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
                if line.number in box:
                    label, value = box_pair(text)
                    self.fact(label, value, text, line.number, block)
                    continue
                over = next((ln.text.strip() for ln in lines if ln.number == line.number - 1), "")
                # round 25b: 'Median gross salary per year' / "CHF 118'500" at the page's head: the line over the figure,
                # a short pay label of no figure, is its label
                over = over if len(over.split()) <= 6 and _SALARY_WORD.search(over) and not re.search(r"[\d:.;,]", over) \
                    and not is_bullet(over) else ""
                if (block.kind == "intro" or block.kind == "unknown" and not block.heading and over) \
                        and self.lone_figure(text, line.number, block, over):
                    continue
                if text and not is_bullet(line.text):
                    if block.kind in ("intro", "prose", "unknown") and _WORKING_DAY.search(text):
                        self.prose_duties += [(duty, line.number) for duty in prose_duties(text)]
                    for alias in _sentence_aliases(text, self.role):  # '… They are sometimes called X or Y.'
                        self.add("role_aliases", {"role": self.role, "alias": alias, "note": None}, text, line.number,
                                 "aliases")
                    if block.kind in ("unknown", "prose") and _MOVES_HEADING.search(normal_heading(block.heading or "")):
                        # 'How do I get in?' / 'Most … started as dressers …': the moves a sentence names
                        for move, title in sentence_moves(text, self.role):
                            self.add("career_paths", {"role": self.role, "kind": move, "target_title": title,
                                                      "note": None}, text, line.number, "career")
                    if block.kind in ("intro", "prose", "unknown") and self.people_pay(text, line.number, block):
                        continue
                    self.keep_or_fact(block, text, line.number, section)
                elif text:
                    self.keep(block, text, line.number, section)

    def _range_bar_ends(self) -> None:
        """Round 23b: '$30,000' / '$87,000' on two lines of their own (a range bar's end labels) right over a sentence
        giving the same band ('as high as $87,000 and as low as $30,000'): the band's ends, no salaries of their own
        (set 34 p23); the lines stay text."""
        def amounts(item):
            return item.row.get("min_amount"), item.row.get("max_amount"), item.row.get("currency")
        salaries = [i for i in self.items if i.table == "salaries"]
        ends: set[int] = set()
        for low in salaries:
            lo, lo_max, currency = amounts(low)
            if lo is None or lo != lo_max:
                continue
            for high in salaries:
                hi, hi_max, other = amounts(high)
                if high.line != low.line + 1 or hi is None or hi != hi_max or other != currency or hi <= lo:
                    continue
                if any(amounts(band) == (lo, hi, currency) and high.line < band.line <= high.line + 2 for band in salaries):
                    ends |= {id(low), id(high)}
        if ends:
            self.items = [Item("page_sections", {"section": i.section, "text": i.text}, i.text, i.line, i.section,
                               list(i.warnings)) if id(i) in ends else i for i in self.items]

    def finish(self) -> None:
        super().finish()
        self._range_bar_ends()
        seen: set[tuple[str, str]] = set()
        for index, item in enumerate(self.items):
            if item.table != "career_paths":
                continue
            key = (item.row.get("kind") or "", (item.row.get("target_title") or "").casefold())
            if key in seen:
                # round 13a: 'promoted to Executive Officer (EO)' in an answer and again under 'Where can the job lead?':
                # one move, stored once; the later sentence stays text
                self.items[index] = Item("page_sections", {"section": item.section, "text": item.text}, item.text,
                                         item.line, item.section, list(item.warnings))
            seen.add(key)
        listed: set[tuple[str, str]] = set()
        for index, item in enumerate(self.items):
            # round 24b: a teaser of the duties over the page's full list of them (set 42 p42_19): one duty or skill
            # written twice on a page is stored once; the later line stays text (no page of the sets lists one twice)
            if item.table not in ("responsibilities", "role_skills"):
                continue
            name = item.row.get("text") if item.table == "responsibilities" else item.row.get("skill_name")
            key = (item.table, re.sub(r"\s+", " ", name or "").strip().casefold())
            if key in listed:
                self.items[index] = Item("page_sections", {"section": item.section, "text": item.text}, item.text,
                                         item.line, item.section, list(item.warnings))
            listed.add(key)
        named: set[str] = set()
        for index, item in enumerate(self.items):
            if item.table == "role_aliases":
                key = re.sub(r"\s+", " ", item.row.get("alias") or "").strip().casefold()
                if key in named:  # one other title named twice (a label line and a box): stored once (15b)
                    self.items[index] = Item("page_sections", {"section": item.section, "text": item.text}, item.text,
                                             item.line, item.section, list(item.warnings))
                named.add(key)
        aliases = {a for i in self.items if i.table == "role_aliases" for a in _name_forms(i.row.get("alias") or "")}
        if aliases:
            # round 15b: 'Also known as: KP, Kitchen Assistant' and 'Lots of our head chefs started as KPs': a move to or
            # from one of the role's own other names is the role itself, no move (the sentence stays text)
            self.items = [Item("page_sections", {"section": i.section, "text": i.text}, i.text, i.line, i.section,
                               list(i.warnings))
                          if i.table == "career_paths" and i.row.get("kind") != "step"
                          and _name_forms(i.row.get("target_title") or "") & aliases else i for i in self.items]
        # (a name that reads as a title is never taken for the site's: 'Penetration Tester - OpenCareers Wiki')
        own = {n.casefold() for n in self.own_names()}  # (round 16b: nor the role's name in the page's other language)
        sites = {n for n in _site_names(self.page_lines) if not has_role_noun(n) and n not in own}
        if sites:
            # round 13a: 'Cooperativa Agroindustrial Vale Verde' as a step of a ladder, 'Northgate Ports' among the next
            # roles: the page's own site or owner (its header line, its copyright line) is an employer, no move
            self.items = [Item("page_sections", {"section": i.section, "text": i.text}, i.text, i.line, i.section,
                               list(i.warnings))
                          if i.table == "career_paths" and _bare_firm(i.row.get("target_title") or "") in sites else i
                          for i in self.items]
        parts = {singular_title(p.strip()).casefold() for p in re.split(r"\s+(?:and|&)\s+", self.role)} \
            if re.search(r"\s(?:and|&)\s", self.role) else set()
        if parts:
            # round 24b: 'Early childhood educator assistants can become early childhood educators' on the page of 'Early
            # childhood educators and assistants' (set 44 p44_24): a move to one of the roles the page's title joins is
            # a move inside the role itself, none of its career paths; the sentence stays text
            self.items = [Item("page_sections", {"section": i.section, "text": i.text}, i.text, i.line, i.section,
                               list(i.warnings))
                          if i.table == "career_paths" and i.row.get("kind") != "step"
                          and singular_title((i.row.get("target_title") or "").strip()).casefold() in parts else i
                          for i in self.items]
        if self.prose_duties and not any(i.table == "responsibilities" for i in self.items):
            # round 12b: a page written only in prose ('A normal day starts at 7:00 … You clean enclosures and houses,
            # prepare feed … and feed the animals.'): with no list of duties anywhere, the duties a sentence of a
            # paragraph about the working day lists after 'you' are the role's
            for duty, line in self.prose_duties:
                at = next((k for k, i in enumerate(self.items) if i.line > line), len(self.items))
                self.items.insert(at, Item("responsibilities", {"role": self.role, "text": duty}, duty, line,
                                           "responsibilities", rule="prose_duties"))

    def labelled_names(self, block: Block, lines: list[Line]) -> set[int]:
        """Round 15b: 'Diğer adları' / 'Boya Operatörü' / 'Dyeing Technician': a line that is only a label saying the
        names after it are the role's (an aliases label of generic_alias_labels.tsv or the vocabulary, in a section the
        vocabulary does not head) over consecutive short lines each a title by itself (a role noun, or a word for a person
        in another language) gives those lines as aliases. Returns the lines read."""
        used: set[int] = set()
        for index, ln in enumerate(lines):
            text = ln.text.strip().rstrip(":").strip()
            if is_bullet(ln.text) or not text or len(text.split()) > 6 or not _alias_label(text):
                continue
            run = []
            after = lines[index + 1] if index + 1 < len(lines) else None
            listed = _labelled_names(after.text.strip(), self.role) if after is not None \
                and after.number == ln.number + 1 and (";" in after.text or _NAME_SEPARATOR.search(after.text)) else []
            if listed and all(_listed_title(n) for n in listed):
                # round 16b: "OTHER TITLES YOU'LL SEE" / 'Billboard Flighter; Outdoor Signage Installer; Site Crew
                # Member': the names on one line under the label, split by ';' or a middle dot
                self.keep(block, ln.text.strip(), ln.number)
                for name in listed:
                    self.add("role_aliases", {"role": self.role, "alias": name, "note": None}, after.text.strip(),
                             after.number, "aliases")
                used |= {ln.number, after.number}
                continue
            for following in lines[index + 1:]:
                name = strip_bullet(following.text) if is_bullet(following.text) else following.text.strip()
                if following.number != (run[-1][1] if run else ln.number) + 1 or not name \
                        or _ends_sentence(name) or ":" in name or len(name.split()) > 5 \
                        or not (name_like(name) and (has_role_noun(name) or _other_language_title(name))
                                or _lower_title(name)) or name.casefold() == self.role.casefold():
                    break
                run.append((name, following.number))
            if not run:
                run = self._free_run(ln, lines[index + 1:])
            if not run:
                continue
            self.keep(block, ln.text.strip(), ln.number)
            for name, number in run:
                self.add("role_aliases", {"role": self.role, "alias": name, "note": None}, name, number, "aliases")
            used |= {ln.number} | {n for _, n in run}
        return used

    def _free_run(self, label: Line, after: list[Line]) -> list[tuple[str, int]]:
        """Round 25c: 'Alternativní názvy' / 'Účetní referent' / 'Samostatný účetní' / … (set 45 p45_10), 'Jobbet kaldes
        også' over three names (p45_12): under a label naming the role's other titles (not one that only says 'also'), a
        paragraph of two lines or more, each a name in any script (_free_name) that holds a word of the role's own name,
        gives those names. Else []."""
        if _ONLY_ALSO.fullmatch(_bare_label(label.text.strip().rstrip(":"))):
            return []
        run: list[tuple[str, int]] = []
        for following in after:
            if following.number != (run[-1][1] if run else label.number) + 1:
                break
            name = strip_bullet(following.text) if is_bullet(following.text) else following.text.strip()
            bare, paren = split_trailing_parenthetical(name)
            if not name or ":" in name or not _free_name(bare or name) or paren and re.search(r"\d", paren) \
                    or name.casefold() == self.role.casefold():
                return []
            run.append((_without_remark(name), following.number))
        # each name holds a word of the role's own name ('Samostatný účetní', 'Bygningstømrer' on the Tømrer's page): lines
        # under a label that name a place or the hours ('Denizli Organize Sanayi', 'Hafta içi mesai') are none
        if not all(_holds_role_word(name, self.role) for name, _ in run):
            return []
        return run if len(run) >= 2 else []

    def aliases_in_prose(self, block: Block) -> None:
        """'Sub-editors (also called production journalists or copy editors) are …' in the prose of any section: the
        role's other titles (the sentence itself is read by the section's reader)."""
        for line in block.lines:
            text = line.text.strip()
            if text and not is_bullet(line.text) and (len(text.split()) >= 6 or _ALIAS_LABEL_LINE.match(text)):
                for alias in _sentence_aliases(text, self.role):
                    self.add("role_aliases", {"role": self.role, "alias": alias, "note": None}, text, line.number,
                             "aliases")

    def headed_list_reader(self, block: Block):
        """The reader of a section whose heading the vocabulary does not know ('What does the job involve?', '◆ Skills
        we value') but names the kind of what it lists by a key word, when its lines are a bulleted list of two or more
        items whose shape fits that kind: duties (a verb or gerund first, or sentences), skills (short names, no
        sentence); else None (the section stays page text)."""
        heading = normal_heading(block.heading or "")
        bullets = [strip_bullet(ln.text) for ln in block.lines if is_bullet(ln.text)]
        run = 0
        while run < len(block.lines) and is_bullet(block.lines[run].text):
            run += 1
        if 2 <= run < len(block.lines) - 1 and not _NOT_A_LIST_OF_FACTS.search(heading):
            # '🛠️ Skills & tools' / '✓ Unity' … then '💷 What it pays (UK)' and its lines: the list opening the
            # section is read as its kind, the lines after it as any section's
            head = Block(block.kind, block.heading, block.lines[:run], None, block.parent, block.line)
            reader = self.headed_list_reader(head)
            if reader is None:
                return None
            rest = Block(block.kind, None, block.lines[run:], None, block.parent, block.lines[run].number)

            def read_both(_block: Block) -> None:
                reader(head)
                self.read_block(None, rest)
            return read_both
        if not bullets and _SKILLS_WORD.search(heading) and not _NOT_A_LIST_OF_FACTS.search(heading) \
                and len(heading.split()) <= 3:
            # round 13b: 'Knowledge' / 'Medicine and Dentistry' / 'Biology', 'Knowledge' / 'Geography — Knowledge of …':
            # a short heading naming skills over unmarked lines, each a short name or a name and its explanation
            texts = [ln.text.strip() for ln in block.lines if not _furniture_line().match(ln.text.strip())]
            if len(texts) >= 2 and all(_plain_name(t) for t in texts) or len(_dashed_names(
                    [(t, 0) for t in texts])) == len(texts) >= 2:
                return self.read_skills
            return None
        if len(bullets) < 2 or len(bullets) < len(block.lines) - 1 or _NOT_A_LIST_OF_FACTS.search(heading):
            return None
        if _SKILLS_WORD.search(heading) and all(len(b.split()) <= 6 and not _ends_sentence(b) for b in bullets):
            return self.read_skills
        if _DUTIES_WORD.search(heading) and all(len(b.split()) >= 3 for b in bullets):
            return self.read_responsibilities
        return None

    def role_lead_split(self, block: Block) -> tuple[Block, Block] | None:
        """(the other lines, the lead and its bulleted list) when the lines before the role's lead ('Gondoliers
        typically:') hold a label/value box (a run of rows the glance box reads); else None (the whole section is read
        as the duties, as before)."""
        lead = next((i for i, ln in enumerate(block.lines) if self._role_lead(ln.text)), None)
        if lead is None or not _glance_box(block.lines[:lead]):
            return None
        end = lead + 1
        while end < len(block.lines) and is_bullet(block.lines[end].text):
            end += 1
        rest = block.lines[:lead] + block.lines[end:]
        return (Block(block.kind, block.heading, rest, None, block.parent, block.line),
                Block("responsibilities", block.heading, block.lines[lead:end], None, block.parent, block.line))

    def _role_lead(self, text: str) -> bool:
        name = re.escape(re.sub(r"\s*\([^()]*\)\s*$", "", self.role))
        lead = re.compile(rf"(?i)^(?:[\w' -]{{1,40}},\s+)?(?:as an? )?{name}(?:s|es)?(?:,? (?:you )?(?:may|might|will|could|can|usually|"
                          rf"typically|often)(?: do)?)?:$")
        return bool(lead.match(text.strip()))

    def duties_lead(self, block: Block) -> bool:
        """A section whose bulleted list is introduced by the role's own name ('Truck Drivers:', 'As a paramedic,
        you could:', 'Electricians may:') lists what the role does."""
        if not self.role:
            return False
        name = re.escape(re.sub(r"\s*\([^()]*\)\s*$", "", self.role))
        lead = re.compile(rf"(?i)^(?:[\w' -]{{1,40}},\s+)?(?:as an? )?{name}(?:s|es)?(?:,? (?:you )?(?:may|might|will|could|can|usually|"
                          rf"typically|often)(?: do)?)?:$")
        for index, ln in enumerate(block.lines[:-1]):
            if lead.match(ln.text.strip()):
                following = block.lines[index + 1:]
                return len(following) >= 2 and all(is_bullet(f.text) for f in following[:2])
        return False

    def lone_figure(self, text: str, line: int, block: Block, over: str = "") -> bool:
        """A line of a role page's head that is nothing but a salary figure ('💰 $68,000 - $94,000') is the role's
        pay; the page gives it no level (label 'Salary'). Any word beside the figure makes it text."""
        from pipeline.parse.generic.pay import normalise_figure
        text = _LEADING_ICON.sub("", _strip_symbols(text).strip()).strip()
        start = figure_start(text)
        if start and _SALARY_WORD.search(text[:start]) and not re.search(r"[\d:]", text[:start]) \
                and len(text[:start].split()) <= 5 and text[start - 1].isalpha() and _has_currency(text[start:]):
            # round 25b: 'Average base salary$118,400' (a stat card's label and value the capture ran together): the
            # role's pay, labelled
            parsed = parse_salary("", normalise_figure(text[start:]))
            if parsed["warning"] or parsed["note"] or parsed["currency"] is None or parsed["min_amount"] is None:
                return False
            return self.salary(text[:start].strip(), text[start:], text, line, block, require_clean=True)
        if start != 0 or not _has_currency(text):
            return False
        # (round 25b: '42 600 Kč', "CHF 118'500": its thousands apart by a space or an apostrophe)
        parsed = parse_salary("", normalise_figure(re.sub(r"(?<=\d)['’](?=\d{3}(?!\d))", "", text)))
        if parsed["warning"] or parsed["note"] or parsed["currency"] is None or parsed["min_amount"] is None:
            return False
        return self.salary(over, text, text, line, block, require_clean=True)

    # responsibilities ----------------------------------------------------------------------------
    def read_responsibilities(self, block: Block) -> None:
        if sum("\t" in ln.text.strip() for ln in block.lines) >= 2 and not any(is_bullet(ln.text) for ln in block.lines):
            self.task_table(block)
            return
        items, others = list_items(block)
        # 'Skills that help:' (or 'What you bring') between the duties and a second list: that list is not duties
        first = min((n for _, n in items), default=0)
        item_lines = {n for _, n in items}
        block_lines = {ln.number for ln in block.lines}
        other_lead = min((n for t, n in others if n > first and (
            _OTHER_LIST_LEAD.search(t) and len(t.split()) <= 8 and not _ends_sentence(t)
            # a new paragraph's lead over a second list ('You'll be great at this if you have'): after a blank line,
            # before items, and not speaking of duties, it opens a list of something else
            or n - 1 not in block_lines and n + 1 in item_lines and len(t.split()) <= 12 and not _ends_sentence(t)
            and not _DUTIES_WORD.search(normal_heading(t)) and any(m < n for m in item_lines)
            or _marker_switch(block, items, t, n))),
            default=None)
        lead_text = next((t for t, n in others if n == other_lead), "")
        if other_lead is not None and _SKILLS_WORD.search(normal_heading(lead_text)) \
                and not _NOT_A_LIST_OF_FACTS.search(normal_heading(lead_text)):
            # 'Tech stack & skills' / '#SIEM #Networking basics …' after the duties: the role's skills
            rest = [ln for ln in block.lines if ln.number > other_lead]
            self.read_skills(Block("skills", lead_text, rest, None, block.parent, other_lead))
            items = [(t, n) for t, n in items if n < other_lead]
            others = [(t, n) for t, n in others if n <= other_lead]
        items = _coded_duties(items, others)
        if not items:
            for text, line in others:
                # round 12b: a prose answer ('What does a typical day involve?' / '… you check …, assess …, and
                # explain …'): the duties a sentence lists after 'you', each a row; the paragraph stays text
                for duty in prose_duties(text):
                    self.add("responsibilities", {"role": self.role, "text": duty}, duty, line, block.kind)
        for text, line in others:
            self.keep_or_fact(block, text, line)
        for text, line in items:
            if other_lead is not None and line > other_lead:
                self.keep(block, text, line)
                continue
            self.add("responsibilities", {"role": self.role, "text": text}, text, line, block.kind)

    def task_table(self, block: Block) -> None:
        """'Critical Work Functions<TAB>Key Tasks' / 'Coordinate operations<TAB>Arrange bookings…' / '<TAB>Track
        consignments…': the last column holds the duties, the first names their group (a row that starts with a
        tab continues the group above). Lines without a tab are read as text."""
        header = True
        ended = False  # a line naming skills or knowledge between the rows: the rows after it are no duties
        skills_lead = False  # that line names skills ('Knowledge, skills and behaviours')
        column = None  # 'Duty<TAB>KSBs': the column the header names as the duties (its other columns are codes)
        first = next((ln.text.split("\t") for ln in block.lines if "\t" in ln.text), [])
        named = [i for i, c in enumerate(first) if _TASK_HEADER.fullmatch(normal_heading(c.strip()))]
        if len(first) >= 2 and len(named) == 1 and named[0] < len(first) - 1:
            column = named[0]
        for ln in block.lines:
            cells = ln.text.split("\t")
            last = cells[-1].strip()
            if column is not None and len(cells) == len(first):
                word = re.escape(first[column].strip())
                last = re.sub(rf"(?i)^{word}\s*\d{{1,2}}[.:)]?\s+(?=\S)", "", cells[column].strip())  # 'Duty 1 Receive …'
            if len(cells) < 2 and not header and _OTHER_LIST_LEAD.search(ln.text) and not _DUTIES_WORD.search(
                    normal_heading(ln.text)) and len(ln.text.split()) <= 8 and not _ends_sentence(ln.text.strip()):
                ended = True  # 'Knowledge, skills and behaviours' over 'K<TAB>Principles of …' rows: no duties
                skills_lead = bool(_SKILLS_WORD.search(normal_heading(ln.text))) \
                    and not _NOT_A_LIST_OF_FACTS.search(normal_heading(ln.text))
                self.keep(block, ln.text.strip(), ln.number)
                continue
            if ended and skills_lead and len(cells) == 2 and re.fullmatch(r"[A-Z]{1,2}\d{0,2}", cells[0].strip()) \
                    and cells[1].strip() and len(cells[1].split()) <= 12 and not _ends_sentence(cells[1].strip()):
                # round 13b: under a line naming skills, 'K<TAB>Principles of interlocking …' (a standard's code and
                # its knowledge, skill or behaviour) is the role's skill, its code no part of the name
                self.skill(cells[1].strip(), ln.number, "required", None, block)
                continue
            if ended:
                self.keep(block, ln.text.strip(), ln.number)
            elif len(cells) < 2 or len(last.split()) < 3 or figure_start(last) == 0 \
                    or all(re.fullmatch(r"[A-Z]{1,3}\d{1,2}[a-z]?[,;]?", w) for w in last.split()):
                self.keep_or_fact(block, ln.text.strip(), ln.number)  # ('K1 K2 S1': a column of codes, no duty)
            elif header and _TASK_HEADER.search(normal_heading(last)) and not _ends_sentence(last):
                self.keep(block, ln.text.strip(), ln.number)  # the table's header row
            else:
                self.add("responsibilities", {"role": self.role, "text": last}, last, ln.number, block.kind)
            header = False

    # skills --------------------------------------------------------------------------------------
    def read_skills(self, block: Block) -> None:
        cut = next((i for i, ln in enumerate(block.lines) if i and _not_moves_lead(ln.text)), None)
        if cut is not None:
            # round 22b: 'Job description samples for similar jobs' / 'Logistics Analyst' / … after the skills: other roles
            # the site links to, no skills
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines[cut:]])
            block = Block(block.kind, block.heading, block.lines[:cut], block.inline, block.parent, block.line)
        tabbed = _tab_box(block.lines) if block.kind == "skill_group" else set()
        if tabbed:
            # round 16b: 'Job Zone' / 'Zone<TAB>Two: Some Preparation Needed' / 'Education<TAB>High school diploma …' read
            # as a skill group: a run of label<TAB>value rows with a label of the fact vocabulary is a box, its rows facts
            for ln in block.lines:
                if ln.number in tabbed:
                    label, _, value = ln.text.strip().partition("\t")
                    self.fact(label.strip(), value.strip(), ln.text.strip(), ln.number, block)
            block = Block(block.kind, block.heading, [ln for ln in block.lines if ln.number not in tabbed], block.inline,
                          block.parent, block.line)
            if not block.lines and not block.inline:
                return
        kind = "gap" if block.kind == "skill_gaps" else "required"
        requirements: set[tuple[str, int]] = set()
        group = block.heading if block.kind == "skill_group" else None
        if block.inline:
            # (round 25d: the list's full stop is no part of its last name, 'leadership, negociere, rezistență la stres.')
            listed = block.inline.strip()
            listed = listed[:-1] if listed.endswith(".") and "," in listed and listed.count(".") == 1 else listed
            pieces = [p.strip() for p in _outside_parentheses(listed) if p.strip()]
            # (round 25d: one longer name of up to seven words among short ones, 'cunoașterea normativelor românești și a
            # Eurocodurilor' after 'AutoCAD, Revit')
            if pieces and all(len(p.split()) <= 7 and not _ends_sentence(p) for p in pieces) \
                    and 2 * sum(len(p.split()) > 5 for p in pieces) < len(pieces):
                for piece in pieces:
                    self.skill(piece, block.line, kind, group, block)
            else:
                self.keep(block, block.inline, block.line)
        coded = _coded_statements(block.lines)
        if coded is not None:
            # round 13b: 'S1: Carry out a site-specific risk assessment.' / 'Behaviours' / 'B1: Puts safety first …': each
            # statement of the standard is one skill as written; the leads naming their kind stay text.
            # Round 27b: only the skill statements ('S1: …') are skills; the knowledge ('K1: the principles of …') and
            # behaviour or attitude statements ('B1: works securely …', 'A2: …') are what the role knows and how it
            # behaves, no skill's name (the labels of sets 35 p35_13 and 54 p54_01 leave them out, WRITING.md 'skills
            # written as codes'); they stay text
            for ln in block.lines:
                if _KSB_LEAD.match(ln.text.strip()):
                    self.keep(block, ln.text.strip(), ln.number)
            for text, n, letter in coded:
                if letter != "S":
                    self.keep(block, next(ln.text.strip() for ln in block.lines if ln.number == n), n)
                    continue
                self.add("role_skills", {"role": self.role, "skill_name": text, "kind": kind, "detail": None,
                                         "text": text, "skill_group": group}, text, n, block.kind)
            return
        if block.kind == "skills" and not any(is_bullet(ln.text) for ln in block.lines):
            # round 14b: 'What skills do I need?' / 'A head for heights, physical fitness, mechanical aptitude and the
            # ability to follow a written safety plan. You must hold …': the answer's first sentence is its list
            answered = [(ln, answer_skills(ln.text.strip())) for ln in block.lines
                        if len(_ends_sentence_split(ln.text)) >= 2]
            answered = [(ln, names) for ln, names in answered if names]
            for ln, names in answered:
                for name in names:
                    self.add("role_skills", {"role": self.role, "skill_name": name, "kind": kind, "detail": None,
                                             "text": name, "skill_group": group}, name, ln.number, block.kind)
                self.keep(block, ln.text.strip(), ln.number)
            if answered:
                used = {ln.number for ln, _ in answered}
                block = Block(block.kind, block.heading, [x for x in block.lines if x.number not in used], block.inline,
                              block.parent, block.line)
        items, others = list_items(block)
        if not any(is_bullet(ln.text) for ln in block.lines) and len(items) >= 3:
            items, others = self.plain_list_heads(block, items, others)
        if not any(is_bullet(ln.text) for ln in block.lines):  # a plain line of the list may be a comma list
            items = [(piece, n) for t, n in items
                     for piece in (_separated(t) or (_comma_pieces(t) if _short_comma_list(t) else [t]))]
        if block.kind == "skill_requirements":
            # under 'Skills and qualifications' only what reads as a skill's name is one; 'Bachelor's degree in
            # Finance' or '2-4 years in treasury' is a requirement and stays text; a statement under 'Knowledge of:'
            # or 'Ability to:' is a knowledge, skill or ability as written
            ksa = [n for t, n in others if _KSA_LEAD.match(t.strip())]
            if ksa:
                # round 12b: 'Knowledge of:' / two lines / 'Ability to:' / three lines: the lines right under each lead,
                # up to a blank line or the next lead, are its list whether or not the first run was read as one
                by_line = {n: t for t, n in others}
                for lead in ksa:
                    n = lead + 1
                    while n in by_line and not _KSA_LEAD.match(by_line[n].strip()) and len(by_line[n].split()) <= 20 \
                            and not by_line[n].rstrip().endswith(":"):
                        items.append((by_line.pop(n), n))
                        n += 1
                others = [(t, n) for n, t in by_line.items()]
                items.sort(key=lambda p: p[1])
            ksa_heading = bool(re.search(r"\bknowledge\b.*\babilit|\bksas?\b", normal_heading(block.heading or "")))
            named = [p for p in items if _names_skill(p[0]) or ksa and p[1] > ksa[0]
                     or ksa_heading and _KSA_STATEMENT.match(p[0])  # 'Skill in engaging groups of young children.'
                     # round 16a: under 'Knowledge, Skills and Abilities' a short line naming no requirement is one as
                     # written ('Good hearing and vision.', 'Basic record keeping.'; sets 17 and 19 store them)
                     or ksa_heading and len(p[0].split()) <= _KSA_SHORT and not _KSA_REQUIREMENT.search(p[0])
                     # round 12b: 'Working knowledge of MS Office', 'Ability to work under pressure …': sets 1-13 store
                     # 37 of 38 such items as skills (the other one a capture's cut item)
                     or _KSA_ITEM.match(p[0]) and len(p[0].split()) <= 14 and not _ends_sentence(p[0])
                     and not re.search(r"(?i)\b(?:experience|years?|degree)\b", p[0])]  # '… and experience with …'
            requirements = {p for p in items if p not in named}  # never read again as a comma list of skills
            others = sorted(others + list(requirements), key=lambda p: p[1])
            items = named
        if not items:
            named = _named_sentences(others) or _dashed_names(
                [(t, n) for t, n in others if not _furniture_line().match(t.strip()) and not _insert_line(t)])
            if named:
                for name, detail, text, n in named:  # 'Ingenuity. Analysts must anticipate new threats.'
                    row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
                           "skill_group": group}
                    self.add("role_skills", row, text, n, block.kind)
                others = [p for p in others if p[1] not in {n for *_, n in named}]
        if not items:
            # 'Python, SQL, Tableau, Excel': one line of short comma-separated names is a list too (round 25d: written in
            # lower case when it is the section's one line, 'vuorovaikutustaidot, lääkehoidon osaaminen, fyysinen kunto')
            alone = len(others) == 1 and block.kind in ("skills", "skill_group")
            commas = [(t, n) for t, n in others if (_short_comma_list(t, any_case=alone) or _separated(t))
                      and (block.kind != "skill_requirements" or (t, n) not in requirements)]
            others = [(t, n) for t, n in others if (t, n) not in commas]
            items = [(piece, n) for t, n in commas for piece in (_separated(t) or _comma_pieces(t))]
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
        if not items and block.kind in ("skills", "skill_requirements"):
            for text, line in others:
                # round 12b: a prose answer ('What qualities do you look for?' / 'We look for good judgement, …'):
                # the skills a sentence lists after its cue, each a row; the paragraph stays text
                # (round 14b: or an answer opening on a sentence that is only a list: 'Patience with older
                # patients, good manual dexterity, basic computer skills and clear communication.')
                for name in prose_skills(text) or (answer_skills(text) if block.kind == "skills" else []):
                    row = {"role": self.role, "skill_name": name, "kind": kind, "detail": None, "text": name,
                           "skill_group": group}
                    self.add("role_skills", row, name, line, block.kind)
        grouped = [(t, n) for t, n in others if _group_list(t)]
        for text, line in grouped:
            # round 25d: 'Competențe tehnice: AutoCAD, Revit, citirea planșelor' (a line of the section naming a group of
            # skills the vocabulary knows and listing them after a colon): each name a skill of the group
            self.skill(text, line, kind, group, block)
        others = [p for p in others if p not in grouped]
        for text, line in others:
            self.keep_or_fact(block, text, line)
        # most 'Name: …' items describe their skill in words ('Negotiation: reaching settlements…'): a sibling
        # 'Estimating software: A, B or C' is described too, not a group of skills
        labelled = [t for t, _ in items if ":" in t and not (  # ('Soft skill: leadership, …' names a group: 24b)
            len(t.partition(":")[0].split()) <= 3 and _skill_group_label(t.partition(":")[0].strip(" *_")))]
        described = 2 * sum(_described(t) for t in labelled) > len(labelled)
        if len(items) >= 2 and all(_RATED_SKILL.match(t.strip()) for t, _ in items):
            # round 22a: 'Active listening 3.8' / 'Explaining 3.4' (an occupation database's skill profile): every item
            # ends on its rating, which is the skill's detail, never a part of its name
            items = [("\t".join(_RATED_SKILL.match(t.strip()).groups()), n) for t, n in items]
        named = _named_sentences(items)
        if named:
            # round 25d: '- Analytical ability. You must grasp complex inventions quickly.' / '- Negotiation. Examiners …'
            # (every item of the list a short name, a full stop and a sentence explaining it): the name is the skill,
            # the sentence its detail, as for unmarked lines of that shape
            for name, detail, text, n in named:
                row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
                       "skill_group": group}
                self.add("role_skills", row, text, n, block.kind)
            items = []
        for text, line in items:
            self.skill(text, line, kind, group, block, groups=not described)
        self.skill_table(block, table, kind, group)

    def plain_list_heads(self, block: Block, items: list[tuple[str, int]], others: list[tuple[str, int]]) \
            -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """Round 24b: 'Skills and knowledge' / 'Skills' / 'Installing' / … / 'Knowledge' / 'Building and Construction' / … /
        'Work context' / 'Outdoor, Indoor, Confined spaces' (set 44 p44_06), a list of one name a line without markers:
        a line that is only a word of the section's heading ('Knowledge' under 'Skills and knowledge') heads the names
        after it, no name itself; a line of several comma-separated names among lines of one name each is the value of
        the line right above it (a label over its values: 'Work context'), both kept as text."""
        heading = normal_heading(" ".join(h for h in (self.parent_heading if block.parent else None, self.heading_over,
                                                      block.heading) if h))
        words = set(re.split(r"\s+(?:and|or|&)\s+|\s+", heading)) - {""}
        heads = {n for t, n in items if len(t.split()) == 1 and normal_heading(t) in words}
        # 'SALARY TABLE (annual cost-to-company, ZAR)' under 'Technical: …' / 'Personal: …' (set 42 p42_06): a line in
        # capitals among lines that are not heads what follows it, no name of the list ('SQL', 'AWS EC2' are short)
        capitals = {n for t, n in items if _capital_heading(t)}
        if len(capitals) < len(items) - 1:
            heads |= capitals
        commas = [(t, n) for t, n in items if "," in t and _short_comma_list(t)
                  and all(p[:1].isupper() for p in _comma_pieces(t))]
        single = [t for t, n in items if "," not in t and n not in heads]
        pairs: set[int] = set()
        if len(commas) == 1 and len(single) >= 3:
            text, n = commas[0]
            above = next((t for t, m in items if m == n - 1), None)
            if above is not None and "," not in above and len(above.split()) <= 4 and not _ends_sentence(above) \
                    and above[:1].isupper():
                pairs = {n - 1, n}
        # 'Career mobility' / 'Entry into this occupation' / 'Industrial electrician apprentice' / 'Progression from this
        # occupation' / '…' (a definition list after the skills, set 42 p42_03): a line speaking of the role itself is
        # a label, the line under it its value, and a line after a blank line right over the first label their heading
        numbers = {n for _, n in items}
        written = {ln.number for ln in block.lines}
        labels = sorted(n for t, n in items if _OWN_ROLE_WORDS.search(t) and len(t.split()) <= 8 and not _ends_sentence(t))
        for n in labels:
            pairs |= {n} | ({n + 1} if n + 1 in numbers else set())
        if labels and labels[0] - 1 in numbers and labels[0] - 2 not in written:
            pairs.add(labels[0] - 1)
        if not heads and not pairs:
            return items, others
        kept = [(t, n) for t, n in items if n in heads or n in pairs]
        return [(t, n) for t, n in items if (t, n) not in kept], sorted(others + kept, key=lambda p: p[1])

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

    def skill(self, text: str, line: int, kind: str, group: str | None, block: Block, groups: bool = True) -> None:
        coded = _SKILL_CODE.match(text.strip())
        if coded:
            text = text.strip()[coded.end():]  # 'B1: Takes personal responsibility …': the standard's code is no name
        head, sep, rest = text.partition(":")
        # round 24b: 'Technical: IFRS, consolidations, tax', 'Soft skill: leadership, problem solving' (set 42 p42_06,
        # p42_14): a label the vocabulary knows as a group of skills (by itself or with 'skills' after it) heads names
        # written in lower case too, whatever its siblings
        group_label = bool(sep) and len(head.split()) <= 3 and _skill_group_label(head.strip(" *_"))
        if group_label and not groups and rest.strip().endswith("."):
            # round 27b: '2. Analytical skills: comparing bids and total cost of ownership.' among described siblings
            # ('1. Negotiation: getting better prices …', set 54 p54_09): a sentence after the label describes one
            # skill, it lists no group's names
            group_label = False
        pieces = _comma_pieces(rest) if sep and (groups or group_label) else []
        if len(head.split()) <= 3 and len(pieces) >= 2 and all(
                len(p.split()) <= (7 if group_label else 4) and (p[:1].isupper() or group_label) and not _ends_sentence(p)
                and ":" not in p for p in pieces):
            # 'Languages: Python, SQL' names a group of skills, not a skill 'Languages'
            for piece in pieces:
                self.skill(piece, line, kind, head.strip(" *_"), block)
            return
        if _has_currency(text):
            self.keep_or_fact(block, text, line)  # 'Junior (0-2 yrs): $75,000 – $95,000' is pay, never a skill
            return
        if "\t" in text.strip():
            # 'Lean Six Sigma<TAB>+4%': a skills table written with tabs; its first column names the skill, the
            # others (pay impact, proficiency) are detail; a row whose first cell names the column is its header
            cells = [c.strip() for c in text.strip().split("\t") if c.strip()]
            if len(cells) < 2 or _SKILL_HEADER.search(normal_heading(cells[0])) or len(cells[0].split()) > 6 \
                    or _ends_sentence(cells[0]):
                self.keep(block, text, line)
                return
            row = {"role": self.role, "skill_name": cells[0], "kind": kind, "detail": "\t".join(cells[1:]),
                   "text": text, "skill_group": group}
            self.add("role_skills", row, text, line, block.kind)
            return
        premium = _SKILL_PREMIUM.match(text.strip())
        if premium:
            # round 24b: 'Python  +14%' under 'Skills that increase salary' (set 44 p44_05): the signed share after the
            # name is the skill's effect on pay, its detail, never part of its name
            row = {"role": self.role, "skill_name": premium.group(1), "kind": kind, "detail": premium.group(2),
                   "text": text, "skill_group": group}
            self.add("role_skills", row, text, line, block.kind)
            return
        name, detail = split_skill(text)
        if not name or "?" in text:
            self.keep(block, text, line)  # 'Rate your job: How satisfied are you…?' asks, it names no skill
            return
        row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
               "skill_group": group}
        self.add("role_skills", row, text, line, block.kind)

    # career --------------------------------------------------------------------------------------
    def read_career(self, block: Block) -> None:
        written = {ln.number: ln.text for ln in block.lines if _POINTER_CHAIN.search(ln.text)}
        if not written:
            self.read_progression(block)
            return
        # round 12b: 'Wind Turbine Technician ▸ Senior Technician ▸ Lead Technician' under a progression heading: a
        # pointer glyph between three titles or more is an arrow there (elsewhere it is a site's breadcrumb); the
        # rows keep the line as the page writes it
        start = len(self.items)
        self.read_progression(Block(block.kind, block.heading, [
            Line(_POINTER.sub(" → ", ln.text), ln.number, ln.kind, inline=ln.inline) if ln.number in written else ln
            for ln in block.lines], block.inline, block.parent, block.line))
        for item in self.items[start:]:
            if item.line in written and item.text == _POINTER.sub(" → ", written[item.line]):
                item.text = written[item.line]

    def read_progression(self, block: Block) -> None:
        start = len(self.items)
        self.read_moves(block)
        footer = _footer_start(block.lines)
        if footer is not None:
            # round 20c: 'TESDA Complex, East Service Road, …' / 'Hotline: … | Privacy Notice' / '© 2025 …' (set 29 m21),
            # 'Help  Cookies  Privacy  Terms …' / 'OGL …' / '© Crown copyright' (set 31 o10): the paragraph of the page's
            # copyright line is its footer, no moves; its lines stay text
            lines = {ln.number for ln in block.lines[footer:]}
            read, kept = self.items[start:], set()
            del self.items[start:]
            for item in read:
                if item.table != "career_paths" or item.line not in lines:
                    self.items.append(item)
                elif item.line not in kept:
                    kept.add(item.line)
                    self.keep(block, item.text, item.line)

    def read_moves(self, block: Block) -> None:
        kind = _CAREER_KINDS.get(block.kind, "step")
        numbered = self.numbered_ladder(block, career=True) if kind == "step" else set()
        if numbered:
            block = Block(block.kind, block.heading, [ln for ln in block.lines if ln.number not in numbered],
                          block.inline, block.parent, block.line)
        cut = next((i for i, ln in enumerate(block.lines) if _not_moves_lead(ln.text)), None)
        if cut is not None:
            # round 13a: 'Related jobs' / 'Current vacancies' / 'Other roles in our team' / 'Jobs near you:' inside a
            # section about progression: the lines from there name other roles or openings of the site, no moves
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines[cut:]])
            block = Block(block.kind, block.heading, block.lines[:cut], block.inline, block.parent, block.line)
        if block.inline and self.labelled_titles(block, block.inline, kind):
            # the titles after the label are its list; lines after a blank line below it are other text of the page
            # ('Related Northgate programs' / 'BSc Kinesiology · BA Psychology' under 'Next steps: A · B · C')
            gap = next((i for i, ln in enumerate(block.lines)
                        if ln.number != (block.lines[i - 1].number if i else block.line) + 1), None)
            if gap is not None:
                self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines[gap:]])
                block = Block(block.kind, block.heading, block.lines[:gap], None, block.parent, block.line)
        elif block.inline:
            self.paths(block, block.inline, block.line, kind)
        items, others = list_items(block)
        run: set[int] = set()
        if not any(is_bullet(ln.text) for ln in block.lines):
            # 'CAREER PATH' / 'Apprentice Boilermaker' / 'Qualified Boilermaker' / 'Foreman' / …
            titled, rest = _title_run(sorted(items + others, key=lambda p: p[1]))
            if titled:
                items, others, run = titled, rest, {n for _, n in titled}
        others = _unwrapped(others)  # a sentence a printed page wrapped onto the next line is one sentence
        # 'NEXT STEPS' / 'Workshop Supervisor · Welding Inspector': the line right under the heading
        first = block.lines[0].number if block.lines and not block.inline else None
        for text, line in [p for p in items + others if p[1] == first and _dotted_titles(p[0])]:
            for title in _dotted_titles(text):
                self.add("career_paths", {"role": self.role, "kind": kind, "target_title": title, "note": None},
                         text, line, block.kind)
            items, others = [p for p in items if p[1] != line], [p for p in others if p[1] != line]
        # 'Your path at Harbor & Pine: Room Attendant > … > Director of Rooms': a label over a chain on one line
        # a ladder written as one arrow chain, or (in a progression section) as 'Title: explanation' lines
        ladder = [(t, n) for t, n in others if _chain(_labelled_chain(t, self.role) or t, self.role)
                  or (kind == "step" and not items and _colon_title(t))
                  or kind in ("step", "to") and ladder_steps(t, self.role)]  # round 13a: 'Private → Lance Corporal → …'
        items = sorted(items + ladder, key=lambda p: p[1])
        others = [(t, n) for t, n in others if (t, n) not in ladder]
        others = self.ladder_table(block, others)
        short = [(t, n) for t, n in items if _SHORT_LEADS.fullmatch(t.strip().rstrip(":").strip())]
        if short:
            # round 22b: 'Start' / 'Plumbing Apprentice' / 'Move up' / … / 'Move across' / 'Gasfitter': the short leads of a
            # pathways box name the move of the titles under them, whatever the section's heading says
            items = [p for p in items if p not in short]
            others = sorted(others + short, key=lambda p: p[1])
        leads = [(n, lead_in_kind(t)) for t, n in others if lead_in_kind(t)]
        led = {(t, n) for t, n in others if self.lead_line(block, t, n, kind)}  # 'Or move across to: A, B' (13a)
        others = [p for p in others if p not in led]
        for text, line in others:
            said = text
            if text.rstrip().endswith(":"):
                # round 25c: 'Most Payroll Specialists start out as Accounts Assistants or HR Administrators before moving
                # into payroll. A typical progression is:' (set 45 p45_16): the sentences before the lead are read
                said = " ".join(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[:-1])
            if said:
                for move, title in sentence_moves(said, self.role, block.kind):  # 'With experience, you could become …'
                    if said != text and not title[:1].isupper():
                        continue  # (before a lead, only titles the page capitalises: 'start as apprentices.' is none)
                    row = {"role": self.role, "kind": move, "target_title": title, "note": None}
                    self.add("career_paths", row, text, line, block.kind)
                    if singular_title(title) != title:
                        # 'most start as funeral arrangers': the move as written, unless the page lists the title
                        # itself ('started as Room Attendants' beside a ladder step 'Room Attendant')
                        self.plural_paths.add(id(self.items[-1]))
        self.keep_all(block, others)
        for text, line in items:
            # '…or move into roles such as:' over the list names the move its items are
            lead = [k for n, k in leads if n < line]
            if line in run and kind == "step" and not split_path_item(text) and _ladder_step(text.strip()):
                self.add("career_paths", {"role": self.role, "kind": "step", "target_title": text.strip(), "note": None},
                         text, line, block.kind)  # 'Foreman' between titles of the ladder
                continue
            led_kind = lead[-1] if lead and (kind == "step" or short) else kind
            if lead and led_kind in ("from", "to", "lateral") and is_bullet(self.page_lines[line - 1]) \
                    and not split_path_item(text) and _listed_move(text.strip().rstrip(".;,")) \
                    and text.strip().rstrip(".;,").casefold() != self.role.casefold():
                # round 25c: 'peut évoluer vers des postes à responsabilités :' / '• Comptable principal', 'kan du
                # blive:' / '- Formand på byggeplads' (set 45 p45_02, p45_12): a bulleted name after a lead naming the
                # move is a title of that move in any language (a short name, no sentence; _listed_move)
                name = text.strip().rstrip(".;,")
                self.add("career_paths", {"role": self.role, "kind": led_kind, "target_title": name, "note": None},
                         text, line, block.kind)
                continue
            self.paths(block, text, line, led_kind)

    def move_names(self, block: Block, kind: str) -> list[Line]:
        """Round 25c: under a heading naming a move (career_from, career_to, career_lateral), a paragraph of two lines or
        more right below it, each one short name (_listed_move: no sentence, digit or link), none the role's own, gives
        those names as moves of that kind, in any language (as labelled_titles reads them on one line). The lines read,
        else []."""
        if not block.kind.startswith("career_") or kind not in ("from", "to", "lateral") or block.inline:
            return []
        para: list[Line] = []
        for ln in block.lines:
            if ln.number != (para[-1].number if para else block.line) + 1:
                break
            para.append(ln)
        names = [(strip_bullet(ln.text) if is_bullet(ln.text) else ln.text.strip()).rstrip(".;,") for ln in para]
        if len(para) < 2 or not all(_listed_move(n) and n.casefold() != self.role.casefold() and heading_kind(n) is None
                                    and not _SHORT_LEADS.fullmatch(n) and not lead_in_kind(n) for n in names):
            return []
        for name, ln in zip(names, para):
            title, note = split_trailing_parenthetical(name)
            self.add("career_paths", {"role": self.role, "kind": kind, "target_title": title.strip() or name,
                                      "note": note}, ln.text.strip(), ln.number, block.kind)
        return para

    def labelled_titles(self, block: Block, text: str, kind: str) -> bool:
        """Round 21c: 'Lignende yrker: Automatiker, Energimontør', 'Related careers: Millwright | Electronics Technician
        | Solar PV Installer', 'Métiers proches : Consultant en recrutement · Chargé de développement RH' (sets 28 k02,
        k03, k10, k12, 31 o01, o18, 33 q02): after a move label of a progression section, two names or more split by
        commas, bars or middle dots are titles of that move, in any language (a name with no role noun the vocabulary
        knows too), each short, with no sentence, digit or link in it. True when read."""
        if not block.kind.startswith("career_") or kind not in ("from", "to", "lateral"):
            return False
        pieces = [p.strip().rstrip(".") for p in _LISTED_SPLIT.split(text.strip()) if p.strip()]
        if len(pieces) < 2:
            return False
        found = []
        for piece in pieces:
            name, note = split_trailing_parenthetical(piece)
            name = name.strip()
            if not _listed_move(name):
                return False
            found.append((name, note))
        for (name, note), piece in zip(found, pieces):  # each name its own text: the line is no menu of the site
            self.add("career_paths", {"role": self.role, "kind": kind, "target_title": name, "note": note}, piece,
                     block.line, block.kind)
        return True

    def ladder_table(self, block: Block, lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """'| Level | Title | Typical experience |' in a progression section: each row's title is a ladder step
        (the table includes the role itself). Returns the lines that are not such a table's."""
        rows = [(t, n) for t, n in lines if t.startswith("|")]
        if len(rows) < 3:
            return lines
        header = _cells(rows[0][0])
        column = next((i for i, h in enumerate(header) if _TITLE_COLUMN.fullmatch(normal_heading(h))), None)
        if column is None:
            return lines
        used = {rows[0]}
        for text, line in rows[1:]:
            if _PIPE_SEPARATOR.match(text):
                used.add((text, line))
                continue
            cells = _cells(text)
            title = cells[column].strip(" *_") if len(cells) == len(header) and text.rstrip().endswith("|") else ""
            if title and (_valid_path_title(title) or title.lower() == self.role.lower()):
                self.add("career_paths", {"role": self.role, "kind": "step", "target_title": title, "note": None},
                         text, line, block.kind)
                used.add((text, line))
        self.keep(block, rows[0][0], rows[0][1])
        return [p for p in lines if p not in used]

    def read_career_level(self, block: Block) -> None:
        if not _level_heading(block.heading or ""):
            # 'Head of Customer Success' read as a level over 'Jobs for you' / listings: a title, no level of a
            # ladder; what follows it is not known to be steps
            self.keep(block, block.heading or "", block.line)
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines])
            return
        items, others = list_items(block)
        if not items:
            items = [(t, n) for t, n in others if _colon_title(t) or title_like(t)]
            others = [(t, n) for t, n in others if (t, n) not in items]
        self.keep_all(block, others)
        for text, line in items:
            self.paths(block, text, line, "step")

    def paths(self, block: Block, text: str, line: int, kind: str) -> None:
        chain = _labelled_chain(text, self.role)
        own_ladder = False
        if chain:
            # 'Your path at Harbor & Pine: Room Attendant > … > Director of Rooms': a label over a chain on one line;
            # 'Progression: Senior Technician → Section Manager', without the role, names the moves after it
            label = text.partition(":")[0]
            named = _CAREER_KINDS.get(heading_kind(label) or (career_label(text) or ("",))[0] or "")
            sector = kind == "step" and not named
            if named and named != "step":
                kind = named  # 'Next steps: A → B'
            elif kind == "step" or named == "step":
                kind = "to"  # steps only when the chain holds the role (decided below)
            text = chain
            titles = [t for t, _ in chain_steps(text, self.role)]
            if sector and len(titles) >= 3 and (_ladder_of(titles, self.role) or _entry_of_role(titles[0], self.role)):
                # round 22b: 'Government: Assistant Engineer (BPS-17) → Executive Engineer (BPS-18) → …', 'Private: Site
                # Engineer → Senior Site Engineer → …' in a ladder section: a chain under a label naming no move that
                # starts at the role's own grade of entry is the role's ladder, its steps
                kind = "step"
                own_ladder = True
        if _chain(text, self.role):  # 'Junior Analyst → Analyst → Senior Analyst' is a ladder whatever its section; under
            steps = chain_steps(text, self.role)  # 'Where it can lead', without the role, lists the moves on; a step's
            titles = [t for t, _ in steps]  # brackets ('Park Ranger (GS-5 to GS-9)') are its note
            own = own_ladder or any(t.lower() == self.role.lower() for t in titles) or (
                len(titles) >= 3 and _grades_of_role(titles[0], self.role)) \
                or len(titles) >= 3 and _role_grades(titles, self.role)  # 'Apprentice X → … ': X's own ladder
            onward = kind == "to" and not own
            if not own and kind != "to" and not _ladder_of(titles, self.role):
                if self.loose_ladder(block, text, line, kind):
                    return
                # 'Progression: Senior Technician → Section Manager → Engineer' beside an entry line: titles after
                # the role or another role's ladder; which moves they are is unknown, kept as text
                self.keep(block, text, line)
                return
            # round 20c: a chain's step 'Foreman / Supervisor' (sets 29 m15, 30 n13, n19) is one step, as the page writes it
            for title, note in [(one, n) for t, n in steps for one in ([t] if not onward else _one_level(t))]:
                self.add("career_paths", {"role": self.role, "kind": "to" if onward else "step", "target_title": title,
                                          "note": note}, text, line, block.kind)  # a cut chain drops every step
            return
        if self.loose_ladder(block, text, line, kind):
            return
        if self.lead_line(block, text, line, kind):
            return
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and heading_kind(head) not in (None, *_CAREER_KINDS):
            self.keep(block, text, line)  # 'Similar roles: A, B' under 'Where it can lead': another section's line
            return
        found = split_path_item(text)
        if not found and text.strip().rstrip(".").lower() == self.role.lower():
            found = [(text.strip().rstrip("."), None)]  # '2. Paraplanner': the role itself is a step of its ladder
        if not found and _ends_sentence(text.strip()) and len(text.split()) >= 5:
            # round 17b: two sentences read as the section's items ('With experience, you could become a workshop
            # manager …' / 'You could also move into gallery work as a gallery technician.'): read as a sentence is
            for move, title in sentence_moves(text, self.role, block.kind):
                self.add("career_paths", {"role": self.role, "kind": move, "target_title": title, "note": None},
                         text, line, block.kind)
                if singular_title(title) != title:
                    self.plural_paths.add(id(self.items[-1]))
        if not found:
            self.keep(block, text, line)
            return
        for title, note in found:
            for one in _one_level(title):  # 'Senior Paraplanner / Technical Manager': two titles at one level
                row = {"role": self.role, "kind": kind, "target_title": one, "note": note}
                self.add("career_paths", row, text, line, block.kind)

    def level_table(self, block: Block) -> set[int]:
        """Round 13a: 'Level descriptors' / 'Level<TAB>Title<TAB>What changes at this level' / 'P2<TAB>Junior Grid Control
        Engineer<TAB>…' inside another section: a table (tabs or bars) whose header names a level column and a title
        column, two rows or more each with a title, the role's own name one of them (or a heading about levels or
        moving on over it), is the role's ladder: each row's title a step, the rest of the row its explanation. Returns
        the lines read."""
        lines = block.lines
        for index, ln in enumerate(lines):
            header = _row_cells(ln.text)
            if len(header) < 2:
                continue
            keys = [normal_heading(h) for h in header]
            column = next((i for i, k in enumerate(keys) if _TITLE_COLUMN.fullmatch(k)), None)
            if column is None or not any(re.fullmatch(r"(?:job |pay )?(?:level|grade|band|step|rank|tier)s?", k)
                                         for k in keys):
                continue
            rows = []
            for following in lines[index + 1:]:
                cells = _row_cells(following.text)
                if following.number != (rows[-1][0].number if rows else ln.number) + 1 or len(cells) != len(header):
                    break
                rows.append((following, cells[column].strip(" *_")))
            over = lines[index - 1].text if index else (block.heading or "")
            titles = [t for _, t in rows]
            if len(rows) < 2 or not all(t and (_valid_path_title(t) or t.casefold() == self.role.casefold())
                                        and path_ok(t) for t in titles) or any(_has_currency(r.text) for r, _ in rows):
                continue  # (a table of pay by level is the pay table's; its grade column reads the ladder there)
            if not (any(t.casefold() == self.role.casefold() for t in titles)
                    or _LADDER_HEADING.search(normal_heading(over))):
                continue
            for row, title in rows:
                self.add("career_paths", {"role": self.role, "kind": "step", "target_title": title, "note": None},
                         row.text.strip(), row.number, "career")
            self.keep(block, ln.text.strip(), ln.number)
            return {ln.number} | {row.number for row, _ in rows}
        return set()

    def lead_line(self, block: Block, text: str, line: int, kind: str) -> bool:
        """Round 13a: 'Or move across to: A, B', 'This apprenticeship can lead to: Arboriculturist (level 4).': a short
        lead ending on a move's verb before the titles on its line names them as that move (every one a title). True
        when read."""
        head, colon, rest = text.partition(":")
        if not colon or not rest.strip() or len(head.split()) > 8:
            return False
        lead = lead_in_kind(head.strip() + ":") or ("to" if _LEADS_TO.search(head.strip()) else None)
        if not lead:
            return False
        found = split_path_item(rest.strip().rstrip(".")) or _noted_titles(rest.strip().rstrip("."))
        for title, note in found:
            row = {"role": self.role, "kind": lead if kind in ("step", "to", lead) else kind, "target_title": title,
                   "note": note}
            self.add("career_paths", row, text, line, block.kind)
        return bool(found)

    def loose_ladder(self, block: Block, text: str, line: int, kind: str, section: bool = False) -> bool:
        """Round 13a: 'Private → Lance Corporal → Corporal → Sergeant', 'Anwärter/in → Landesskilehrer/in → …',
        'SOC Analyst L1 → SOC Analyst L2 → …' in a section about progression (or under a line naming one: `section`):
        a chain of three short names or more, two of them titles by themselves (moves.ladder_steps), is the ladder of
        the role's line of work even when the role's own name is none of its steps; under a heading about the moves
        on ('Where it can lead') a chain without the role names moves on. True when read."""
        if kind not in ("step", "to") or not (section or block.kind.startswith("career")):
            return False
        steps = ladder_steps(text, self.role)
        if not steps:
            return False
        own = any(t.lower() == self.role.lower() for t, _ in steps)
        for title, note in steps:  # written as the whole line: a capture cut inside it drops every step
            self.add("career_paths", {"role": self.role, "kind": "to" if kind == "to" and not own else "step",
                                      "target_title": title, "note": note}, text, line, block.kind)
        return True

    # aliases -------------------------------------------------------------------------------------
    def read_aliases(self, block: Block) -> None:
        if not block.inline and _RELATED_TITLES.fullmatch(normal_heading(block.heading or "")):
            # round 26c: 'Related titles' on a line of its own over 'Technical Program Manager · Product Designer · …'
            # (p53_09): a box of links to other roles, no names of this one ('Related titles: A; B', a label with its
            # names on its line, stays a list of other titles: set 38 p38_17)
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines])
            return
        split = _skills_lead_split(block)
        while split is not None:
            # 'Alternative labels' / … / 'Essential skills and competences' / 'advise on …': the aliases list ends
            # where a skills heading the vocabulary does not know starts its own list
            block, skills = split
            self.read_skills(skills)
            split = _skills_lead_split(block)
        if block.inline and "·" in block.inline and not _NAME_SEPARATOR.search(block.inline) \
                and not re.search(r"(?i)l·l", block.inline):
            # round 25c: 'DevOps Specialist·CI/CD Engineer·Build & Release Engineer' (set 45 p45_17): a markup's middle
            # dots between names, their spaces lost in the rendering (a Catalan 'l·l' is a letter, no separator)
            block = replace(block, inline=re.sub(r"\s*·\s*", " · ", block.inline))
        if block.inline and _LANGUAGE_LABEL.match(block.heading or "") and _PLAIN_NAME.fullmatch(block.inline.strip()):
            # 'In Finnish: varhaiskasvatuksen opettaja': the role's name in another language
            self.add("role_aliases", {"role": self.role, "alias": block.inline.strip(), "note": None}, block.inline,
                     block.line, block.kind)
        elif block.inline:
            names = _alias_names(block.inline)
            scripted = [p for p in _SCRIPT_COMMAS.split(block.inline.strip().rstrip("،、")) if p]
            if len(names) == 1 and len(scripted) >= 2:
                # (lead, after round 25: 'دوسرے نام: وائرنگ الیکٹریشن، بلڈنگ الیکٹریشن' once the label is a heading of
                # the vocabulary: names split by the script's own comma, as after an aliases label)
                names = scripted
            by_script = names is scripted
            if len(names) == 1 and _slashed_names(block.inline):
                # round 26c: 'Also hired as: Cloud Platform Engineer / Cloud Operations Engineer' (p50_06): names of
                # several words each apart by ' / ' after an aliases label
                names = _slashed_names(block.inline)
            labelled = [] if ";" not in block.inline and names and (
                all(name_like(n) for n in names) or _lower_case_titles(names)) \
                else _labelled_names(block.inline, self.role)
            if labelled:
                self.listed_aliases(block, labelled, block.line)
            elif names and (all(name_like(n) for n in names) or _lower_case_titles(names)
                            # round 13a: 'Også kaldet: nodearkivar, orkesterbibliotekar': names in another language
                            or len(names) >= 2 and all(_labelled_alias(n) for n in names)
                            and (by_script or _NAMING_LABEL.search(normal_heading(block.heading or "")))  # ('Ayrıca': not so)
                            and not any(n.casefold() == self.role.casefold() for n in names)):  # (a names row: text)
                for name in names:
                    bare, paren = split_trailing_parenthetical(name)
                    note = None
                    if paren is not None and _name_remark(paren) and name_like(bare):
                        # round 24b: 'Also known as: …, Sparky (informal)', '…, Well Engineer (depending on specialism)'
                        # (set 46 p46_20, p46_17): a remark on the name's use in brackets is its note
                        name, note = bare, paren
                    self.add("role_aliases", {"role": self.role, "alias": name, "note": note}, name, block.line,
                             block.kind)
            else:
                self.keep(block, block.inline, block.line)
        box = _glance_box(block.lines)
        if box:
            # 'Also known as: Suryamitra' over 'Sector: Power' / 'QP Code: SGJ/Q0101' / 'NSQF Level: 4': a box of
            # label/value rows under the aliases line is the role's glance box, no list of titles
            for ln in [ln for ln in block.lines if ln.number in box]:
                label, value = box_pair(ln.text)
                self.fact(label, value, ln.text.strip(), ln.number, block)
            block = Block(block.kind, block.heading, [ln for ln in block.lines if ln.number not in box],
                          None, block.parent, block.line)
        closed = _names_closed(block.lines)
        if closed is not None:
            # 'Djurvårdare; Animal Keeper' / (blank) / 'Lediga jobb just nu' / 'Säsongsarbetare Barnzoo': after a
            # blank line, a heading-shaped line that is no name opens another part of the page (its list is text)
            self.keep_all(block, [(ln.text.strip(), ln.number) for ln in block.lines[closed:]])
            block = Block(block.kind, block.heading, block.lines[:closed], block.inline, block.parent, block.line)
        boxed = _label_line_box(block.lines, bool(block.heading) and _box_above(self.page_lines, block.line))
        if boxed:
            for label, value in boxed:
                self.fact(label.text.strip(), value.text.strip(), value.text.strip(), value.number, block)
            used = {ln.number for pair in boxed for ln in pair}
            block = Block(block.kind, block.heading, [ln for ln in block.lines if ln.number not in used],
                          block.inline, block.parent, block.line)
        items, others = list_items(block)
        first = [p for p in items + others if block.lines and p[1] == block.lines[0].number and not is_bullet(p[0])]
        if first and not block.inline:
            covered = _covered_titles(first[0][0], self.role)
            if covered:
                # round 13a: 'Typical job titles include:' / 'Butcher, Craft Butcher, Meat Cutter, Retail Butcher': the
                # titles a page covers, the role's own name among them; the others are its other names
                self.listed_aliases(block, covered, first[0][1])
                items, others = [p for p in items if p != first[0]], [p for p in others if p != first[0]]
        separated = [o for o in others if _NAME_SEPARATOR.search(o[0]) or _comma_titles(o[0], self.role)
                     or ";" in o[0] and len(_labelled_names(o[0], self.role)) >= 2 or _slashed_names(o[0])]
        if not items and not block.inline and len(separated) == 1 and others[0] == separated[0]:
            # the list on one line of its own right under the heading ('A · B · C', 'Forest Technician, Forest
            # Technologist, …')
            items, others = separated, [o for o in others if o not in separated]
        for text, line in others:
            if not block.inline and len(text.split()) >= 6:  # 'A, B and C are other titles for this job.'
                for alias in _sentence_aliases(text, self.role):
                    self.add("role_aliases", {"role": self.role, "alias": alias, "note": None}, text, line, block.kind)
        self.keep_all(block, others)
        rows = {ln.number for ln in block.lines if ln.text.lstrip().startswith("|") or len(ln.text.strip().split("\t")) >= 3}
        heads = [(t, n) for t, n in items if n + 1 in rows]
        if heads:
            # round 24b: 'Top companies for Data Analysts' right over 'Company<TAB>Average salary<TAB>…' (set 42 p42_05):
            # the line over a table's first row is the table's heading, no other name of the role
            self.keep_all(block, heads)
            items = [p for p in items if p not in heads]
        for text, line in items:
            listed = _labelled_names(text, self.role) if _NAME_SEPARATOR.search(text) or ";" in text else []
            listed = listed or _comma_titles(text, self.role) or _slashed_names(text)
            if listed:  # 'Landscaper · Grounds Maintenance Operative · …' on a line of its own under the heading
                self.listed_aliases(block, listed, line)
                continue
            alias, note = text.rstrip(",;"), None
            name, paren = split_trailing_parenthetical(alias)
            if paren is not None and not is_abbreviation_of(paren, name) and name_like(name):
                alias, note = name, paren  # 'BI Developer (common in banks)': the note is not part of the title
            bare = split_trailing_parenthetical(alias)[0]
            free = len(items) >= 2 and block.kind == "aliases" and _free_name(bare) and _holds_role_word(bare, self.role) \
                and not (paren and re.search(r"\d", paren))
            if free and paren is not None and alias != name and _name_remark(paren):
                alias, note = name, paren
            if name_like(alias) or _lower_title(bare) or _lower_agent_title(bare) or (  # 'dispensary technician'
                    len(items) >= 2 and _sentence_name(bare)) or free:  # 'Bread maker', 'Ouvrier boulanger' in a list (13a)
                # (round 25c, `free`: 'Auxiliar de enfermería hospitalaria' under 'Denominaciones de la ocupación', set 45
                # p45_06: a name of a list under an aliases heading holding a word of the role's name; one with a figure in its note,
                # '… (no incluida, ver 32510)', is a pointer to another occupation)
                self.add("role_aliases", {"role": self.role, "alias": alias, "note": note}, text, line, block.kind)
            else:
                self.keep(block, text, line)

    def listed_aliases(self, block: Block, names: list[str], line: int) -> None:
        """Each name of a labelled list that reads as a title by itself is an alias; another is kept as text ('ATCO, air
        traffic')."""
        # round 21c: 'Muut nimikkeet: bussikuski, bussinkuljettaja, kuljettaja (henkilöliikenne)' (set 28 k16): under an
        # aliases heading of the vocabulary, a list of two names or more each of a name's shape after such a label
        # (lower-case words of another language too) is the role's other names
        shaped = block.kind == "aliases" and len(names) >= 2 and not _english_heading(block.heading or "") \
            and all(_labelled_alias(split_trailing_parenthetical(n)[0].strip()) for n in names)
        for name in names:
            bare, paren = split_trailing_parenthetical(name)
            note = None
            if paren is not None and _name_remark(paren) and (name_like(bare) or shaped):
                name, note = bare, paren  # round 24b: 'Well Engineer (depending on specialism)': the remark is a note
                # (lead, after round 25: a lower-case name of another language's list too, 'főzőszakács (ma már ritka)')
            if _listed_title(name) or shaped:
                self.add("role_aliases", {"role": self.role, "alias": name, "note": note}, name, line, block.kind)
            else:
                self.keep(block, name, line)

    # at a glance ---------------------------------------------------------------------------------
    def read_facts(self, block: Block) -> None:
        lines = _join_split_labels(block.lines)[0]  # 'Typical hours' / '(a week)' / '38 to 42': one label
        link_rows = _link_runs(lines)
        aligned_box = sum(_aligned_pair(ln.text) for ln in lines) >= 2
        i = 0
        start = len(self.items)
        while i < len(lines):
            if _box_ended(lines, i) and any(it.table != "page_sections" for it in self.items[start:]):
                # round 25a: after the box's rows and a blank line, a question ('Ποια είναι τα καθήκοντα …;', '1. Ano ang
                # ginagawa …?') or a line over a list heads a section the vocabulary does not know (sets 49 p49_04,
                # p49_08): the box has ended, its 'Name: description' items are no rows of it (kept as text)
                self.keep_all(block, [((strip_bullet(ln.text) if is_bullet(ln.text) else ln.text.strip()), ln.number)
                                      for ln in lines[i:]])
                return
            if lines[i].number in link_rows:
                self.keep(block, lines[i].text.strip(), lines[i].number)  # round 22b: a column of the site's links
                i += 1
                continue
            links = _title_links(lines, i)
            if links:
                # round 12b: 'More Jobs Up Close' / 'Farrier' / 'Lighthouse Keeper' / 'Crime Scene Cleaner' after the
                # box: a line over three titles or more, after a blank line, links to other roles; no label/value pairs
                for ln in lines[i:i + links]:
                    self.keep(block, ln.text.strip(), ln.number)
                i += links
                continue
            text = strip_bullet(lines[i].text) if is_bullet(lines[i].text) else lines[i].text.strip()
            text = _BOLD_LABEL.sub(r"\1:", text)  # '**Team:** Art Technology': the label in bold markup
            text = _BOX_FRAME.sub("", text)  # round 26a: '┃平均年収　　｜471万円' (p52_02): a box drawn with frame characters
            text = _cjk_box_row(text)  # round 24d: '【平均年収】約372万円', '學歷要求　大學', '学历｜本科'
            text = _ROW_ICON.sub("", text)  # round 24d: '🎓 Formação: …', '⏰ Jornada: …': a box row's icon is no label
            label, sep, value = text.replace("：", ":", 1).partition(":")  # (round 24a: or a full-width colon, '平均年収：578万円')
            tabbed = [c.strip() for c in re.split(r"\t+", text)]  # round 13b: 'Award classification<TAB><TAB>Cook …
            if "\t" not in text and ":" not in text and aligned_box:
                # round 25d: 'Tryb pracy         hybrydowy lub zdalny' (a box whose two columns a capture aligned with
                # spaces, two rows or more so): the cells as a tab would part them
                tabbed = [c.strip() for c in _ALIGNED_GAP.split(text.strip())]
            if ("\t" in text or aligned_box and ":" not in text) and len(tabbed) == 2 and all(tabbed) \
                    and _cell_label(tabbed[0]):
                following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
                # (round 21c: a pay row whose value goes on with the same pay by another period on the next line is
                # no one value as written: its salaries only)
                self.fact(tabbed[0], tabbed[1], text, lines[i].number, block,  # 'Number of Jobs, 2024<TAB>179,400'
                          box_pay=not (_PERIOD_ONLY.fullmatch(following) and _PERIOD_ONLY.search(tabbed[1])))
                i += 1
                other = _PERIOD_ONLY.fullmatch(following)
                stated = _PERIOD_ONLY.search(tabbed[1])
                if other and stated and _has_currency(tabbed[1]) and figure_start(tabbed[1]) == 0 \
                        and other.group(2).lower() != stated.group(2).lower() \
                        and self.salary(f"{tabbed[0]} per {other.group(2).lower()}", following, following,
                                        lines[i].number, block, require_clean=True):
                    # round 17b: '2025 Median Pay<TAB>$67,310 per year' / '$32.36 per hour': the same pay by another
                    # period on the line under it, labelled by the row and that period
                    i += 1
            elif sep and value.strip() and _label_like(label):
                self.fact(label.strip(), value.strip(), text, lines[i].number, block)
                i += 1
            elif _dash_pair(text):
                label, value = _dash_pair(text)  # 'Study time – 4 years', 'Demand | High'
                self.fact(label, value, text, lines[i].number, block)
                i += 1
            elif _arrow_pair(text):
                label, value = _arrow_pair(text)  # 'Typical studio size → Mid-size to AAA' in a glance box
                if heading_kind(label) == "aliases" or _alias_label(label):
                    names = _alias_names(value)  # 'Also called → Environment Designer, Mission Designer'
                    if names and all(name_like(n) or _NAMING_LABEL.search(normal_heading(label)) and _labelled_alias(n)
                                     for n in names):
                        for name in names:
                            self.add("role_aliases", {"role": self.role, "alias": name, "note": None}, text,
                                     lines[i].number, "aliases")
                    else:
                        self.keep(block, text, lines[i].number)
                else:
                    self.fact(label, value, text, lines[i].number, block)
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
                    and not _label_value_line(lines[i + 1].text) and not _FOOTER.search(lines[i + 1].text) \
                    and _value_line(lines, i + 1) \
                    and not any(lines[i].number < n < lines[i + 1].number for n in self.ladder_taken) \
                    and not _question_over_prose(text, lines[i + 1].text):
                # (round 15b: 'Parcours / Path' over a ladder read out of the box labels the ladder, not the line after it)
                value = lines[i + 1].text.strip()
                self.fact(text.rstrip(":").strip(), value, value, lines[i + 1].number, block)
                i += 2
            else:
                if i == len(lines) - 1 and _label_like(text.rstrip(":")):
                    self.dangling = lines[i].number  # a label whose value the capture may have cut off
                self.keep(block, text, lines[i].number)
                i += 1

    def box_run(self, line: int) -> bool:
        """Round 22c: whether the lines written with line `line` (1-based; up to a blank line each way) are a glance box
        of the role: three rows or more, none a vacancy's ('Location: Leeds', 'Start date: 1 September'), e.g. 'Weekly
        pay<TAB>$1,850' / 'Future growth<TAB>Strong' / … without a heading the vocabulary knows (set 33 q03), 'Salary
        range: £24,000 to £65,000' / 'Hours per week: 37.5' / … under the intro (set 35 s24)."""
        lines = self.page_lines
        start = end = line - 1
        while start > 0 and lines[start - 1].strip():
            start -= 1
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        run = [ln.strip() for ln in lines[start:end + 1]]
        rows = [ln for ln in run if "\t" in ln or re.match(r"[^:]{2,40}:\s+\S", ln)]
        return len(rows) >= 3 and not any(_VACANCY_ROW.match(ln) for ln in run)

    def fact(self, label: str, value: str, written: str, line: int, block: Block, box_pay: bool = True) -> None:
        if _INSERT_LABEL.match(_strip_symbols(label).strip(" *_:")):
            # round 24b: 'READ ALSO: …' (a news site's link to another story, set 44 p44_22), 'PUBLICIDAD' over an advert
            # (set 42 p42_09): the label of an insert of the site, no fact of the role
            self.keep(block, written, line)
            return
        if position_row(label, value, self.role):
            self.keep(block, written, line)  # round 17a: 'Position' / 'Field Guide (Level 1 …)': the role's title row
            return
        marker = _VALUE_MARKER.match(value)
        if marker:
            # 'Certification :- YCB Level 1 …': a value written as a list item; one item is the value without its
            # marker, several ('- A - B') are no one fact (the line stays text)
            value = value[marker.end():].strip()
            if not value or _VALUE_MARKER_INSIDE.search(value):
                self.keep(block, written, line)
                return
        if _alias_label(_ALIAS_LABEL_WHERE.sub("", label.strip(" *_")).strip()) or _alias_label(label):
            # 'Also called in the industry: TA, Tech Artist': other names of the role, no fact
            names = _alias_names(value)
            if names and all(name_like(n) or _NAMING_LABEL.search(normal_heading(label)) and _labelled_alias(n)
                             for n in names):
                for name in names:
                    self.add("role_aliases", {"role": self.role, "alias": name, "note": None}, written, line,
                             "aliases")
            else:
                self.keep(block, written, line)
            return
        names = _box_skills(label, value)
        if names:
            # round 12b: 'Tools: EZTitles, Subtitle Edit, Ooona' in a box: the role's skills, each a row
            for name in names:
                self.add("role_skills", {"role": self.role, "skill_name": name, "kind": "required", "detail": None,
                                         "text": name, "skill_group": None}, written, line, "skills")
            return
        label = re.sub(r"\s*:\s*$", "", label)  # round 20c: 'Working hours:<TAB>40–45 hours' (set 31 o01): the colon ends it
        # (round 25d: or a word of it that is a pay heading of its own, 'Salaire débutant', 'Tyypillinen palkka')
        pay_label = bool(_SALARY_WORD.search(label) or heading_kind(label) == "salary"
                         or any(len(w) >= 4 and heading_kind(w) == "salary" for w in re.findall(r"[^\W\d_]+", label)))
        if not pay_label and len(label.split()) <= 4 and figure_start(value) == 0 and (
                _pay_part() is not None and _pay_part().search(label) and _has_currency(value)
                or pay_head(label) and not _has_currency(value) and self.written_money(value)):
            # round 25b: 'Durchschnittsgehalt: 68.500 €', 'Salariu mediu net: 6.800 lei/lună': a noun of pay glued inside
            # a word, or in a language's own stem
            pay_label = True
        row = {"role": self.role, "label": label, "value": value}
        if box_pay and (block.kind == "facts" or block.kind in ("unknown", "intro") and self.box_run(line)) \
                and (pay_label or _BOX_PAY_LABEL.search(label)):
            # round 21c: '2024 Median Pay<TAB>$80,450 per year', 'Weekly pay' / '$2,050', 'Salaire débutant : 1 767 €'
            # in a glance box (sets 29 m01, 30 n01, n03, n13, n21, 31 o09, 32 p04, p06, p09, 33 q06): a row of the box
            # as written, besides the salary it gives (the guard lets a pay value stand only there)
            row["box_pay"] = True
        self.add("role_facts", row, written, line, block.kind)
        money = self.written_money(value) if pay_label and not _has_currency(value) else None
        if not pay_label and _has_currency(value) and figure_start(value) == 0 and self.under_pay_line(line, block):
            # round 14b: 'Pay' / 'Starting wage: $18.25 an hour' / 'Returning operators: $19.40 an hour': a run of
            # amounts under a line naming pay, each labelled by its level
            self.salary(label, value, written, line, block, require_clean=True)
            return
        if money is not None:
            # round 14b: 'Bérezés / Pay' / 'bruttó 420 000 – 510 000 Ft / hó': the currency written after the amount
            self.salary(label, value, written, line, block, require_clean=True, parse_as=money)
            return
        named_parts = _named_amounts(value) if pay_label else None
        if named_parts:
            # round 14b: 'Pay: £12.70 per hour (days), £14.30 per hour (nights)': one salary an amount, labelled by the
            # words in brackets after it
            for figure, name in named_parts:
                self.salary(f"{label} ({name})", figure, written, line, block, require_clean=True)
            return
        if pay_label and _has_currency(value):
            # (round 14b: a pay label of another language, 'Sueldo: $3,800 a $5,200 MXN por semana')
            aside = _PAY_ASIDE.match(value)
            marked = _marked_figure().search(value)  # '$101,998' after 'Clerk Grade 7/8 – ' (a grade's digits)
            start = marked.start() if marked else figure_start(value) or 0
            level = value[:start].strip().rstrip("–—-:").strip()
            if start and level and len(level.split()) <= 5 and _has_currency(value[start:]) \
                    and not _has_currency(level) and not _ends_sentence(level):
                # 'Total remuneration package<TAB>Clerk Grade 7/8 – $101,998 – $111,932 per annum': the words before
                # the figure name its level
                self.salary(level, value[start:].strip(), written, line, block, require_clean=True)
            elif not (aside and _has_currency(aside.group("main")) and _has_currency(aside.group("aside"))):
                self.salary(label, value, written, line, block, require_clean=True)
            else:
                # 'Salary: £28,000 – £45,000 (senior paraplanners £45,000 – £60,000)': the band, and the band the
                # parenthetical names for its own level
                if self.salary(label, aside.group("main"), written, line, block, require_clean=True):
                    for level, figure, parse_as in _prose_figures(aside.group("aside")):
                        if level != "Salary":
                            self.salary(level, figure, written, line, block, require_clean=True, parse_as=parse_as)

    def under_pay_line(self, line: int, block: Block) -> bool:
        """Whether the pair at this line is one of a run of 'Label: amount' pairs right under a short line of its own
        naming pay ('Pay', 'Wages (2026)'), each line in the run the next of the page (round 14b)."""
        numbers = {ln.number: ln.text.strip() for ln in block.lines}
        at = line - 1
        while at in numbers:
            text = numbers[at]
            head, sep, value = text.partition(":")
            if sep and head.strip() and _has_currency(value) and figure_start(value.strip()) == 0:
                at -= 1
                continue
            # ('Rémunération / Pay': a heading in two languages, either half naming pay)
            return figure_start(text) is None and len(text.split()) <= 5 and not sep and not is_bullet(text) \
                and any(heading_kind(part) == "salary" for part in [text, *re.split(r"\s+/\s+", text)])
        return False

    # salaries ------------------------------------------------------------------------------------
