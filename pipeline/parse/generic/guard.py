"""Generic layout: the precision guard. A section's items are stored as facts of its kind only when each one looks
like that kind; an item that does not is kept verbatim in ``page_sections`` (counted in text coverage), never stored
as a fact that may be wrong. The rules are general shapes, the vocabulary sits in ``pipeline/reference/``
(``generic_guard.tsv``: requirement, metadata and not-pay words; ``country_currencies.tsv``: the currency a bare
``$`` means on a page that names one country).

* skills: a short name (at most 15 words), never a requirement (a degree, a licence, N years, a check), a question,
  a checkbox, a heading of another kind of section, a figure with a currency or the role itself, several names glued
  by ' · ' separators or a sentence addressed to the reader ('You have 4 of 6 of these skills…');
* career paths: a title (at most 8 words, no digits, no sentence, no heading), never a qualification or course, never the role itself
  except as a step of its ladder written as the role ('Phlebotomists may take…' is a sentence about it);
* aliases: title-like, never a heading, never the role itself, never site furniture ('Share');
* facts: a label/value pair, never page metadata ('Last edited'), never a pay line (that is a salary only), never a
  label with a dash inside (two pairs read as one), never a value listing two or more roles (titles, specialisations);
* salaries: an amount with a currency and a lower end, never a bonus, a fee or benefits, never a bound on a share
  of earners ('the highest 10 percent earned more than $X'), never a cell of a table row read as text that holds two money cells ('GS-5 | $36,478 | $47,422':
  regions or a band's ends, unknown);
* responsibilities: a duty, never a heading of the vocabulary or a bare label, an amount line ('HUF 890 000'), a
  question or pitch, or an item still carrying a list marker ('B) …');
* page metadata ('Date modified: 2026-10-14') is no fact of any kind; a box row ('QP Code: SGJ/Q0101') is no alias;
  three capitals are money only as a currency of currencies.tsv ('ISO 9001:2015' is no amount); a glance value that
  lists the role among other names is no fact;
* round 8: an item still carrying a code ('A.1 Assess…', 'A – PROVIDE CARE', '1、Manage…') is no duty; a skill or step
  led by a glyph ('◆ Scientific writing') or a step holding a label ('Typical progression: X') is none; a line of
  three or more entries split by bars that is no table row ('Find Jobs | Find Training Providers | …') is a site
  menu, no move; a value holding several 'Label: value' pairs split by bars is no fact; a bare '$' takes the currency a
  page states in words ('Amounts in Canadian dollars') or names by a term of one country's pay system
  ('superannuation'), before any country's name;
* round 9a (by extraction path, from an audit of every wrong fact of the first scores of held-out sets 4-9): a
  personal quality ('A calm temperament', 'good judgement': words of kind quality) or an item led by a glyph is no
  duty, a glyph-led alias is none; a run of list items (one section, consecutive lines) that mostly fail their kind
  is dropped whole, like a section; a skill group named as requirements ('School subjects') or by a heading of
  another kind gives no skills; a label over a list of titles ('Verwandte Berufe: A · B · C') is no step; two
  figures of one line whose second label is only a join ('€ 2.600,– bis …' read as two points) are no pay; shares of
  takings ('Service charge', gratuities, tips) are not base pay; a bare '$' on a page that names another dollar's
  country but never the United States, with no one country deciding, is no salary; a link of the site ('See also:
  …', 'Read more about …': kind link) is no fact of any kind, a move's label ('From:') no skill group, a value
  pointing elsewhere ('see below') no fact; words naming other money after a figure count within its sentence;
  titles after a label that names no move ('Popular searches: A, B', 'Ähnliche Berufe: …') are no moves; two names
  glued by ';', '·' or '|' are no alias; labels of the page's furniture ('Share this page', 'Rating') give no facts;
  a salary labelled by a bound alone ('Up to' of 'Up to £40k') or ending on one ('Head nurse: up to') is none;
  an e-mail or web address or a telephone number is the site's contact, no fact;
* everywhere: a section whose items mostly fail their kind (two or more, more than pass) was misread as a whole and
  none of its items is stored (page_sections keeps them). Facts also never take a money value (unless the label
  names it as not pay: 'Maximum funding'), a signed percentage ('+8%', an impact column), a question or pitch, or a
  label with an arrow inside; pay that is not the role's base pay (differentials, additional pay, 'plus $X',
  incentives) is no salary.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.reference import rows
from pipeline.parse.guide.sections import Item
from pipeline.parse.generic.vocabulary import (
    _CAREER_KINDS, _furniture_line, has_role_noun, heading_kind, normal_heading, _strip_symbols,
)
from pipeline.text.salaries import _currency_markers, figure_start
from pipeline.parse.generic.items import _has_currency, lead_in_kind, RANKED_SHARE, _SALARY_WORD
from pipeline.parse.generic.boxes import _marked_after


@lru_cache(maxsize=None)
def _words(kind: str) -> re.Pattern:
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == kind]
    return re.compile(r"(?i)(?<![\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])")


def _language_name(text: str) -> bool:
    """A line that is only a language's name in its own tongue ('Français', 'Te Reo Māori': a language switch)."""
    match = _words("language_name").fullmatch(text.strip(" |/·[]()"))
    return match is not None


def _is_requirement(text: str) -> bool:
    return bool(_words("requirement").search(text))


def _metadata(label: str) -> bool:
    return bool(_words("metadata").fullmatch(normal_heading(label)))


def _not_pay(label: str) -> bool:
    """A not_pay word in the label; or (round 27a) a not_pay_glued word of a script without spaces in the label's
    last clause, its last three chunks (what the figure right after it is: '…每月績效獎金約', a monthly bonus)."""
    if _words("not_pay").search(label):
        return True
    clause = re.sub(r"[(（][^()（）]*[)）]", " ", re.split(r"[，。,;；、]", label)[-1])  # a bracket aside, '(ค่าใบ กว.)'
    tail = " ".join(clause.split()[-3:])
    return bool(tail) and bool(_glued_not_pay().search(tail))


@lru_cache(maxsize=None)
def _glued_not_pay() -> re.Pattern:
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows("generic_guard") if r["kind"] == "not_pay_glued")
                      or r"(?!)")


def _same(a: str, b: str) -> bool:
    return normal_heading(a) == normal_heading(b) or normal_heading(a).rstrip("s") == normal_heading(b).rstrip("s")


# words of how a role's people are employed, not of a grade ('seasonal snowplow operators' are the role's own people)
_EMPLOYMENT_WORDS = frozenset("seasonal temporary temp casual permanent relief contract contracted part time full "
                              "fixed term new current existing".split())


def _role_itself(title: str, role: str) -> bool:
    """Round 18a: a career move naming the role itself: one of a title's two names ('jackaroos' of 'Jackaroo /
    Jillaroo', set 21's u04) or the role's name after words of how its people are employed ('seasonal snowplow
    operators' of 'Snowplow Operator', u02): 'Many of our crews started as …' says where the role's people come from,
    not another job. A grade before the name ('Senior Snowplow Operator') is a move."""
    names = [role] + ([half.strip() for half in role.split(" / ")] if role.count(" / ") == 1 else [])
    if any(_same(title, name) for name in names[1:]):
        return True
    target, own = normal_heading(title).split(), normal_heading(role).split()
    if len(target) <= len(own) or not own:
        return False
    lead, tail = target[:len(target) - len(own)], target[len(target) - len(own):]
    return _same(" ".join(tail), role) and all(word in _EMPLOYMENT_WORDS for word in lead)


def _people_subject(name: str, role: str) -> bool:
    """Round 18a: a skill that holds the role's people by its head noun in the plural with a verb after it ('Good
    pilots combine sound judgement', a FAQ answer split at its commas, set 21's u16): a sentence, not a skill
    ('Pilot licence', 'Working with other pilots' name none with a verb after)."""
    own = normal_heading(role).split()
    if not own or len(name.split()) < 4:
        return False
    head = re.escape(own[-1])
    return bool(re.search(rf"(?i)^(?:\w+\s+)?{head}s\s+(?:combine|have|need|are|bring|know|must|should|can|use|show)\b",
                          name.strip()))


def _own_role(title: str, role: str) -> bool:
    """The page's own role (its plural too), or round 18b one half of a title written for two ('started as jackaroos'
    on the 'Jackaroo / Jillaroo' page: set 21 u04; set 15's 'Lifeguard / Swim Instructor')."""
    halves = [part for part in re.split(r"\s+/\s+", role) if part.strip()] if role else []
    # round 18b: the role under a word of its kind of contract, no rank ('started as seasonal snowplow operators':
    # set 21 u02; 'casual', 'part-time', 'temporary' are the same job, while 'senior', 'trainee', 'lead' name another)
    title = _EMPLOYMENT_KIND.sub("", title.strip())
    return _same(title, role) or len(halves) > 1 and any(_same(title, part) for part in halves)


