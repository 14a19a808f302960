"""Generic layout: the role's title (site furniture removed) and what reads as a role's name.

A title candidate scores by a known role noun or a page that speaks of it as a person's job ('What does a chimney
sweep do?', 'the work of a paintings conservator'), a mention elsewhere, a heading naming it and removed furniture;
an organisation's careers line and an inner entry of a menu bar score less. An ALL-CAPS title is stored as the page
writes it elsewhere, or in title case when the page writes it only in running text (acronyms and grades kept)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from pipeline.reference import rows

from pipeline.parse.generic.vocabulary import (
    _CONNECTORS, FACT_FAMILIES, fact_line, _fact_labels, _furniture_line, has_role_noun, heading_kind, _MENTION_SCAN, _not_role_words,
    _head_noun, _prefixes, _romance_head, _romance_nouns, _romance_word, role_nouns, _SENTENCE_OPENERS, singular_title, _site_word, _strip_symbols,
    _suffixes, _TERMINAL, title_like,
)


# --- role title ---------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::|»|>|＞|›)\s+|\s*\|\s*|\s*:\s+(?::\s+)?")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|io|co|uk|example|info|edu|gov|ai|dev|careers|jobs)\b", re.I)


_BREADCRUMB = re.compile(r"\s(?:›|»|>|＞|/)\s")


# round 20d: an article's headline over one job, 'How to become X' in the usual languages, is the role's name when the
# headline goes on past it (a colon and a tail: 'How to become a paramedic: pay, training and …'); a place after the
# name there ('… in Ireland', '… en España', '… au Québec') is the article's country, never part of the role
_HOW_TO_HEADLINE = re.compile(
    r"^¿?(?:how to (?:become|be|train as|work as)|c[oó]mo (?:ser|convertirse en|llegar a ser|trabajar como)|"
    r"comment (?:devenir|être)|devenir|come (?:diventare|lavorare come)|como (?:ser|se tornar|virar|trabalhar como)|"
    r"wie (?:wird man|werde ich))\s+(?:(?:an?|una?|el|la|les?|l'|um|uma|ein|eine|il|lo)\s+)?"
    r"([^:?!]{3,80}?)\s*(?::|\?)\s+\S.*$", re.I)  # round 22a: or a question ('¿Cómo convertirse en chef? Sueldo, …')
_HEADLINE_PLACE = re.compile(r"\s+(?:in|en|au|aux|à|em|no|na|nel|nella|in der)\s+(?:(?:the|la|el|le|l'|los|las|les|o|a|os|as)\s+)?"
                             r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}$", re.I)


def _site_part(part: str) -> bool:
    """A part of a title line that names the site ('Careers Wiki', 'RoleAtlas.example'), not a role."""
    return bool(_DOMAIN.search(part) or _site_word().search(part)) and not has_role_noun(part) \
        and not has_role_noun(_strip_affixes(part)[0])  # 'Data Analyst Career Guide' names the role


_PAY_PLACE = re.compile(r"(?i)^(.+?)\s+(?:salary|salaries|pay|wages?|earnings)\s+(?:in\s+)?(\S+(?:\s+\S+){0,2})$")


def _strip_affixes(text: str) -> tuple[str, bool]:
    removed = False
    for _ in range(3):  # 'Job Description: Data Analyst Career Guide'
        before = text
        for pattern in _prefixes():
            text = pattern.sub("", text, count=1).strip()
        for pattern in _suffixes():
            text = pattern.sub("", text, count=1).strip()
        placed = _PAY_PLACE.match(text)
        if placed and place_name(placed.group(2)):
            text = placed.group(1)  # round 24a: 'FINANCIAL CONTROLLER SALARY IRELAND 2025' (set 44 p16): a pay word, then
            # a country or city of the gazetteer (with or without 'in'), after the role's name
        if text == before:
            break
        removed = True
    return text.strip(" :-–—|"), removed


def remove_furniture(line: str) -> tuple[str, bool]:
    """A title line without site furniture: (role name candidate, whether furniture was removed). The line is
    split at spaced separators ('Data Analyst - Job Description | Site'); site-name parts are dropped and the
    first part that reads as a role's name is kept."""
    text = " ".join(_strip_symbols(line).split()).strip(" *_#")
    headline = _HOW_TO_HEADLINE.match(text)
    if headline:  # 'How to become a paramedic: pay, training …', 'Cómo ser X en España: requisitos …'
        name = _HEADLINE_PLACE.sub("", headline.group(1)).strip(" :-–—|")
        if name and (role_like(name[:1].upper() + name[1:]) and has_role_noun(name)
                     or _romance_only(name[:1].upper() + name[1:])):  # round 22a: 'Cómo ser controlador aéreo en …'
            return name, True
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    slashed = [p.strip() for p in text.split(" / ") if p.strip()]
    if len(parts) <= 1 and len(slashed) >= 3 and (_site_part(slashed[0]) or slashed[0].lower() == "home") \
            and role_like(_strip_affixes(slashed[-1])[0]):
        return _strip_affixes(slashed[-1])[0], True  # 'CAREERS HOME / OUR ROLES / … / EXECUTIVE HOUSEKEEPER': a breadcrumb
    if len(parts) <= 1:
        return _strip_affixes(text)
    kept = [p for p in parts if not _site_part(p)] or parts
    if len(parts) >= 3 and _BREADCRUMB.search(text):
        last = _strip_affixes(parts[-1])[0]
        if last and (role_like(last) or _romance_only(last)):
            return last, True  # 'Home › Occupations › Agriculture › Shearer': a breadcrumb ends on the page's role
    candidates = [_strip_affixes(p) for p in kept]
    for name, _ in candidates:  # a part with a role noun first ('Research Careers > Job > Pharmacy Technician')
        if name and (role_like(name) and has_role_noun(name) or _romance_only(name)):
            return name, True  # round 22a: or a Romance head noun ('3222-05 - Técnico de enfermagem')
        bare = _TRAILING_ASIDE.sub("", name) if name else ""
        if bare != name and role_like(bare) and has_role_noun(bare) and not re.search(r"\d", name[len(bare):]):
            return (name if not name[len(bare):].isascii() else bare), True  # (a bracket in other letters is the
            # name's translation, read as such by the title's scoring: 'Delivery Rider (Tài xế giao hàng)')  # round 22a: 'CAREER PROFILE: CLINICAL OFFICER (Afisa wa Kliniki)': its name in another
            # language in brackets after it
    for name, _ in candidates:
        if name and role_like(name):
            return name, True
    for name, stripped in candidates:
        if name and stripped and (caseless(name) or _vietnamese_head(name)):
            return name, True  # round 24a: 'Career Tips: फार्मासिस्ट कैसे बनें? …': the part a headline's furniture
            # was taken from, in a script without capitals (or opening on a Vietnamese head noun), whose shape cannot tell
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


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(r["name"].casefold() for r in rows("place_names"))


def place_name(name: str) -> bool:
    """'Hong Kong', 'Singapore', 'EMEA': a country, city or world region of the gazetteer (place_names.tsv)."""
    return " ".join(name.split()).strip(" .,").casefold() in _place_names()


def _soft_only(name: str) -> bool:
    """A role-shaped name kept from the roles only by a word of a site's pages ('Trekking Guide'), no other bar."""
    if not title_like(name, max_words=5) or re.search(r"[\d?:|]", name) or _DOMAIN.search(name) or heading_kind(name) \
            or place_name(name) or _VERB_OBJECT.match(name):
        return False
    words = {w.lower().strip("(),.:") for w in name.split()}
    return not words & _not_role_words() and bool(words & _not_role_words("not_role_soft")) \
        and len(words & _not_role_words("not_role_soft")) == 1 and name.split()[-1].lower() in _not_role_words("not_role_soft")


# round 17a: a verb and its object ('Book the Everest Base Camp Trek', 'Join our crew', 'Meet the team'): a call to act,
# never a role's name (a role's second word is never an article or a possessive)
_VERB_OBJECT = re.compile(r"(?i)^\S+\s+(?:the|a|an|our|your|my|this|these|its)\s")


def _romance_only(name: str) -> bool:
    """Round 17a: a name known as a role only by a Romance head noun first ('Instructor de buceo', 'Agent de brevets
    stagiaire'): a title candidate on a page not written in English (never a role noun elsewhere)."""
    head = _romance_head(name)
    return bool(head) and (head in role_nouns() or head in _romance_nouns()) and not has_role_noun(name) and not re.search(r"[\d?:|]", name) \
        and not heading_kind(name) and not _VERB_OBJECT.match(name)


# round 22a: an organisation named 'X of …' ('Institute of Cost & Construction Surveyors', 'Kenya National Union of
# Teachers', 'Ministry of Health'): its name may end on a role noun, but it is never a role (sets 28 k08, 31 o16)
_ORGANISATION = re.compile(r"(?i)\b(?:institute|institution|union|association|society|council|federation|chamber|"
                           r"ministry|department|agency|commission|college|university|academy|board)\s+of\b")


def role_like(name: str) -> bool:
    if not (title_like(name, max_words=7) or _sentence_case_title(name)) or re.search(r"[\d?:|]", name):
        return False
    if _VERB_OBJECT.match(name) or _ORGANISATION.search(name):
        return False
    if _DOMAIN.search(name) or heading_kind(name) or place_name(name):
        return False  # a domain, a heading, or a place ('Hong Kong') is never the role
    words = {w.lower().strip("(),.:") for w in name.split()}
    if words & _not_role_words():
        return False
    return has_role_noun(name) or not words & _not_role_words("not_role_soft")


# a gendered ending written after a slash ('Ingeniero/a', 'Skilehrer/in', 'Operador/a'): the page writes the name
# without it too ('un ingeniero agrónomo')
_GENDER_ENDING = re.compile(r"(?<=\w)/(a|in|innen|e|ra|na|ne|ice|euse|trice|ess)$")


def _name_pattern(base: str) -> str:
    """The regex of a name as a page may write it again: a gendered ending after a slash optional."""
    words = []
    for word in base.split(" "):
        ending = _GENDER_ENDING.search(word)
        words.append(re.escape(word[:ending.start()]) + f"(?:/{ending.group(1)})?" if ending else re.escape(word))
    return r"\ ".join(words)


def _mentioned(name: str, body: str) -> bool:
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
    if not base:
        return False
    return bool(re.search(rf"(?<!\w){_name_pattern(base)}(?:s|es)?(?!\w)", body, re.I))


def _referred(name: str, body: str) -> bool:
    """A heading of the page names it ('What does a paraplanner do?', 'Paraplanner salary'): the page is about
    this name, not about the organisation written above it."""
    base = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
    if not base:
        return False
    pattern = re.compile(rf"(?<!\w){_name_pattern(base)}(?:s|es)?(?!\w)", re.I)
    for line in body.splitlines():
        if len(line) <= 120 and pattern.search(line) and heading_kind(line.strip(), name) is not None:
            return True
    return False


# words that speak of a name as a person's job ('What does a … do', 'How to become a …', 'the life of a …')
_PERSON_CUE = (r"(?:what (?:does|do|is) (?:an?|the)|how (?:to|do you|do i|can i|can you) (?:become|train as|work as) an?"
               r"|become an?|becoming an?|work(?:ing)? as an?|career as an?|(?:day in the )?life of an?|job of an?"
               # the same questions in Spanish, Portuguese, French and German ('¿Qué hace un ingeniero agrónomo?')
               r"|¿?qu[ée] hace (?:una?|el|la)|¿?c[óo]mo ser (?:una?)?|trabajar como|o que faz (?:uma?|o|a)"
               r"|que fait (?:une?|le|la)|devenir|was macht (?:eine?|der|die)|wie werde ich)")


_CUE_BEFORE = re.compile(rf"(?i)(?<!\w){_PERSON_CUE}\s+$")
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)an?\s+$")
_CUE_REACH = 60  # characters before a mention searched for the words that speak of a person


def _base(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()


def _agentive(name: str) -> bool:
    """The name ends on a word for a person: a known role noun, or an agent noun ('Conservator', 'mixer')."""
    base = _base(name)
    return bool(base) and (has_role_noun(base) or bool(_AGENT_NOUN.search(base.split()[-1])))


def _people_named(name: str, body: str) -> bool:
    """Round 12b: 'Emergency Communicator' over 'Our communicators take the call … many communicators step up …': a
    name of two words or more ending on an agent noun whose plural the page uses twice or more for the role's people."""
    base = _base(name)
    words = base.split()
    if len(words) < 2 or not _AGENT_NOUN.search(words[-1]) or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){1,2}", base) \
            or not all(w[:1].isupper() for w in words):
        return False  # a plain name only (a trail 'Occupations A–Z / Health / …' is none)
    return len(re.findall(rf"(?<!\w){re.escape(words[-1])}s(?!\w)", body, re.I)) >= 2


