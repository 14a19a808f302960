"""Career guides: did the capture stop early, and is the item it ends with whole?

A page is complete only when it ends in its final expected section (Recommended Next Steps, the last of
``sections.CANONICAL_ORDER``) with a whole last item; one that ends earlier, or on a heading, is marked
incomplete. The item the text ends with is kept only as ``truncated_item`` unless the page's own evidence
proves it whole, by the rule of the table it lands in (``sections.TRUNCATION_OF_TABLE``): a line break
after it (prose, salaries and lists), a finished sentence in a list whose items all end like that
(responsibilities, steps), or an employer the gazetteer knows that no longer known name starts with.
Prose may stop at any sentence end, so it is never proven whole without the line break.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.model import ParsedPage
from pipeline.parse.guide.headings import Block, block_lines
from pipeline.parse.guide.sections import (
    CANONICAL_ORDER, FIGURE, KNOWN_NAME, LIST_ITEM, PROSE, SENTENCES, TRUNCATION_OF_TABLE, Item,
)
from pipeline.text.lists import camelcase_terms, employer_gazetteer, find_boundaries

_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
# a sentence end inside an item ('…rising. Demand is…', also 'e.g. SQL'): a cut may stop right there
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+[\"“‘(]?[A-Z0-9]")


def _rule(item: Item) -> str:
    return TRUNCATION_OF_TABLE.get(item.table, LIST_ITEM)


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _balanced(text: str) -> bool:
    return all(text.count(a) <= text.count(b) for a, b in ("()", "[]", "“”"))


def _fits_siblings(text: str, siblings: list[Item]) -> bool:
    """Parallel structure: when the other items of its list all end with sentence punctuation, an item
    without it at the end of the text was cut. (Not the other way round: a cut cannot add a full stop,
    and '1 Publish it on GitHub' / '2 Apply for roles.' is a whole list.)"""
    return not siblings or not all(_ends_sentence(s.text) for s in siblings) or _ends_sentence(text)


def _may_have_more_sentences(items: list[Item]) -> bool:
    return any(_INNER_SENTENCE_END.search(i.text) for i in items)


@cache
def _prefixes_of_longer_names() -> frozenset[str]:
    names = employer_gazetteer()
    return frozenset(a for a in names for b in names if a != b and b.startswith(a))


def _known_whole_employer(name: str) -> bool:
    """A glued name run cut after 'JPMorgan' or 'Meta' still reads as a known name: only a known name
    that no longer known name starts with is proven whole."""
    return name in employer_gazetteer() and name not in _prefixes_of_longer_names()


def _is_whole(item: Item, siblings: list[Item], line_break_after: bool) -> bool:
    """Whether the page's own evidence proves that the item the text ends with is whole.

    A line break after it proves its line is finished; without one, only a finished sentence in a list
    of one-sentence items, or a known employer name, does. Prose may stop at any sentence end, and a
    salary figure may go on ('+', a period, a note), so those need the line break."""
    text = item.text.strip()
    if not text or not _balanced(text) or not _fits_siblings(text, siblings):
        return False
    rule = _rule(item)
    if rule == PROSE:
        return line_break_after and _ends_sentence(text)
    if rule == SENTENCES:
        return _ends_sentence(text) and (line_break_after or not _may_have_more_sentences([item, *siblings]))
    if line_break_after:
        return True
    if rule == KNOWN_NAME:
        return _known_whole_employer(text)
    if rule == FIGURE:
        return False
    return (bool(siblings) and all(_ends_sentence(s.text) for s in [item, *siblings])
            and not _may_have_more_sentences([item, *siblings]))


def _is_text_tail(text: str, item_text: str) -> bool:
    """Whether the item is what the text ends with (spacing aside: joined lines, stripped bullets).

    Only the text's end is read: the squashed end of the text is the end of the squashed text, so once a
    suffix holds as many non-space characters as the item (or is the whole text) it answers for the whole."""
    item = "".join(item_text.split())
    size = len(item) + 16
    while True:
        tail = "".join(text[-size:].split())
        if len(tail) >= len(item) or size >= len(text):
            return tail.endswith(item)
        size *= 2


def _cut_tail_start(items: list[Item]) -> int:
    """Index of the first item of the cut tail. A name split from a glued run by the general rule just
    before the cut name goes too when the seam between them may lie inside one known name the cut
    shortened ('…ServiceN' -> 'Service' + 'N', a prefix of 'ServiceNow'); else it stays ('Duolingo' | 'Gram')."""
    last = items[-1]
    start = len(items) - 1
    longest = max(map(len, _known_terms()), default=0)
    while (_rule(last) == KNOWN_NAME and start > 0 and items[start - 1].table == last.table
           and sum(len(i.text) for i in items[start - 1:]) <= longest  # no known name is longer
           and items[start - 1].line == last.line and items[start - 1].text not in employer_gazetteer()
           and _seam_may_be_inside_a_cut_name(items[start - 1].text, "".join(i.text for i in items[start:]))):
        start -= 1
    return start


def _seam_may_be_inside_a_cut_name(before: str, after: str) -> bool:
    """Whether a known name or camel-case term starting in `before` runs over the seam to the end of the
    text ('Service' + 'N' reads 'ServiceN', the start of 'ServiceNow'), or the seam is not one the general
    rules find in the glued text: then the two pieces may be one name the cut made look like two."""
    text = before + after
    if len(before) not in {b.index for b in find_boundaries(text, _known_terms())}:
        return True
    return any(len(term) > len(text) - p and term.startswith(text[p:]) for p in range(len(before))
               for term in _known_terms_starting_with(text[p]))


@cache
def _known_terms() -> tuple[str, ...]:
    return tuple(sorted(set(employer_gazetteer()) | set(camelcase_terms())))


@cache
def _known_terms_starting_with(char: str) -> tuple[str, ...]:
    return tuple(t for t in _known_terms() if t.startswith(char))


def _demote_tail(items: list[Item]) -> str:
    """Replace the possibly-cut tail by one page_sections text (glued pieces rejoin as written)."""
    start = _cut_tail_start(items)
    text = "".join(i.text for i in items[start:]) if start < len(items) - 1 else items[-1].text
    items[start:] = [Item("page_sections", {"section": "truncated_item", "text": text}, text, items[start].line,
                          "truncated_item")]
    return text


def check_truncation(page: ParsedPage, blocks: list[Block], items: list[Item], text: str) -> None:
    """Mark a capture that ends early; demote its last item to page_sections unless proven whole.

    A page is complete only when it ends in its final expected section (or past it, on a reordered
    page) with a whole last item; a page that ends earlier may have been cut between two whole items."""
    known = [b for b in blocks if b.key in CANONICAL_ORDER]
    if not items and not known:
        return
    rank = {key: i for i, key in enumerate(CANONICAL_ORDER)}
    last_block = known[-1] if known else None
    later_missing = (
        last_block is not None
        and last_block.key != "next_steps"
        and all(rank[b.key] <= rank[last_block.key] for b in known)
    )
    tail = blocks[-1]
    ends_on_heading = len(blocks) > 1 and not block_lines(tail)
    last = items[-1] if items else None
    at_end = last is not None and not ends_on_heading and _is_text_tail(text, last.text)
    siblings = [i for i in items[:-1] if last and i.table == last.table and i.section == last.section]
    whole = not at_end or _is_whole(last, siblings, bool(re.search(r"\n\s*$", text)))
    if whole and not later_missing and not ends_on_heading:
        return
    if later_missing:
        message = f"The capture ends in section {last_block.heading!r} without the sections that follow it."
    elif ends_on_heading:
        message = f"The capture ends at the heading {tail.heading or 'Career Guide'!r} with nothing under it."
    elif _rule(last) in (PROSE, SENTENCES):
        message = "The capture ends in the middle of a sentence."
    else:
        message = "The capture ends on an item the page does not prove whole."
    if not whole:
        cut = _demote_tail(items)
        message += f" Its last item may be cut, so it is kept only as text: {cut[-40:]!r}."
    page.incomplete("truncated", message, items[-1].line if items else None)