_EMPLOYMENT_KIND = re.compile(r"(?i)^(?:(?:seasonal|casual|part[- ]time|full[- ]time|temporary|temp|permanent|fixed[- ]term|"
                              r"relief|agency|freelance|contract|on[- ]call)\s+)+(?=\S)")


def _heading(text: str) -> bool:
    return heading_kind(text) is not None


_SKILL_KINDS = {None, "skills", "skill_group", "skill_gaps", "skill_requirements"}


def _metadata_line(text: str) -> bool:
    """'Date modified: 2026-10-14', 'Last updated – March 2025': a line of page metadata, never a fact of any kind."""
    label = re.split(r":|\s[–—-]\s|\t", _strip_symbols(text).strip(), maxsplit=1)[0]
    return bool(label.strip()) and _metadata(label)


_SKILL_FURNITURE = re.compile(r"(?i)(?:advertisements?|sponsored|anzeige|werbung|publicit[ée]|publicidad|publicidade|"
                             r"pubblicit[àa]|(?:show|see|view) (?:all|more)(?: \d+)? [a-z ]{2,30})")


def skill_ok(name: str, text: str, role: str) -> bool:
    words = name.split()
    if _metadata_line(text) or _metadata(name):
        return False  # 'Date modified: 2026-10-14' under the skills list is page metadata
    if not words or len(words) > 15 or "?" in text or "\t" in name or re.search(r"\[[ xX]?\]", text):
        return False
    if name.rstrip().endswith(":") or heading_kind(name) not in _SKILL_KINDS or _has_currency(text) or _same(name, role):
        return False
    if _SKILL_FURNITURE.fullmatch(name.strip()):
        return False  # round 22b: 'Advertisement', 'Show all 24 skills': the page's furniture among the skills
    if _MARKER.match(name.strip()) or _GLYPH_LED.match(name.strip()):
        return False  # a list marker or a bullet glyph not read as one ('◆ Scientific writing')
    if len(re.findall(r"\s[·•|]\s", name)) >= 2:
        return False  # 'Account Management · Customer Retention · SaaS': several skills glued, kept as text
    if re.match(r"(?i)(?:you|your|we|our)\b", name.strip()) and len(words) >= 5:
        return False  # 'You have 4 of 6 of these skills on your profile': a line addressed to the reader
    if re.fullmatch(r"[\d.,%#]+", name.strip()):
        return False  # round 24a: '1', '2' … of a table 'Rank<TAB>Ability<TAB>Importance' read by its first column: a rank
    if re.search(r"[；;。]$", name.strip()):
        return False  # round 24a: '熟悉常用实验技术和仪器操作；': an item ending a clause of a requirements list, no name
    if re.search(r"\s[―…]\s+\S.{7,}", name):
        return False  # round 24a: 'コミュニケーション力 ― 患者さんの不安を聞き取り…': a name and its description glued by a bar
        # or an ellipsis as a leader, read as one; unsure where the name ends, kept as text
    if _people_subject(name, role):
        return False  # round 18a: 'Good pilots combine sound judgement': a sentence's subject and verb read as a skill
    if "\n" in text and text.partition("\n")[0].strip() == name.strip():
        # round 26d: 'Food safety knowledge' / 'Sous chefs … usually hold a Level 3 … certificate.' (p50_09): a name over
        # the sentence explaining it; the name asks for no requirement, whatever its explanation tells
        return not _is_requirement(name)
    return not _is_requirement(text)  # 'Proficient in Figma (2+ years)' asks for years: a requirement


# a name led by a symbol that is no letter, digit, quote or bracket ('◆ eCTD publishing'): a glyph left on it
_GLYPH_LED = re.compile(r"^[^\w\s\"'‘’“”(\[.#@+]")


# a social-media handle or hashtag ('Follow @CityPolice', '#JoinTheTeam'); 'C# Developer' keeps its '#'
_HANDLE = re.compile(r"(?:^|\s)[@#]\w")
# a line holding a social handle ('LINE: @siameverafter   Facebook   Instagram'): the site's social links, no move
# (lead, set 15)
_AT_HANDLE = re.compile(r"(?:^|\s)@\w{2,}")


def _legal_form(word: str) -> bool:
    """'Ltd', 'LLC', 'GmbH', 'A.Ş.', 'Pty': a company's legal form (generic_guard.tsv kind legal_form)."""
    return bool(_words("legal_form").fullmatch(word.strip("(),")))


def _role_word(title: str) -> bool:
    """Round 15b: a word of the title is a known role noun ('Director' in 'Director, Data Management', 'Operator' in
    'Operator in Training'): the head noun of any of its parts, not only of the whole."""
    parts = re.split(r"\s+(?:of|in|for|de|du|des|di|da|do)\s+|,\s*|\s+/\s+", re.sub(r"\([^()]*\)", " ", title))
    return any(has_role_noun(w) for part in parts for w in [part, *part.split()] if w.strip())


def not_a_role(title: str) -> bool:
    """Round 15b: a name that reads as a body, a document's part or a link rather than a role: no word of it is a known
    role noun, and it ends on a word of a body or unit ('Namibian Professional Hunting Association', 'Operations Team';
    generic_guard.tsv kinds unit and body) or opens or ends on a word of a document's part ('Sources of Additional
    Information', 'Useful Links'; kind document); or it opens on a quotation mark ('"I joined as …': a testimonial)."""
    text = title.strip()
    if re.match(r"[\"“”„«»]", text):
        return True
    words = [w.strip(".,;:()'’\"") for w in text.split()]
    words = [w for w in words if w]
    if not words or _role_word(text):
        return False
    last, first = words[-1], words[0]
    return bool(_words("unit").fullmatch(last) or _words("body").fullmatch(last)
                or _words("document").fullmatch(last) or _words("document").fullmatch(first))


# a grade's code before a step's title ('Level 2 Technician', 'EMS 7 Dispatcher'); the title after it must be one
_GRADE_FIRST = re.compile(r"^(?:Level|Grade|Band|Step|Tier|Class|Scale|[A-Z]{2,4})\s?\d{1,2}\s+(?=[^\W\d_]{2,}(?:\s|$))")


_GRADE_AFTER = re.compile(r"(?<=[^\W\d_])\s*\((?:[A-Z]{2,5}[ -]?\d{1,2}|(?:Grade|Band|Scale|Pay grade) \d{1,2}[A-Z]?)\)$")


def path_ok(title: str) -> bool:
    words = title.split()
    if not_a_role(title):
        return False
    if _metadata(title) or _HANDLE.search(title):
        return False  # 'Follow @CityPolice' under a career list: the site's social link, no role
    bare = re.sub(r"(?<=[^\W\d_])\s+L\d{1,2}$", "", title.strip())  # 'SOC Analyst L1': a level code after a title (13a)
    bare = _GRADE_FIRST.sub("", bare)  # round 16b: 'Level 1 Technician', 'EMS 5 Call Handler': a grade's code first
    bare = _GRADE_AFTER.sub("", bare)  # round 22b: 'Deputy director (SCS1)', 'Policy lead (Grade 7)': a grade's code after
    if not words or len(words) > 8 or re.search(r"\d|\?|\[|\]|\t|:", bare) or _GLYPH_LED.match(title.strip()) or title.rstrip().endswith((".", ":", ";")):
        return False
    if _MARKER.match(title.strip()):
        return False
    if any(_words("action").fullmatch(part) for part in re.split(r"\s*/\s*", title.strip())):
        return False  # 'Başvur / Apply': the page's button, no role
    if len(words) > 1 and _legal_form(words[-1]):
        return False  # 'Northgate Ports Ltd', 'Hartwell Lambert LLP': a firm by its legal form, no role (round 13a)
    if any(_legal_form(word) and not has_role_noun(" ".join(words[i + 1:])) for i, word in enumerate(words[1:], 1)):
        return False  # 'Ironbark Quarries Pty Ltd ABN' (a footer): a firm's name with its number, no role (lead, set 15)
    if re.match(r"[a-z]{2,}ing$", words[0]) and not has_role_noun(title):
        # round 19a: 'Most makers start out as workshop hands, sweeping shavings and sanding blanks' (set 25's y06), 'shed
        # hands or wool handlers, sweeping boards and throwing fleeces' (set 24's x05): a lower-case gerund opens what
        # the people do, an activity, no role ('mining engineer' holds a role noun)
        return False
    if re.search(r"\s[·•|]\s", title):
        return False  # 'Manaakitanga · Kaitiakitanga · Whanaungatanga': words glued by a separator, no one title
    if _words("course").search(title) and not has_role_noun(title) and not has_role_noun(
            re.split(r"\s+(?:of|for|in)\s+", title, maxsplit=1)[0]):  # ('Head of Course' is a title: 15b)
        # 'Advanced Certificate in Freight Forwarding' is a qualification, not a role ('Localization Program Manager',
        # ending on a role noun, is one: round 12b)
        return False
    return not (_heading(title) and not has_role_noun(title))