def person_referred(name: str, body: str, strong: bool = False) -> bool:
    """The page speaks of the name as a person's job: 'What does a production sound mixer do?', 'How to become a
    tour guide', or (not when `strong`) for a name ending on a word for a person, 'the work of a paintings
    conservator'."""
    base = _base(name)
    if not base:
        return False
    article = False
    for match in re.finditer(rf"(?i)(?<!\w){_name_pattern(base)}(?:s|es)?(?!\w)", body):
        before = body[max(0, match.start() - _CUE_REACH):match.start()]
        if _CUE_BEFORE.search(before):
            return True
        article = article or bool(_ARTICLE_BEFORE.search(before))
    return not strong and article and _agentive(name)


def _name_shape(name: str) -> bool:
    """A role name's shape without a known role noun: a title-case phrase, or a capitalised first word followed
    by lower-case words ('Production sound mixer', 'Chimney sweep'), at most five words, no sentence mark."""
    words = name.split()
    if title_like(name, max_words=7):
        return True
    return 0 < len(words) <= 5 and words[0][:1].isupper() and not name.endswith(_TERMINAL + (":", ",", ";")) \
        and all(w.lower() not in _SENTENCE_OPENERS or w.lower() in _CONNECTORS for w in words) \
        and all(w[:1].isalpha() or w in _CONNECTORS or w.startswith("(") for w in words)


def person_like(name: str, body: str) -> bool:
    """A name outside the role-noun list that the page itself speaks of as a person's job ('Tour Guide', 'Chimney
    sweep'): role-shaped, no word that no role holds, and referred to as a person (by a question or 'become a …'
    when it holds a word of a site's pages, such as 'guide' or 'center')."""
    if not _name_shape(name) or re.search(r"[\d?:|]", name) or _DOMAIN.search(name) or heading_kind(name):
        return False
    words = {w.lower().strip("(),.:") for w in name.split()}
    if words & _not_role_words():
        return False
    # a word that marks a site's page ('Career Center', 'Guide') needs the page to ask what the person does
    return person_referred(name, body, strong=bool(words & _not_role_words("not_role_soft")))


@dataclass
class Title:
    name: str  # the role's name
    written: str  # the line it was read from
    line: int
    translation: str | None = None  # the name in the page's own language on the line beside it (an alias)
    translation_line: int | None = None
    # round 13a: every name of that line ('Copiloto / Primeiro Oficial', 'Veterinêr (Afrikaans) | Ugqirha
    # wezilwanyana (isiXhosa)'): each an alias; empty when the line holds one name (the translation)
    other_names: tuple[str, ...] = ()
    by_trail: bool = False  # round 19a: named only by the trail's last entry written again under it


def _coded_row(text: str) -> bool:
    """'Família ocupacional: 2234 – Nutricionistas', 'Occupation group: 5123 Cooks': a box row whose value opens with
    a code (a group of a classification), never the role's title."""
    label, colon, value = text.partition(":")
    return bool(colon) and 1 <= len(label.split()) <= 4 and bool(re.match(r"\s*\d{2,}", value))


def _vietnamese_head(name: str) -> bool:
    """Round 23b: a name opening on a Vietnamese head noun of role_nouns.tsv (one to three syllables, written first)."""
    from pipeline.reference import rows
    heads = {r["noun"].strip().lower() for r in rows("role_nouns") if r["language"] == "vietnamese"}
    words = name.lower().split()
    return len(words) >= 2 and any(" ".join(words[:n]) in heads for n in (1, 2, 3) if n < len(words))


def _local_headline(name: str, others: str) -> bool:
    """Round 24a: a name a headline's furniture was taken from that reads as a role's in a script without capitals or
    by a Vietnamese head noun: a few words, no figure, question, colon or bar, no heading, written again in the page."""
    if not (caseless(name) or _vietnamese_head(name)) or len(name) > 40 or len(name.split()) > 5:
        return False
    if re.search(r"[\d?:|？：、，。!]", name) or heading_kind(name) is not None or place_name(name):
        return False
    return _mentioned(name, others)


def _regional_name(name: str) -> bool:
    """Round 24a: a name of two words or more ending on a country or city of the gazetteer, with no role noun ('Hays
    Poland', 'CareerNest India'): a site's or a firm's name for its branch in a country."""
    words = name.split()
    return len(words) >= 2 and place_name(words[-1]) and not has_role_noun(name) and not caseless(name) \
        and not _vietnamese_head(name)


def known_head(name: str) -> bool:
    """round 22a: a name whose head the role nouns know, in English (last word) or a Romance language (first word),
    or either half of a pair ('aide-soignant / aide-soignante'), or one in a script without capitals."""
    halves = [h.strip() for h in name.split(" / ") if h.strip()] or [name]
    if any(_vietnamese_head(h) for h in halves):
        return True  # round 23b: 'Kỹ sư cầu nối BrSE' (set 40 p10): a Vietnamese head noun first
    return caseless(name) or any(has_role_noun(h) or _romance_only(h) or bool(h.split()) and bool(
        _romance_word(h.split()[0])) for h in halves)


def caseless(name: str) -> bool:
    """A name written in a script without capitals ('介護福祉士', '응용소프트웨어 개발자', 'مهندس مدني'): its shape cannot
    tell a title, so the site's own trail naming it is the evidence."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and not any(ch.isupper() or ch.islower() for ch in letters)


def find_title(lines: list[tuple[int, str]], body: str) -> Title | None:
    """The role's title among the head lines (before the first fact-bearing heading)."""
    title = _find_title(lines, body)
    named = _trail_named(lines, body) if title is not None else None
    if named is not None and named.line != title.line and named.name.casefold() not in {n.casefold() for n in (
            title.name, title.translation or "", *title.other_names)} \
            and not named.name.casefold().startswith(title.name.casefold() + " ") \
            and not _section_trail(named, title, lines, body):
        # round 20b: the trail's last entry written again under it outranks a scored line, unless it is that line's
        # name in the other language ('Akvarieskötare' over 'Aquarist' on a bilingual site: the alias) or that line
        # itself or the same name, read without its furniture ('Print Finisher in Ontario': the role, then where)
        title = named
    if title is None:
        # round 22a: no line scores as a title, but the trail's last entry is written again alone under it ('홈 > 직업정보 >
        # … > 응용소프트웨어 개발자' over a row of print/share buttons over '응용소프트웨어 개발자'): a name in a script
        # without capitals, whose shape cannot tell a title, or one with a known role noun, which the site itself says
        # this page is about (a name in Latin letters the role nouns do not know is named by its trail only: round 19a)
        title = _trail_named(lines, body)
        if title is not None and not known_head(title.name) and not _people_plural(title.name, body):
            title = None
    if title is not None and _regional_name(title.name):
        title = None  # round 24a: 'CareerNest India' over a listicle of ten roles (set 44 p04): a site's or a firm's
        # regional name, never a role's (a trail naming the page's role under it has outranked it above)
    title = title or _trail_title(lines, body)
    return _slash_pair(_bracket_name(title, body), body) if title is not None else None


_ARROW_PARTS = re.compile(r"\s(?:>|＞|›|»|→)\s")
_TRAIL_NAME_WORDS = 8  # words of a role's name a trail ends on (a qualified name: 'Technician – Mobile Plant')
_TRAIL_HEADLINE = re.compile(r"^(.{3,80}?)\s+[–—|-]\s+\S")
# round 23b: '… / Emergency Dispatcher' over 'Emergency Dispatcher (911 Dispatcher)': the entry with its other name in
# brackets (set 38 p22; a figure in the bracket kept the line from scoring as a title)
# round 23b: '… > วิศวกรไฟฟ้า' over 'รู้จักอาชีพ "วิศวกรไฟฟ้า" ทำงานอะไร …': the entry quoted in the headline under it (set 40 p13)
_TRAIL_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„]{2,80})[\"”»“]")
# round 24a: the particles a script without spaces glues to a name to say 'of it' ('薬剤師の仕事内容', '数据分析师的工作',
# '큐레이터의 업무'): what follows is the page's subject about the name
_CASELESS_LINKS = "の|的|의"
_CASELESS_TAG = 6  # characters of a word a site tags a name with, in a script without spaces or capitals


def _caseless_tagged(entry: str, name: str) -> re.Match | None:
    """Round 27a: the trail's last entry under it with one short word of the site's before or after it, in a script
    without capitals ('… ＞ 物理治療師' over '物理治療師 職務介紹', 'job introduction', set 56 p56_06; '… > วิศวกรไฟฟ้า' over
    'อาชีพวิศวกรไฟฟ้า', 'occupation' glued before it, p56_02): the entry whole, the tag of six characters at most, no
    figure or mark; the entry (group 1) names the page. Written in Latin letters, a longer line is a headline or a
    sentence (round 22a's dash and round 23b's question read those)."""
    if not caseless(entry) or not caseless(name) or len(name) - len(entry) > _CASELESS_TAG + 1:
        return None
    if name.startswith(entry):
        tag, found = name[len(entry):], re.match(rf"({re.escape(entry)})", name)
    elif name.endswith(entry):
        tag, found = name[:-len(entry)], re.search(rf"({re.escape(entry)})$", name)
    else:
        return None
    tag = tag.strip()
    if 0 < len(tag) <= _CASELESS_TAG and all(unicodedata.category(ch)[0] in "LM" for ch in tag):
        return found  # (letters and the vowel marks of their script)
    return None


_TRAIL_BRACKETED = re.compile(r"^(.{3,80}?)\s+\([^()]{2,40}\)$")


def _trail_named(lines: list[tuple[int, str]], body: str) -> Title | None:
    """Round 20b: a trail of two entries or more ('Start / Occupations / Health / Undersköterska', 'Home » Guides »
    Akauntan') whose last entry the line right under it (or within three lines) writes again, alone on its line, names
    the page's role, whatever the scored lines above it say (a site's name, 'Métiers', an organisation): the site
    itself says which page this is. The name must read as a name: a few words, no figure, question, colon or bar, no
    heading, furniture or word of a page that is no role page, not only words of a site's pages ('Carreras'; one among
    others may be a role's: 'Chargé(e) de recrutement'); on a page written in English it must also read as a role
    ('Staff hub > Pay > Your payslip explained' names an article)."""
    local = not _english_page(body)
    soft = _not_role_words("not_role_soft")
    listed = _listed_trails(lines)
    for order, (number, raw) in enumerate(lines):
        trail = listed.get(number) or _strip_symbols(raw).strip()
        # a trail of arrows keeps a name with a slash whole ('Métiers › … › Mécanicien / mécanicienne d'engins')
        parts = [part.strip() for part in (_ARROW_PARTS if _ARROW_PARTS.search(trail) else _TRAIL_PARTS).split(trail)]
        if len(parts) < 2 or not parts[-1] or len(parts[-1]) > 80:
            continue
        for later, text in [(n, t) for n, t in lines[order + 1:] if t.strip()][:_TRAIL_GAP]:
            name = " ".join(_strip_symbols(text).split())
            entry = " ".join(parts[-1].split())
            if name.casefold() != entry.casefold():
                head = _TRAIL_HEADLINE.match(name) or _TRAIL_BRACKETED.match(name) or _TRAIL_QUOTED.search(name) \
                    or (re.match(rf"({re.escape(entry)})\s+[^?؟]{{1,40}}[?؟]", name, re.I)
                        if name.casefold().startswith(entry.casefold() + " ") else None) \
                    or re.match(rf"({re.escape(entry)})\s*[:：]\s*\S", name, re.I) \
                    or re.fullmatch(rf"[\[【][^\[\]【】]{{1,20}}[\]】]\s*({re.escape(entry)})", name, re.I) \
                    or (re.match(rf"({re.escape(entry)})(?:{_CASELESS_LINKS})\S", name) if caseless(entry) else None) \
                    or _caseless_tagged(entry, name)
                # (round 24a: '… › محاسب' over 'محاسب: الوصف الوظيفي والمهام …', '… ＞ 薬剤師' over '薬剤師の仕事内容・年収・
                # なり方': the entry first, what the page tells of it after a colon or, in a script without spaces, a
                # particle of possession glued to it)
                # (round 26a: '… > 백엔드 개발자' over '[직무백과] 백엔드 개발자', p52_05: the entry after the site's tag for
                # its section in brackets; '… > فارماسسٹ' over 'فارماسسٹ کیسے بنیں؟ …', set 49 p49_11: a question closed by
                # the Arabic script's question mark)
                # (round 23b: 'Kỹ sư cầu nối BrSE là gì? Mô tả công việc, …' under '… » Kỹ sư cầu nối BrSE': the entry
                # opening a question about it, set 40 p10)
                if not head or head.group(1).casefold() != entry.casefold():
                    continue
                # round 22a: '… > Kontroler finansowy' over 'Kontroler finansowy – wynagrodzenia i zakres obowiązków
                # 2025' (set 31 o08): the entry first on the line under it, what the page tells of it after a dash
                name = head.group(1)
            plain = _GENDER_BRACKET.sub("", name)
            if caseless(plain) and name.casefold() == entry.casefold():
                plain = _GLUED_BRACKET.sub("", plain)  # round 24a: '큐레이터(학예사)': a name in a script without
                # spaces before its brackets, with its other name glued in brackets, written alike in the trail and under it
            words = re.findall(r"[^\W\d_]+", plain)
            qualified = re.fullmatch(r"[^,]+, (?-i:[a-zà-þ])[^,]+", plain) and local and name.casefold() == entry.casefold()
            if qualified:
                plain = plain.replace(",", "")  # round 22a: 'Undersköterska, vård- och specialavdelning' (set 33 q08):
                # a name and its qualifier after a comma, written alike in the trail and under it
            if not (0 < len(plain.split()) <= _TRAIL_NAME_WORDS) or re.search(r"[\d:|?!.,;\t()]", plain) \
                    or heading_kind(name) is not None or _furniture_line().match(name) or _strip_affixes(name)[1] \
                    or _DOMAIN.search(name) or place_name(name) \
                    or any(word.casefold() in _not_role_words() for word in words) \
                    or all(word.casefold() in soft | _ROMANCE_LINK_WORDS for word in words):
                break  # a word of a page that is no role page; a name only of site words ('Inicio', 'Carreras')
            if not local and not role_like(name) and not _people_plural(name, body):
                break
            return Title(singular_title(" ".join(parts[-1].split())), name, later)
    return None


