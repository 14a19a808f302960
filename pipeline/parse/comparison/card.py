"""Comparison layout ``card``: one card per role, a name line then its fields, as the source site renders them
(spaced: blank lines between everything; compact: none).

Evidence: "Known Label: value" lines, or a known label alone on its line with the value below (cards
rendered from headings), at least ``MIN_CARD_LABELS`` of them naming two or more dimensions.

First every label is paired with its value: "Label: value" on one line, or a label alone on its line
(with or without its colon, misspelled or worded differently, matched to the dimension reference) and
its value on the next line, whatever words that line starts with ("Reporting Relations:" + "Reports to
CEO", "Team Management:" + "None"). The next line is not taken only when it is plainly the next field: a
label of another dimension that opens other lines of the page and does not come again in this card. A
line without a colon that opens with a label ending in a function word ("Reports to CTO") is a whole
cell under that label. Then the cards are cut where the label sequence restarts (a label the current
card already has, or the page's opening label: the one that most often stands right under a bare line,
so a card that lost its first label still ends where the next one opens), never by guessing which line
looks like a name: the card's name is the bare line right above its first label (of several bare lines
stacked there, the nearest with a name's evidence; the others, such as a caption, are furniture), and a
line taken as a value is never a name. Other bare lines (a lone word above the first card, image
captions glued together between cards) are furniture, kept as ``stray_text``; so is a caption glued
onto the front of a name ("...on a stand.Data Engineer"). Which cards are roles: ``card_roles``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from pipeline.parse.comparison.card_roles import confirmed_cards, drop_lone_unknown_fields, name_evidence
from pipeline.parse.comparison.dimensions import (
    Dimension, canonical_dimension, last_order, match_label_prefix, slug_order,
)
from pipeline.parse.comparison.furniture import read_furniture
from pipeline.parse.comparison.page import (
    Line, PageBuilder, check_names, keep_loose_lines, keep_unmatched_blocks, read_lines, role_mention, set_title,
)
from pipeline.parse.comparison.registry import Evidence, Layout
from pipeline.parse.comparison.truncation import cut_last_field
from pipeline.parse.comparison.vocabulary import CARD_COLON, FUNCTION_WORDS, LABEL_CONNECTORS, MAX_LABEL_WORDS
from pipeline.text.roles import role_id
from pipeline.text.words import snake

MIN_CARD_LABELS = 4  # card fields a page needs (of 2+ dimensions) to be read as cards
_CARD_LOOKAHEAD = 100  # lines searched for a label's next use within one card (cards hold a few dozen lines)
# a caption (one or more sentences) glued to the name that follows it: "...on a stand.Data Engineer"
_GLUED_CAPTION = re.compile(r"^(?P<caption>.*[a-z0-9)][.!?])(?P<name>[A-Z][^.!?]*)$")


def detect(lines: Sequence[str]) -> Evidence | None:
    return Evidence.FIELDS if _count_card_labels(lines, MIN_CARD_LABELS) >= MIN_CARD_LABELS else None


def _count_card_labels(lines: Sequence[str], enough: int | None = None) -> int:
    """Card fields: 'Known Label: value' lines, or a known label alone on its line with the value on
    the next one (cards rendered from headings), counted when they name 2+ different dimensions.
    ``enough``: stop counting once that many fields of 2+ dimensions are found (the count only grows)."""
    count, dims = 0, set()
    for i, line in enumerate(lines):
        m = CARD_COLON.match(line)
        if m and is_label_text(m.group("label")):
            dim = canonical_dimension(m.group("label"))
        elif is_label_text(line) and i + 1 < len(lines) and lines[i + 1] and not _is_label_alone(lines[i + 1]):
            dim = canonical_dimension(line)
        else:
            dim = None
        if dim is not None:
            count += 1
            dims.add(dim.slug)
            if enough is not None and count >= enough and len(dims) >= 2:
                break
    return count if len(dims) >= 2 else 0


def _is_label_alone(line: str) -> bool:
    return is_label_text(line) and canonical_dimension(line) is not None


def _card_label(line: str) -> tuple[str, str, Dimension | None] | None:
    """(label as written, value on the same line, dimension) when the line opens a card field."""
    if not line or line.startswith(("|", "-", "→")):
        return None
    m = CARD_COLON.match(line)
    if m and is_label_text(m.group("label")):
        label = m.group("label")
        return label, m.group("value").strip(), canonical_dimension(label)
    # no colon: a known label (or close typo) alone on its line or followed by its value
    tokens = line.split(" ")
    n, dim = match_label_prefix(tokens + [""])
    if dim is not None and n:
        label, rest = " ".join(tokens[:n]), " ".join(tokens[n:]).strip()
        if rest and label.split(" ")[-1].lower() in FUNCTION_WORDS:
            # "Reports to CTO": the label's words open a sentence that is the whole cell
            return label, line, dim
        return label, rest, dim
    return None


def is_label_text(label: str) -> bool:
    """A card label: Title Case words (connectors allowed), or a known dimension label in any
    case and spacing ("Primary role", "PRIMARY ROLE", "Primary  Role")."""
    words = label.split()
    if not 0 < len(words) <= MAX_LABEL_WORDS:
        return False
    if label[0].isupper() and all(w[:1].isupper() or w.lower() in LABEL_CONNECTORS for w in words):
        return True
    return canonical_dimension(label) is not None


@dataclass
class CardField:
    label_no: int  # line of the label
    line_no: int  # line of the value (the label's line when the value follows it on the same line)
    label: str
    value: str
    raw: str  # the label and value lines as written
    dim: Dimension | None

    @property
    def slug(self) -> str:
        return self.dim.slug if self.dim else snake(self.label)


@dataclass
class Card:
    name: Line | None
    fields: list[CardField] = field(default_factory=list)


def parse_card(text: str, page: PageBuilder, known_cells: Mapping) -> None:
    lines = read_lines(text)
    texts = [ln for ln in lines if ln.text]
    # the cards start at the first field of a known dimension; the line above it is the first card's name
    first = next((k for k, ln in enumerate(texts) if (f := _card_label(ln.text)) and f[2] is not None), None)
    if first is None:
        keep_loose_lines(page, lines, read_furniture(lines, None, page))
        page.page.incomplete("no_table", "No role cards were found.")
        return
    stop = lines.index(texts[first - 1] if first > 0 else texts[first])
    furniture = read_furniture(lines, stop, page)
    set_title(page, furniture)
    keep_loose_lines(page, lines[:stop], furniture)
    names_listed = [n for names in furniture.candidate_name_lists() for n in names]
    listed = {role_id(n): n for n in names_listed}
    tokens = _card_tokens(texts[max(first - 1, 0):], page)
    cards = _card_blocks(tokens, page, lambda text: name_evidence(text, listed) is None)
    cards = drop_lone_unknown_fields(cards, page)
    cut_last_field(text, cards, known_cells, page)
    cards = confirmed_cards(cards, furniture, page)
    if not cards:
        if not any(i.kind == "unconfirmed_role" for i in page.page.issues):
            page.page.incomplete("no_table", "No role cards were found.")
        return
    for card in cards:
        for position, card_field in enumerate(card.fields, start=1):
            page.page.add("dimensions", role=card.name.text, dimension=card_field.slug, label=card_field.label,
                          row_position=position, value=card_field.value)
        summary = next((f.value for f in card.fields if f.slug == "primary_role"), None)
        page.page.roles.append(role_mention(card.name.text, summary))
    names = [card.name.text for card in cards]
    check_names(page, furniture, names)
    keep_unmatched_blocks(page, furniture, names, {f.value for card in cards for f in card.fields})
    widest = max(len(card.fields) for card in cards)
    last_no = max(ln.no for ln in texts)
    if widest > len(cards[-1].fields) and not any(i.kind == "truncated" for i in page.page.issues):
        page.page.incomplete("truncated", f"The last card has {len(cards[-1].fields)} fields, others up to {widest}.",
                             last_no)


def _label_slug(found: tuple[str, str, Dimension | None] | None) -> str | None:
    return None if found is None else found[2].slug if found[2] else snake(found[0])


def _card_tokens(texts: Sequence[Line], page: PageBuilder) -> list[CardField | Line]:
    """Pair each label with its value; every other line stays a bare line (a name or furniture).

    A label alone on its line takes the next line as its value, whatever words that line begins
    with ("Reporting Relations:" + "Reports to CEO", "Team Management:" + "None"). Only a line
    that is itself plainly a field of another dimension of the page is not taken: then the label
    has no value."""
    labels = _labels_as_the_page_writes_them(texts, [_card_label(line.text) for line in texts])
    slugs = [_label_slug(found) for found in labels]
    label_counts = Counter(slug for slug in slugs if slug)  # how often each label opens a line of the page
    tokens: list[CardField | Line] = []
    k = 0
    while k < len(texts):
        line = texts[k]
        found = labels[k]
        if found is None or (not tokens and found[2] is None):
            tokens.append(line)
            k += 1
            continue
        label, value, dim = found
        card_field = CardField(line.no, line.no, label, value, line.text, dim)
        if not value and k + 1 < len(texts) and not _is_next_field(texts, labels, slugs, k + 1, label_counts):
            k += 1
            card_field.value, card_field.line_no = texts[k].text, texts[k].no
            card_field.raw = f"{line.text}\n{texts[k].text}"
        if not card_field.value:
            page.page.warnings.append(f"empty_cell: card field {label!r} at line {line.no} has no value.")
        tokens.append(card_field)
        k += 1
    return tokens


def _labels_as_the_page_writes_them(texts: Sequence[Line], labels: list) -> list:
    """Drop a colon-less 'label words + more words' reading of a line ("Communications Manager",
    "Project Management Officer (PMO)") when the page writes that same label elsewhere on a line
    of its own (with or without a colon, the value on the next line): the page's own convention
    says such a line is not a field but text that merely opens with the label's words, e.g. a role
    name. Pages whose fields are 'Label: value' lines keep reading a missing colon as a label."""
    lone = {_label_slug(found) for found in labels if found and not found[1]}
    return [None if found and found[1] and not CARD_COLON.match(line.text) and _label_slug(found) in lone
            else found for line, found in zip(texts, labels)]


def _is_next_field(texts: Sequence[Line], labels: Sequence, slugs: Sequence[str | None], at: int,
                   label_counts: Counter) -> bool:
    """Whether the line after a lone label is the next field rather than the label's value: the
    whole line is a label of another known dimension, or a 'Label: value' line of another
    dimension, that label opens other lines of the page too (cards repeat their labels), and it
    does not come again in this card (the card would then hold it twice: the line is a value
    that starts with the label's words, "Communication: weekly notes")."""
    found, slug, other = labels[at], slugs[at - 1], slugs[at]
    if found is None or other == slug:
        return False
    _, value, dim = found
    colon = CARD_COLON.match(texts[at].text) is not None
    if label_counts[other] < 2 or not (dim is not None and not value or colon):
        return False
    for later in slugs[at + 1: at + 1 + _CARD_LOOKAHEAD]:
        if later == slug:  # the next card starts: the label was not repeated in this one
            return True
        if later == other:
            return False
    return True


def _card_blocks(tokens: Sequence[CardField | Line], page: PageBuilder, is_name: Callable[[str], bool]) -> list[Card]:
    """Cut the field sequence into cards where the label sequence restarts. The card's name is
    the bare line right before its first field; a line taken as a label's value is never a name.
    Other bare lines are kept as stray text.

    The sequence restarts at a label the current card already has, or at the page's opening
    label: the label that most often stands right below a bare line (each card's first label
    sits under its name), so a card whose opening label is missing still ends where the next
    card opens."""
    opener = _opening_label(tokens)
    cards: list[Card] = []
    for at, token in enumerate(tokens):
        if not isinstance(token, CardField):
            continue
        slugs = {f.slug for f in cards[-1].fields} if cards else set()
        if cards and token.slug not in slugs and token.slug != opener:
            cards[-1].fields.append(token)
            continue
        # a new card: unknown lone fields right above it (a caption "Photo: ...") belong to no card yet
        back = at - 1
        while back >= 0 and isinstance(tokens[back], CardField) and tokens[back].dim is None and cards \
                and tokens[back] in cards[-1].fields:
            back -= 1
        name = tokens[back] if back >= 0 and isinstance(tokens[back], Line) else None
        moved = [t for t in tokens[back + 1: at] if isinstance(t, CardField)] if name is not None else []
        if moved:
            cards[-1].fields = [f for f in cards[-1].fields if f not in moved]
        # of the bare lines stacked right above the card (name, caption), the nearest that is a name
        while name is not None and not is_name(name.text) and back > 0 and isinstance(tokens[back - 1], Line):
            back -= 1
            if is_name(tokens[back].text):
                name = tokens[back]
        cards.append(Card(name, [*moved, token]))
    names = {card.name.no for card in cards if card.name is not None}
    for token in tokens:
        if isinstance(token, Line) and token.no not in names:
            page.keep(token.no, "stray_text", token.text)
    for card in cards:
        if card.name is not None and (glued := _GLUED_CAPTION.match(card.name.text)):
            # "A cube on a stand.Data Engineer": an image caption glued to the name
            page.keep(card.name.no, "stray_text", glued.group("caption"))
            card.name = Line(card.name.no, glued.group("name"))
    return cards


def _opening_label(tokens: Sequence[CardField | Line]) -> str | None:
    """The slug of the label that most often follows a bare line (ties: the earlier canonical row)."""
    below_bare = Counter(token.slug for before, token in zip(tokens, tokens[1:])
                         if isinstance(before, Line) and isinstance(token, CardField))
    if not below_bare:
        return None
    order = {slug: n for slug, n in below_bare.items()}
    return min(order, key=lambda slug: (-order[slug], slug_order().get(slug, last_order() + 1), slug))


LAYOUT = Layout("card", detect, parse_card, delimited=False)