def alias_ok(alias: str, role: str) -> bool:
    text = alias.strip()
    words = text.split()
    if not words or len(words) > 8 or _same(text, role) or "?" in text or text.endswith(":") or _HANDLE.search(text):
        return False
    if not_a_role(text):
        return False  # 'TRAINING' after an aliases list, 'Hunting Association': a heading or a body, no title (15b)
    if any(_words("action").fullmatch(part) for part in re.split(r"\s*/\s*", text)):
        return False  # 'Apply now' closing a list of names: the page's button, no other title (round 13a)
    if text.count(", ") >= 2:
        return False  # 'Deckhand, Tug Mate, Port Engineer': a list of titles glued, no one name (round 13a)
    if ":" in text or "\t" in text or _metadata_line(text):
        return False  # 'QP Code: SGJ/Q0101', 'NSQF Level: 4': a box's label and value, no other title of the role
    if re.search(r";|\s[·•|]\s", text):
        return False  # 'Apothecary; Dispensing Chemist': two names glued by a separator the split did not take
    if _heading(text) and not has_role_noun(text):
        return False
    if len(words) == 1 and _furniture_line().match(text):
        return False  # 'Share', 'Print': site furniture, no title
    if _language_name(text):
        return False  # 'Français' under the breadcrumb: a language switch, no title
    return not _GLYPH_LED.match(text)  # '✓ Signal Fitter': a bullet glyph not read as one


_PAY_LABEL = re.compile(r"(?i)\b(?:salary|salaries|pay|wages?|earnings?|earn|compensation|income|remuneration)\b")


# an e-mail or web address, or a telephone number written as one ('1-800-555-0199', '+44 20 7946 0000')
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|\bwww\.|^\s*(?:\+\d{1,3}[\s-]?)?(?:\(?\d{1,4}\)?[\s.-]){2,4}\d{3,4}\s*$")
_SIGNED_SHARE = re.compile(r"(?:^|\s|\t)[+−–-]\s?\d+(?:[.,]\d+)?\s?%")
_LETTERED_AMOUNT = re.compile(r"[^\W\d_]{1,3}\s?\d{1,3}(?:[\s.,\u00a0]\d{3})+")
# a value opening on such an amount, its abbreviation written with a point, then a range or a period ('Kr. 38.200 – …')
_LETTERED_PAY = re.compile(r"[^\W\d_]{1,3}\.?\s?\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:\s?[–—-]\s?|\s+(?:a|per|om|pro|par|al|por)\s)")
_ARROW = re.compile(r"[→⇒⟹➜➔➝➞➙➛⇨⮕>]")
# round 19b: units of time, size and count an amount before a period may carry ('40 hrs per week', '2 days a week',
# '12 t per day'): no currency
_NOT_MONEY_UNIT = (r"h|hrs?|hours?|horas?|heures?|std|stunden|days?|d[ií]as|jours?|dias|shifts?|turnos?|weeks?|semanas?|"
                   r"months?|meses|mois|years?|a[ñn]os|anos|ans|km|kg|t|tons?|tonnes?|guests?|people|staff|pupils|"
                   r"students|beds|sows|trips|loads|m|cm|mm|pcs|units?")


@lru_cache(maxsize=None)
def _amount_period() -> re.Pattern:
    from pipeline.parse.generic.pay import _pay_words
    words = _pay_words()
    local = "|".join(f"(?:{words[k].pattern.replace('(?i)', '')})" for k in ("month", "year", "week", "day", "hour")
                     if k in words)
    english = (r"per\s+(?:month|year|annum|week|day|hour)|a\s+(?:month|year|week|day)|an\s+hour|monthly|weekly|yearly|"
               r"annually|/\s?(?:month|mo|yr|year|week|wk|day|hr|hour)")
    return re.compile(rf"(?i)^\s*(?:[^\W\d_]{{1,3}}\.?\s?\d[\d\s.,]*?|\d[\d\s.,]*?\s?(?!(?:{_NOT_MONEY_UNIT})\b)"
                      rf"[^\W\d_]{{1,4}}\.?)\s+(?:{local}|{english})(?!\w)")


def _amount_per_period(value: str) -> bool:
    """'8 900 MT por mês', 'Q250 al mes', 'Rs 500 a day': an amount with a marker of one to four letters before or after
    it, then a period of pay; '39 per week', '40 hours per week' are none."""
    return bool(_amount_period().match(value))


_BYLINE_TAIL = re.compile(r"(?i)[·|•]\s*(?:last\s+)?(?:updated|actualizado|atualizado|aktualisiert|mis à jour|aggiornato|"
                          r"bijgewerkt|zaktualizowano|opdateret|oppdatert|uppdaterad)\b")
_SOCIAL = {"facebook", "instagram", "linkedin", "tiktok", "x", "twitter", "youtube", "xing", "whatsapp", "pinterest",
           "threads", "snapchat", "telegram", "vk", "line", "wechat", "weibo"}


def _social_only(value: str) -> bool:
    parts = [p.strip().casefold() for p in re.split(r"\s*[·|•,/]\s*|\s{2,}", value.strip()) if p.strip()]
    return len(parts) >= 2 and all(p in _SOCIAL for p in parts)


def _place_label(label: str) -> bool:
    from pipeline.parse.generic.title import place_name
    return place_name(re.sub(r"\s*\([^()]*\)", "", label))