def _people_plural(name: str, body: str) -> bool:
    """Round 26a: 'Shippers and receivers' (a national classification's title, p50_03): a name in sentence case of one
    or two plural agent nouns ('-ers', '-ors', '-ists'; 'and' between two), each with a word or none before it, that a
    sentence of the page opens on as its subject ('Shippers and receivers ship, receive and record …')."""
    halves = re.split(r" and ", name)
    if not name[:1].isupper() or len(name.split()) > 5 or len(halves) > 2 or re.search(r"[^\w ]", name):
        return False
    if not all(h.split() and len(h.split()) <= 2 and re.search(r"(?:er|or|ist|ian)s$", h.split()[-1]) for h in halves):
        return False
    return bool(re.search(rf"(?m)(?:^|[.!?]\s+){re.escape(name)}\s+[a-z]+", body))


_GLUED_BRACKET = re.compile(r"(?<=[^\W\d_])\([^()]{1,20}\)$")
_LIST_TRAIL_ENTRY = re.compile(r"^\s*[-•·*]\s+(\S.{0,40})$")


def _listed_trails(lines: list[tuple[int, str]]) -> dict[int, str]:
    """Round 24a: a trail an HTML page renders as a list, one entry a line ('- الرئيسية' / '- دليل المهن' / '- الهندسة' /
    '- مهندس مدني', set 46 p11): a run of three or more consecutive short bulleted lines of one to five words, at its
    last line, as a trail written on one line ('الرئيسية › دليل المهن › …'); the name must still be written again right
    under it, alone, to name the page's role."""
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    for number, raw in [*lines, (-1, "")]:
        entry = _LIST_TRAIL_ENTRY.match(raw)
        if entry and len(entry.group(1).split()) <= 5 and (not run or number == run[-1][0] + 1):
            run.append((number, entry.group(1).strip()))
            continue
        if len(run) >= 3:
            found[run[-1][0]] = " › ".join(text for _, text in run)
        run = [(number, entry.group(1).strip())] if entry and len(entry.group(1).split()) <= 5 else []
    return found


def _trail_title(lines: list[tuple[int, str]], body: str) -> Title | None:
    """Round 19a: a page in a language the role nouns do not know ('Inicio / Carreras / Operaciones / Operador de planta
    de litio' over 'Operador de planta de litio', set 24's x11; '홈 > 직업정보 > 보건·의료 > 산후관리사' over '산후관리사', set
    25's y15): a trail of three entries or more whose last entry the line right under it (or the next but one) writes
    again as a bare name is the page's own title, whatever its language. Only when no line reads as a title by its
    words, and on a page not written in English (an English page's trail over its headline, 'Staff hub > Pay > Your
    payslip explained', names an article); the page still needs sections or structure to be a role page."""
    if not _local_page(body):
        return None
    for order, (number, raw) in enumerate(lines):
        parts = [part.strip() for part in _TRAIL_PARTS.split(_strip_symbols(raw).strip())]
        if len(parts) < 3 or not parts[-1]:
            continue
        for later, text in lines[order + 1:order + 1 + _TRAIL_GAP]:
            name = _strip_symbols(text).strip()
            if later - number > _TRAIL_GAP:
                break
            if name.casefold() == parts[-1].casefold() and _bare_name(name) and not place_name(name) \
                    and not any(word.casefold() in _not_role_words() | _not_role_words("not_role_soft")
                                for word in re.findall(r"[^\W\d_]+", name)):
                return Title(singular_title(name), name, later, by_trail=True)
    return None


_COGNATE = 5  # letters two names in two languages open with alike ('Florista' and 'Florist', 'Operador', 'Operator')


def _slash_halves(name: str) -> list[str] | None:
    """round 16a: the two names of a title written 'Tonelero / Cooper' (two bare names of one to four words), else None."""
    if name.count(" / ") != 1:
        return None
    halves = [half.strip() for half in name.split(" / ")]
    return halves if all(1 <= len(half.split()) <= 4 and _bare_name(half) for half in halves) else None


def _english_half(halves: list[str], body: str) -> int | None:
    """round 16a: which of a title's two names is the English one on a page written in another language: the side on
    which the page's two-language headings write English ('Habilidades / Skills', 'Desarrollo / Career': one half a
    heading the vocabulary knows, the other not, always on the same side); else the one name its running text never
    writes when the other is written there ('Le tanneur transforme…' under 'Tanneur / Leather Tanner'). None when
    neither tells."""
    sides = [0, 0]
    for raw in body[:_MENTION_SCAN].splitlines():
        parts = [part.strip() for part in _strip_symbols(raw).strip().split(" / ")]
        if len(parts) != 2 or any(not part or len(part.split()) > 6 for part in parts) or re.search(r"[\d:|\t]", raw):
            continue
        known = [heading_kind(part) is not None for part in parts]
        if known[0] != known[1]:
            sides[known.index(True)] += 1
    if bool(sides[0]) != bool(sides[1]):
        return 0 if sides[0] else 1
    if sides[0] or sides[1]:
        return None  # the headings disagree
    others = "\n".join(line for line in body[:_MENTION_SCAN].splitlines() if " / ".join(halves) not in line)
    written = [_mentioned(half, others) for half in halves]
    if written[0] != written[1]:
        return written.index(False)
    return None


def _slash_pair(title: Title, body: str = "") -> Title:
    """round 14a: 'Preguntas frecuentes: Florista / Florist': a title of two names split by ' / ', one in English
    (it ends on a known role noun) and the other not (no role noun; a letter outside ASCII or a gendered ending, or
    the same word's stem, 'Florista'): the English name is the role, the other an alias. Two English names
    ('Nurse / Midwife', 'Cleaner / Housekeeping') stay as they are."""
    if title.translation is not None or title.name.count(" / ") != 1:
        return title
    halves = [half.strip() for half in title.name.split(" / ")]
    if any(not 1 <= len(half.split()) <= 4 or not _bare_name(half) for half in halves):
        return title
    nouns = [has_role_noun(half) for half in halves]
    if nouns[0] == nouns[1]:
        # round 16a: 'Tonelero / Cooper', 'Tanneur / Leather Tanner' (no known role noun in either name) on a page written
        # in another language: the English name is the role, the other an alias (the sets' convention)
        side = _english_half(halves, body) if not nouns[0] and body and _local_page(body) else None
        if side is None:
            return title
        english, other = halves[side], halves[1 - side]
        if not english.isascii() or not role_like(english) or not (_agentive(english) or person_like(english, body)):
            return title
        return Title(singular_title(english), title.written, title.line, other, title.line)
    english, other = (halves[0], halves[1]) if nouns[0] else (halves[1], halves[0])
    folded = [english.casefold(), other.casefold()]
    alike = 0
    while alike < min(map(len, folded)) and folded[0][alike] == folded[1][alike]:
        alike += 1
    if not role_like(english) or not (_foreign(other) or alike >= _COGNATE
                                      # round 19a: 'Brodski kuhar / Ship's Cook' (set 23's w11), "CONDUCTEUR
                                      # D'EXCAVATRICE / EXCAVATOR OPERATOR" (set 24's x20): a name in plain letters
                                      # beside an English name with a known role noun, on a page whose running text is
                                      # not English, is the name in the page's language
                                      or body and english.isascii() and _local_page(body) and not has_role_noun(other)):
        return title
    if english.isupper() and other.isupper() and body:
        # round 19a: a two-language title written in capitals (the page's display style) on a page that never writes
        # the English name in running text: in title case, acronyms the running text writes in capitals kept
        english = _title_case(english, [line for line in body.splitlines() if line != line.upper()])
    return Title(singular_title(english), title.written, title.line, other, title.line)


# round 14a: common English words of running text; a page where they are rare is written in another language
_ENGLISH_WORDS = frozenset("the and of to in is you for with are our your on we will this that or at it from by".split())
_ENGLISH_SHARE = 0.04  # below this share of the page's words, the page is not written in English


def _english_page(body: str) -> bool:
    words = re.findall(r"[^\W\d_]+", body.casefold())
    return not words or sum(w in _ENGLISH_WORDS for w in words) / len(words) >= _ENGLISH_SHARE


_LOCAL_WORDS = 30  # words of running text a page needs before its language is judged (a cut page's head is not enough)


def _local_page(body: str) -> bool:
    """round 15a: a page written in another language: its running text (lines of six words or more that are no table
    rows) holds enough words, few of them common English words."""
    running = "\n".join(line for line in body.splitlines() if len(line.split()) >= 6 and "|" not in line
                        and "\t" not in line)
    return len(re.findall(r"[^\W\d_]+", running)) >= _LOCAL_WORDS and not _english_page(running)


def _bracket_name(title: Title, body: str) -> Title:
    """round 14a: 'Catalogue Editor (Editor Katalog Produk)' on a page written in Indonesian, 'Zellige Artisan
    (Zelligeur)' over 'Artisan zelligeur · حرفي الزليج': a bracket at the end of the title holding the role's name in the
    page's language, in plain ASCII letters, is an alias and the name before it the role. The bracket is that name
    only when the page is not written in English or its words are those of the title's other-language line; a
    bracket with an English word, an acronym, a language, a place or a gender mark stays part of the title.
    (A bracket with a letter outside ASCII is taken earlier, in _find_title's _INLINE_TRANSLATION: there the whole
    name is no title shape at all, so the candidate would be lost before any post-processing.)"""
    aside = _TRAILING_ASIDE.search(title.name)
    if not aside:
        return title
    name, other = title.name[:aside.start()].strip(), aside.group().strip()[1:-1].strip()
    words = other.split()
    if not other.isascii() or not (1 <= len(words) <= 4) or not _bare_name(other) or other.isupper() \
            or not other[:1].isupper() or _GENDER_MARK.search(aside.group()) or _words_guard_language(other) \
            or place_name(other) or other.casefold() == name.casefold() or not role_like(name) \
            or {w.lower() for w in words} & ((_SENTENCE_OPENERS | _CONNECTORS | _TAGLINE_WORDS) - {"de"}):
        return title
    line_words = set(re.findall(r"[^\W\d_]+", (title.translation or "").casefold()))
    if _english_page(body) and not (line_words and {w.casefold() for w in words} <= line_words):
        return title
    names = (other, *(title.other_names or ((title.translation,) if title.translation else ())))
    return Title(name, title.written, title.line, title.translation or other,
                 title.translation_line if title.translation else title.line, names if title.translation else ())


