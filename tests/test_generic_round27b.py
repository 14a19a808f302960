"""Generic layout, round 27b: precision. Wrong facts of sets 54-57 grouped by cause, each cause refused or read by a
general rule. Every page here is invented, and every rule has a negative that must not change."""
from __future__ import annotations

from pipeline.parse import parse_text


def _page(text: str):
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return page


def _rows(text: str, table: str, *keys: str) -> list:
    rows = _page(text).facts.get(table, [])
    return [r[keys[0]] if len(keys) == 1 else tuple(r[k] for k in keys) for r in rows]


def _kept(text: str) -> str:
    return "\n".join(r["text"] for r in _page(text).facts.get("page_sections", []))


# --- an occupational standard: only its skill statements are skills -------------------------------------------------

_STANDARD = """Institute for Apprenticeships
Home > Apprenticeship search > Glazier
Glazier
Occupation duties
Duty 1 Measure openings and order glass to size.
Duty 2 Fit and seal glazing units on site.
KSBs
Knowledge
K1: the properties of float, toughened and laminated glass
K2: safe handling of large panes
Skills
S1: measure and mark out openings accurately
S2: cut glass by hand to a template
Behaviours
B1: works tidily and respects the client's home
B2: takes responsibility for their own safety
Progression
Glaziers can progress to Site Supervisor.
"""


def test_knowledge_and_behaviour_statements_are_no_skills():
    text = _STANDARD
    assert _rows(text, "role_skills", "skill_name") == ["measure and mark out openings accurately",
                                                        "cut glass by hand to a template"]
    kept = _kept(text)
    assert "K1: the properties of float, toughened and laminated glass" in kept
    assert "B2: takes responsibility for their own safety" in kept


def test_skill_statements_alone_are_still_skills():
    # the negative: a block of skill statements only reads as before
    text = _STANDARD.replace("Knowledge\nK1: the properties of float, toughened and laminated glass\n"
                             "K2: safe handling of large panes\n", "").replace(
        "Behaviours\nB1: works tidily and respects the client's home\nB2: takes responsibility for their own safety\n", "")
    assert _rows(text, "role_skills", "skill_name") == ["measure and mark out openings accurately",
                                                        "cut glass by hand to a template"]


# --- a pay table whose two columns are one band's ends, the end's word in a bracket ---------------------------------

_BAND_TABLE = """Careers Ireland
Home > Occupations > Sonographer
Sonographer
Also known as: Ultrasound Technologist
What does a sonographer do?
- Scan patients with ultrasound equipment
- Write reports for the referring doctor
Pay & Salary
Grade / Employer\tAnnual pay ({low})\tAnnual pay ({high})
Sonographer - public\t€41,000\t€58,000
Sonographer - private\t€40,000\t€57,500
"""


def test_from_and_to_in_brackets_make_one_band_a_row():
    amounts = _rows(_BAND_TABLE.format(low="from", high="to"), "salaries", "min_amount", "max_amount")
    assert amounts == [(41000, 58000), (40000, 57500)]


def test_other_brackets_keep_one_salary_a_cell():
    # the negative: 'gross' / 'net' columns are two things, one salary a cell
    amounts = _rows(_BAND_TABLE.format(low="gross", high="net"), "salaries", "min_amount", "max_amount")
    assert amounts == [(41000, 41000), (58000, 58000), (40000, 40000), (57500, 57500)]


def test_italian_da_and_a_columns_are_one_band():
    from pipeline.parse.generic.pay import _band_ends
    assert _band_ends("Da", "A")
    assert not _band_ends("Da", "Da")


# --- a skill's rating drawn as a bar ---------------------------------------------------------------------------------

_BARS = """Career Explorer
Occupations > Dental assistant
Dental assistant
Duties
- Prepare patients for treatment
- Sterilise instruments
Top skills for this occupation (importance out of 5)
  Active listening            ■■■■□  4
  Speaking                    ■■■□□  3
  Monitoring                  ■■□□□  2
"""


def test_a_bar_of_marks_after_a_skill_is_its_rating():
    assert _rows(_BARS, "role_skills", "skill_name", "detail") == [
        ("Active listening", "■■■■□  4"), ("Speaking", "■■■□□  3"), ("Monitoring", "■■□□□  2")]


