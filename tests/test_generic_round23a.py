"""Generic layout, round 23a: precision on pages like the unseen sets 38-41 (never a wrong fact). Every page here is
invented (another role, site and wording than the sets'), and every rule has a negative, named in each test's
docstring with the pages of the sets that showed its cause."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page

from pipeline.parse.html import html_to_text

_HTML = """<!doctype html><html><head><title>Roles · Workwise</title></head><body><main>
<h1>Optician</h1>
<p>Opticians fit glasses and contact lenses and advise customers on eye care.</p>
<h2>What does an optician do?</h2>
<ul><li>Fit and adjust frames for customers</li><li>Explain lens options and coatings</li>
<li>Take measurements for new prescriptions</li></ul>
<h2>Skills</h2>
<div class="grid">{skills}</div>
{extra}
</main></body></html>"""

_GLUED_SKILLS = ('<div class="s"><span class="n">Manual dexterity</span><span class="d">Frames need fine adjusting.</span></div>'
                 '<div class="s"><span class="n">Patience</span><span class="d">Some customers take time to choose.</span></div>'
                 '<div class="s"><span class="n">Customer care</span><span class="d">Most of the day is spent with people.</span></div>')


def _skills(page) -> list[str]:
    return [r["skill_name"] for r in page.facts.get("role_skills", [])]


# --- inline cells the page's CSS lays out apart ------------------------------------------------------------------

def test_glued_inline_cells_become_separate_lines_for_the_generic_layout():
    """Sets 39 p39_03 (a skill's name glued to its description), 40 p40_04 (aliases as chips, glance label and
    value), 40 p40_20 (tags), 34 p34_07 (skills as chips): sibling inline elements with nothing between them, the
    first ending a word and the second starting one, are separate lines; the skill is its name only."""
    page = _page(_HTML.format(skills=_GLUED_SKILLS, extra=""))
    skills = [s.lower() for s in _skills(page)]
    assert "manual dexterity" in skills and "patience" in skills
    assert not any("frames need" in s for s in skills)
    text = html_to_text(_HTML.format(skills=_GLUED_SKILLS, extra=""), separate_glued=True)
    assert "Manual dexterity\nFrames need fine adjusting." in text


def test_inline_markup_inside_a_word_or_sentence_is_left_as_written():
    """Negative: '<b>Pay</b><i>ment</i>' (a lower-case continuation), '<span>$</span><span>42,000</span>' (a symbol
    before), 'Salary: <b>…</b>' (a space between) and the plain rendering (the known sites' parsers) are unchanged."""
    markup = ("<p><b>Pay</b><i>ment</i> is monthly.</p><p><span>$</span><span>42,000</span> a year</p>"
              "<p>Salary: <b>Good</b></p><p><span>Alpha</span><span>Beta</span></p>")
    text = html_to_text(markup, separate_glued=True)
    assert "Payment is monthly." in text and "$42,000 a year" in text and "Salary: Good" in text
    assert "Alpha\nBeta" in text
    assert "AlphaBeta" in html_to_text(markup)  # the default rendering, read by the known sites, is unchanged


def test_a_number_glued_to_its_list_item_is_the_items_marker():
    """Set 40 p40_20: '<li><span>01</span><span>Plan …</span></li>' stored '01Plan …' as a duty; the number is the
    item's marker, as an <ol> draws it. Negative: '<span>1</span> <span>Work</span>' (a space between, a contents
    list's number, set 41 p41_18) keeps its number."""
    markup = ("<ul><li><span>01</span><span>Plan the weekly rota.</span></li>"
              "<li><span>1</span> <span>Work</span></li></ul>")
    text = html_to_text(markup, separate_glued=True)
    assert "- Plan the weekly rota." in text and "- 1 Work" in text


# --- rows of a sequence -------------------------------------------------------------------------------------------

_TEXT = """Careers Atlas · Trades

Glazier

Glaziers cut, fit and replace glass in windows, doors, shopfronts and partitions.

Main duties
- Measure openings and cut glass to size
- Fit glazing units into frames and seal them
- Replace broken panes safely

Skills
- Manual dexterity
- Working at heights
- Reading drawings

{extra}
"""


def test_numbered_steps_of_a_sequence_are_no_glance_facts():
    """Sets 38 p38_06, p38_19 ('Step 1: Complete an accredited program'), 38 p38_21 ('Semester 2: …' of a course
    page): a label that numbers a row of a sequence is no fact; in other languages too ('Étape 2 : …', '2단계: …').
    Negative: a glance fact beside them ('Typical hours: 37 to 40 a week') is kept."""
    facts = _facts(_TEXT.format(extra="How to become a glazier\nStep 1: Find an apprenticeship with a glazing firm\n"
                                      "Step 2: Complete the Level 2 diploma\nÉtape 3 : Passer le certificat\n\n"
                                      "At a glance\nTypical hours: 37 to 40 a week\nWork setting: Building sites"))
    labels = [label.lower() for label, _ in facts]
    assert not any(label.startswith(("step", "étape")) for label in labels)
    assert ("Typical hours", "37 to 40 a week") in facts
