"""Parse stage: one-role pages of other career sites (layout ``generic``) -> responsibilities, skills, career paths,
salaries, aliases and at-a-glance facts.

Tried only after the seed sites' layouts (see ``pipeline.parse.detect``) and only on role-page evidence: a
role-like title (site furniture removed by ``pipeline/reference/title_furniture.tsv``; scored by a known role noun
(``role_nouns.tsv``), a mention in the page's text and removed furniture) and recognised headings of at least two
section families from ``pipeline/reference/generic_headings.tsv``, one of them fact-bearing, or, when its headings
are outside the vocabulary, structural evidence (``structure.structural_evidence``: the title in the page's head with
a role noun or a word for a person, mentioned again, and three of a fact section, two headed lists, a pay figure, a
label/value box, a short line naming the role or a sentence opening with it). A title without a role noun counts
when the page speaks of it as a person's job ('What does a production sound mixer do?'; ``title.person_like``). A
page with a blog, listing, shop or job-ad marker (``page_negative.tsv``: strong markers; weak ones, a byline,
reading time or newsletter sign-up, only on a page written in the first person; a call to apply only when the same
line comes twice; a posting's summary line only with a second one or a call to apply; a row of buttons a text capture
writes in brackets, '[ Apply now ]   [ Save job ]', is read button by button), or one that compares roles
('vs' in its opening, a set of sections repeated under a second role's name), is never one. A title in English
beside its name in the page's own language (``title._translation``) is the role, the other name an alias and a mention
of the role for the structural evidence; a printed page's footers ('Page 1 of 2' … 'Page 2 of 2') are no listing.

Modules: ``vocabulary`` (reference data, heading and text helpers), ``title`` (the role's name), ``items`` (list
items, tables, label/value pairs, prose figures, skill and path items), ``structure`` (lines, detection, sections),
``reader`` (sections -> rows; its salary half in ``pay``; label/value boxes wherever they stand in ``boxes``); this
module checks for a cut capture and builds the page.

Rules, precision before recall:

* A heading is a line that, with emoji, symbols, punctuation, markdown marks and case ignored, is a vocabulary
  heading; a heading glued to tag words (``AIContentSkills Checklist``) or followed by ``:`` and inline items
  (``Also known as: A, B``) is split off. Unknown heading-shaped lines inside a skills or career section are
  sub-headings (a skill group, a ladder level); elsewhere they start an unclassified section.
* Items come from list structure: bullets (``•``, ``-``, ``- •``, ``*``, ...), numbers (``1.``, ``1)``, ``#1.``);
  a section without any marker is a list only when it is a run of short lines. A lower-case line after an
  unfinished item continues it.
* Outside lists, a few shapes are facts by vocabulary, never by position alone: ``Label: value`` lines and
  label-line/value-line pairs with a known at-a-glance label (``fact_labels.tsv``), ``From:/To:/Lateral:`` lines
  in a progression section (``career_labels.tsv``), a line that is only a salary figure (or ``Salary: $X``) in
  the page's head, a skills table whose first column is headed as skills, a skill named over its explaining
  sentence, and a band written as figure / 'to' / figure.
* Only a classified section's items become facts; everything else (intro, prose, unclassified lists, items
  that do not read as what their section holds) is kept in ``page_sections``.
* A capture cut short never stores its cut last item: as on guides, the item the text ends with is whole only
  when a line break follows it or it ends a sentence among siblings that all do, and never when it breaks its
  siblings' pattern or leaves a bracket open; a page ending on a heading is incomplete. A salary table row
  without its closing ``|`` is kept as text. A role page that yields no fact at all is incomplete (no_facts).

Loading: this package compiles several hundred vocabulary patterns when its modules load (~0.3 s). A run of the
seed sites' pages never needs them, so the interface below imports the reading modules on first use (``page``: the
parse and cut-capture check; ``structure``: detection); ``pipeline.parse`` imports only this light module.
"""
from __future__ import annotations

import importlib

from pipeline.parse.generic.vocabulary import LAYOUT, PAGE_TYPE

# names of the layout's interface -> the module that defines them (imported when first asked for)
_INTERFACE = {"is_negative": "structure", "heading_kind": "vocabulary",
              "remove_furniture": "title", "role_like": "title"}


def layout_names() -> tuple[str, ...]:
    """The layouts of this reader (the page-type registry in pipeline/parse/__init__.py reads it)."""
    return (LAYOUT,)


def detect_layout(text: str) -> str | None:
    """LAYOUT when the text shows role-page evidence of another site (``structure.detect_layout``), else None."""
    from pipeline.parse.generic.structure import detect_layout as detect
    return detect(text)


def parse(text: str, layout: str = LAYOUT, **options):
    """The page read into a ParsedPage (``page.parse``)."""
    from pipeline.parse.generic.page import parse as read
    return read(text, layout, **options)


def __getattr__(name: str):
    """The rest of the interface, and the reading module's helpers, loaded on first use."""
    if name in _INTERFACE:
        return getattr(importlib.import_module(f"{__name__}.{_INTERFACE[name]}"), name)
    if not name.startswith("__"):
        page = importlib.import_module(f"{__name__}.page")
        if hasattr(page, name):
            return getattr(page, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