def test_skills_without_a_bar_keep_their_names():
    text = _BARS.replace("■■■■□  4", "").replace("■■■□□  3", "").replace("■■□□□  2", "")
    assert _rows(text, "role_skills", "skill_name") == ["Active listening", "Speaking", "Monitoring"]


# --- an accordion's header inside a list item opens a section -------------------------------------------------------

_ACCORDION = """<html><head><title>Payroll Clerk salary guide</title></head><body>
<h1>Payroll Clerk</h1>
<p>A Payroll Clerk makes sure everyone is paid correctly and on time.</p>
<h2>The role in detail</h2>
<ul class="accordion">
<li><h4><{tag} class="click">What you'll be doing</{tag}></h4>
<div><ul><li><p>Process the monthly payroll for 300 staff</p></li><li><p>Answer pay queries from employees</p></li></ul></div></li>
<li><h4><{tag} class="click">Skills employers ask for</{tag}></h4>
<div><p><strong>Payroll software</strong> &mdash; Sage or iTrent, most clients use one of the two.</p>
<p><strong>Excel</strong> &mdash; pivot tables and clean reconciliations.</p></div></li>
</ul>
</body></html>"""


def test_an_accordion_header_in_a_list_item_is_no_item():
    from pipeline.parse.html import html_to_text
    text = html_to_text(_ACCORDION.format(tag="button"), separate_glued=True)
    assert "\nSkills employers ask for\n" in text and "- Skills employers ask for" not in text


def test_a_heading_in_a_list_item_without_a_button_stays_an_item():
    from pipeline.parse.html import html_to_text
    text = html_to_text(_ACCORDION.format(tag="span"), separate_glued=True)
    assert "- Skills employers ask for" in text


# --- other pages' and roles' pay: a link's line, a related-occupations label, a comparison -------------------------

_PAY_PROSE = """Careers Guide
Home > Careers > Stock Controller
Stock Controller
What does a stock controller do?
- Count and record stock in the warehouse
- Reconcile deliveries against orders
Stock Controller salary
The average stock controller salary is £27,000 a year.
{line}
"""


def _amounts(line: str) -> list:
    return _rows(_PAY_PROSE.format(line=line), "salaries", "min_amount", "max_amount")


def test_a_link_line_gives_no_pay():
    assert _amounts("Also read: Forklift Driver Salary in the UK (£24,500) | Warehouse Manager Career Guide") == [
        (27000, 27000)]
    assert _amounts("Related: Picker Packer Salary (£21,000 - £23,000) | Buyer Job Description") == [(27000, 27000)]


def test_a_related_occupations_label_gives_no_pay():
    assert _amounts("Similar occupations: Forklift driver salary £24,500, Picker salary £21,000.") == [(27000, 27000)]


def test_a_comparison_sentence_gives_no_pay():
    assert _amounts("For comparison, forklift drivers start at £24,500 and pickers at £21,000.") == [(27000, 27000)]


def test_a_sentence_of_the_role_s_pay_is_still_read():
    # the negative: the same figures said of the role
    assert _amounts("Senior stock controllers earn £34,000 a year.") == [(27000, 27000), (34000, 34000)]


# --- a move made 'also' beside the climb is sideways ----------------------------------------------------------------

def test_a_move_made_also_is_lateral():
    from pipeline.parse.generic.moves import sentence_moves
    text = "Buyers with contract experience can also move into Category Analyst or Supplier Manager roles."
    assert sentence_moves(text, "Buyer", "career") == [("lateral", "Category Analyst"), ("lateral", "Supplier Manager")]


def test_a_move_up_without_also_stays_a_next_role():
    from pipeline.parse.generic.moves import sentence_moves
    text = "Buyers with contract experience can move up to Senior Buyer or Procurement Manager."
    assert [kind for kind, _ in sentence_moves(text, "Buyer", "career")] == ["to", "to"]


# --- a group label over a describing sentence among described skills ----------------------------------------------

_DESCRIBED = """Careers Advice
Home > Careers > Purchasing Clerk
Purchasing Clerk
What does a purchasing clerk do?
- Raise purchase orders
- Chase late deliveries
Skills Needed to Succeed as a Purchasing Clerk
1. Negotiation: getting better prices without damaging supplier relationships.
2. Analytical skills: {rest}
3. Integrity: purchasing handles a lot of money.
"""


