"""Generic layout, round 20c: salaries, career moves, aliases and at-a-glance facts on pages of sites nobody has seen.
Learned from sets 28-31; every rule shows on pages of two sets or more or is plainly general, named in each test's
docstring. Every page here is invented (another role, site and wording than the set's), and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _pay, _paths


# --- a pay table's two columns that are one band's ends, in any language -------------------------------------------

_LAB_PAGE = """Guia de Profissões · Saúde

Técnico de Radiologia

O técnico de radiologia opera os equipamentos de raio-X e tomografia em hospitais e clínicas.

Principais atividades
- Posicionar o paciente para o exame
- Operar o equipamento de imagem
- Registrar os exames no sistema

Competências
- Atenção aos detalhes
- Conhecimento de proteção radiológica
- Trabalho em equipe

Salário
Valores brutos mensais.
{header}
Júnior\tR$ 2.600\tR$ 3.100
Sênior\tR$ 3.900\tR$ 4.800
"""


def test_a_pay_tables_minimum_and_maximum_columns_are_one_band_a_row_in_any_language():
    """Sets 30 n03 ('Cargo | Salário mínimo | Salário máximo') and n09 ('Región | Mínimo | Máximo'), and the brief's
    'Low | High', 'Min | Max', 'From | To' in any language: each row is one band, not two salaries with the column
    head as their region."""
    for header in ("Nível\tSalário mínimo\tSalário máximo", "Nível\tDe\tAté", "Nível\tMín.\tMáx.",
                   "Nível\tLow\tHigh"):
        pay = _pay(_LAB_PAGE.format(header=header))
        assert [(p[1], p[2]) for p in pay] == [(2600, 3100), (3900, 4800)], (header, pay)


def test_two_pay_columns_that_are_no_ends_of_one_band_stay_two_salaries():
    pay = _pay(_LAB_PAGE.format(header="Nível\tSalário inicial\tSalário médio"))
    assert (2600, 2600) in [(p[1], p[2]) for p in pay] and (3100, 3100) in [(p[1], p[2]) for p in pay], pay
    assert not any(p[1] != p[2] for p in pay), pay


_CRANE_PAGE = """Labor Market Explorer · Occupation profiles

Tower Crane Operators

Tower crane operators lift steel, concrete and equipment on building sites.

Tasks
» Inspect the crane before each shift
» Lift loads on signals from the rigger
» Log operating hours and faults