_POSITION_LABEL = re.compile(r"(?i)^(?:job title|role title|position title|position|role|post|job)$")
_POSITION_ROW = re.compile(r"(?i)^(?:job title|role title|position title|position|role|post|job)\s*:\s*(?P<name>\S.*)$")
_ROLES_ENTRY = re.compile(r"(?i)^(?:careers?|jobs|vacancies|our roles|roles|positions|open positions|job profiles)$")


def _positioned(lines: list[tuple[int, str]]) -> set[str]:
    """Round 17a: names the page itself puts where a role's name goes: the value of its box's 'Position' row
    ('Position' / 'Field Guide (Level 1 and Level 2)', 'Job title: Trekking Guide') or the entry right after a careers
    entry ending a trail ('Careers > Trekking Guide', or one category after it: 'Careers > Mountain crew > …'),
    casefolded, a trailing bracket dropped."""
    out: set[str] = set()
    texts = [_strip_symbols(raw).strip().strip("*_") for _, raw in lines]
    for i, text in enumerate(texts):
        value = None
        row = _POSITION_ROW.match(text)
        if row:
            value = row.group("name")
        elif _POSITION_LABEL.match(text) and i + 1 < len(texts):
            value = texts[i + 1]
        else:
            parts = [p.strip() for p in re.split(r"\s(?:›|»|>|＞|/)\s", text)]
            if len(parts) >= 2 and any(_ROLES_ENTRY.match(part) for part in parts[-3:-1]):
                # round 18a: also with one category between ('Careers > Mountain crew > Kilimanjaro Mountain Guide')
                value = parts[-1]
        if value:
            out.add(_TRAILING_ASIDE.sub("", value).strip().casefold())
    return out




_NATIVE_NAME_LABEL = re.compile(r"^(?:中\s*文\s*名|中\s*文\s*名\s*称|中\s*文\s*名\s*稱)\s*[:：]?$")


def _native_named(lines: list[tuple[int, str]]) -> set[str]:
    """Round 26a: the value of an encyclopedia box's row naming its article in Chinese ('中文名' / '产品经理', or
    '中文名：产品经理'), casefolded."""
    out: set[str] = set()
    texts = [_strip_symbols(raw).strip() for _, raw in lines]
    for i, text in enumerate(texts):
        label, sep, value = text.replace("：", ":", 1).partition(":")
        if sep and value.strip() and _NATIVE_NAME_LABEL.match(label.strip()):
            out.add(value.strip().casefold())
        elif _NATIVE_NAME_LABEL.match(text) and i + 1 < len(texts) and texts[i + 1]:
            out.add(texts[i + 1].casefold())
    return out


def position_row(label: str, value: str, role: str) -> bool:
    """Round 17a: a box's 'Position' / 'Field Guide (Level 1 and Level 2)' row names the role itself (its title, not a
    fact of it): a position label whose value is the role's name, a bracket after it allowed."""
    return bool(role) and bool(_POSITION_LABEL.match(label.strip(" *_:"))) \
        and _TRAILING_ASIDE.sub("", value.strip()).strip().casefold() == role.casefold()


_BOX_LABELS_NEEDED = 2  # known labels a run of label / value lines holds before it reads as a box


def _known_label(text: str) -> bool:
    """A box's label the vocabulary knows: an at-a-glance label ('Reports to', 'Shift', 'Schedule') or an aliases label
    ('Also called'), written alone on its line, or either half of a label in two languages ('График / Schedule')."""
    text = _strip_symbols(text).strip().rstrip(":").strip()
    halves = [half.strip() for half in text.split(" / ")] if text.count(" / ") == 1 else [text]
    return any(half and len(half.split()) <= 4 and (_fact_labels().fullmatch(half) or heading_kind(half) == "aliases")
               for half in halves)


def _label_shaped(text: str) -> bool:
    """A line that can be a box's label: one to four words (each half of a two-language label), no figure, sentence
    mark or trail separator, and no word for a person ('Department', 'Position type', 'Подразделение / Division')."""
    text = _strip_symbols(text).strip()
    halves = [half.strip() for half in text.split(" / ")] if text.count(" / ") == 1 else [text]
    if len(halves) == 2 and halves[0].isascii() == halves[1].isascii():
        return False  # 'Careers / Guiding team': a trail; a label in two languages has a half in another script
    return all(half and len(half.split()) <= 4 and not re.search(r"[\d.,;:!?|>»›→()]", half) and "/" not in half
               and not has_role_noun(half) and not _agentive(half) for half in halves)


_TRAIL_PARTS = re.compile(r"\s(?:/|>|＞|›|»|→)\s")


def _under_trail(text: str, above: str) -> bool:
    """A line right under a trail of three entries or more, or under a trail ending on it ('Home / Careers / Lifts /
    Lift Crew' over 'Lift Crew'): the page's own title line, never a box's label."""
    parts = [part.strip() for part in _TRAIL_PARTS.split(_strip_symbols(above).strip())]
    return len(parts) >= 3 or len(parts) == 2 and parts[-1].casefold() == _strip_symbols(text).strip().casefold()


def _box_rows(body: str) -> set[int]:
    """Round 19a: the numbers of head lines that are rows of a box written as label and value lines without colons
    ('Department' / 'Mountain Operations' / 'Position type' / … / 'Reports to' / 'Snowmaking Supervisor', set 22's v06;
    'Role type' / … / 'Reports to' / 'Patrol Director', set 23's w05; 'Подразделение / Division' / 'Элеваторы …' / 'График /
    Schedule', set 24's x15): a run of labels two lines apart holding two labels the vocabulary knows or more. A known
    label's line and the line under it are the box's; a label-shaped line two lines above a box label is one too,
    unless the line under it is a heading (the page's title over 'Job profile' starts no row), it sits under a trail or
    the page names it again (a title: 'Lift Crew' … 'Lift crew load the chairs'). Neither a label nor its
    value is ever the role's name ('Patrol Director' is whom the role reports to)."""
    written = {number: raw for number, raw in enumerate(body.splitlines(), 1) if raw.strip()}
    known = {number for number, raw in written.items() if _known_label(raw)}
    if len(known) < _BOX_LABELS_NEEDED:
        return set()
    labels = set(known)
    for number in sorted(known):
        step = number - 2
        while step in written and step + 1 in written and step not in labels and _label_shaped(written[step]) \
                and heading_kind(written[step + 1]) is None and not _known_label(written[step + 1]) \
                and not _under_trail(written[step], written.get(step - 1, "")) \
                and not _mentioned(_strip_symbols(written[step]).strip(), body.replace(written[step], " ", 1)):
            labels.add(step)
            step -= 2
    if len([n for n in labels if n + 2 in labels or n - 2 in labels]) < _BOX_LABELS_NEEDED:
        return set()  # labels far apart: lines of their own, no box
    return labels | {number + 1 for number in labels if number + 1 in written}


# round 22a: a wiki's line under its article's title ('From Careerpedia, the free careers encyclopedia', 'De la Wikipedia,
# enciclopedia liberă', 'De Wikipedia, la enciclopedia libre', 'Aus Wikipedia, der freien Enzyklopädie'): the site
_WIKI_FROM = re.compile(r"(?im)^\s*(?:from|de la|de|da|aus|van|z|från|fra|dari|từ)\s+(?P<site>[^\W\d_][\w .'’-]{1,38}),\s+"
                        r"(?:the |la |l'|der |die |a |o |den |het )?[^\n]{0,40}(?:encyclop|enciclop|enzyklop|encyklop|ensiklop|bách khoa|wiki)")


def _section_trail(named: Title, title: Title, lines: list[tuple[int, str]], body: str) -> bool:
    """Round 26a: 'Inicio › Noticias › Orientación vocacional' over 'ORIENTACIÓN VOCACIONAL' over 'Ingeniero en Prevención
    de Riesgos: "Nuestro trabajo es …"' (a university's news column, p53_08): the trail ends on the site's section when
    its name holds no word for a person, the scored line's does (a role noun, a Romance head noun), and the page writes
    the trail's name nowhere but in the trail and the line repeating it."""
    if not (has_role_noun(title.name) or _romance_head(title.name)) or has_role_noun(named.name) \
            or _romance_head(named.name) or _agentive(named.name):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(named.name)}(?!\w)", re.I)
    return sum(len(pattern.findall(raw)) for _, raw in lines) <= 2 and len(pattern.findall(body)) <= 2


