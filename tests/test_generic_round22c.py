"""Generic layout, round 22c: recall on English-language pages (sets 34-36) and the pay rows of a glance box (never a
wrong fact). Every page here is invented (another role, site and wording than the sets'), and every rule has a
negative, named in each test's docstring with the pages of the sets that showed its cause."""
from __future__ import annotations

from generic_helpers import _facts, _pay

# --- a pay row of a glance box is a row of the box as written, besides its salary -------------------------------------

_GLANCE = """Career Compass · Construction

Glazier

Glaziers cut, fit and replace glass in windows, doors and shopfronts.

At a glance
{rows}

Tasks
- Measure openings and cut glass to size
- Fit and seal panes and frames
- Replace broken glass safely

Skills
- Precision
- Working at heights
- Customer service

{pay}
"""


def test_a_pay_row_of_a_glance_box_is_a_fact_as_written_and_a_salary():
    """The lead's decision (round 22): sets 29 m01, 32 p04 and 33 q03 ('Weekly pay' / '$2,050'), 30 n13 ('Median salary'
    / '$61,890 (U.S. national)'), 28 k10 and 32 p06 ('Salaire débutant : 1 767 € brut par mois'), 36 r08 ('Median base
    salary'): the labels read a glance box's pay row as one of its facts, verbatim, and as its salary."""
    page = _GLANCE.format(rows="Weekly pay\n$1,480\nEmployment size\n12,400", pay="Pay\nGlaziers earn $1,480 a week.")
    assert ("Weekly pay", "$1,480") in _facts(page) and ("Employment size", "12,400") in _facts(page)
    assert (1480, 1480, "USD") in [(p[1], p[2], p[3]) for p in _pay(page)]
    page = _GLANCE.format(rows="Median pay\t$51,200 per year\nNumber of jobs, 2024\t58,300", pay="")
    assert ("Median pay", "$51,200 per year") in _facts(page) and ("Number of jobs, 2024", "58,300") in _facts(page)
    assert (51200, 51200, "USD") in [(p[1], p[2], p[3]) for p in _pay(page)]
    page = _GLANCE.format(rows="Salary: Set by the national agreement\nHours: 39 a week", pay="")
    assert ("Salary", "Set by the national agreement") in _facts(page)  # (a value of words: any fact)


def test_pay_outside_a_glance_box_spread_over_two_lines_or_a_sentence_is_no_box_row():
    """Negatives: 'Junior: $1,200 a week' under the pay heading is a salary only; a box row whose pay goes on with the
    same pay by another period on the next line ('$80,450 per year' / '$38.68 per hour': set 30 n01 reads the first
    line, 31 o09 and 34 r01 the two, so it stays a salary only); a 'Pay' heading over a sentence ended by its full stop
    (an occupation handbook's summary tab) is prose."""
    page = _GLANCE.format(rows="Employment size\n12,400", pay="Pay\nJunior: $1,200 a week\nSenior: $1,700 a week")
    assert not any(label in ("Junior", "Senior") for label, _ in _facts(page))
    page = _GLANCE.format(rows="Median pay\t$76,900 per year\n$36.97 per hour\nEmployment size\t12,400",
                          pay="")
    assert not any(label == "Median pay" for label, _ in _facts(page)), _facts(page)
    page = _GLANCE.format(rows="Median pay\t$76,900 per year\nEmployment size\t12,400\nPay\n"
                               "The median annual wage for glaziers was $76,900 in May 2024.", pay="")
    assert not any(label == "Pay" for label, _ in _facts(page)), _facts(page)