def test_a_group_label_over_a_sentence_is_one_described_skill():
    names = _rows(_DESCRIBED.format(rest="comparing quotes and whole-life costs."), "role_skills", "skill_name")
    assert names == ["Negotiation", "Analytical skills", "Integrity"]


def test_a_group_label_over_names_still_lists_them():
    names = _rows(_DESCRIBED.format(rest="Excel, SAP Ariba, Power BI"), "role_skills", "skill_name")
    assert "Excel" in names and "SAP Ariba" in names and "Analytical skills" not in names


# --- a name found in prose: no adverb of the sentence before it, no remark in brackets after it -------------------

def test_a_prose_alias_loses_its_adverb_and_remark():
    from pipeline.parse.generic.reader import _sentence_aliases
    text = ("You may see the role advertised as Wages Officer, Wages Clerk (usually a junior version) or simply "
            "Pay Administrator.")
    assert _sentence_aliases(text, "Payroll Clerk") == ["Wages Officer", "Wages Clerk", "Pay Administrator"]


def test_a_qualifier_in_brackets_stays_part_of_the_name():
    from pipeline.parse.generic.reader import _sentence_aliases
    text = "You may see the role advertised as Wages Officer (HR) or Pay Administrator."
    assert _sentence_aliases(text, "Payroll Clerk") == ["Wages Officer (HR)", "Pay Administrator"]


# --- an allowance written as a compound noun ------------------------------------------------------------------------

_NORDIC = """Yrkesportalen
Yrker > Rørlegger
Rørlegger
Arbeidsoppgaver
- Montere rør og sanitærutstyr
- Reparere lekkasjer
Lønn
Gjennomsnittlig månedslønn for rørleggere er 52 400 kroner (heltid, inkludert tillegg). Lærlinger får en del av fagarbeiderlønnen, og det kommer i tillegg et verktøytillegg på 1 800 kr i måneden.
"""


def test_an_allowance_compound_is_no_pay_but_pay_including_it_is():
    amounts = _rows(_NORDIC, "salaries", "min_amount")
    assert 52400 in amounts and 1800 not in amounts


# --- 'podem ultrapassar os X': a lower end only ----------------------------------------------------------------------

_PT = """Guia de Profissões
Profissões > Técnico de Contabilidade
Técnico de Contabilidade
Funções
- Lançar documentos contabilísticos
- Preparar declarações fiscais
Salário
Um técnico de contabilidade ganha em média 1.300 € brutos por mês, e os mais experientes podem {verb} 3.000 € mensais.
"""


def test_an_infinitive_of_exceeding_makes_a_lower_end_only():
    rows = _rows(_PT.format(verb="ultrapassar os"), "salaries", "min_amount", "max_amount")
    assert (3000, None) in rows


def test_a_verb_of_earning_keeps_one_figure():
    rows = _rows(_PT.format(verb="ganhar"), "salaries", "min_amount", "max_amount")
    assert (3000, 3000) in rows


# --- one person's story in a progression section names no move of the role ----------------------------------------

def test_a_first_person_story_gives_no_move():
    from pipeline.parse.generic.items import prose_paths
    assert prose_paths('"I started as a claims assistant at 19 and now I run the team." – Sam, 31') == []


def test_the_role_s_people_starting_still_give_a_move():
    from pipeline.parse.generic.items import prose_paths
    assert prose_paths("Most people start as a claims assistant.") == [("from", "claims assistant")]


# --- a band whose two ends are each named for their own group is two points ---------------------------------------

def test_two_ends_each_for_a_group_are_two_points():
    from pipeline.parse.generic.items import _prose_figures
    text = "Pay ranges from $31,000 for new hires to $58,000 for senior analysts with five years' experience."
    assert [f[1] for f in _prose_figures(text)] == ["$31,000", "$58,000"]


def test_one_group_inside_the_band_keeps_it_one():
    from pipeline.parse.generic.items import _prose_figures
    text = "Pay ranges from about $38,000 for entry-level coordinators to $64,000."
    assert len(_prose_figures(text)) == 1


def test_to_over_the_upper_group_s_figure_is_a_lower_end_of_that_group():
    from pipeline.parse.generic.items import _prose_figures
    text = "Salaries run from about £24,000 for a junior buyer to over £48,000 for a head buyer in London."
    assert [(f[1], f[2]) for f in _prose_figures(text)] == [("£24,000", "£24,000"), ("£48,000", "over £48,000")]