def _find_title(lines: list[tuple[int, str]], body: str) -> Title | None:
    best: tuple[int, int, Title] | None = None
    best_romance = False
    wiki_sites = {m.group("site").strip().casefold() for m in _WIKI_FROM.finditer(body[:_MENTION_SCAN])}
    scored: list[Title] = []
    positioned = _positioned(lines)
    native_named = _native_named(lines)
    english = _english_page(body)
    boxed = _box_rows(body)
    menu_column = _menu_column([(n, raw) for n, raw in lines if n not in boxed])
    for order, (number, raw) in enumerate(lines):
        text = raw.strip()
        if number in boxed:
            continue  # round 19a: a row of a box written as label and value lines, never the title
        if not text or len(text) > 140 or text.startswith("|") or _furniture_line().match(_strip_symbols(text).strip()):
            continue  # a table row is never the title
        if fact_line(text) or _coded_row(text):
            continue  # 'Job Family: Operations' is a glance row, not a title with a subtitle
        if re.search(r"[\d!%]", text) and _written_times(text, body) >= _PROMOTION_REPEATS:
            continue  # round 18a: a promotion the capture repeats down the page ('Stockman's Supplies – Boots, saddles &
            # swags. 10% off with code OUTBACK10' three times, set 21's u04; 'Book the Everest Base Camp Trek — 14 days
            # from USD 1,290! Book now', set 20's t17): an offer with a figure, never the role (a repeated trail or
            # title line, sets 9 and 14, holds none)
        if text[:1] in _QUOTE_MARKS:
            continue  # round 18a: a line opening a quotation ('"URGENT HIRING – CABIN STEWARD (CRUISE LINE)' in an alert
            # quoting a fake advert, set 21's u22; testimonials and pull quotes in the heads of sets 6, 7 and 10) is
            # what someone else wrote, never the page's own title
        parts = [part for part in _SEPARATORS.split(_strip_symbols(text)) if part]
        trail_start = None
        if len(parts) >= 3 and _BREADCRUMB.search(text):
            trail_start = parts[0].strip().casefold()
            parts = parts[-1:]  # round 22a: a trail's inner entry is a site's section ('Startseite > Gehalt > IT > Data
            # Engineer', 'Home › Salaries › Healthcare › Staff Nurse'), not a heading over the line
        howto = next((n for n in (how_to_name(part) for part in parts[1:]) if n), None) if len(parts) >= 2 else None
        if howto and not _headed_by_name(howto, body[:_MENTION_SCAN].replace(raw, " ", 1)):
            howto = None
        if not howto and any(heading_kind(part) in FACT_FAMILIES for part in parts):
            continue  # 'Quick Facts: Data Scientists' heads a section about the role; it is not the title
        name, removed = remove_furniture(text)
        if howto:
            name, removed = howto, True  # round 25a: 'Career Focus: How to become a Pharmacist' over 'What does a
            # pharmacist do?' (a newspaper's series, set 48 p48_07): the how-to part after the series' name names the role
        if not name or trail_start is not None and not howto and name.casefold() == trail_start:
            continue  # round 26a: 'Economía > Empleo > Guía de profesiones' (a newspaper's sections over its guide, p51_05): a
            # trail's first entry is a site's top section, never the role, whichever part the furniture leaves (an entry
            # before the page's kind, 'Job > Dental Hygienist > Hourly Rate', may be)
        # round 25a: 'Elektroniker/in - Energie- und Gebäudetechnik', 'Νοσηλευτής - Νοσηλεύτρια' (sets 45 p45_01, 49
        # p49_04): the page writes the name with its specialism or its other gender again, whole; the name scores as
        # the part before the dash and is stored whole
        joined = (_dash_joined(text, name, body[:_MENTION_SCAN].replace(raw, " ", 1)), name)
        listed = [part.strip() for part in name.split(",")]
        if len(listed) >= 2 and all(has_role_noun(part) for part in listed) and re.search(r":\s", text) \
                and text.index(":") < text.index(name) if name in text else False:
            continue  # round 24a: 'Related roles you could move into: Solutions Architect, DevOps Engineer' (set 44 p08): a
            # label over a list of roles is a row of moves, never the page's title
        for _, above in lines[:order]:
            owner = " ".join(_strip_symbols(above).split())
            rest = name[len(owner):].strip()
            if 0 < len(owner.split()) <= 4 and name.startswith(owner + " ") and not has_role_noun(owner) \
                    and role_like(rest) and has_role_noun(rest) \
                    and re.search(rf"(?<!\w)(?:at|for|with|by|joins?|joining)\s+{re.escape(owner)}(?!\w)", body):
                # round 22a: 'Northbeam Analytics' over 'Northbeam Analytics Software Engineer Salaries' (set 34 r06): an
                # employer's name written alone above the line, and as where one works ('at Northbeam Analytics'), is no
                # part of the role's name after it
                name, removed = rest, True
                break
        others = body[:_MENTION_SCAN].replace(raw, " ", 1)
        profiled = how_to_name(name) if not removed else how_to_name(text)  # round 22a: or with a place removed
        # ('How to become a Boilermaker in South Africa')
        if profiled and _headed_by_name(profiled, others):
            # round 16a: 'How to become a Radio Traffic Reporter' over 'What does a Radio Traffic Reporter do?': a job
            # board's career profile names its role in its sections' headings (an article's bare title names none)
            name, removed = profiled, True
        placed = _IN_PLACE.match(name)
        if placed and place_name(placed.group(2)) and role_like(placed.group(1)):
            # lead, after set 17: 'Print Finisher in Ontario' (an outlook page by region): the role, then where
            name = placed.group(1)
        inline = _INLINE_TRANSLATION.search(name)
        inline = inline if inline and (not role_like(name) or _other_script(inline.group(1))) \
            and role_like(name[:inline.start()].strip()) else None  # round 17a: a bracket in another script
        # ('Shinkansen Cleaning Crew (新幹線清掃スタッフ)') is the name's translation even when the line reads as a name
        if inline:
            # lead, after set 15: 'Delivery Rider (Tài xế giao hàng): questions and answers': the role's name with its
            # name in the page's language in brackets; the bracket is an alias, the name before it the role
            name = name[:inline.start()].strip()
        if removed and name.islower() and 1 <= len(name.split()) <= 5:
            # 'What does a claims adjuster do? …': a headline's name in lower case, as the page writes it with a
            # capital elsewhere, else with a capital first letter
            name = _capitalised(name, others)
            name = name[:1].upper() + name[1:]
        paired = _local_english_pair(name) or _script_pair(name) or _trail_pair(text, body)
        if paired:
            # round 18a: 'Affineur de fromage / Cheese Affineur' (set 21's u12), 'Operador(a) de Metrocable / Cable Car
            # Operator' (u17): the English name is the role, the other its alias (the sets' convention, as 'Tonelero /
            # Cooper'), also when the local name is written in sentence case with a linking word
            name, inline_alias = paired
        else:
            inline_alias = None
        bracketed = _bracketed_english(order, lines)
        english_inline = _english_bracket(name) if not paired and not bracketed else None
        if english_inline:
            # round 19a: 'Pollinisateur de vanille (Vanilla Pollinator)' (set 23's w15), 'Hafnarvörður (Harbour Warden)'
            # (set 25's y17): the local name with its English name in brackets on the title line; the English name is
            # the role and the local name its alias, as round 18a's bracket line under a local title
            name, inline_alias = english_inline
            removed = True
        if bracketed:
            # round 18a: 'FICHE MÉTIER : Technicien en froid et climatisation' over '(Refrigeration and Air-Conditioning
            # Technician)' (set 21's u15): the English name in brackets under the local title line is the role, the
            # local name its alias (a bracket line in another language under an English title, sets 9, 10, 15 and
            # 21's 'Kilimanjaro Mountain Guide' / '(Kiongozi wa Mlima)', stays the alias)
            name, inline_alias = bracketed
            removed = True
        romance = _romance_only(name)
        if not romance and removed and not role_like(name) and _local_headline(name, others):
            # round 24a: 'Kỹ sư xây dựng là gì? Mô tả công việc …', '薬剤師の仕事内容・年収・なり方', 'Career Tips: फार्मासिस्ट
            # कैसे बनें? …': a headline's furniture (a question of what it is, what the page tells of it) around a name
            # in a script without capitals or opening on a Vietnamese head noun, which the page writes again: the name
            # is the role's, as a Romance head noun's (its shape cannot tell a title)
            romance = True
        if romance and english:
            continue  # round 17a: 'Agent de brevets stagiaire' under 'Patent Agent Trainee' on an English page: the
            # name in the other language is the English title's alias, never the role
        shaped = role_like(name) or romance
        if not shaped and _TRAILING_ASIDE.search(name) and has_role_noun(_TRAILING_ASIDE.sub("", name)) \
                and role_like(_TRAILING_ASIDE.sub("", name)) and not re.search(r"\d", _TRAILING_ASIDE.search(name).group()):
            shaped = True  # round 24a: 'Electrician (except industrial and power system)' (a classification's title, set 30
            # p02): a role's name with a lower-case qualifier in brackets after it reads as its name, bracket and all
        if not shaped and caseless(name) and not removed and name.casefold() in native_named:
            shaped = romance = True  # round 26a: '产品经理' over an encyclopedia's box '中文名' / '产品经理' (p52_08): the
            # name the page's own box gives as the article's name, in a script whose shape cannot tell a title
        noun = has_role_noun(name) or romance
        person = not noun and (shaped or _name_shape(name)) and person_referred(name, others)
        halves = _slash_halves(name) if shaped and not noun and not person \
            and " ".join(_strip_symbols(text).split()).strip(" *_#").endswith(name) else None
        if halves:
            # round 16a: 'Tonelero / Cooper': a name in two languages scores by either name ('What does a cooper do?'),
            # when the line ends on it (never the label of a row: 'Temporada / Season: Marzo a mayo')
            noun = any(has_role_noun(half) for half in halves)
            person = not noun and any(person_referred(half, others) and person_like(half, others) for half in halves)
        if not shaped and not person and name.casefold() in positioned and _soft_only(name) \
                and (_mentioned(name, others) or _referred(name, others)):
            # round 17a: 'Field Guide' over 'Position' / 'Field Guide (Level 1 and Level 2)', 'Careers > Trekking Guide'
            # over 'Trekking Guide': a name holding a word of a site's pages ('guide') that the page's own box or trail
            # puts where a role's name goes, and writes again, is the role's
            person = True
        if not shaped and not (person and (person_like(name, others) or name.casefold() in positioned)):
            continue  # 'Tour Guide', 'Chimney sweep': no role noun, but the page speaks of a person's job
        if len(name.split()) == 1 and name.isupper() and not has_role_noun(name) and not (
                _AGENT_NOUN.search(name) and _as_written(name, others) != name):
            continue  # 'IFPP' over the page: an organisation's acronym, not the role ('SCAFFOLDER', written
            # 'Scaffolder' elsewhere, is a person's job; 'HEALTH' is no agent noun)
        translated = _translation(name, number, lines, others) if inline_alias is None else (inline_alias, number, True)
        if translated is None and inline:
            translated = (inline.group(1).strip(), number, True)
        score = 2 * (noun or person or translated is not None) \
            + 2 * (_mentioned(name, others) or bool(translated and translated[2]) or _people_named(name, others)
                   or bool(halves) and any(_mentioned(half, others) for half in halves)) \
            + removed \
            + 2 * _referred(name, others)
        if _menu_item(text, name, noun) or number in menu_column:
            score -= 2  # 'About | Accreditation | Find a conservator | Careers in …': a site's menu, not a title (round 25a:
            # nor an entry of a menu written one link a line, 'Members' / 'Become a vet nurse' / 'Shop', set 48 p48_02)
        if name.casefold() in wiki_sites:
            score -= 3  # round 22a: 'Wikipedia' over 'De la Wikipedia, enciclopedia liberă' (set 31 o12): a wiki's name
        if _domain_name(name, body):
            score -= 3  # 'HARBOUR TALENT PARTNERS' over a page signed 'harbourtalent.example.hk': the site's owner
        if _organisation_title(text, name) and not _referred(name, others):
            score -= 3  # 'Harbor & Pine Hotels | Careers': the organisation's careers site, not a role
        if not noun and _owner(name, body):
            score -= 3  # round 14a: 'PneuCentrum Moravia | Kariéra' over a page signed '© PneuCentrum Moravia s.r.o.':
            # the name the copyright line gives is the page's owner, never its role
        if heading_kind(text, name) in FACT_FAMILIES:
            score -= 2  # 'Responsibilities of a Data Analyst' heads a section: the bare name on its own line wins
        if score >= 2:
            if joined[0] and joined[1] == name:
                name = joined[0]
            candidate = Title(singular_title(_as_written(name, others)), _strip_symbols(text).strip(), number,
                              *((_as_written(translated[0], others), translated[1]) if translated else (None, None)))
            scored.append(candidate)
            if best is None or score > best[0] or score == best[0] and best_romance and has_role_noun(name):
                # round 22a: a name known only by its Romance head noun yields to one as high whose role noun is an
                # English title's ('Asistente veterinario' over 'Veterinary Assistant': the English name is the role)
                best = (score, -order, candidate)
                best_romance = bool(romance)
    if best is not None:
        # round 19a: a trail ending on the role's local name ('… › Gastronomía › Parrillero') over the line that pairs
        # it with its English name ('Parrillero / Grill Cook'): the pair's English name is the role
        for candidate in scored:
            if candidate.translation and candidate.line == candidate.translation_line \
                    and 0 < candidate.line - best[2].line <= _TRAIL_GAP \
                    and candidate.translation.casefold() == best[2].name.casefold():
                return candidate
    if best is not None and best[2].translation is None:
        # 'Home » Careers » Leakage Technician' over 'LEAKAGE TECHNICIAN' over 'Teicneoir Sceite': the name in the
        # other language beside the page's own line naming the role is the trail's role's too
        for candidate in scored:
            if candidate.translation and candidate.name.casefold() == best[2].name.casefold():
                best[2].translation, best[2].translation_line = candidate.translation, candidate.translation_line
                break
    if best is not None and best[2].translation is None:
        # round 13a: 'ARMY > Health > Medic' … 'Medic' / 'Kaiatawhai Hauora', 'DECKHAND' / 'Motor & sailing yachts' /
        # 'Ναύτης Θαλαμηγού', 'Subtitler' / 'Ondertitelaar (NL) · Sous-titreur (FR)': the line of the role's name in
        # the page's other language(s) beside a line that is the role's bare name
        found = _name_line(best[2].name, lines, body)
        if found:
            best[2].translation, best[2].translation_line, best[2].other_names = found
    if best is not None and best[2].written.casefold() != best[2].name.casefold():
        english = _english_under_trail(best[2], lines)
        if english is not None:
            return english
    if best is not None and best[2].written.casefold() != best[2].name.casefold() and not _agentive(best[2].name):
        # 'Home > Careers > Estates & Facilities' over 'Hospital Porter', 'Home » Group A » Indian Foreign Service'
        # over 'Indian Foreign Service Officer': a trail ends on the site's category (a department, a service) when
        # the page's own line right under it names a person's job and the trail's name does not
        for candidate in scored:
            # round 15a: or the name first on its line, the kind of page after a dash ('Golf Greenkeeper — wages and
            # work (English summary)' under 'Launatöflur > Íþróttavellir > Vallarstarfsmaður')
            if 0 < candidate.line - best[2].line <= _TRAIL_GAP and _agentive(candidate.name) \
                    and (candidate.written.casefold() == candidate.name.casefold()
                         or _name_first(candidate.name, candidate.written)):
                return candidate
    if best is not None and best[2].written.casefold() != best[2].name.casefold() and not _TRAILING_ASIDE.search(best[2].name):
        # round 26a: '… › Operatore Socio Sanitario' over 'Operatore Socio Sanitario (OSS): chi è, cosa fa …' (p51_01,
        # p51_09): the page's own heading under the trail writes the name with its acronym in brackets: that name whole
        for candidate in scored:
            acronym = _ACRONYM_AFTER.fullmatch(candidate.name)
            if 0 < candidate.line - best[2].line <= _TRAIL_GAP and acronym \
                    and acronym.group(1).casefold() == best[2].name.casefold():
                return candidate
    if best is not None and _TRAILING_ASIDE.search(best[2].name):
        # 'Careers › Our roles › Collections Agent (Arabic & English)' over a line 'Collections Agent': the page's
        # own heading names the role; the bracket of the trail is a detail of the posting (the languages)
        bare = _TRAILING_ASIDE.sub("", best[2].name).casefold()
        for candidate in scored:
            if candidate.name.casefold() == bare and candidate.written.casefold() == bare:
                return candidate
    return best[2] if best else None