def test_a_pay_label_in_a_currency_over_a_row_of_words_is_a_tables_head():
    """Set 37 p11 ('Monthly basic salary (RM)' over 'Years of experience' and the cities): the line naming pay in a
    currency over a row of words heads a pay table, no row of the box. Negative: 'Salary (GBP)' / '£28,000'."""
    page = _GLANCE.format(rows="Hours: 39 a week\nAnnual salary (NZD)\nExperience\tAuckland\tWellington", pay="")
    assert not any(label.startswith("Annual salary") for label, _ in _facts(page)), _facts(page)
    page = _GLANCE.format(rows="Hours: 39 a week\nAnnual salary\nExperience\tAuckland\tWellington", pay="")
    assert not any(label.startswith("Annual salary") for label, _ in _facts(page)), _facts(page)
    page = _GLANCE.format(rows="Salary (GBP)\n£28,000\nHours\n39 a week", pay="")
    assert ("Salary (GBP)", "£28,000") in _facts(page)


# --- a lead-in's run of plain lines, one longer than twelve words, then paragraphs ---------------------------------

_HANDBOOK = """Occupation Outlook
Surveyors
Summary
What They Do
Pay

What Surveyors Do
Surveyors make precise measurements to set property boundaries.

Duties
Surveyors typically do the following:

Measure distances, directions, and angles between points on the surface of the earth
Travel to locations using known reference points
Research land records, survey records, and land titles
{last}

Surveyors use the Global Positioning System to locate reference points. They work with civil engineers and architects.

Most surveyors work outdoors in all weather.

Skills
- Attention to detail
- Problem-solving
- Physical stamina
"""


def test_a_run_of_plain_lines_under_a_lead_in_is_its_list_before_the_paragraphs():
    """Sets 30 n01 and 34 r01 (an occupation handbook's 'X typically do the following:' over seven unmarked lines, one
    of 13 words, then two paragraphs): the run is the list of duties, the paragraphs stay text."""
    from generic_helpers import _page
    page = _page(_HANDBOOK.format(last="Prepare plots, maps, and reports and present the findings to clients and agencies"))
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert "Measure distances, directions, and angles between points on the surface of the earth" in duties
    assert "Prepare plots, maps, and reports and present the findings to clients and agencies" in duties
    assert len(duties) == 4 and not any("Global Positioning" in d for d in duties)


def test_a_run_ended_by_sentences_or_without_a_lead_in_is_no_list():
    """Negatives: the same lines written as sentences ('… and agencies.') are prose; without the lead-in ending with
    ':' the long lines are a paragraph's, no list."""
    from generic_helpers import _page
    text = _HANDBOOK.format(last="Prepare plots, maps, and reports and present the findings to clients and agencies")
    page = _page(text.replace("Surveyors typically do the following:\n\n", "Surveyors typically do the following.\n\n"))
    assert not page.facts.get("responsibilities")
    lines = text.split("\n")
    sentences = "\n".join(ln + "." if ln.startswith(("Measure", "Travel", "Research", "Prepare")) else ln for ln in lines)
    assert not _page(sentences).facts.get("responsibilities")


# --- a line naming pay over a table lined up by spaces, inside another section ----------------------------------------

_ALIGNED = """Workforce Board · Occupation profiles

Roofer

Roofers replace, repair and install the roofs of buildings.

Tasks
- Inspect problem roofs to decide how best to repair them
- Measure roofs to work out the materials needed
- Install shingles, membranes and metal sheets

Skills
- Working at heights
- Balance
- Physical stamina

Related occupations
 47-2181 Roofers
 47-2211 Sheet Metal Workers
{lead}
Entry is the mean of the lowest third of wages; experienced the mean of the upper two thirds.
{table}"""

_SPACED_TABLE = ("Region                    Entry        Median       Experienced\n"
                 "Northern District         $38,120      $46,300      $52,940\n"
                 "Coastal District          $41,500      $49,870      $57,210\n"
                 "Valley Metro District     $43,300      $51,020      $58,650\n"
                 "River District            $45,210      $55,980      $63,4")  # (the capture cut in its last row)