def fact_ok(label: str, value: str, role: str, box_pay: bool = False) -> bool:
    label = _strip_symbols(label).strip()
    if not label or not value.strip() or _metadata(label) or re.search(r"\s[–—-]\s", label):
        return False
    if not re.search(r"\w", value) or role and _same(label, role):
        # round 23a: 'Home' / '›' (a breadcrumb's entries over its separators), 'Paramedic' / 'Health and social care'
        # (the role's own name over its category): a value of no word, or a label that is the role itself, is no fact
        return False
    if _words("sequence").fullmatch(normal_heading(label)):
        return False  # round 23a: 'Step 1: Complete an accredited program': a row of a sequence, no glance fact
    if re.search(r"\s\|\s.*:|:.*\s\|\s", value):
        return False  # 'Librarian Series | FLSA: Exempt | Bargaining unit: …': several pairs in one value
    if re.search(r"\s{2,}[A-Z][\w ]{0,30}:\s", value):
        return False  # 'Established: 03/1998   Revised: 07/2025': two pairs set apart by spaces, read as one
    if _BUTTON_ROW.fullmatch(label.strip()) or _BUTTON_ROW.fullmatch(value.strip()):
        # round 19a: 'Share   Print   Email' over 'Advertisement' (set 24), 'Sækja um   Deila   Prenta' over the footer
        # (set 25's y17), 'RECOMMEND THIS PAGE USING' over 'Facebook   X   LinkedIn': three short entries or more set
        # apart by runs of spaces are a row of the page's buttons or links, in any language, no label or value of a fact
        return False
    if re.match(r"\s*[:=]", value):
        return False  # 'Eligibility :: Class 12 pass': a separator the split did not take whole; unsure, keep as text
    if re.fullmatch(r"(?i)all\s+[a-z]+(?:\s+(?:of|in)\s+[a-z]+)?", value.strip()) and label.strip().lower() in value.lower():
        return False  # round 22b: 'Experience:' / 'All years of Experience': a search filter's default choice, no fact
    if _BYLINE_TAIL.search(value) or re.search(r"\[(?:change|edit|select)\]\s*$", value, re.I):
        return False  # round 22b: 'Sector: Marketing · Actualizado: enero de 2025' (a byline), 'Florida [Change]' (a picker)
    if value.rstrip().endswith(":") or len(value.split()) > 14 and re.search(r"[.!?…]$", value.rstrip()) \
            and len(re.findall(r"[.!?…](?:\s|$)", value)) >= 1 and not re.search(r"\d", value[:20]):
        return False  # round 22b: 'Chi è?' over a paragraph, 'Le métier' over 'Ses missions au quotidien :': prose, no value
    if len(value) > 40 and value.rstrip().endswith(("。", "！", "？")):
        return False  # round 24a: '職務說明' over '物理治療師運用…提升生活品質。': a paragraph in a script without spaces, no value
    if _social_only(value):
        return False  # round 22b: 'Folge uns: Instagram · LinkedIn · TikTok': the site's social links
    if _place_label(label):
        return False  # round 22b: 'Ontario: Good', 'Canada (national level): Moderate': a region's row of a table, no fact
    if re.match(r"(?i)\s*(?:see|refer to|view|check)\s+(?:below|above|the\s+table|table|section|page|more)\b", value):
        return False  # 'Median pay: see below': a pointer to another part of the page, no fact
    if _CONTACT.search(value):
        return False  # 'Contact: careers@example.org', 'Phone: 1-800-555-0199', a web address: the site's, no fact
    if re.search(r"(?<!\d)\d{1,2}$", label) and re.fullmatch(r"(?i)\d{2}(?:\s*(?:[ap]\.?m\.?|h|uhr))?", value.strip()):
        return False  # round 26a: 'Valencia | 12·11·26 | 06:45', 'Actualizado a las 10:12' (p51_05): a clock time split
        # at its colon, no label and value
    if re.search(r"[›»→]\s*$", value) or re.match(r"[A-Z]{2,6}:\s*\S", value.strip()):
        return False  # round 26a: '… iscrizioni aperte per marzo 2027. Scopri di più ›' (an advert's link, p51_09);
        # 'Normdaten (Sachbegriff): GND: 4154632-1' (a wiki's authority code, p53_04): a link or a second pair, no fact
    level = re.search(r"\((?-i:[A-Z]{2,5})\)$", label)
    if level and re.search(rf"(?<!\w){level.group()[1:-1]}(?!\w)", value):
        return False  # round 26a: 'Höhere Fachschule (HF): Dipl. Pflegefachfrau HF, …' (p51_07): a level of schooling over
        # the titles it awards, each carrying its acronym: moves of a career, no glance fact
    if _CONTACT_LABEL.fullmatch(label) and re.search(r"\d|@", value):
        return False  # round 26a: 'Hotline: 1900 0000 | Email: …' (a site's footer, p52_11): the site's contact
    if _ARROW.search(label) or "?" in value:
        return False  # two pairs read as one ('Crunch risk → Medium'), or a question/promo line as the value
    if box_pay and re.search(r"\d", value):
        # round 21c, 22c: a pay row of a glance box ('2024 Median Pay' / '$80,450 per year') is a row of the box as
        # written; a sentence ended by its full stop ('Pay' / 'The median annual wage … was $98,310 in May 2023.')
        # is prose under a pay heading, no row (a box value of words, 'Set by the agreement', reads as any fact)
        return not _EXTRA_PAY_LABEL.search(label) and len(value.split()) <= 12 \
            and not (value.rstrip().endswith(".") and len(value.split()) >= 5)
    if box_pay and ("\t" in value.strip() or re.search(r"\((?:[A-Za-z]{2,3}|[A-Za-z]{0,2}[$£€¥₹])\)\s*$", label)):
        return False  # 'Monthly basic salary (RM)' / 'Years of experience<TAB>City A<TAB>City B': a pay table's head
    if (_has_currency(value) and figure_start(value.strip()) == 0 or amount_only(value)) and not _not_pay(label):
        return False  # 'Junior: £24k–£30k', 'Lead: £60k+': money that is not named as a fee, a grant, funding… is pay
    if _LETTERED_AMOUNT.fullmatch(value.strip()) or _LETTERED_PAY.match(value.strip()):
        # 'R185 000', 'K 45,000', 'Kr. 38.200 – 42.900 om måneden': an amount in a currency the page's markers do not
        # name, pay or nothing
        return False
    if _amount_per_period(value) and not _not_pay(label):
        # round 19b: 'Salário base: 8 900 MT por mês', 'Bonificación incentivo: Q250 al mes' (set 24 x17, x13): an amount
        # marked by letters its page's markers do not know, then a period, is money by the month, never a glance fact
        return False
    if _marked_after(value) and not _not_pay(label):
        return False  # round 16b: 'Débutant : 3 200 DH par mois': an amount whose currency is written after it is pay
    if _SIGNED_SHARE.search(value) and len(value.split()) <= 2:
        return False  # 'Avionics Troubleshooting: +8%': an impact column, no fact of the role
    if _SALARY_WORD.search(label) and _has_currency(value):
        return False  # a pay line is a salary, and only a salary
    if _PAY_LABEL.search(label) and re.search(r"\d", value):
        return False  # 'Typical salary: R12 000 – R18 000 per month' is pay even when its figure cannot be read
    if _EXTRA_PAY_LABEL.search(label) and re.search(r"\d", value):
        # round 13b: 'Commission: 40% – 60% split on every deal': money beside the base pay, neither a fact nor a salary
        return False
    if sum(has_role_noun(part.strip()) for part in re.split(r"[,;]", re.sub(r"\([^()]*\)", "", value))) >= 2:
        # (round 13b: the roles in brackets explain a figure: 'Team size: 8–20 (dentists, hygienists, …)')
        return False  # 'Titles classified here: archivist, digital archivist': a list of roles, no glance fact
    if "," in value and any(_same(part.strip(), role) for part in value.split(",")):
        return False  # 'Names<TAB>Farrier, horseshoer': the role among other names, a list of titles
    return not _same(value, role)


_CONTACT_LABEL = re.compile(r"(?i)hotline|helpline|hot line|phone|telephone|tel\.?|fax|e-?mail|whatsapp|zalo")
_BUTTON_ROW = re.compile(r"[^\s\d:]+(?: [^\s\d:]+){0,2}(?:\s{3,}[^\s\d:]+(?: [^\s\d:]+){0,2}){2,}")
_EXTRA_PAY_LABEL = re.compile(r"(?i)\b(?:commissions?|bonus(?:es)?|incentives?|premiums?|differentials?|allowances?|"
                              r"overtime|tips|gratuit(?:y|ies))\b")
_BOUND = re.compile(r"(?i)^(?:up\s+to|under|less\s+than|over|more\s+than|at\s+least|below|above)\b")
_BOUND_LABEL = re.compile(r"(?i)^\W*(?:up\s+to|from|over|under|starting\s+(?:at|from)|at\s+least|more\s+than|less\s+than|"
                          r"between|around|about|approx(?:\.|imately)?|c\.|circa|ab|bis|jusqu['’]à|até|hasta)\W*$")
# 'Head nurse: up to £38,000' read with the bound at the end of its label: a ceiling (or floor) read as a point
_BOUND_TAIL = re.compile(r"(?i)(?:^|[\s:])(?:up\s+to|under|less\s+than|more\s+than|over|at\s+least|in\s+excess\s+of)\W*$")
# round 21c: a figure written with its upper bound ('up to £53,755', 'less than $18 an hour'): a maximum only
_CEILING = re.compile(r"(?i)^(?:up\s+to|less\s+than|under|below|no\s+more\s+than)\s")
_SHARE = re.compile(r"(?i)\d\s*(?:%|percent\b|per\s+cent\b)|percentile")


def _pay_named_after(row: dict, sentence: str) -> bool:
    """'a $5,000 sign-on bonus', '€2,000 learning budget': the words right after the figure (in its sentence, before
    the next figure) name what it is."""
    figure = (row.get("text") or "").strip()
    at = sentence.find(figure) if figure else -1
    if at < 0 or figure == sentence.strip():
        return False
    rest = re.split(r"(?<=[.;!?])\s", sentence[at + len(figure):], maxsplit=1)[0]  # within the figure's sentence,
    rest = re.split(r"[$€£¥₹]|\d", rest, maxsplit=1)[0]  # up to the next figure (whose words they are)
    # round 14b: '400만~650만 원 a month including commission': the figure's period before what it holds
    rest = re.sub(r"(?i)^[\s,]*(?:(?:per|a|an|each)\s+|/\s*)(?:year|annum|month|week|day|hour)\b", "", rest)
    after = " ".join(rest.split()[:4])
    # (round 27b: also after one word in a bracket and in the Nordic and German words, '56 890 kroner (heltid,
    # inkludert tillegg)', set 45 p45_13: what the figure holds)
    if re.match(r"(?i)^[\s,;(]*(?:[^\W\d_]+,\s*)?(?:with|plus|and|\+|including|incl\.?|inclusive\s+of|inkludert|"
                r"inklusive|inkl\.?|einschließlich|inclusief)\s", rest):
        return False  # '$72,000–$96,000, with shift premiums on top', '…, plus night differential': extras after it;
        # (round 13b) '$145,000 to $162,000 including super and allowances': what the figure holds
    return bool(_words("not_pay").search(after))