# a name in a Romance language links its head noun to what it works on by a lower-case word ('Affineur de fromage',
# 'Operador(a) de Metrocable', 'Technicien en froid et climatisation', 'Tecnico di laboratorio'); a gendered ending in
# brackets ('Operador(a)', 'Vendeur(euse)') is written like one after a slash
_ROMANCE_LINK = re.compile(r"^\S+(?:\s+\S+)?\s+(?:de|del|della|delle|dei|des|du|da|do|dos|das|di|en|et|y|e)\s+\S")
_ROMANCE_LINK_WORDS = frozenset("de del della delle dei des du da do dos das di en et y e".split())
_GENDER_BRACKET = re.compile(r"(?<=\w)\((?:a|e|o|in|ne|ra|na|euse|trice|ice|ess)\)(?=\s|$)")


def _local_english_pair(name: str) -> tuple[str, str] | None:
    """Round 18a: (English name, local name) of a title written 'local / English' or 'English / local' where the local
    name opens on its head noun and links it by a lower-case word ('Affineur de fromage / Cheese Affineur', set 21's
    u12; 'Operador(a) de Metrocable / Cable Car Operator', u17): the English half is a role-like name without such a
    link, and the two head nouns are one word in two languages (the local name's first, the English name's last). Two
    English names ('Nurse / Midwife', 'Lifeguard / Swim Instructor'), a linked name that is a known role ('Chef de
    Partie') or a site's two names ('Government of Canada / Gouvernement du Canada') are no pair."""
    if name.count(" / ") != 1:
        return None
    halves = [half.strip() for half in name.split(" / ")]
    linked = [bool(_ROMANCE_LINK.match(half)) and _bare_name(_GENDER_BRACKET.sub("", half)) for half in halves]
    if linked[0] == linked[1]:
        return None
    local, english = (halves[0], halves[1]) if linked[0] else (halves[1], halves[0])
    if has_role_noun(local) or has_role_noun(_GENDER_BRACKET.sub("", local).split()[0]) or _ROMANCE_LINK.match(english) or not _bare_name(english) or not role_like(english) \
            or not english.isascii() or not 1 <= len(english.split()) <= 5:
        return None
    head = _GENDER_BRACKET.sub("", local).split()[0].casefold()
    if head[:_COGNATE] != english.split()[-1].casefold()[:_COGNATE]:
        return None  # the two head nouns are one word in two languages ('Affineur', 'Operador' / 'Operator'); else two
        # names of something else ('Government of Canada / Gouvernement du Canada', 'Recrutement / Métiers de …')
    return english, local


def _script_pair(name: str) -> tuple[str, str] | None:
    """Round 19a: (English name, local name) of a title 'local / English' whose local half is written in another script
    ('Оператор зернового элеватора / Grain Elevator Operator', set 24's x15; as 'Brodski kuhar / Ship's Cook' of set 23
    and 'Parrillero / Grill Cook' of set 22 in Latin letters, read by _slash_pair): the English half, a role-like name with
    a known role noun or a word for a person, is the role and the other its alias. Two names in one script, or an English
    half that reads as no name ('Подразделение / Division'), are no pair."""
    halves = _slash_halves(name)
    if not halves:
        return None
    scripts = [_other_script(half) for half in halves]
    if scripts[0] == scripts[1]:
        return None
    local, english = (halves[0], halves[1]) if scripts[0] else (halves[1], halves[0])
    if not english.isascii() or not role_like(english) or not (has_role_noun(english) or _agentive(english)):
        return None
    return english, local


_PAIR_SPLIT = re.compile(r"\s+(?:/|–|—|-)\s+")


def _trail_pair(text: str, body: str) -> tuple[str, str] | None:
    """Round 19a: (English name, local name) of a title line of two names split by a slash or a dash whose one half is
    the last entry of the page's trail ('Start / Jobba hos oss / Glasblåsare' over 'Glasblåsare – Glassblower', set 23's
    w12; 'Kerjaya > Jawatan Kosong > Pelukis Batik' over 'Pelukis Batik / Batik Artisan', set 22's v14): the trail names
    the role in the site's language, the other half is its English name (an ASCII role-like name with a known role noun
    or a word for a person, or any role-like name on a page not written in English) and the role. A line whose other half is a place, a slogan or a second English name of the
    trail's role ('Nurse / Midwife' under a trail ending 'Nurse') is no pair."""
    halves = [half.strip() for half in _PAIR_SPLIT.split(_strip_symbols(text).strip())]
    if len(halves) != 2 or not all(_bare_name(half) for half in halves):
        return None
    ends = {_TRAIL_PARTS.split(_strip_symbols(line).strip())[-1].strip().casefold() for line in body[:_MENTION_SCAN].splitlines()
            if len(_TRAIL_PARTS.split(line)) >= 3}
    for side in (0, 1):
        local, english = halves[side], halves[1 - side]
        if local.casefold() not in ends or english.casefold() in ends:
            continue
        if has_role_noun(local) and local.isascii():
            return None  # two English names of one role
        if english.isascii() and role_like(english) and (has_role_noun(english) or _agentive(english)
                                                          or _local_page(body)) \
                and not place_name(english):
            others = "\n".join(line for line in body[:_MENTION_SCAN].splitlines() if english not in line)
            if _english_page(body) and not _mentioned(english, others) and _mentioned(local, others):
                return None  # 'Jimador / Agave Harvester' on a page whose English text says 'The jimador harvests …'
                # (set 16's x23): the name the page's own text uses is the role (round 16a)
            if english.isupper() and local.isupper():  # a title in capitals: as round 19a's _slash_pair
                english = _title_case(english, [line for line in body.splitlines() if line != line.upper()])
            return english, local
    return None


def _english_under_trail(trail: Title, lines: list[tuple[int, str]]) -> Title | None:
    """Round 18a: a trail ending on the role's name in the page's language ('Job i landbruget > Svineproduktion >
    Staldmedarbejder', set 21's u13, whose '-er' reads like an English agent noun) over an English name line and,
    right under that, the local name again ('Pig Unit Stockperson' / 'Staldmedarbejder, svin'): the English line is the
    role and the local line its other name (as 'Golf Greenkeeper' under a trail ending 'Vallarstarfsmaður', set 18)."""
    if has_role_noun(trail.name):
        return None
    written = {number: _strip_symbols(raw).strip() for number, raw in lines}
    for number, text in written.items():
        if not 0 < number - trail.line <= _TRAIL_GAP or not text.isascii() or not _bare_name(text) \
                or not role_like(text) or not _agentive(text) or text.casefold() == trail.name.casefold():
            continue
        below = written.get(number + 1, "")
        if below.casefold().startswith(trail.name.casefold()) and below.casefold() != text.casefold() \
                and len(below.split()) <= 6:
            return Title(singular_title(text), text, number, below, number + 1)
    return None


_PROMOTION_REPEATS = 3


def _written_times(text: str, body: str) -> int:
    """How many lines of the page are this line."""
    return sum(1 for line in body.splitlines() if line.strip() == text)


_QUOTE_MARKS = ("\"", "“", "„", "«")
_BRACKET_LINE = re.compile(r"^\((?P<name>[^()]{3,70})\)$")


def _bracketed_english(order: int, lines: list[tuple[int, str]]) -> tuple[str, str] | None:
    """Round 18a: (English name, local name) when head line `order` is only an English role name in brackets right
    under a title line whose name is in another language (its document label dropped: 'FICHE MÉTIER : Technicien en
    froid et climatisation' over '(Refrigeration and Air-Conditioning Technician)')."""
    if order == 0:
        return None
    number, raw = lines[order]
    match = _BRACKET_LINE.match(_strip_symbols(raw).strip())
    before_number, before = lines[order - 1]
    if not match or number - before_number != 1:
        return None
    english = match.group("name").strip()
    if not english.isascii() or not role_like(english) or not has_role_noun(english):
        return None
    local = _strip_symbols(before).strip()
    label, colon, value = local.partition(":")
    if colon and len(label.split()) <= 3 and value.strip():
        local = value.strip()  # 'FICHE MÉTIER : …', 'Ficha ocupacional: …': a document's label
    plain = " ".join(_GENDER_ENDING.sub("", word) for word in local.split())
    # round 19a: a Romance name with a gendered ending and its object after linking words ('Operador/a de Descasque de
    # Castanha de Caju' over '(Cashew Sheller Operator)', set 24's x17): bare by its words, linking words apart
    linked = len([w for w in plain.split() if w.lower() not in _ROMANCE_LINK_WORDS]) <= 6 and _ROMANCE_LINK.match(plain) \
        and _bare_name(" ".join(plain.split()[:6]))
    if not (_bare_name(local) or linked) or local.isascii() and role_like(local) and not linked or has_role_noun(local):
        return None  # an English title over the bracket (its name in brackets is then a detail, not the role)
    return english, local


_ENGLISH_BRACKET = re.compile(r"^(?P<local>[^()]{3,60}?)\s*\((?P<english>[A-Za-z][A-Za-z'’ -]{2,60})\)$")


def _english_bracket(name: str) -> tuple[str, str] | None:
    """Round 19a: (English name, local name) of a title 'local name (English Name)': the local name is a bare name in
    another language (a letter outside ASCII, or a Romance link: 'Pollinisateur de vanille') with no English role noun,
    the bracket an English role name (a known role noun or a word for a person: 'Vanilla Pollinator', 'Harbour Warden').
    An English title with a detail in brackets ('Collections Agent (Arabic & English)', 'Process Engineer (Etch)') or
    a local name with a non-name in brackets ('Kuhar (sezonski)') is no pair."""
    match = _ENGLISH_BRACKET.match(name.strip())
    if not match:
        return None
    local, english = match.group("local").strip(), match.group("english").strip()
    if local.isascii() and not _ROMANCE_LINK.match(local) or not _bare_name(local) or has_role_noun(local) \
            or role_like(local) and local.isascii():
        return None
    if not _bare_name(english) or not role_like(english) or not (has_role_noun(english) or _agentive(english)) \
            or not 1 <= len(english.split()) <= 5 or _ROMANCE_LINK.match(english):
        return None
    return english, local


_HOW_TO_BECOME = re.compile(r"(?i)^how to become an?\s+(?P<name>(?-i:[A-Z])[^()?:|]*)$")


def how_to_name(text: str) -> str | None:
    """round 16a: the role's name in a headline 'How to become a Radio Traffic Reporter' (a capital after it, a known
    role noun), else None. By itself such a line is an article's title; see _headed_by_name."""
    match = _HOW_TO_BECOME.match(" ".join(_strip_symbols(text).split()))
    name = match.group("name").strip() if match else ""
    placed = _IN_PLACE.match(name)
    if placed and place_name(placed.group(2)):
        name = placed.group(1)  # round 22a: 'How to become a Boilermaker in South Africa': the role, then where
    return name if name and role_like(name) and has_role_noun(name) else None


def _headed_by_name(name: str, body: str) -> bool:
    """A heading of a fact-bearing section that names the role ('What does a Radio Traffic Reporter do?', 'Radio
    Traffic Reporter salary'): the page is that role's profile."""
    for line in body.splitlines():
        text = line.strip()
        if text and len(text) <= 120 and _mentioned(name, text) and heading_kind(text, name) in FACT_FAMILIES:
            return True
    return False


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")
_ACRONYM_AFTER = re.compile(r"(.+?)\s+\((?-i:[A-Z][A-Z&/-]{1,7})\)")
_IN_PLACE = re.compile(r"^(.+?)\s+in\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})$")
# a bracket at the end of a title holding words in another language (a letter outside ASCII): 'Rider (Tài xế)'
_INLINE_TRANSLATION = re.compile(r"\s*\(((?=[^()]*[^\x00-\x7f])[^()]{2,60})\)$")
_TRAIL_GAP = 3  # lines between a trail and the page's own title line under it


def _bare_name(text: str) -> bool:
    """A line that is only a name: short, no figure, label, separator or furniture ('Catador/a de café')."""
    text = _strip_symbols(text).strip()
    return 0 < len(text.split()) <= 6 and len(text) <= 60 and not re.search(r"[\d:|?!.,;\t()]", text) \
        and len([p for p in _SEPARATORS.split(text) if p.strip()]) == 1 and heading_kind(text) is None \
        and not _furniture_line().match(text) and not _strip_affixes(text)[1] and not _DOMAIN.search(text)