def test_a_line_naming_pay_over_a_table_lined_up_by_spaces_leads_a_pay_table():
    """Sets 34 r08 ('Wages by Area (2024, Annual)' / a note / 'Area  Entry  Median  Experienced' over rows of three
    wages, under the related occupations' list, the capture cut in the last row) and 37 p11 ('Monthly basic salary (RM)' / (blank) / 'Years of
    experience  Kuala Lumpur & Selangor  Penang & Johor' over ranges in RM): the spaced columns are the table's cells."""
    pay = [(p[1], p[2], p[3]) for p in _pay(_ALIGNED.format(lead="Wages by District (2025, Annual)",
                                                             table=_SPACED_TABLE))]
    assert (38120, 38120, "USD") in pay and (57210, 57210, "USD") in pay and (55980, 55980, "USD") in pay


def test_a_table_lined_up_by_spaces_under_a_line_naming_no_pay_is_no_pay_table():
    """Negative: 'Employment by District (2025)' over the same columns of figures names no pay."""
    table = _SPACED_TABLE.replace("$", "")
    assert _pay(_ALIGNED.format(lead="Employment by District (2025)", table=table)) == []


def test_a_spaced_table_with_a_cell_that_is_not_pay_or_under_a_spaced_lead_is_left_alone():
    """Negatives: a cell 'n/a' among the amounts voids the table (its rows stay text); a lead line itself written in
    spaced columns ('Wages   View:  [Hourly]   Yearly') is a widget's, read by the spaced-table reader of round 10."""
    table = _SPACED_TABLE.replace("$57,210", "n/a    ")
    assert _pay(_ALIGNED.format(lead="Wages by District (2025, Annual)", table=table)) == []


# --- a glance box without a heading of the vocabulary ------------------------------------------------------------

_HEADLESS = """Careers Hub

Glazier

Glaziers cut, fit and replace glass in windows, doors and shopfronts.

{box}

What you'll do
- Measure openings and cut glass to size
- Fit and seal panes and frames
- Replace broken glass safely

Skills
- Precision
- Working at heights
- Customer service
"""


def test_a_pay_row_of_a_box_under_the_intro_is_a_fact_as_written():
    """Sets 35 s24 ('Salary range: £24,000 to £65,000' / 'Hours per week: 37.5' / … right under the intro, no heading)
    and 33 q03 ('Weekly pay<TAB>$1,850' / 'Future growth<TAB>Strong' / … under a heading the vocabulary does not
    know): a run of three rows or more is a glance box, its pay row one of its facts too."""
    page = _HEADLESS.format(box="Salary range: £26,000 to £41,000\nHours per week: 39\nDemand: Good")
    assert ("Salary range", "£26,000 to £41,000") in _facts(page)


def test_a_pay_row_of_a_vacancy_card_or_alone_is_no_box_fact():
    """Negatives: a vacancy's card ('Wage: £18,500 Annually' / 'Location: …' / 'Start date: …', set 35 s02) and a lone
    pay row are no glance box of the role."""
    page = _HEADLESS.format(box="Trainee Glazier\nWage: £17,900 Annually\nLocation: Hull HU2\nStart date: 1 March 2026")
    assert not any(label == "Wage" for label, _ in _facts(page))
    page = _HEADLESS.format(box="Salary range: £26,000 to £41,000")
    assert not any(label == "Salary range" for label, _ in _facts(page))


# --- a pay label read as a heading over its amount, at the head of a glance box -----------------------------------

_PAY_HEAD = _HEADLESS  # the same page: the box is what the tests below vary


def test_a_pay_label_over_its_amount_heads_a_glance_box():
    """Sets 35 s06 ('Average weekly pay' / '$1,795' / 'Future growth' / 'Very strong' / …), 34 r16 ('Median Salary' /
    '$65,190' / 'Unemployment Rate' / '0.9%' / …) and 35 s20: the pay label read as a heading is the box's first row;
    every row a fact, the pay one a salary too."""
    page = _PAY_HEAD.format(box="Median weekly pay\n$1,420\nFuture growth\nStable\nEmployment size\n21,300 workers\n"
                                "Average age\n41 years")
    facts = _facts(page)
    assert ("Median weekly pay", "$1,420") in facts and ("Future growth", "Stable") in facts
    assert ("Employment size", "21,300 workers") in facts
    assert (1420, 1420, "USD") in [(p[1], p[2], p[3]) for p in _pay(page)]


