"""Comparison layout ``card``: which cards are roles.

A card is a role only when the page proves it: it has a name line (never a line read as a value), that
name is no cell of the page, it has its Primary Role field, and the name is one the title/intro lists
(same id, a close spelling or an abbreviation) or, on a page that lists none, reads as a name
(capitalised, short, no sentence punctuation, not the title line). An unconfirmed card is kept as
written in page_sections (``unconfirmed_card``) with an ``unconfirmed_role`` issue. An unknown label
seen on one card only is stray text ("Photo: ..."); on two or more cards it is a dimension of its own slug.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from pipeline.parse.comparison.furniture import Furniture, intro_names, title_names
from pipeline.parse.comparison.page import PageBuilder, names_a_role
from pipeline.parse.comparison.vocabulary import LABEL_FUZZ_CUTOFF, N_WAY
from pipeline.text.roles import is_abbreviation_of, role_id

if TYPE_CHECKING:
    from pipeline.parse.comparison.card import Card

# a cell saying there is nothing there ("None", "N/A", "None formally"): never a role's name
_NO_ONE = re.compile(r"^\s*(?:none|n/?a|not applicable|nobody|no one)\b", re.IGNORECASE)


def drop_lone_unknown_fields(cards: list[Card], page: PageBuilder) -> list[Card]:
    """An unknown label seen on one card only is stray text ('Photo: ...'), not a dimension.

    Cards of one page list the same fields, so a real extra dimension shows up on two or more cards.
    """
    slug_cards = Counter(slug for card in cards for slug in {f.slug for f in card.fields})
    if len(cards) < 2:
        return cards
    for card in cards:
        kept = []
        for card_field in card.fields:
            if card_field.dim is None and slug_cards[card_field.slug] < 2:
                page.keep(card_field.label_no, "stray_text", card_field.raw)
            else:
                kept.append(card_field)
        card.fields = kept
    return cards


def confirmed_cards(cards: list[Card], furniture: Furniture, page: PageBuilder) -> list[Card]:
    """Only a card the page proves is a role becomes one: it has a name line (never a line read as
    a value), that name equals no cell of the page, and the card opens with its Primary Role
    field with a value, and the title/intro lists it (or, on a page that lists no names, it reads
    as a name). An unconfirmed card is kept in page_sections as written."""
    listed = {role_id(n): n for names in furniture.candidate_name_lists() for n in names}
    values = {role_id(f.value) for card in cards for f in card.fields if names_a_role(f.value, None)}
    confirmed = []
    for card in cards:
        if not card.fields:  # its only field was cut (kept as truncated_row): what is left is its name
            if card.name is not None:
                page.keep(card.name.no, "stray_text", card.name.text)
            continue
        reason = None
        if card.name is None:
            reason = "no name line stands above its first field"
        elif role_id(card.name.text) in values:
            reason = f"its name {card.name.text!r} is also a cell value on the page"
        elif not any(f.slug == "primary_role" and f.value.strip() for f in card.fields):
            reason = "it has no Primary Role field with a value"
        else:
            reason = name_evidence(card.name.text, listed)
        if reason is None:
            confirmed.append(card)
            continue
        line_no = card.name.no if card.name else card.fields[0].label_no
        if card.name is not None:
            page.keep(card.name.no, "unconfirmed_card", card.name.text)
        for card_field in card.fields:
            page.keep(card_field.label_no, "unconfirmed_card", card_field.raw)
        page.page.incomplete("unconfirmed_role", f"The card at line {line_no} is not read as a role: {reason}; "
                             "its text is kept in page_sections (unconfirmed_card).", line_no)
    return confirmed


def name_evidence(name: str, listed: Mapping[str, str]) -> str | None:
    """Why a card's name line is not a role name; None when it is one. The title/intro lists
    decide when the page has them; otherwise the line must read as a name."""
    if _NO_ONE.match(name):
        return f"{name!r} says there is none: a cell, never a role"
    if listed and not _is_listed(name, listed):
        return f"the page names its roles ({', '.join(listed.values())}) and {name!r} is not one of them"
    if not listed and not _reads_as_name(name):
        return f"{name!r} does not read as a role name"
    return None


def _is_listed(name: str, listed: Mapping[str, str]) -> bool:
    """The name is one the title/intro lists: same id, a close spelling, or its abbreviation."""
    rid = role_id(name)
    if rid in listed:
        return True
    return any(fuzz.ratio(rid, other) >= LABEL_FUZZ_CUTOFF or is_abbreviation_of(other_name, name)
               or is_abbreviation_of(name, other_name) for other, other_name in listed.items())


def _reads_as_name(text: str) -> bool:
    """A role name is a short line that starts with a letter or digit (not an arrow or a bullet),
    capitalised (a lone lower-case word above the cards is furniture), with no sentence
    punctuation at its end; the page's title or intro line is no name."""
    if title_names(text) or N_WAY.match(text) or intro_names(text):
        return False  # the page's title or intro line
    first = text.split(" ")[0]
    capitalised = text[:1].isdigit() or any(c.isupper() for c in first)  # "Data ...", "iOS ...", "3D ..."
    return 0 < len(text.split()) <= 12 and text[:1].isalnum() and capitalised \
        and not text.endswith((".", ":", ";", ",", "!", "?"))