def _foreign(text: str) -> bool:
    """A name written in another language: a letter outside ASCII ('Diş Protez Teknisyeni', 'Catador/a de café') or a
    gendered ending after a slash ('Skilehrer/in'); no apostrophe and no word that opens an English sentence."""
    words = text.split()
    return (any(ord(c) > 127 and c.isalpha() for c in text) or any(_GENDER_ENDING.search(w) for w in words)) \
        and not re.search(r"['’]", text) and words[0].lower() not in _SENTENCE_OPENERS


def _name_first(name: str, line: str) -> bool:
    """round 15a: 'Railway Track Worker — pay and conditions 2026': the line opens with the name, then a spaced dash
    or bar and what the page is (furniture)."""
    return bool(re.match(rf"{re.escape(name)}\s+[|–—-]\s+\S", _strip_symbols(line).strip()))


def _translation(name: str, number: int, lines: list[tuple[int, str]], body: str) -> tuple[str, int, bool] | None:
    """The role's name in the page's own language written on the line next to its name in English ('Haul Truck
    Operator' over 'Operador/a de Camión de Extracción', 'Diş Protez Teknisyeni' under 'Dental Technician'): both
    lines are bare names and only the English one ends on a word for a person. None when there is no such pair, else
    (the other name, its line, whether the rest of the page, that line apart, names the role in its language)."""
    written = dict(lines)
    own = written.get(number, "")
    bilingual = _bilingual_site(written)
    # round 12b: 'Careers at the RSA: Driver Tester' over 'Scrúdaitheoir Tiomána': a line that ends on the name after
    # the site's words is the name's own line too
    own_name = _bare_name(own) or _bare_name(name) and _strip_symbols(own).strip().endswith(f": {name}") \
        or _bare_name(name) and _agentive(name) and _name_first(name, own)
    # round 15a: 'Railway Track Worker — pay and conditions 2026' under 'Muncitor întreținere cale ferată': the name
    # first (a word for a person), the kind of page after a spaced dash or bar, is the name's own line too
    local_page = _local_page(body)
    if not (own_name and (_agentive(name) or bilingual) and role_like(name)):
        return None
    for other in (number + 1, number - 1, number + 2):
        text = _strip_symbols(written.get(other, "")).strip()
        text = _GENDER_MARK.sub("", text).strip()  # 'Orderpicker (m/v/x)': the posting's gender marker
        if other == number + 2 and (not _other_script(text) or _bare_name(written.get(number + 1, ""))):
            continue  # a name in another script under a subtitle line ('Motor & sailing yachts, 20–45 m')
        if not text or not _bare_name(text) or has_role_noun(text) or text.casefold() == name.casefold():
            continue
        if {w.lower() for w in text.split()} & _not_role_words("not_role_soft"):
            continue  # round 20b: a site's section under the name ('Panduan Kerjaya untuk Graduan'), no translation
        english = {w.lower() for w in text.split()} & (_SENTENCE_OPENERS | _CONNECTORS | _TAGLINE_WORDS) - {"de"}
        if bilingual and not name.isascii() and text.isascii() and _only_second_used(name, text, body, written[other]):
            return None  # 'Djurskötare' over 'Zookeeper', the text below naming only the second: that is the English name
        if _foreign(text) and not _agentive(text) or bilingual and _name_shape(text) and len(text.split()) <= 4 \
                and not english or local_page and _name_shape(text) and len(text.split()) <= 4 and not english \
                and not _agentive(text) and name.isascii() and not text.isupper():
            # round 15a: 'Groomer canino' over 'Dog Groomer' on a page written in Spanish: a name in plain letters
            # beside the English one, on a page whose running text is not English, is the name in its language
            # 'Teicneoir Sceite' under 'LEAKAGE TECHNICIAN' on a site with a 'Gaeilge | English' switch
            return text, other, _mentioned(text, body.replace(written[other], " ", 1))
    return None


# round 13a: a language's tag after a name ('Ondertitelaar (NL)', 'Veterinêr (Afrikaans)')
_LANGUAGE_TAG = re.compile(r"\s*\((?:[A-Z]{2,3}|[^\W\d_][^\W\d_ -]{2,15}(?:\s[^\W\d_]{2,15})?)\)$")
_NAME_SPLIT = re.compile(r"\s+(?:/|\||·|•)\s+")


def _line_names(text: str) -> list[str]:
    """The names of a line that holds only other names of a role, one to three, split by ' / ', ' | ' or ' · ' (each
    maybe with its language's tag, the line maybe in brackets): '(Akvakulturoperatør / fiskeoppdretter)',
    'Veterinêr (Afrikaans) | Ugqirha wezilwanyana (isiXhosa)'; else []."""
    text = _strip_symbols(text).strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    parts = [p.strip() for p in _NAME_SPLIT.split(text)]
    if not 1 <= len(parts) <= 3:
        return []
    names = []
    for part in parts:
        tag = _LANGUAGE_TAG.search(part)
        if tag and _words_guard_language(tag.group().strip(" ()")) is False and not re.fullmatch(r"\s*\([A-Z]{2,3}\)",
                                                                                                    tag.group()):
            return []
        name = _LANGUAGE_TAG.sub("", part).strip()
        if not _bare_name(name):
            return []
        names.append(name)
    return names


def _words_guard_language(tag: str) -> bool:
    """'Afrikaans', 'isiXhosa', 'NL': a language's name or code (a tag after a name), not a note ('(Senior)')."""
    return bool(re.fullmatch(r"[A-Z]{2,3}", tag)) or _language_only(tag) or bool(re.search(r"(?i)(?:isi|se)[a-z]+|[a-z]+(?:ans|ish|ese|ian|ic|i)$"
                                                                   r"|^(?:Māori|Maori|Gaeilge|Cymraeg|Kiswahili)$", tag))


def _agent_affix(name: str) -> bool:
    """A name whose first word carries another language's prefix of a person doing a job (pipeline/reference/
    generic_guard.tsv kind 'agent_affix': Māori 'Kai…': 'Kaihiko', 'Kaiako Whare Taonga')."""
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == "agent_affix"]
    return bool(patterns) and bool(re.match("(?:" + "|".join(patterns) + r")", name.split()[0]))


def _name_line(name: str, lines: list[tuple[int, str]], body: str) -> tuple[str, int, tuple[str, ...]] | None:
    """(written names, line, names) of the line of the role's other-language name(s) right under a line that is the
    role's bare name (or two lines under it, past a subtitle, in another script): every name a bare name, none the
    role's own or an English title (a role noun, a sentence word), and the line shows another language (a letter
    outside ASCII or another script, a language's tag, a name for both genders, another language's agent prefix, or
    a site with a language switch and a name in sentence case). Else None."""
    written = dict(lines)
    bilingual = _bilingual_site(written) or _english_first_switch(written)
    for number, raw in lines:
        if _strip_symbols(raw).strip().casefold() != name.casefold():
            continue
        for other in (number + 1, number + 2):
            text = written.get(other, "")
            if other == number + 2 and (not _other_script(text) or _bare_name(written.get(number + 1, ""))):
                continue
            if caseless(name) and re.fullmatch(r"\s*[（(][^()（）]+[）)]\s*", text):
                continue  # round 26a: '产品经理' over '（企业中负责产品管理的职位）' (p52_08): a gloss in brackets in the
                # name's own script says what it is, no other name
            if _known_label(text):
                continue  # round 26a: a box's '中文名' / '产品经理' / '外文名' / …: the next row's label, no name
            names = _line_names(text)
            if not names or any(n.casefold() == name.casefold() or has_role_noun(n) or _language_only(n) or place_name(n)
                                or _furniture_line().match(n)
                                or {w.lower() for w in n.split()} & ((_SENTENCE_OPENERS | _CONNECTORS | _TAGLINE_WORDS)
                                                                       - {"de", "of"})
                                or {w.lower() for w in n.split()} & _not_role_words("not_role_soft") for n in names):
                continue  # round 20b: nor a site's section ('Panduan Kerjaya untuk Graduan': a careers guide)
            tagged = bool(_LANGUAGE_TAG.search(_strip_symbols(text).strip().strip("()").split(" / ")[0])) \
                or any(_LANGUAGE_TAG.search(p) for p in _NAME_SPLIT.split(_strip_symbols(text).strip()))
            if any(_foreign(n) or _other_script(n) or _agent_affix(n) for n in names) or tagged \
                    or bilingual and all(n[:1].isupper() and len(n.split()) <= 4 for n in names):
                return (names[0] if len(names) == 1 else _strip_symbols(text).strip()), other, tuple(names)
    return None


def _language_only(text: str) -> bool:
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == "language_name"]
    return bool(re.fullmatch("(?i)(?:" + "|".join(patterns) + ")", text.strip()))


def _english_first_switch(written: dict[int, str]) -> bool:
    """'English | Français', 'EN | FR' in the page's first lines: a site in two languages (round 13a)."""
    return any(re.search(r"(?:^|\s)(?:English|EN|ENG)\s*\|\s*[^\W\d_]{2,}", _strip_symbols(written.get(n, "")))
               for n in range(1, _SWITCH_LINES + 1))


def _only_second_used(name: str, text: str, body: str, line: str) -> bool:
    """The text below ``line`` names ``text`` and never ``name``."""
    at = body.find(line)
    after = body[at + len(line):] if at >= 0 else ""
    return _mentioned(text, after) and not _mentioned(name, after)


# a language switch in the page's first lines ('NL | EN', 'Gaeilge | English', 'हिंदी | English'): a site in two
# languages, whose pages may write the role's name in the other one under its English name (round 11b)
_LANGUAGE_SWITCH = re.compile(r"(?:^|\s)(?:[A-Z]{2,3}|[^\W\d_]{3,})\s*\|\s*(?:EN|ENG|English)(?=\s|$)|"
                              r"(?:^|\s)(?:EN|ENG)\s*\|\s*[A-Z]{2,3}(?=\s|$)")
# words of an English tagline under a title ('Join Our Team', 'Great Team Culture'), never of the role's other name
_TAGLINE_WORDS = {"join", "team", "culture", "future", "career", "careers", "job", "jobs", "work", "working", "life",
                  "apply", "now", "today", "us", "new", "opportunities", "opportunity", "people", "grow", "shape"}
_GENDER_MARK = re.compile(r"\s*\((?:m|w|f|h|v|d|x|k|e|n)(?:/(?:m|w|f|h|v|d|x|k|e|n|div)){1,3}\)$", re.I)
_SWITCH_LINES = 3


def _bilingual_site(written: dict[int, str]) -> bool:
    return any(_LANGUAGE_SWITCH.search(_strip_symbols(written.get(n, ""))) for n in range(1, _SWITCH_LINES + 1))


def _other_script(text: str) -> bool:
    """Letters of a script other than Latin ('Ναύτης Θαλαμηγού', '登録販売者')."""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text)


_MENU_PARTS = 4  # parts of a ' | ' line that make it a menu bar (a title line holds the role, a site and a label)


def _dash_joined(text: str, name: str, others: str) -> str | None:
    """Round 25a: the name with what a spaced dash adds to it on the title line ('Elektroniker/in - Energie- und
    Gebäudetechnik', 'Νοσηλευτής - Νοσηλεύτρια: Τι κάνει …') when the page writes that whole again on a line of its own
    or at a trail's end: a name's specialism or its other gender, no site's name (a site, a furniture word, a figure or
    a heading after the dash is never joined)."""
    line = " ".join(_strip_symbols(text).split())
    found = re.search(rf"(?<!\w){re.escape(name)}\s+([-–—])\s+([^:|–—]+?)(?=\s*(?::\s|\||\s[-–—]\s|$))", line)
    if not found:
        return None
    tail = found.group(2).strip()
    if not tail or len(tail.split()) > 4 or re.search(r"\d", tail) or _site_part(tail) or _strip_affixes(tail)[1] \
            or heading_kind(tail) is not None or _DOMAIN.search(tail):
        return None
    joined = f"{name} {found.group(1)} {tail}"
    again = re.compile(rf"(?m)(?:^|[/>›»]\s*){re.escape(joined)}\s*$")
    return joined if again.search("\n".join(" ".join(_strip_symbols(ln).split()) for ln in others.splitlines())) else None


_MENU_ENTRIES = 5  # links one under another that make a column of a site's menu


def _menu_link(text: str) -> bool:
    text = _strip_symbols(text).strip()
    return 0 < len(text.split()) <= 4 and not re.search(r"[\d:;,.!?|()\t/>›»→–—-]", text)


