"""Generic layout, round 23a: precision on pages like the unseen sets 38-41 (never a wrong fact). Every page here is
invented (another role, site and wording than the sets'), and every rule has a negative, named in each test's
docstring with the pages of the sets that showed its cause."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page, _pay

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


# --- a skill's proficiency column ------------------------------------------------------------------------------------

def _skill_rows(text: str) -> list[tuple[str, str | None]]:
    return [(r["skill_name"], r["detail"]) for r in _page(text).facts.get("role_skills", [])]


def test_a_proficiency_column_after_spaces_is_the_skills_detail():
    """Set 41 p41_12: 'Cyber Forensics      Level 3', 'Teamwork      Basic' (a table of skills and their levels as
    text) stored the level in the skill's name. Negative: 'Subject matter expert' (a level word after one space,
    part of the name) keeps its name whole."""
    rows = _skill_rows(_TEXT.replace("- Manual dexterity\n- Working at heights\n- Reading drawings",
                                     "- Glass cutting        Level 3\n- Working at heights    Intermediate\n"
                                     "- Subject matter expert").format(extra=""))
    assert ("Glass cutting", "Level 3") in rows and ("Working at heights", "Intermediate") in rows
    assert any(name == "Subject matter expert" for name, _ in rows)


# --- numbered section headings ---------------------------------------------------------------------------------------

def test_a_numbered_line_between_two_numbered_headings_opens_a_section():
    """Set 41 p41_08: '3. Atribuições' / … / '4. Requisitos' / … / '5. Competências': the vocabulary does not know
    'Requisitos', but its number falls between two numbered headings: the requirements under it are no duties.
    Negative: a numbered item of the duties list itself ('2. Replace broken panes') with no numbered headings on each
    side stays a duty."""
    page = _page("""Careers Atlas · Trades

Glazier

Glaziers cut, fit and replace glass in windows, doors, shopfronts and partitions.

1. Main duties
- Measure openings and cut glass to size
- Fit glazing units into frames and seal them

2. Entry
- A driving licence
- Two years of site experience

3. Skills
- Manual dexterity
- Working at heights
""")
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert duties == ["Measure openings and cut glass to size", "Fit glazing units into frames and seal them"]
    page = _page(_TEXT.replace("Main duties\n- Measure openings and cut glass to size",
                               "Main duties\n1. Measure openings\n2. Replace broken panes").format(extra=""))
    assert "Replace broken panes" in [r["text"] for r in page.facts.get("responsibilities", [])]


# --- two dollars told apart ------------------------------------------------------------------------------------------

_DOLLARS = """Careers Atlas Canada · Finance

Payroll Manager

Payroll managers run the payroll of a company and make sure every employee is paid correctly and on time.

Main duties
- Run the monthly payroll and check its totals
- Answer employees' questions about their pay
- Keep payroll records up to date

Salary
City                 Low          High
Seattle              $96,000      $118,000
{row}
"""


def test_a_bare_dollar_beside_the_local_dollars_own_prefix_is_not_the_local_one():
    """Set 38 p38_15: a table of cities in 'Boston  $141,000' beside 'Toronto (CAD)  C$138,000' stored the bare
    dollars as CAD: the page tells the two dollars apart. Negative: the same page with no 'C$' figure reads a bare '$'
    as the dollar of the country it names (round 16b)."""
    from generic_helpers import _currencies
    marked = _currencies(_DOLLARS.format(row="Vancouver (CAD)      C$101,000    C$124,000"))
    assert "CAD" in marked and "USD" in marked
    assert _currencies(_DOLLARS.format(row="Vancouver            $101,000     $124,000")) == {"CAD"}


# --- a full-width dash, a contents list --------------------------------------------------------------------------

def test_a_full_width_dash_parts_a_skills_name_from_its_explanation():
    """Set 40 p40_02: '・ITツール活用力 － 施工管理アプリで…' (the full-width dash of Japanese text, a name holding Latin
    letters) stored name and explanation as one skill. Negative: a skill without a dash is its own name."""
    rows = _skill_rows(_TEXT.replace("- Manual dexterity\n- Working at heights\n- Reading drawings",
                                     "- CAD操作力 － 図面をデジタルで作る力\n- 体力 － 現場を歩き回る力\n- 安全意識").format(extra=""))
    assert ("CAD操作力", "図面をデジタルで作る力") in rows and ("体力", "現場を歩き回る力") in rows
    assert any(name == "安全意識" for name, _ in rows)


def test_contents_entries_under_a_known_heading_are_no_items():
    """Set 38 p38_18: 'On this page' / 'What does a cloud engineer do?' / 'Cloud engineer salary and job outlook' /
    'Cloud engineer skills' (a contents list whose first entry is a duties heading) stored the later entries as duties:
    each comes back further down as a heading (invented: 'Earnings and demand', 'Know-how employers want'). Negative: the duties under the real heading are kept."""
    page = _page("""SkillPath
Explore   Degrees   Certificates
Log In   Join for Free

Articles  >  Construction  >  Glazing