_FOR_ROLE = re.compile(r"^[\s,]*(?:(?:per|a|an|each)\s+(?:year|annum|month|week|day|hour)\s+|/\s*\w+\s+)?for\s+(?:a|an|the)\s+"
                       r"((?:[A-Z][\w&'’-]*\s?){1,4})(?=[.,;]|$)")


def _pay_of_other_role(row: dict, sentence: str, role: str) -> bool:
    """Round 21c: '… can go up to ₦2,000,000 a month for a Financial Controller' (set 31 o02) on an Accountant's page: the
    figure is the pay of the job named after it, a title with a role noun that is not the role's."""
    figure = (row.get("text") or "").strip()
    at = sentence.find(figure) if figure else -1
    if at < 0 or not role:
        return False
    named = _FOR_ROLE.match(sentence[at + len(figure):])
    if not named or not has_role_noun(named.group(1).strip()):
        return False
    title = named.group(1).strip().casefold()
    return not any(word in title for word in role.casefold().split() if len(word) > 3)


def salary_ok(row: dict) -> bool:
    ranked = bool(RANKED_SHARE.fullmatch((row.get("label") or "").strip()))  # round 20c: 'The lowest 10 percent' < $X
    ceiling = bool(_CEILING.match(row.get("text") or "")) and bool(row.get("max_amount"))
    if row.get("currency") is None or row.get("min_amount") is None and not (ranked and row.get("max_amount")) \
            and not ceiling:
        return False  # (round 21c: 'up to £53,755', 'less than $18 an hour': an upper end only, min null, max X)
    if _BOUND.match(row.get("text") or "") and _SHARE.search(row.get("label") or "") and not ranked:
        return False  # '10% earn more than €76,000' bounds a share of earners: a point or an explanation, unsure
    if _BOUND_LABEL.match(row.get("label") or "") or _BOUND_TAIL.search(row.get("label") or ""):
        return False  # 'Up to £40k DOE' read with 'Up to' as its label: the bound was split off the figure, unsure
    if _words("not_base").search(row.get("label") or ""):
        return False  # 'Additional pay', 'Plus a $5,000…', 'London weighting': on top of the base pay
    if _words("contribution").search(row.get("label") or ""):
        return False  # round 17b: 'pension $14.20, annuity $6.00 per hour worked': the employer's contributions
    return not _not_pay(row.get("label") or "") and not _not_pay(_figure_part(row.get("text") or ""))


# round 14b: the words of a figure after 'plus' / 'with' / 'including' name extras beside it, not what it is
_EXTRAS_AFTER = re.compile(r"(?i)[\s,;(]+(?:plus|with|\+|including|incl\.?|inclusive\s+of)\s.*$")


def _figure_part(text: str) -> str:
    """'£11.95 – £12.80 an hour, plus a share of tips' -> '£11.95 – £12.80 an hour': what follows 'plus', 'with' or
    'including' after a figure names extras paid beside it (tips, a bonus), never the figure itself (round 14b); a
    figure that opens on its extra ('Plus £2,000 …') or is one ('a share of tips: £40') keeps its words."""
    if figure_start(text) is None:
        return text
    head = _EXTRAS_AFTER.sub("", text)
    return head if figure_start(head) is not None else text


# a list marker left on an item ('a) researching…', 'iv. discretion…', '(2) Prepare…', 'B) …'): it was not read as one
_MARKER = re.compile(r"^\(?(?:[A-Za-z]|[ivxIVX]{1,5}|\d{1,2})[.)]\s+|^\d{1,2}[、．）]"
                     # a code of a group or of an item in it ('A – PROVIDE CARE', 'A.1 Assess…', 'B2.3 Plan…')
                     r"|^[A-Z]\s?[–—-]\s|^[A-Z]{1,2}\d{0,2}(?:\.\d{1,2})+\.?\s")
_AMOUNT_WORDS = re.compile(r"(?i)[$€£¥₹]|\b[A-Z]{3}\b|[\d.,'’ -]+|\b(?:k|m|per|an?|hour|hr|week|month|year|annum|day|"
                           r"annually|monthly|weekly|hourly|daily|to|and)\b|[/+–—~()]")


def amount_only(text: str) -> bool:
    """'HUF 890 000', '£24k–£30k', '$19.85 per hour': a money amount with no other words (a code such as
    'SGJ/Q0101' names no currency)."""
    return _has_currency(text) and _known_money(text) and not re.search(r"[A-Za-z]{2,}", _AMOUNT_WORDS.sub(" ", text))


def _known_money(text: str) -> bool:
    """A currency symbol, a code written against its amount, or a marker of pipeline/reference/currencies.tsv as a
    word of its own."""
    if re.search(r"[$€£¥₹]|\b[A-Z]{3}\s?\d|\d\s?[A-Z]{3}\b", text):
        return True  # 'HUF 890 000', '1 200 PLN'
    return any(
        re.search(rf"(?<![A-Za-z]){re.escape(m)}(?![A-Za-z])", text) for m in _currency_markers() if m[:1].isalpha())


def responsibility_ok(text: str) -> bool:
    return bool(text.strip()) and not _heading(text) and not _metadata_line(text) and not text.rstrip().endswith(":") \
        and not re.search(r"\[[ xX]?\]", text) and not _MARKER.match(text.strip()) and not amount_only(text) \
        and not re.search(r"\?(?:\s|$)", text) \
        and not quality_item(text) \
        and not _GLYPH_LED.match(text.strip())  # 'Want a portfolio review? …': a pitch; '✓ Opening …': a glyph left


# adjectives that come before a personal quality ('A calm temperament', 'Quick, decisive thinking', 'Spatial awareness')
_QUALITY_ADJECTIVE = (r"(?:calm|quick|decisive|spatial|good|sound|strong|excellent|great|keen|high|positive|professional|"
                      r"physical|mental|emotional|commercial|cultural|situational|critical|creative|analytical|logical|"
                      r"strategic|clear|genuine|natural|personal|real|basic|practical|flexible|friendly|patient|a\s+high)")


@lru_cache(maxsize=None)
def _quality_pattern() -> re.Pattern:
    words = "|".join(f"(?:{r['pattern']})" for r in rows("generic_guard") if r["kind"] == "quality")
    return re.compile(rf"(?i)^(?:(?:an?|the)\s+)?(?:{_QUALITY_ADJECTIVE},?\s+){{0,2}}(?:{words})(?:(?<=\sof)\s|[.;!]?$|[\s,]+(?:when|while|under|across|with|in|for|and|of|to|at|on)\b)")


def quality_item(text: str) -> bool:
    """'Attention to detail', 'A calm temperament', 'good judgement', 'resilience when dealing with distressing
    cases': a personal quality (words of generic_guard.tsv, kind quality, after an article or up to two adjectives,
    ending the item or followed by a preposition), what a person brings, never a duty ('Promote safety awareness'
    is led by its verb, 'Integrity checks of vessels' names a task by its noun)."""
    text = text.strip()
    return len(text.split()) <= 8 and bool(_quality_pattern().match(text))


def guard(items: list[Item], role: str) -> list[Item]:
    """The items with every one that does not look like its table's kind moved to page_sections."""
    # a table row read as text with two money cells ('GS-5 | $36,478 | $47,422'): whether its columns are regions
    # or the ends of one band is unknown, so none of its cells is a salary
    split_rows = {i.line for i in items if i.table == "salaries" and "|" in (i.row.get("label") or "")
                  and _has_currency(i.row.get("label") or "")}
    footers = _footer_lines(items)
    verdicts = [(item, _item_ok(item, role) and not (
        item.table == "salaries" and item.line in split_rows and "|" in (item.row.get("label") or ""))
        and not (item.table in _LISTS and item.line in footers))
        for item in items]
    verdicts = _joined_points(verdicts)
    pay_lines = {o.line for o in items if o.table == "salaries"}
    failed = Counter((i.section, i.table) for i, ok in verdicts if not ok and i.table in _GUARDED
                     and not (i.table == "role_facts" and i.line in pay_lines)
                     and not (i.table in _LISTS and i.line in footers))  # (round 19b: the footer is no misread list)
    passed = Counter((i.section, i.table) for i, ok in verdicts if ok and i.table in _GUARDED)
    # a section whose items mostly fail their kind's shape was misread as a whole: none of it is stored as facts
    doubtful = {key for key, n in failed.items() if n >= _DOUBT_MIN and n > passed[key]}
    doubtful_runs = _doubtful_runs([(i, ok) for i, ok in verdicts if not (i.table in _LISTS and i.line in footers)])
    out = []
    for item, ok in verdicts:
        if ok and ((item.section, item.table) in doubtful or id(item) in doubtful_runs):
            ok = False
        if ok:
            out.append(item)
        elif item.table == "role_facts" and any(o.table == "salaries" and o.line == item.line for o in items):
            continue  # a pay line read as a fact and a salary is the salary only; its text is the salary's
        else:
            out.append(Item("page_sections", {"section": item.section, "text": item.text}, item.text, item.line,
                            item.section, list(item.warnings)))
    return _dedupe_sections(out)