def _menu_column(lines: list[tuple[int, str]]) -> set[int]:
    """Round 25a: the lines of a column of a site's menu, five short links or more one under another (one to four words,
    no figure, punctuation, separator or bracket: 'Menu' / 'About us' / 'Become a vet nurse' / 'Members' / 'Shop'; a
    wiki's 'Página' / 'Discusión' / 'Leer' / 'Editar' / 'Ver historial'), its last line aside (a trail written one entry a
    line ends on the page's role); the rows of a box written as label and value lines part runs ('Department' / 'Lift
    Operations' is no link)."""
    out: set[int] = set()
    run: list[int] = []
    texts = dict(lines)
    for number, raw in [*lines, (None, "")]:
        if number is not None and _menu_link(raw) and (not run or number == run[-1] + 1):
            run.append(number)
            continue
        if len(run) >= _MENU_ENTRIES and not any(_known_label(texts[n]) for n in run):
            out.update(run[:-1])
        run = [number] if number is not None and _menu_link(raw) else []
    return out


def _menu_item(text: str, name: str, noun: bool = True) -> bool:
    """The name is an inner or last entry of a menu bar (four or more parts, no breadcrumb arrows): a title line
    with that many parts names its role first. Lead, after set 18: its first entry too when that holds no role noun
    ('Orchard | Farm shop | Jobs | FAQ': the site's first menu entry, not a role)."""
    if _BREADCRUMB.search(text):
        return False
    parts = [p.strip() for p in _SEPARATORS.split(" ".join(_strip_symbols(text).split())) if p.strip()]
    return len(parts) >= _MENU_PARTS and (_strip_affixes(parts[0])[0] != name or not noun)


_AGENT_NOUN = re.compile(r"(?i)(?:er|or|ist|ian|eer|ant|man|woman|person|smith|wright)$")


def _domain_name(name: str, body: str) -> bool:
    """A name of two words or more whose first two words, run together, open one of the page's web addresses
    ('Harbour Talent Partners' and 'harbourtalent.example.hk'): the organisation's name, never the role."""
    words = re.findall(r"[a-z]+", name.casefold())
    if len(words) < 2:
        return False
    glued = "".join(words[:2])
    return any(host.casefold().startswith(glued) for host in _HOST.findall(body))


_HOST = re.compile(r"(?<![\w.@-])(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[/\s·,;)]|$)", re.I)


# round 14a: a copyright line ('© 2026 PneuCentrum Moravia s.r.o. | Privacy', 'Copyright (c) Acme Ltd'): the owner after
# the mark and an optional year or span of years
_COPYRIGHT = re.compile(r"(?im)(?:©|\(c\)|\bcopyright\b)\s*(?:\(c\)\s*|©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                        r"(?P<owner>[^\n]+)$")


def _legal_word(word: str) -> bool:
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == "legal_form"]
    return bool(patterns) and bool(re.fullmatch("(?i)(?:" + "|".join(patterns) + ")", word.strip("(),")))


def _owner(name: str, body: str) -> bool:
    """The name is the one a copyright line of the page gives ('© PneuCentrum Moravia s.r.o.', '© Coopérative Zellige
    Fès'): the name, then the line's end, a mark ('|', '·', ','), a year or a legal form; never a longer name
    ('© Nurse Careers Ltd' is not the owner 'Nurse')."""
    folded = " ".join(name.split()).casefold()
    if not folded:
        return False
    for match in _COPYRIGHT.finditer(body):
        owner = " ".join(match.group("owner").split())
        if not owner.casefold().startswith(folded):
            continue
        rest = owner[len(folded):]
        if rest[:1].isalnum():
            continue  # 'Acme' in '© Acmes Ltd': part of a longer word
        if not rest or not rest.startswith(" "):
            return True
        word = rest.split()[0] if rest.split() else ""
        if not word[:1].isalnum() or word[:1].isdigit() or _legal_word(word):
            return True
    return False


def _organisation_title(text: str, name: str) -> bool:
    """'Org name | Careers': two parts, one only a site word, the other (the kept name) without a role noun."""
    parts = [p.strip() for p in _SEPARATORS.split(" ".join(_strip_symbols(text).split())) if p.strip()]
    return len(parts) == 2 and any(_site_part(p) for p in parts) and not has_role_noun(name) \
        and not _BREADCRUMB.search(text)


def _as_written(name: str, body: str) -> str:
    """An ALL-CAPS title ('LEVEL DESIGNER') as the page writes it elsewhere in title case ('Level Designer'), when
    it does (a lower-case one as the page writes it with a capital); when the page writes it only in running text
    ('Estate agents sell homes…', 'Marine engineer officers keep…'), in title case, a word the page writes in
    capitals in its running text ('WASH', 'SOC') or a grade ('II') kept in capitals; else as it stands."""
    if name.islower():
        return _capitalised(name, body)
    if not name.isupper():
        return name
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body, re.I):
        found = match.group(0)
        words = [w for w in found.split() if w[:1].isalpha()]
        if found != found.upper() and words and all(w[:1].isupper() for w in words):
            return found
    base = _base(name)
    running = [line for line in body.splitlines() if line != line.upper()]  # text that is not itself in capitals
    pattern = re.compile(rf"(?<!\w){re.escape(base)}(?:s|es)?(?!\w)", re.I)
    if not base or not any(m.group(0) != m.group(0).upper() for line in running for m in pattern.finditer(line)):
        return name
    return _title_case(name, running)


def _capitalised(name: str, body: str) -> str:
    """A title in lower case ('viticulturist' in an 'Occupation:' row) as the page writes it elsewhere with a
    capital ('Viticulturist' in the breadcrumb), when it does; else as it stands."""
    for match in re.finditer(rf"(?<!\w)({re.escape(name)})(?:s|es)?(?!\w)", body, re.I):
        found = match.group(1)  # 'Viticulturists control…' writes it with a capital too
        if found[:1].isupper() and not found.isupper():
            return found
    return name


def _title_case(name: str, running: list[str]) -> str:
    """'MARINE ENGINEER OFFICER (MERCHANT NAVY)' -> 'Marine Engineer Officer (Merchant Navy)'; capitals kept for a
    word the page's running text writes in capitals (an acronym) and a roman grade; connectors in lower case."""
    def word(token: str, first: bool) -> str:
        core = token.strip("()[]/,-")
        if not core.isalpha():
            return token
        acronym = _GRADE_NUMERAL.match(core) or not re.search(r"(?i)[aeiouy]", core) or any(
            re.search(rf"(?<![\w-]){re.escape(core)}(?![\w-])", line) for line in running)
        if acronym:
            return token
        cased = core.lower() if core.lower() in _CONNECTORS and not first else core.capitalize()
        return token.replace(core, cased, 1)
    parts = re.split(r"(\s+|-|/)", name)
    out, first = [], True
    for part in parts:
        if part and not part.isspace() and part not in "-/":
            out.append(word(part, first))
            first = False
        else:
            out.append(part)
    return "".join(out)


_GRADE_NUMERAL = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$")


_TITLE_LABEL = re.compile(r"(?i)^(?P<label>job title|role title|position title|class title|classification title|job|position"
                          r"|title|occupation|occupation title|profession|job role|career"
                          # round 16a: a career quiz's result naming one career ('Your top match: Spa Therapist (92% match)')
                          r"|(?:your )?(?:top|best|closest) (?:career )?match)"
                          # round 15a: 'Job title – Fish Processing Worker', 'CAREER - …': a spaced dash after the label
                          r"(?:\s*:|\s+[–—-])\s*(?P<name>\S.*)$")
_SPECIALTY_DASH = re.compile(r"\s+[–—-]\s+")
# how well a quiz's result fits the person, after the career it names ('(92% match)', '— 87% fit'): never part of the name
_MATCH_SHARE = re.compile(r"(?i)\s*(?:\(\s*\d{1,3}\s?%\s*(?:match|fit)\s*\)|[–—-]\s*\d{1,3}\s?%\s*(?:match|fit))\s*$")
_LABEL_SCAN = 40  # lines of a profile header searched for a 'Job Title:' row


def labelled_title(text: str) -> Title | None:
    """The role named by a 'Job Title: Treasury Analyst' row of a profile header (an HR job-architecture page
    whose first lines are the employer's and the job family's), when no title line was found."""
    for number, raw in enumerate(text.splitlines()[:_LABEL_SCAN], 1):
        match = _TITLE_LABEL.match(_strip_symbols(raw).strip().strip("*_"))
        if not match:
            continue
        name = _MATCH_SHARE.sub("", match.group("name")).strip(" *_")
        others = "\n".join(line for i, line in enumerate(text.splitlines(), 1) if i != number)
        name = _as_written(name, others)  # 'Occupation: viticulturist' over a page that writes 'Viticulturist'
        if name.isupper() and len(_base(name).split()) >= 2:
            # round 15a: 'CAREER: SUGAR MILL BOILER ATTENDANT', a labelled name the page writes only in capitals: in
            # title case, as analysts store it (set 17); a word without a vowel ('CNC') stays an acronym
            name = _title_case(name, [line for line in others.splitlines() if line != line.upper()])
        explicit = match.group("label").lower() not in ("job", "position", "title")
        head = _SPECIALTY_DASH.split(name)[0]  # round 12b: 'PARAEDUCATOR – SPECIAL EDUCATION': a role and its specialty
        if role_like(name) and (has_role_noun(name) or explicit and _mentioned(name, others) and (
                _agentive(name) or head != name and (_agentive(head) or has_role_noun(head)))):
            # a known role noun; or, under a label that can only name a role ('Occupation:', 'Job title:'), a word
            # for a person the page names again ('Viticulturists control…'), or such a word with the specialty the
            # page writes after a dash, the whole name written again on the page ('Paraeducator – Special Education')
            return Title(singular_title(name), raw.strip(), number)
        if match.group("label").lower() == "career":
            continue  # round 15a: 'Career: progression after two years' is a row of a box, not the page's title row
        return None  # the page's one title row names no role
    return None


# --- round 13a: other names of the role said in prose -------------------------------------------------------------
_CALLED_IT = re.compile(r"(?i)\b(?:call|calls|called|name|names)\s+(?:the\s+(?:job|role|position|post|work)|it|this\s+(?:job|role))"
                        r"\s+(?P<names>[^.;:!?()]+)")
_TITLE_IS = re.compile(r"(?i)\bthe\s+(?:job\s+|role\s+|official\s+|local\s+)?title\s+is\s+"
                       # round 15a: 'the job title is written as Locations Manager': the name after the verb
                       r"(?:(?:also\s+|sometimes\s+|often\s+)?(?:written|spelled|spelt|given|shown|listed)\s+as\s+)?(?P<names>[^.;:!?()]+)|"
                       r"\b(?:former|old|older|previous|traditional|earlier)\s+(?:job\s+)?title\s+(?P<old>[^.;:!?(),]+?)\s+is\s+"
                       r"(?:still\s+)?(?:widely\s+|often\s+|commonly\s+|also\s+)?(?:used|heard|seen)")
_NAMES_STOP = re.compile(r"(?i)\s+(?:in|by|at|on|within|when|depending|across|among|because|but|while|for|with)\s|,\s+(?:and|but)\s")
_AGENT_END = re.compile(r"(?i)(?:er|or|ist|ian|ee|ant|ent|man|woman|person|keeper|smith|wright|eur|euse|eute|trice|ière|ier)$")


def said_aliases(text: str, role: str) -> list[str]:
    """Other names of the role a sentence gives beside the forms prose_aliases reads: 'Some of our offices call the role
    Practice Manager or Practice Administrator', 'Some people call the job a wildlife rehabber; state permits call it a
    wildlife rehabilitation permittee', 'in Québec the title is inhalothérapeute', 'The former title kindergarten
    teacher is still widely used'. Every name must end on a word for a person (a role noun or an agent noun), or none
    is kept ('call the job a calling')."""
    if not role:
        return []
    out: list[str] = []
    for match in list(_CALLED_IT.finditer(text)) + list(_TITLE_IS.finditer(text)):
        names = match.groupdict().get("names") or match.groupdict().get("old") or ""
        names = _NAMES_STOP.split(names)[0].strip().rstrip(",")
        pieces = [re.sub(r"(?i)^(?:an?|the)\s+", "", p).strip() for p in
                  re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", names) if p.strip()]
        if not pieces or len(pieces) > 4:
            continue
        if all(0 < len(p.split()) <= 4 and re.fullmatch(r"[^\W\d_][\w'’/-]*(?: [\w'’/-]+){0,3}", p)
               and (has_role_noun(p) or _AGENT_END.search(p.split()[-1])) and p.casefold() != role.casefold()
               for p in pieces):
            out.extend(p for p in pieces if p not in out)
    return out