What Is a Glazier? And How to Become One
Written by SkillPath Staff • Updated on Mar 3, 2026

Learn what a glazier does, what they earn, and the skills that can help you get hired.

On this page
What does a glazier do?
Earnings and demand
Know-how employers want
How to become a glazier

A glazier is a tradesperson who cuts, fits and replaces glass in windows, doors, shopfronts and partitions.

What does a glazier do?
Day to day, a glazier might:

- Measure openings and cut glass to size
- Fit glazing units into frames and seal them
- Replace broken panes safely

Earnings and demand
The average base salary of a glazier in the UK is £31,000.

Know-how employers want
Hiring managers look for:

Cutting: Glass must be scored and snapped cleanly.
Safety: Working at heights needs care.

How to become a glazier
Most glaziers train through an apprenticeship.
""")
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert "Earnings and demand" not in duties and "Know-how employers want" not in duties
    assert "Measure openings and cut glass to size" in duties


def test_technical_and_generic_skills_and_competencies_head_skills_with_their_levels():
    """Set 40 p40_21: 'Technical skills and competencies' / '  Curriculum Planning and Implementation - Level 3' and
    'Generic skills and competencies' (a competency framework's two lists) were read as duties, the headings too; the
    level after a dash is the skill's detail. Negative: a duty with a dash and no level keeps its text."""
    page = _page(_TEXT.replace("Skills\n- Manual dexterity\n- Working at heights\n- Reading drawings",
                               "Technical skills and competencies\n  Glass Handling and Cutting - Level 3\n"
                               "  Site Safety and Access - Level 2\n\nGeneric skills and competencies\n"
                               "  Teamwork\n  Customer Care\n").replace(
        "- Replace broken panes safely", "- Replace broken panes - often the same day").format(extra=""))
    rows = [(r["skill_name"], r["detail"]) for r in page.facts.get("role_skills", [])]
    assert ("Glass Handling and Cutting", "Level 3") in rows and ("Site Safety and Access", "Level 2") in rows
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert not any("competencies" in d or "Level" in d for d in duties)
    assert "Replace broken panes - often the same day" in duties


def test_a_breadcrumb_over_its_separators_and_the_roles_own_name_are_no_facts():
    """Set 39 p39_01: 'Home' / '›' / 'Explore careers' / '›' … / 'Paramedic' / 'Health and social care' (a breadcrumb
    written one entry a line, the role's category under its name) stored 'Home: ›' and 'Paramedic: Health and social
    care' as facts. Negative: a glance fact of the page ('Typical hours' / '37 to 40 a week') is kept."""
    facts = _facts("""Careers Atlas
Trades Guide

Menu
Explore careers
Job information
Plan your career
Apprenticeships
Help for families

Home
›
Explore careers
›
Job information
›
Glazier

Glazier
Construction and building
♡ Save to my account
Share: Facebook | X | Email

Glaziers cut, fit and replace glass in windows, doors, shopfronts and partitions.

Main duties
- Measure openings and cut glass to size
- Fit glazing units into frames and seal them

Skills
- Manual dexterity
- Working at heights

At a glance
Typical hours: 37 to 40 a week
""")
    assert not any(value == "›" for _, value in facts)
    assert not any(label == "Glazier" for label, _ in facts)
    assert ("Typical hours", "37 to 40 a week") in facts


def test_a_column_counting_openings_beside_the_pay_column_is_no_pay():
    """Set 41 p41_07: '| Ciudad | Salario promedio | Ofertas |' / '| Bogotá | $ 5.250.000 | 612 |' stored the number of
    offers as a salary of 612. Negative: the pay column of the same table is read."""
    rows = _pay(_DOLLARS.replace("Salary\nCity                 Low          High\nSeattle              $96,000      $118,000\n{row}",
                                 "Salary by city (monthly average, CAD)\n\n| City | Average salary | Openings |\n|---|---|---|\n"
                                 "| Calgary | $ 8.800 | 412 |\n| Halifax | $ 7.900 | 153 |\n"))
    amounts = {(low, high) for _, low, high, _, _ in rows}
    assert (8800, 8800) in amounts and (7900, 7900) in amounts
    assert not any(low in (412, 153) for low, _ in amounts)


def test_the_attribution_under_a_quotation_names_no_career_steps():
    """Set 41 p41_02: '"Clients pay for people who …"' / '— Dana Whitcombe, Practice Director, Data & Analytics' stored
    the speaker, her post and her team as career steps. Negative: the ladder written above it is kept."""
    page = _page(_TEXT.format(extra="""Career path
Apprentice Glazier → Glazier → Senior Glazier → Glazing Supervisor

"The best glaziers we place have spent years on real sites, not just in the workshop."
— Robin Ashgrove, Senior Recruiter, Construction & Trades
"""))
    steps = [r["target_title"] for r in page.facts.get("career_paths", [])]
    assert "Senior Glazier" in steps and "Glazing Supervisor" in steps
    assert not any(s in steps for s in ("Robin Ashgrove", "Senior Recruiter", "Construction & Trades"))