_REPEATED = 3


def repeated_furniture(items: list[Item], text: str) -> list[Item]:
    """A line the page repeats word for word three times or more ('Proudly Ghanaian tuna since 1998 — Shop our canned
    range …' between every section) is the site's banner: no career move or alias is read from it; it stays page text
    (round 16b)."""
    counts = Counter(line.strip() for line in text.splitlines() if line.strip())
    out = []
    for item in items:
        if item.table in ("career_paths", "role_aliases") and counts[item.text.strip()] >= _REPEATED:
            item = Item("page_sections", {"section": item.section, "text": item.text}, item.text, item.line,
                        item.section, list(item.warnings))
        out.append(item)
    return _dedupe_sections(_attributions(_contents_entries(out, text), text))


def _attributions(items: list[Item], text: str) -> list[Item]:
    """Round 23a: '"Clients pay for people who have run pipelines …"' / '— Dana Whitcombe, Practice Director, Data &
    Analytics': the line under a quotation that opens with a dash names who said it (a person, their post, their
    team), never career steps, skills, aliases or duties."""
    lines = text.splitlines()
    out = []
    for item in items:
        if item.table in _ECHOED_KINDS and item.line and 0 < item.line <= len(lines) \
                and re.match(r"\s*[—―–]\s*[A-Z]", lines[item.line - 1]):
            above = next((ln.strip() for ln in reversed(lines[:item.line - 1]) if ln.strip()), "")
            if above.endswith(('"', "”", "»", "“", "'", "’")):
                item = _to_text(item)
        out.append(item)
    return out


_ECHOED_KINDS = ("responsibilities", "role_skills", "career_paths", "role_aliases")


def _contents_entries(items: list[Item], text: str) -> list[Item]:
    """Round 23a: 'On this page' / 'What does a cloud engineer do?' / 'Cloud engineer salary and job outlook' /
    'Cloud engineer skills': the entries of a contents list (unmarked, under a heading the vocabulary knows) read as
    the items of that heading's section. Two items of a section or more whose text each comes back further down the
    page as a heading (a line of its own after a blank line, with text under it) are contents entries: page text."""
    lines = text.splitlines()
    headings: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.strip() and index and not lines[index - 1].strip() and index + 1 < len(lines) and lines[index + 1].strip():
            headings.setdefault(line.strip(), []).append(index + 1)
    echoed = [i for i in items if i.table in _ECHOED_KINDS and i.line is not None
              and any(n > i.line for n in headings.get(i.text.strip(), ()))]
    per_section = Counter(i.section for i in echoed)
    drop = {id(i) for i in echoed if per_section[i.section] >= 2}
    return [_to_text(i) if id(i) in drop else i for i in items]


def _doubtful_runs(verdicts: list[tuple[Item, bool]]) -> set[int]:
    """The items of a run (list items of one section and table on consecutive lines) that mostly fail their kind (two or
    more, more than pass): a list of something else inside a known section ('Teamwork', 'Mathematics' after the
    duties), misread as a whole; the run's items that pass are as doubtful."""
    runs: list[list[tuple[Item, bool]]] = []
    for item, ok in verdicts:
        if item.table not in _LISTS:
            continue  # a box's rows are pairs of their own (a pay row or page metadata beside them is normal)
        last = runs[-1][-1][0] if runs else None
        if last is not None and last.table == item.table and last.section == item.section \
                and item.line - last.line in (0, 1):
            runs[-1].append((item, ok))
        else:
            runs.append([(item, ok)])
    doubtful: set[int] = set()
    for run in runs:
        failed = sum(not ok for _, ok in run)
        if failed >= _DOUBT_MIN and failed > len(run) - failed:
            doubtful.update(id(item) for item, _ in run)
    return doubtful


# a label that is only the join of two figures ('€ 2.600,– bis € 3.300,–' read as two points: ',– bis')
_JOIN_ONLY = re.compile(r"(?i)^[\s,.;:–—\-/]*(?:(?:to|and|or|bis|a|à|till|até|hasta|tot|do|al|au|jusqu['’]à|fino a)"
                        r"[\s,.;:–—\-/]*)?$")


def _joined_points(verdicts: list[tuple[Item, bool]]) -> list[tuple[Item, bool]]:
    """Two figures of one line whose second one's label is only a join ('to', 'bis', ',– bis') were one band read as
    two points: neither is stored (the line stays page text)."""
    out = list(verdicts)
    for i, (item, ok) in enumerate(out):
        if item.table != "salaries" or not _JOIN_ONLY.match(item.row.get("label") or "x"):
            continue
        before = [j for j in range(i) if out[j][0].table == "salaries" and out[j][0].line == item.line]
        if before:
            out[i] = (item, False)
            out[before[-1]] = (out[before[-1]][0], False)
    return out


# the tables whose sections are lists or boxes of one kind (a pay section's bonus lines are normal, not a misreading)
_GUARDED = {"role_skills", "career_paths", "role_aliases", "role_facts", "responsibilities"}
_DOUBT_MIN = 2
_LISTS = {"role_skills", "career_paths", "role_aliases", "responsibilities"}


def _own_name_label(label: str, role: str) -> bool:
    """Round 23b: a fact's label that is the role's own name, or that name with words after it ('Fisioterapeuta
    deportivo'): the title of a job ad or a related posting listed under the role (set 39 p06), never an at-a-glance label."""
    label, name = " ".join(label.split()).casefold(), " ".join(role.split()).casefold()
    return bool(name) and (label == name or label.startswith(name + " "))


_PICKER = re.compile(r"\S\s{2,}(?:change|edit|select|modify)\s*$", re.I)


def _item_ok(item: Item, role: str) -> bool:
    """Whether the item looks like its table's kind."""
    row = item.row
    if item.table in _GUARDED and _link_line(item.text):
        return False  # 'See also: …', 'Read more about …': a link, whatever list it stands in
    if item.table in _LISTS and _footer_line(item.text):
        return False  # round 19b: 'Mt Kōwhai Ski Area Ltd · Privacy · Terms': the site's footer, whatever list it ends
    if item.table == "role_facts" and _PICKER.search(item.text):
        return False  # round 26a: 'Location: United States   Change' (a salary site's picker, p50_01): a search filter's
        # choice with its button, no fact of the role
    if item.table == "role_facts" and role and _own_name_label(row.get("label") or "", role):
        return False  # round 23b: 'Fisioterapeuta – Clínica Vitalia, Sevilla · Jornada completa': a job ad's title, no fact
    return {
        "role_skills": lambda: skill_ok(row.get("skill_name") or "", item.text, role) and _group_ok(row.get("skill_group")),
        "career_paths": lambda: path_ok(row.get("target_title") or "") \
            and not _separated_rest(row.get("note")) and not _AT_HANDLE.search(item.text) \
            and not (_menu_line(item.text) and not _ladder_row(item.text, role)) \
            and not _label_over_titles(row.get("target_title") or "", row.get("note"), item.text) \
            and not _foreign_label(row.get("target_title") or "", item.text) and not (
            _own_role(row.get("target_title") or "", role) and (row.get("kind") != "step" or row.get("note") and (
                row.get("target_title") or "").lower() != role.lower())) \
            and not (row.get("kind") in ("from", "to", "lateral") and _role_itself(row.get("target_title") or "", role)) \
            and not _acronym_headline(row.get("target_title") or "", row.get("note")),
        "role_aliases": lambda: alias_ok(row.get("alias") or "", role),
        "role_facts": lambda: fact_ok(row.get("label") or "", row.get("value") or "", role, bool(row.get("box_pay"))),
        "salaries": lambda: salary_ok(row) and not _pay_named_after(row, item.text) \
            and not _pay_of_other_role(row, item.text, role),
        "responsibilities": lambda: responsibility_ok(row.get("text") or ""),
    }.get(item.table, lambda: True)()