Wages
{header}
Nevada\tHourly\t$24.10\t$33.60\t$45.80
Nevada\tYearly\t$50,130\t$69,890\t$95,260
"""


def test_a_median_between_a_low_and_a_high_column_is_a_salary_of_its_own_beside_the_band():
    """Sets 30 n02 ('Community/Area | Low ($/hour) | Median ($/hour) | High ($/hour)') and n19 ('Location | Pay Period
    | Low (10%) | Median | High (90%)'): each row one band from low to high and its median apart; a cell naming the
    row's period ('Hourly') gives the band's period."""
    pay = _pay(_CRANE_PAGE.format(header="Location\tPay Period\tLow (10%)\tMedian\tHigh (90%)"))
    assert ("Nevada Hourly", 24, 46, "USD", "hour") in pay, pay
    assert ("Nevada Hourly Median", 34, 34, "USD", "hour") in pay, pay
    assert ("Nevada Yearly", 50130, 95260, "USD", "year") in pay, pay
    assert ("Nevada Yearly Median", 69890, 69890, "USD", "year") in pay, pay
    assert len(pay) == 4, pay


def test_percentile_columns_without_a_low_and_high_pair_stay_points():
    pay = _pay(_CRANE_PAGE.format(header="Location\tPay Period\t25th percentile\tMedian\t75th percentile"))
    assert pay and all(p[1] == p[2] for p in pay), pay


def test_a_wage_tables_last_row_short_of_its_cells_is_a_row_the_capture_cut():
    """Set 30 n19 ('Houston-The Woodlands-Sugar Land, TX<TAB>Hourly<TAB>$18.90<TAB>$26.4' under five heads, the page's
    last line): no salary of it (its cells were read as a label and a figure)."""
    page = _CRANE_PAGE.format(header="Location\tPay Period\tLow (10%)\tMedian\tHigh (90%)") \
        + "Reno, NV\tHourly\t$23.40\t$31.2"
    pay = _pay(page)
    assert not any(p[1] in (23, 31) or p[2] in (23, 31) for p in pay), pay
    assert ("Nevada Hourly", 24, 46, "USD", "hour") in pay, pay


# --- 'the lowest 10 percent earned less than $X': a bound, not a point -------------------------------------------------

_OUTLOOK_PAGE = """Careers Outlook Library > Transportation > Air Traffic

Airfield Operations Specialists

What They Do
Airfield operations specialists keep runways, taxiways and aprons safe for aircraft.

Duties
- Inspect runways for debris and damage
- Coordinate maintenance closures with the tower
- Brief pilots on field conditions

Pay
The median annual wage for airfield operations specialists was $58,300 in May 2025. {shares}

In May 2025, the median annual wages for airfield operations specialists in the top industries were as follows:

Federal government\t$71,200
Offices of engineers\t$60,400
Airline pilots\t$150,000
"""


# The lowest and highest tenth as an upper and a lower bound: round 19b's test, updated by this round
# (tests/test_generic_round19b.py::test_the_lowest_and_highest_ten_percent_are_salaries_at_their_bounds).


def test_an_upper_bound_of_no_ranked_share_stays_unread():
    pay = _pay(_OUTLOOK_PAGE.format(shares="Some specialists earned less than $39,850 in their first year."))
    assert not any(39850 in (p[1], p[2]) for p in pay), pay


def test_an_industry_row_named_offices_of_people_is_the_roles_pay_not_another_occupation():
    """Sets 30 p30_01 ('Offices of physicians') and 31 p31_09 ('Offices of dentists'): a workplace named by the people in it;
    a row naming another occupation ('Pilots') stays out."""
    pay = _pay(_OUTLOOK_PAGE.format(shares=""))
    assert ("Offices of engineers", 60400, 60400, "USD", "year") in pay, pay
    assert ("Federal government", 71200, 71200, "USD", "year") in pay, pay
    assert not any(p[1] == 150000 for p in pay), pay


# --- a word of another language before one amount makes it a lower end only ---------------------------------------

_BAKER_PAGE = """Zawody i Kariera · Gastronomia

Piekarz

Piekarz wypieka chleb i bułki w piekarni rzemieślniczej lub przemysłowej.

Obowiązki
- Przygotowanie ciasta według receptury
- Obsługa pieca i kontrola wypieku
- Utrzymanie czystości w piekarni

Umiejętności
- Dokładność
- Odporność na pracę w nocy
- Praca w zespole

Wynagrodzenie
Piekarz z doświadczeniem: {figure}
"""


def test_a_word_for_from_before_one_amount_is_a_lower_end_only():
    """Sets 28 k06 ('od 12 000 zł'), k12 ('fra 265 kr'), k21 ('ab 3.400 €') and 30 n05 ('desde $12,000'): a minimum,
    no maximum, and the word is no part of the label."""
    assert _pay(_BAKER_PAGE.format(figure="od 6 800 zł brutto")) == [
        ("Piekarz z doświadczeniem", 6800, None, "PLN", "year")]


def test_a_band_after_the_word_stays_a_band():
    pay = _pay(_BAKER_PAGE.format(figure="od 5 200 do 6 800 zł brutto"))
    assert [(p[1], p[2]) for p in pay] == [(5200, 6800)], pay


# --- a ladder step naming two titles at one level; a move verb before another ------------------------------------------

_GROUNDS_PAGE = """Parks Careers Network

Groundskeeper

Groundskeepers look after the lawns, beds and paths of public parks.

Duties
- Mow and edge lawns
- Plant and prune shrubs
- Repair paths and benches

Skills
- Use of hand and power tools
- Plant knowledge
- Working outdoors in all weathers

Career path
{ladder}
{prose}
"""


def test_a_chain_step_of_two_titles_at_one_level_is_one_step():
    """Sets 29 m15 ('Foreman / Supervisor'), 30 n13 ('Laboratory assistant / phlebotomist') and n19 ('Dispatcher / Fleet
    Supervisor'): the step as the page writes it."""
    paths = _paths(_GROUNDS_PAGE.format(ladder="Trainee Groundskeeper → Groundskeeper → Head Groundskeeper → "
                                               "Chargehand / Supervisor", prose=""))
    assert ("step", "Chargehand / Supervisor") in paths, paths
    assert ("step", "Head Groundskeeper") in paths and ("step", "Supervisor") not in paths, paths


_MASON_PAGE = """Trades Directory · Construction

Bricklayer

Bricklayers build walls, chimneys and arches from brick and block.

Duties
- Set out the courses from drawings
- Mix mortar and lay bricks to line and level
- Point and finish the joints

Career path
Bricklayers may progress to become senior bricklayers, site supervisors or run their own firm.
"""


def test_a_move_verb_before_another_move_verb_leaves_the_move_to_the_second():
    """'Plumbers may progress to become certifying plumbers' (set 29 m07) stored 'become certifying plumbers'; the
    verb after it names the move (plainly general: no title starts with a verb of moving)."""
    paths = _paths(_MASON_PAGE)
    assert not any(t.lower().startswith("become") for _, t in paths), paths
    assert ("to", "senior bricklayers") in paths and ("to", "site supervisors") in paths, paths


# --- a box label written with its colon ---------------------------------------------------------------------------------

def test_a_box_labels_colon_is_no_part_of_the_label():
    """Set 31 o01 ('Working hours:<TAB>40–45 hours per week'): plainly general, the colon ends the label."""
    page = _GROUNDS_PAGE.format(ladder="", prose="") + "\nAt a glance\nWorking hours:\t38 hours per week\n" \
        "Qualification:\tLevel 2 certificate\n"
    facts = _facts(page)
    assert ("Working hours", "38 hours per week") in facts, facts
    assert not any(label.endswith(":") for label, _ in facts), facts


# --- a tab table lined up by extra tabs -------------------------------------------------------------------------------

_RIGGER_PAGE = """Local 88 Riggers Union · Apprenticeship

Rigger

Riggers set up cranes and move heavy loads on construction and industrial sites.

Duties
- Inspect slings, shackles and chain hoists
- Signal crane operators during lifts
- Assemble and dismantle crane booms

Skills
- Load calculation
- Hand signals
- Working at height

Wages
Apprentice pay by year of the program:
  Year\t\tMonths\t\t% of rate\tHourly wage
  Year 1\t0–12\t\t55%\t\t$24.40
  Year 2\t13–24{gap}65%\t\t$28.85
  Year 3\t25–36{gap}75%\t\t$33.30
"""


def test_the_filled_cells_of_a_tab_row_lined_up_by_extra_tabs_match_the_heads():
    """Set 30 n15 ('Period<TAB><TAB>Hours<TAB><TAB>% of scale<TAB>Hourly wage' over rows with one tab fewer): tabs that
    only line the columns up; the filled cells read under the filled heads (plainly general: a capture of a table
    aligned by tabs)."""
    pay = _pay(_RIGGER_PAGE.format(gap="\t"))
    assert [(p[0], p[1]) for p in pay] == [("Year 1", 24), ("Year 2", 29), ("Year 3", 33)], pay


def test_a_row_whose_filled_cells_do_not_match_the_heads_stays_text():
    pay = _pay(_RIGGER_PAGE.format(gap="\t").replace(
        "Year 3\t25–36\t75%\t\t$33.30", "Year 3\t25–36\t75%\t$1.20\t$33.30"))
    assert ("Year 3", 33) not in [(p[0], p[1]) for p in pay], pay


# --- the rand by the bodies only South Africa has; English 'from' before the amount -------------------------------------

_PLUMBER_ZA_PAGE = """Careers Hub | Department of Higher Education and Training

Boilermaker

A boilermaker builds and repairs boilers, tanks and pressure vessels.

Duties
- Mark out and cut steel plate
- Weld and rivet the parts together
- Test the vessel for leaks

Skills
- Welding
- Reading drawings
- Physical fitness

What do boilermakers earn?
Apprentice: R5 200 – R7 800 per month
Artisan: from R18 500 per month
"""


def test_a_body_only_south_africa_has_decides_the_rand_and_from_makes_a_lower_end():
    """Set 31 o01 ('Department of Higher Education and Training' over 'R15 000 – R28 000 per month', 'from R35 000'):
    plainly general, a currency decided by the country's own institutions; 'from' before the amount a minimum only."""
    pay = _pay(_PLUMBER_ZA_PAGE)
    assert ("Apprentice", 5200, 7800, "ZAR", "month") in pay, pay
    assert ("Artisan", 18500, None, "ZAR", "month") in pay, pay


def test_without_the_countrys_evidence_the_rand_stays_unread():
    pay = _pay(_PLUMBER_ZA_PAGE.replace("Department of Higher Education and Training", "Trades Council"))
    assert not any(p[3] == "ZAR" for p in pay), pay


# --- other names in an apposition after the role's name; 'Also searched as' ----------------------------------------------

_DIVER_PAGE = """Ocean Jobs Guide

Commercial Diver

Commercial divers work under water on oil platforms, bridges and harbours.
{lead}

Duties
- Inspect and repair underwater structures
- Weld and cut steel below the surface
- Keep dive logs and check the equipment

Skills
- Swimming
- Underwater welding
- Teamwork
"""


def test_other_names_in_an_apposition_after_the_roles_name_are_aliases():
    """Sets 28 k15 ('A sommelier (…), also known as a wine steward or wine waiter, is …'), 30 n07 ('Medical assistants,
    also called clinical assistants or MAs, support …'), n20 and 31 o24 ('A Quantity Surveyor (QS), sometimes called a
    Cost Engineer, Construction Cost Consultant or Cost Manager, is …')."""
    aliases = _aliases(_DIVER_PAGE.format(lead="Commercial divers, also called subsea technicians, saturation divers or "
                                               "working divers, carry out construction work under water."))
    assert aliases == ["subsea technicians", "saturation divers", "working divers"], aliases


def test_an_apposition_after_another_subject_names_no_alias():
    aliases = _aliases(_DIVER_PAGE.format(lead="The harbour authority, also known as the port board or HPA, hires "
                                               "commercial divers every summer."))
    assert aliases == [], aliases


def test_the_names_a_job_board_is_searched_by_are_aliases():
    """Sets 28 k20 ('Also searched as' over chips) and 29 m20 ('Also searched as: Station Chef, CDP, Section Chef')."""
    aliases = _aliases(_DIVER_PAGE.format(lead="Also searched as: Saturation Diver, Subsea Diver"))
    assert aliases == ["Saturation Diver", "Subsea Diver"], aliases


# --- the page's footer under its last section ----------------------------------------------------------------------------

_RIGHTS_PAGE = """Publishing Careers Network

Rights Assistant

Rights assistants sell translation and film rights to a publisher's books.

Duties
- Prepare rights catalogues for book fairs
- Draft licence agreements
- Track royalty payments

Skills
- Negotiation
- Contract law basics
- Spreadsheets

Career progression
{ladder}

{footer}
"""


def test_the_paragraph_of_the_pages_copyright_line_names_no_moves():
    """Sets 29 m21 ('TESDA Complex, East Service Road, …' / 'Hotline: …' / '© 2025 …' read as four ladder steps) and
    31 o10 ('Help  Cookies  Privacy  Terms …' / 'OGL …' / '© Crown copyright')."""
    paths = _paths(_RIGHTS_PAGE.format(
        ladder="Rights Assistant → Rights Executive → Rights Manager → Rights Director",
        footer="Foyle House, Long Acre Street, Covent Garden, London Borough\nHelpline | Privacy | Cookies\n"
               "© 2025 Publishing Careers Network"))
    assert [t for _, t in paths] == ["Rights Assistant", "Rights Executive", "Rights Manager", "Rights Director"], paths


def test_a_title_naming_copyright_is_no_footer():
    paths = _paths(_RIGHTS_PAGE.format(ladder="Copyright Assistant → Copyright Officer → Head of Rights", footer=""))
    assert ("step", "Copyright Officer") in paths, paths


# --- a band of two levels written on one line -----------------------------------------------------------------------------

_SADDLER_PAGE = """Careers Service
Home > Explore careers > Crafts > Farrier

Farrier
Farriers shoe horses and care for their hooves.

Average salary
(a year)
{band}

Day-to-day tasks
In this role, you could:
- shape and fit horseshoes
- trim and balance hooves
- advise owners on hoof care
"""


def test_a_band_from_one_level_to_another_on_one_line_is_one_band():
    """Set 28 k01 ('£28,407 Starter to £43,742 Experienced' stored as two salaries); set 31 o10 writes the same band on
    three lines ('£22,000 Starter' / 'to' / '£38,000 Experienced'), read as one band already."""
    pay = _pay(_SADDLER_PAGE.format(band="£21,500 Starter to £36,000 Experienced"))
    assert [(p[1], p[2], p[3]) for p in pay] == [(21500, 36000, "GBP")], pay


def test_two_places_on_one_line_are_no_band_of_levels():
    pay = _pay(_SADDLER_PAGE.format(band="£21,500 London to £36,000 Manchester"))
    assert (21500, 36000) not in [(p[1], p[2]) for p in pay], pay


# --- dot leaders between a label and its value ------------------------------------------------------------------------------

_SURVEYOR_PAGE = """Built Environment Careers

Land Surveyor

Land surveyors measure and map land for building, boundaries and mining.

AT A GLANCE
Registration ........ Survey Board of the Region
Entry qualification ........ Degree in geomatics
{extra}

Duties
- Set up and operate total stations and GNSS receivers
- Draw up boundary plans
- Check the work of survey assistants
"""


def test_dots_leading_from_a_label_to_its_value_are_the_pairs_colon():
    """Sets 30 n05 ('Monterrey ........ $23,100'), n13 ('State licensure ........ Required in 11 states …') and 31 o24
    ('Regulator ........ Quantity Surveyors Registration Board of Nigeria (QSRBN)')."""
    facts = _facts(_SURVEYOR_PAGE.format(extra=""))
    assert ("Registration", "Survey Board of the Region") in facts, facts
    assert ("Entry qualification", "Degree in geomatics") in facts, facts


def test_dots_ending_a_line_lead_to_no_value():
    facts = _facts(_SURVEYOR_PAGE.format(extra="Working hours ........"))
    assert not any(label.startswith("Working hours") for label, _ in facts), facts


# --- 'between A and B' in another language -----------------------------------------------------------------------------------

_WELDER_PT_PAGE = """Guia de Profissões · Indústria

Soldador Industrial

O soldador industrial une peças metálicas em estaleiros, fábricas e obras.

Principais atividades
- Ler desenhos técnicos
- Preparar as peças e o equipamento de solda
- Inspecionar os cordões de solda

Competências
- Atenção aos detalhes
- Normas de segurança
- Trabalho em equipe

Salário
{line}
"""


def test_a_band_written_between_a_and_b_in_another_language_is_one_band():
    """Sets 28 k09 ('entre 70.000 y 90.000 euros'), k13 ('entre 1.450 € e 1.800 €'), 29 m08 ('antara RM3,500 hingga
    RM4,500'), 30 n08 and n12 ('entre $1.700.000 y $2.600.000'): two amounts had been stored, each a salary."""
    pay = _pay(_WELDER_PT_PAGE.format(line="Um soldador ganha entre R$ 2.300 e R$ 3.900 por mês."))
    assert [(p[1], p[2], p[3], p[4]) for p in pay] == [(2300, 3900, "BRL", "month")], pay
    pay = _pay(_WELDER_PT_PAGE.format(line="Salário de referência: entre R$ 2.300 e R$ 3.900 mensais"))
    assert [(p[0], p[1], p[2]) for p in pay] == [("Salário de referência", 2300, 3900)], pay


def test_two_amounts_joined_without_a_word_for_between_stay_apart():
    pay = _pay(_WELDER_PT_PAGE.format(line="Um soldador ganha R$ 2.300 por mês e um encarregado R$ 3.900 por mês."))
    assert (2300, 3900) not in [(p[1], p[2]) for p in pay], pay
