"""Generic layout: one page read into a ParsedPage (sections -> rows via ``reader``) and its cut-capture check.

The package's ``__init__`` keeps the layout's interface and imports this module on first use."""
from __future__ import annotations

import re

from pipeline.model import ParsedPage, RoleMention

# The generic reader's modules write ~3,700 distinct patterns as `re.search(r"…", text)`; the re module keeps only 512
# compiled ones (Python 3.11), so a run of pages compiled ~56 of them again on every page (28% of a page's time on
# sets 50-53 read twice). A larger cache of the re module holds them; its size is a module global (private but read on
# every call in 3.11 and 3.12): raised, never lowered. Over a long run the patterns built around each page's names
# (~30 a page) fill it too, and it drops its oldest entries first: over the 600 corpus pages read twice the gain is
# 7% (41.0 -> 38.2 s); giving those patterns a cache of their own measured no better (38.9 s).
if getattr(re, "_MAXCACHE", 0) < 8192:
    re._MAXCACHE = 8192
from pipeline.parse.guide.sections import Item
from pipeline.parse.guide import truncation as guide_truncation
from pipeline.parse import guide
from pipeline.parse.generic.vocabulary import LAYOUT, PAGE_TYPE
from pipeline.parse.generic.title import _mentioned
from pipeline.parse.generic.items import Block
from pipeline.parse.generic.structure import build_blocks, read_structure
from pipeline.parse.generic.reader import bracketed_script_names, Reader
from pipeline.parse.generic.rules import rule_of, rule_precision
from pipeline.parse.generic.guard import guard, localise, repeated_furniture



# --- truncation ---------------------------------------------------------------------------------

def _is_whole(item: Item, siblings: list[Item], line_break_after: bool) -> bool:
    """The guide rules without the guide site's conventions: an unbalanced item, or one that breaks the
    pattern of siblings that all end a sentence, is cut; a line break after it proves the line finished;
    without one only a finished sentence among finished one-sentence siblings is whole (prose never is)."""
    text = item.text.strip()
    if item.table == "page_sections" and line_break_after and text and guide_truncation._balanced(text):
        return True  # page text kept verbatim ('Updated: 03/2025') that a line break ends is whole as written
    if not text or not guide_truncation._balanced(text) or not guide_truncation._fits_siblings(text, siblings):
        return False
    if line_break_after:
        return True
    if item.table == "page_sections" or item.table == "salaries":
        return False
    everything = [item, *siblings]
    return bool(siblings) and all(guide_truncation._ends_sentence(i.text) for i in everything) \
        and not guide_truncation._may_have_more_sentences(everything)


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
    at_end = last is not None and not ends_on_heading and guide_truncation._is_text_tail(text, last.text)
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


# round 26c: a name beside the role's title is an alias only when it is shaped as a title: no figure, no sentence's or
# list's mark ('2x por semana em São Paulo', 'erhvervsuddannelse, ca. 4 år', a sentence in Japanese), no spaced-out
# label ('简    称', p52_08), six words at most
_NOT_TITLE_MARKS = re.compile(r"[\d.,;:!?。，、；：！？]|\S\s{2,}\S")


def _gender_form(name: str, role: str) -> bool:
    """'Contrôleuse de gestion' beside 'Contrôleur de gestion', 'Boulangère' beside 'Boulanger' (p53_10, set 32 p32_06):
    the role's own name in its other grammatical gender, word for word (the same stem, another ending), no other name."""
    words = name.casefold().split()
    for written in re.split(r"\s+/\s+", re.sub(r"\s*\([^()]*\)", "", role).strip()):
        own = written.casefold().split()
        if len(own) == len(words) and own != words and all(
                a == b or len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4] for a, b in zip(own, words)):
            return True
    return False


def _title_alias_shaped(name: str, role: str) -> bool:
    """Round 26c (the aliases' gate, measured on sets 28-53: the names read beside the title were right 6 times, wrong
    11): a name beside the role's title shaped as a title, not the role's own name in its other gender, not the
    role's own name in brackets ('Gerente de Produto (Product Manager)': 'Product Manager', set 47 p47_18)."""
    bracket = re.search(r"\(([^()]+)\)\s*$", role)
    if bracket and bracket.group(1).strip().casefold() == name.strip().casefold():
        return False
    return bool(name.strip()) and not _NOT_TITLE_MARKS.search(name.strip()) and len(name.split()) <= 6 \
        and not _gender_form(name, role)


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
    reader.page_lines = text.splitlines()
    if title is not None and title.translation:  # 'Dental Technician' over 'Diş Protez Teknisyeni': another name
        for name in title.other_names or (title.translation,):  # 'Copiloto / Primeiro Oficial': each (round 13a)
            if not _title_alias_shaped(name, role):
                continue
            reader.add("role_aliases", {"role": role, "alias": name, "note": None}, title.translation,
                       title.translation_line, "aliases", rule="title_translation")
    if title is not None:
        # round 19b: the role's name with its name in another script in brackets in the page's body (set 20 t18, set 25
        # y18): an alias, unless the title line's own translation already gives it
        given = {(title.translation or "").casefold(), *(n.casefold() for n in title.other_names)}
        for name, number in bracketed_script_names(reader.page_lines, role):
            if number != title.line and name.casefold() not in given and _title_alias_shaped(name, role):
                reader.add("role_aliases", {"role": role, "alias": name, "note": None}, name, number, "aliases",
                           rule="bracketed_script_name")
    for block in blocks:
        if title is not None:  # the title line is the role's name, not text of a section
            block.lines = [ln for ln in block.lines if ln.number not in (title.line, title.translation_line)]
        reader.read(block)
    reader.finish()
    reader.items = localise(repeated_furniture(guard(reader.items, role), text), text)
    last_line = max((ln.number for b in blocks for ln in b.lines), default=0)
    if reader.open_band is not None and reader.open_band == last_line and reader.dangling is None:
        # the capture ends on '£26,000 Starter': a 'to' and the band's other end may have been cut off
        reader.items = [Item("page_sections", {"section": i.section, "text": i.text}, i.text, i.line, i.section)
                        if i.table == "salaries" and i.line == last_line else i for i in reader.items]
        reader.dangling = last_line
    _check_truncation(page, blocks, reader.items, text, reader.dangling)
    for item in reader.items:
        page.warnings.extend(item.warnings)
        row = dict(item.row)
        table = item.table
        if not role and table != "page_sections":
            table, row = "page_sections", {"section": item.section, "text": item.text}
        row.pop("box_pay", None)  # (the guard's mark of a glance box's pay row: no column)
        if table != "page_sections":
            row["rule"] = rule_of(item.rule, table, row)
            row["rule_precision"] = rule_precision(table, row["rule"])
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