def _acronym_headline(title: str, note: str | None) -> bool:
    """Round 22b: '» BPO workers push for hazard pay', '» DOLE: Work-from-home rules for BPOs extended' (news links in a
    career section, set 29 m10): a bare acronym before a headline of four words or more is no title with its note."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", title.strip())) and bool(note) and len(note.split()) >= 4


def _footer_line(text: str) -> bool:
    """Round 19b: a line of two entries or more split by separators ('·', '|', '•', a tab or a wide space) one of which
    is a legal link of the site ('Privacy', 'Terms', 'Aviso de privacidad', 'Impressum': generic_guard.tsv, kind
    legal_link) or opens on '©': the site's footer (sets 23 w05, 24 x13)."""
    parts = [p.strip() for p in re.split(r"\s[·|•]\s|\t|\s{3,}|^\s*[|]|[|]\s*$", _strip_symbols(text).strip()) if p.strip()]
    return len(parts) >= 2 and any(_words("legal_link").fullmatch(p) or p.startswith("©") for p in parts)


def _footer_lines(items: list[Item]) -> set[int]:
    """Round 19b: lines split into two list items or more one of which is a legal link of the site ('Mt Kōwhai Ski Area
    Ltd · Privacy · Terms' read as three skills, set 23 w05; 'Aviso de privacidad | Términos' as two aliases, set 24
    x13): the site's footer, none of its entries an item."""
    entries = Counter(i.line for i in items if i.table in _LISTS)
    return {i.line for i in items if i.table in _LISTS and entries[i.line] >= 2
            and (_words("legal_link").fullmatch(_strip_symbols(i.text).strip()) or i.text.strip().startswith("©"))}


def _label_over_titles(title: str, note: str | None, text: str) -> bool:
    """'Verwandte Berufe: Snowboardlehrer/in · Bergführer/in · Sportwissenschafter/in': a label (no title of a role)
    over a list of titles split by '·', '|', ';' or commas, read as a step with its explanation. What the label says
    (related, similar, other occupations) is unknown in most languages, so the line is kept as text."""
    if not note or not re.match(rf"\s*{re.escape(title)}\s*:", text) or has_role_noun(title):
        return False
    parts = [p.strip() for p in re.split(r"\s[·•|]\s|;|,", note) if p.strip()]
    return len(parts) >= 2 and all(p[:1].isupper() and len(p.split()) <= 4 and not _ends_sentence_mark(p)
                                   for p in parts)


_STEP_NUMBER = re.compile(r"(?i)(?:step|stage|level|tier|phase|etapa|paso|passo|[ée]tape|stufe|schritt|krok|fase|stap|trin)"
                          r"\s+\d{1,2}")


def _foreign_label(title: str, text: str) -> bool:
    """'Popular searches: swim instructor, pool attendant': titles after a label that names no career move (not a label
    of career_labels.tsv, not a career heading): what the list is, is unknown (a site's search links, related jobs in
    another language), so none of it is a move. An arrow chain after a label is read as a chain."""
    head, colon, rest = _strip_symbols(text).partition(":")
    head = head.strip(" *_")
    if not colon or not head or len(head.split()) > 5 or _ARROW.search(rest) or title.strip() == head:
        return False
    if title.strip() not in rest:
        return False
    if _STEP_NUMBER.fullmatch(head):
        return False  # round 25c: 'Step 1: Payroll Assistant' (set 48 p48_08): the number of a ladder's step, no label
    if lead_in_kind(head + ":") or re.search(r"(?i)\bleads?\s+(?:on\s+)?to$", head):
        return False  # 'Or move across to: A, B', 'This apprenticeship can lead to: A': a move's verb names them (13a)
    return not _career_label(head) and heading_kind(head) not in _CAREER_HEADINGS


_CAREER_HEADINGS = {*_CAREER_KINDS, "career_level"}