def test_a_pay_heading_over_an_amount_and_prose_is_a_pay_section():
    """Negative: 'Average weekly pay' / '$1,420' / a paragraph is the pay section (no box of pairs under it)."""
    page = _PAY_HEAD.format(box="Average weekly pay\n$1,420\nGlaziers earn more with experience, up to $1,900 a week "
                                "for a lead glazier.")
    assert not any(label == "Average weekly pay" for label, _ in _facts(page))


# --- 'advance to jobs as X' -------------------------------------------------------------------------------------------

def test_advance_to_jobs_as_names_the_next_role():
    """Set 34 r01 ('Experienced electricians can advance to jobs as supervisors.'): the words 'jobs as' between the move
    and the name are no part of it. Negative: 'advance to jobs as a result of training' names no role."""
    from pipeline.parse.generic.items import prose_paths
    assert prose_paths("Experienced glaziers can advance to jobs as supervisors or estimators.") == [
        ("to", "supervisors"), ("to", "estimators")]
    assert prose_paths("Experienced glaziers can advance to positions as site managers.") == [("to", "site managers")]
    assert prose_paths("Experienced glaziers can advance to jobs as a result of training.") == []


# --- a headline pay card: 'Average salary' / amount / 'per year' --------------------------------------------------

_CARD = """Pay Insights

Glazier

Glaziers cut, fit and replace glass in windows, doors and shopfronts.

Average salary
{card}

What does a glazier do?
- Measure openings and cut glass to size
- Fit and seal panes and frames
- Replace broken glass safely

Skills
- Precision
- Working at heights
- Customer service
"""


def test_a_pay_card_of_an_amount_and_its_period_is_a_fact_as_written():
    """Sets 35 s18 ('Average salary' / '$65,000' / 'per year') and s19 ('£68,250' / 'per year' / 'Based on 1,204
    salaries …'): the page's headline figure is a fact, the amount and its period line as one value, and a salary."""
    page = _CARD.format(card="£31,400\nper year\nBased on 380 salaries reported in the last 12 months.")
    assert ("Average salary", "£31,400 per year") in _facts(page)
    assert (31400, 31400, "GBP") in [(p[1], p[2], p[3]) for p in _pay(page)]


def test_a_pay_heading_over_a_band_or_without_a_period_line_is_no_card():
    """Negatives: an amount followed by a second amount line (a band written over two lines), or by prose rather than
    its period, is the pay section's, no card fact."""
    assert not any(label == "Average salary" for label, _ in _facts(_CARD.format(card="£31,400\n£38,000\nper year")))
    assert not any(label == "Average salary" for label, _ in
                   _facts(_CARD.format(card="£31,400\nGlaziers in Leeds earn a little less than in London.")))


# --- clauses going on from a lead-in, the last ending its sentence -------------------------------------------------

_CLAUSES = """Careers Portal

Glazier

Glaziers cut, fit and replace glass in windows, doors and shopfronts.

What they do
Glaziers may do some or all of the following:

{lines}

Skills and knowledge
Glaziers need to have:

- knowledge of glass types and safety glazing rules
- skill with hand and power tools
- good hand-eye coordination
"""