def _ends_sentence_mark(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def _group_ok(group: str | None) -> bool:
    """A skill's group, when it has one, names skills: never requirements ('School subjects', 'Qualifications'), never
    a heading of the vocabulary of another kind; a sub-heading outside the vocabulary ('Tools & Technology', a tag
    'Design') is read as written."""
    if not group:
        return True
    name = normal_heading(group)
    if _words("not_skill_group").fullmatch(name) or _career_label(name):
        return False  # 'School subjects: …', 'From: Electrical Apprentice, Labourer' (a move's label, no group)
    return heading_kind(group) in _SKILL_KINDS  # 'Working conditions' heads a section of another kind


@lru_cache(maxsize=None)
def _career_labels() -> re.Pattern:
    return re.compile(r"(?i)(?:" + "|".join(f"(?:{r['pattern']})" for r in rows("career_labels")) + r")")


def _career_label(name: str) -> bool:
    """'From', 'Next steps', 'Sideways': a label of a career move (career_labels.tsv)."""
    return bool(_career_labels().fullmatch(name.strip()))


def _link_line(text: str) -> bool:
    """'See also: Electrical Engineer', 'Read more about apprenticeships': a link of the site (words of
    generic_guard.tsv, kind link, opening the item), no fact of any kind."""
    return bool(_link_words().match(_strip_symbols(text).strip()))


@lru_cache(maxsize=None)
def _link_words() -> re.Pattern:
    return re.compile(r"(?i)(?:" + "|".join(f"(?:{r['pattern']})" for r in rows("generic_guard") if r["kind"] == "link")
                      + r")(?![\w])")


def _separated_rest(note: str | None) -> bool:
    """Round 13b: 'Aarhus Symfoniorkester · Symfonikerne · CVR 00000000' read as a title with the rest of its line as
    the note: a note that opens on a separator of entries ('·', '|', '•') and holds two entries or more is the rest of a
    footer or menu line, and the 'title' its first entry, no career move (titles split by '·' under a progression heading
    are read one by one; 'Lead Aircraft Technician · $79K' is a title and its pay)."""
    return bool(note) and bool(re.match(r"[.,;]?\s*[·|•]\s", note)) \
        and len(re.findall(r"\s[·|•]\s", f" {note.lstrip('.,;')}")) >= 2  # ('Northgate Games S.A' + '. · KRS … · Privacy')


def _menu_line(text: str) -> bool:
    """'Find Jobs | Find Training Providers | Counselling Sessions': three or more entries split by bars are a menu
    of the site, no career move (a table row, '| IC2 | Associate Engineer | 0–2 years |', is framed by bars)."""
    text = text.strip()
    return len(re.findall(r"\s\|\s", text)) >= 2 and not text.startswith("|") and not text.endswith("|")


def _ladder_row(text: str, role: str) -> bool:
    """Round 15b: 'Laboratory Glassware Washer | Laboratory Assistant | Laboratory Technician' under a ladder heading:
    entries split by bars, one of them the role itself and every other a title with a role noun, are its ladder, no
    menu of the site."""
    parts = [p.strip() for p in re.split(r"\s\|\s", text.strip())]
    return bool(role) and any(_same(p, role) for p in parts) and all(has_role_noun(p) or _same(p, role) for p in parts)


def _dedupe_sections(items: list[Item]) -> list[Item]:
    """One page_sections row per line of text (a line read into several rejected rows is kept once)."""
    seen: set[tuple[int, str]] = set()
    out = []
    for item in items:
        if item.table == "page_sections":
            key = (item.line, item.text)
            if key in seen:
                continue
            seen.add(key)
        out.append(item)
    return out


@lru_cache(maxsize=None)
def _countries() -> tuple[tuple[str, re.Pattern, str, re.Pattern | None, bool], ...]:
    return tuple((r["symbol"], re.compile(rf"(?<![\w$])(?:{r['pattern']})(?![\w$])"), r["code"],
                  re.compile(rf"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{re.escape(r['tld'])}\b(?!\.\w)") if r["tld"]
                  else None, r.get("anywhere") == "yes")
                 for r in rows("country_currencies") if r.get("anywhere") != "language")


@lru_cache(maxsize=None)
def _languages() -> tuple[tuple[str, re.Pattern, str], ...]:
    """Rows of country_currencies.tsv marked 'language': a word only one country's language writes (round 21c)."""
    return tuple((r["symbol"], re.compile(rf"(?<![\w$])(?:{r['pattern']})(?![\w$])"), r["code"])
                 for r in rows("country_currencies") if r.get("anywhere") == "language")


_HEAD_LINES = 10
# the value of a label naming where the job is ('Location: …', 'Depot' over its value line)
_LOCATION_VALUE = re.compile(r"(?im)^[ \t]*(?:location|locations|depot|base|based in|work ?place|place of work|site|"
                             r"where you(?:'|’)ll work)[ \t]*(?::[ \t]*|\n)([^\n]{2,80})$")


# round 19b: the language switch of a site's head offering French as its one other language ('EN | FR', 'English |
# Français', 'Member login | Français', 'Search jobs | … | Français'): the bilingual sites of Canada, the one dollar
# country that is officially English and French (sets 9 z03, 11 v07, 12 u05, 13 t04, 14 s20, 22 v06, 24 x06); a switch
# offering other languages too ('English | Français | Español | 中文', an international body, set 5 v15) names no country
_FRENCH_ENTRY = re.compile(r"(?i)fran[çc]ais|FR")
_OTHER_LANGUAGE = re.compile(r"(?i)^(?:espa[ñn]ol|deutsch|italiano|portugu[eê]s|nederlands|polski|русский|українська|"
                             r"中文|简体中文|繁體中文|日本語|한국어|العربية|हिन्दी|tiếng việt|bahasa(?: \w+)?|"
                             r"filipino|tagalog|kreyòl|ES|DE|IT|PT|NL|PL|RU|UK|ZH|JA|JP|KO|KR|AR|HI|VI|ID|MS)$")
_SWITCH_SPLIT = re.compile(r"\s*[|·•/]\s*|\t|\s{2,}")


def _french_switch(text: str) -> bool:
    """Whether one of the page's first lines is a menu or language switch with the entry 'Français' (or 'FR') and no
    entry of a third language."""
    for line in text.splitlines()[:_HEAD_LINES]:
        entries = [e.strip() for e in _SWITCH_SPLIT.split(line.strip()) if e.strip()]
        if any(e == "FR" or (e != "FR" and _FRENCH_ENTRY.fullmatch(e) and e[:1].isupper()) for e in entries) \
                and not any(_OTHER_LANGUAGE.fullmatch(e) for e in entries):
            return True
    return False


def local_currency(text: str, symbol: str = "$") -> str | None:
    """The currency a bare symbol means on this page: the one country of country_currencies.tsv it names (by a
    domain of the country, in its first lines, or twice), else None (none, or several: the symbol keeps its
    default). A country named once in passing ('a Canadian client') does not decide the page's currency; the currency
    named in words ('Amounts in Canadian dollars') or a term only one country's pay system has ('superannuation') does."""
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    stated = {code for sym, pattern, code, _, anywhere in _countries() if sym == symbol and anywhere
              and pattern.search(text)}
    if len(stated) == 1:
        return stated.pop()  # 'Amounts in Canadian dollars', 'superannuation': stronger than a name ('JOIN US')
    found = {code for sym, pattern, code, domain, anywhere in _countries() if sym == symbol and not anywhere and (
        domain is not None and domain.search(text) or pattern.search(head) or len(pattern.findall(text)) >= 2)}
    if not found and symbol == "$" and _french_switch(text):
        found = {"CAD"}  # round 19b: a site of English and French only, as a name of Canada in its first lines
    if not found:
        # round 16b: the job's own place, the value of a location label ('Depot' / 'Edendale, Southland', 'Location:
        # Perth'), names its country as the page's first lines do
        places = " | ".join(m.group(1) for m in _LOCATION_VALUE.finditer(text))
        found = {code for sym, pattern, code, _, anywhere in _countries() if sym == symbol and not anywhere
                 and places and pattern.search(places)}
    if not found:
        # round 16b: two names of one country once each ('the NZ apprenticeship' … '© … Ltd, Auckland') name it as
        # one name twice does
        named = Counter()
        for sym, pattern, code, _, anywhere in _countries():
            if sym == symbol and not anywhere:
                named[code] += len({m.group(0) for m in pattern.finditer(text)})
        found = {code for code, n in named.items() if n >= 2}
    if len(found) > 1:
        # round 12a: 'Join our Ottawa or Toronto patent group … a Canadian and U.S. patent agent', 'Offices: Ottawa,
        # Toronto', 'comes to Canada': one country named three times or more and twice as often as any other decides
        mentions = {code: sum(len(pattern.findall(text)) for sym, pattern, c, _, anywhere in _countries()
                              if sym == symbol and not anywhere and c == code) for code in found}
        ranked = sorted(mentions.values(), reverse=True)
        top = max(mentions, key=lambda code: (mentions[code], code))
        return top if ranked[0] >= 3 and ranked[0] >= 2 * ranked[1] else None
    if not found:
        # round 21c: no country named at all: the page's own language names it for a symbol of the Nordic crowns
        # ('Medellön: 31 700 kr', 'Grundløn pr. måned … 31.200 kr.'; sets 28 k02, k14, 33 q08)
        found = {code for sym, pattern, code in _languages() if sym == symbol and pattern.search(text)}
    return found.pop() if len(found) == 1 else None


_US_MARKED = re.compile(r"US\s?\$|USD|U\.S\.\s?\$")


def _bare_dollar(item: Item) -> bool:
    figure = item.row.get("text") or "" if item.table == "salaries" else ""
    return item.table == "salaries" and item.row.get("currency") == "USD" and not _US_MARKED.search(figure)


def _other_dollar_named(text: str) -> bool:
    """Whether the page names a country (or has a domain of one) whose currency is another dollar anywhere in its
    text and never the United States; a short capitalised code ('QC', 'BC': also 'quality control', a course) is too
    weak to count."""
    named = {code for sym, pattern, code, domain, _ in _countries() if sym == "$" and (
        any(len(m.group(0)) > 2 or not m.group(0).isupper() for m in pattern.finditer(text))
        or domain is not None and domain.search(text))}
    return bool(named) and "USD" not in named


# round 18b: a bare '$' amount whose thousands are grouped by points ('$2.450.000', '$750.000 – $950.000'): the way
# the peso countries (Colombia, Chile, Argentina, Uruguay) write money, never United States dollars
_POINT_GROUPED = re.compile(r"\$\s?\d{1,3}(?:\.\d{3})+(?![\d.])")


def _peso_written(item: Item) -> bool:
    return _bare_dollar(item) and bool(_POINT_GROUPED.search(item.row.get("text") or ""))


def _to_text(item: Item) -> Item:
    return Item("page_sections", {"section": item.section, "text": item.text}, item.text, item.line, item.section,
                list(item.warnings))


_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _chinese_page(text: str) -> bool:
    """A page written in Chinese: Han characters throughout (twenty or more) and not one kana (Japanese writes both)."""
    return len(_HAN.findall(text)) >= 20 and not _KANA.search(text)


def localise(items: list[Item], text: str) -> list[Item]:
    """A bare '$' amount on a page that names one country using dollars is in that country's currency ('$30 an
    hour' on a New Zealand page is NZD); a written code or prefixed symbol is never changed. On a page that names
    no one country but another dollar's country without the United States, a bare '$' is no salary. Round 18b: on a
    page that names no country, a bare '$' amount grouped by points ('$2.450.000 mensuales') is a peso of a country
    the page does not say, so no salary (page_sections keeps its line)."""
    if "¥" in text and _chinese_page(text):
        # round 23b: '平均月薪：¥12,800' on a page written in Chinese (Han characters, no kana) is yuan, not yen
        for item in items:
            figure = item.row.get("text") or "" if item.table == "salaries" else ""
            if item.row.get("currency") == "JPY" and "¥" in figure and not re.search(r"JPY|円|日元", figure):
                item.row["currency"] = "CNY"
    if "$" not in text:
        return items
    code = local_currency(text)
    if code is None:
        items = [_to_text(i) if _peso_written(i) else i for i in items]
        if not _other_dollar_named(text):
            return items
        # a bare '$' on a page that names a country of another dollar once in passing, and no single country: which
        # dollar it is is unknown, so the amount is no salary (page_sections keeps its line); US$/USD stays
        return [Item("page_sections", {"section": i.section, "text": i.text}, i.text, i.line, i.section, list(i.warnings))
                if _bare_dollar(i) else i for i in items]
    if any(i.table == "salaries" and i.row.get("currency") == code and _PREFIXED_DOLLAR.search(i.row.get("text") or "")
           for i in items):
        # round 23a: the page writes its country's dollar with its own prefix ('Toronto (CAD)  C$138,000') beside
        # bare '$' rows ('Boston  $141,000'): it tells the two dollars apart, so a bare '$' is not the local one
        return items
    for item in items:
        figure = item.row.get("text") or "" if item.table == "salaries" else ""
        if item.row.get("currency") == "USD" and not _US_MARKED.search(figure):
            item.row["currency"] = code  # '$', or a figure whose '$' is in its column's header ('Low ($/hour)')
    return items


_PREFIXED_DOLLAR = re.compile(r"(?<![A-Za-z])(?:C|CA|Can|A|AU|NZ|S|SG|HK|NT|R|RD|J|TT|BD|EC|N|NA|Z|L|M)\$")