def test_clauses_under_a_lead_in_are_its_list():
    """Sets 35 s07 and s01 ('Social workers may do some or all of the following:' / 'assess the needs of clients and their
    whānau' / … / 'advocate for clients with government agencies.'): lower-case clauses one under the other going on
    from the lead-in, only the last ending its sentence, are the list (each as written)."""
    from generic_helpers import _page
    page = _page(_CLAUSES.format(lines="measure openings and cut glass to size\nfit and seal panes in frames\n"
                                       "replace broken or misted units\nclean up the work area afterwards."))
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert duties == ["measure openings and cut glass to size", "fit and seal panes in frames",
                      "replace broken or misted units", "clean up the work area afterwards."]


def test_lower_case_lines_of_a_wrapped_paragraph_are_no_list():
    """Negatives: a paragraph's lines that hold a sentence inside ('… to size. They also …'), and lines without the
    lead-in ending with ':', stay text."""
    from generic_helpers import _page
    text = _CLAUSES.format(lines="measure openings and cut glass to size. they also\nfit and seal panes in frames\n"
                                 "replace broken or misted units\nclean up the work area afterwards.")
    assert not _page(text).facts.get("responsibilities")
    text = _CLAUSES.format(lines="measure openings and cut glass to size\nfit and seal panes in frames\n"
                                 "replace broken or misted units\nclean up the work area afterwards.") \
        .replace("some or all of the following:", "some or all of the following.")
    assert not _page(text).facts.get("responsibilities")


def test_clauses_under_a_lead_in_before_a_subheading_and_its_paragraph_are_the_list():
    """Set 35 s01 ('Skills' / 'You'll need to have:' / seven clauses, the last ending with '.' / 'Work experience' / a
    paragraph): the run right under the lead-in is the list; the later lines stay text."""
    from generic_helpers import _page
    text = _CLAUSES.format(lines="measure openings and cut glass to size\nfit and seal panes in frames\n"
                                 "clean up the work area afterwards.") \
        .replace("- knowledge of glass types and safety glazing rules\n- skill with hand and power tools\n"
                 "- good hand-eye coordination\n",
                 "knowledge of glass types and safety glazing rules\nskill with hand and power tools\n"
                 "good hand-eye coordination.\n\nWork experience\n\nTime spent labouring on building sites is useful.\n")
    skills = [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]
    assert "skill with hand and power tools" in skills and "knowledge of glass types and safety glazing rules" in skills
    assert not any("labouring" in s or s == "Work experience" for s in skills)


# --- headings listed by the page's table of contents ----------------------------------------------------------------

_CONTENTS = """Health Careers

Radiographer

Radiographers take X-rays and scans to help doctors diagnose and treat illness.

{lead}
Life on the ward
Entry requirements
Skills and values
Pay and benefits
Where the role can lead

Life on the ward
As a radiographer you'll work in a hospital imaging department.

Your day-to-day work could include:

• positioning patients and equipment for each scan
• checking images for quality before they go to the radiologist
• keeping dose records for every examination

Entry requirements
You'll need a degree in diagnostic radiography approved by the regulator.

Pay and benefits
Newly qualified radiographers start on £31,049 a year.
"""


def test_a_heading_listed_by_the_table_of_contents_is_a_section():
    """Set 35 s11 ('On this page' / 'Working life' / 'Entry requirements' / … then 'Working life' over its text and a
    list of duties, read before as lines of the pay section above it): a line written as an entry of the page's
    contents is its section's heading; the section is read as one whose heading the vocabulary does not know."""
    from generic_helpers import _page
    page = _page(_CONTENTS.format(lead="On this page"))
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert "checking images for quality before they go to the radiologist" in duties and len(duties) == 3


def test_lines_without_a_contents_lead_are_no_headings():
    """Negative: the same short lines with no lead naming the page's contents ('Quick facts') head nothing."""
    from pipeline.parse.generic.structure import _contents_entries, segment
    assert _contents_entries(segment(_CONTENTS.format(lead="Quick facts")))[0] == set()
    assert _contents_entries(segment(_CONTENTS.format(lead="On this page")))[0] == {
        "life on the ward", "entry requirements", "skills and values", "pay and benefits", "where the role can lead"}
