"""Generic layout, round 19b: salaries, career moves, aliases and at-a-glance facts found, never invented. Learned from
sets 15-25 (sets 22-25 first scored unseen); every rule here shows on pages of at least two sets, named in each test's
docstring. Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page, _pay, _paths


def _skills(text: str) -> list[str]:
    return [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]


# --- a bare '$' on a page whose country shows only by its site or its systems -----------------------------------------

_RINK_PAGE = """Glacier Bay Arena · Careers
{switch}
Home / Careers / Facilities / Ice Technician

Ice Technician
{code}

About the job
Our ice technicians keep both sheets of ice ready for hockey, figure skating and public skates.

Duties
- Drive the ice resurfacer between sessions
- Edge the boards and fill ruts by hand
- Check the brine temperature and log it every shift

Skills
- Attention to detail
- Mechanical aptitude
- Good customer service

Pay
Ice Technician I: $21.40 an hour
Ice Technician II: $24.10 an hour

{footer}
"""


def test_a_site_in_english_and_french_only_names_canada_for_a_bare_dollar():
    """Sets 22 v06 ('EN | FR') and 24 x06 ('Member login | Français'): Canadian pages naming no province or city, whose
    hourly pay was stored as US dollars; sets 9 z03, 11 v07, 12 u05, 13 t04 and 14 s20 open with the same switch."""
    for switch in ("EN | FR", "Member login | Français", "Search jobs   |   Students   |   Français"):
        pay = _pay(_RINK_PAGE.format(switch=switch, code="", footer="© Glacier Bay Arena Inc."))
        assert ("Ice Technician I", 21, 21, "CAD", "hour") in pay, switch


def test_a_switch_of_several_languages_or_none_keeps_us_dollars():
    """Set 5 v15 ('English | Français | Español | 中文', an international body paying US dollars): no country."""
    for switch in ("English | Français | Español | 中文", "EN | FR | ES", "Sign in | Search"):
        pay = _pay(_RINK_PAGE.format(switch=switch, code="", footer="© Glacier Bay Arena Inc."))
        assert ("Ice Technician I", 21, 21, "USD", "hour") in pay, switch


def test_a_canadian_occupation_code_or_trade_seal_names_canada_once():
    """Sets 24 x06 ('Dental assisting (NOC 33100)') and 25 y05 ('Red Seal trade · NOC 72302'): the national occupation
    code and the interprovincial trade seal exist only in Canada."""
    for code in ("Occupation group: Ice facilities (NOC 73401)", "Red Seal trade"):
        pay = _pay(_RINK_PAGE.format(switch="Sign in | Search", code=code, footer="© Glacier Bay Arena Inc."))
        assert ("Ice Technician I", 21, 21, "CAD", "hour") in pay, code


def test_a_network_operations_centre_is_no_occupation_code():
    pay = _pay(_RINK_PAGE.format(switch="Sign in | Search", code="Call the NOC on extension 4410 after hours",
                                 footer="© Glacier Bay Arena Inc."))
    assert ("Ice Technician I", 21, 21, "USD", "hour") in pay


def test_a_word_with_a_maori_long_vowel_names_new_zealand():
    """Sets 14 s08 ('Te Whare Tapere … Ngā mihi.') and 23 w05 ('Mt Kōwhai', 'Ōhau'): New Zealand pages naming no city or
    region, whose pay was stored as US dollars (sets 7 x11 'Waitākiri', x16 'Tāwhai' the same)."""
    pay = _pay(_RINK_PAGE.format(switch="Sign in | Search", code="", footer="Glacier Bay Arena, Te Awa Kōwhai. Ngā mihi."))
    assert ("Ice Technician I", 21, 21, "NZD", "hour") in pay


def test_a_page_naming_hawaii_keeps_its_macron_words_undecided():
    pay = _pay(_RINK_PAGE.format(switch="Sign in | Search", code="",
                                 footer="Glacier Bay Arena, Mānoa, Honolulu, Hawaiʻi."))
    assert ("Ice Technician I", 21, 21, "USD", "hour") in pay


# --- a site footer of legal links ends no list -------------------------------------------------------------------------

_LODGE_PAGE = """Kestrel Lodge — Work With Us
Home / Work With Us / Roles / Lodge Host

Lodge Host
Role type
Seasonal, full-time

What you'll do
Welcome guests at the front desk and check them in
Serve breakfast in the dining room
Keep the lounge and the boot room tidy

What we're looking for
Warm, friendly manner
Teamwork
{last}
{footer}
"""


def test_a_footer_line_of_legal_links_is_no_skill():
    """Set 23 w05 ('Mt Kōwhai Ski Area Ltd · Privacy · Terms' stored as three skills) and set 24 x13 ('Aviso de
    privacidad | Términos' stored as two aliases): the site's footer after the page's last list."""
    for footer in ("Kestrel Lodge Ltd · Privacy · Terms", "Aviso de privacidad | Términos",
                   "© Kestrel Lodge   Privacy   Accessibility", "Impressum · Datenschutz"):
        skills = [s for s in _skills(_LODGE_PAGE.format(last="Good judgement about weather", footer=footer))]
        assert "Teamwork" in skills, footer
        assert not {"Privacy", "Terms", "Kestrel Lodge Ltd", "Aviso de privacidad", "Términos", "Accessibility",
                    "Impressum", "Datenschutz"} & set(skills), (footer, skills)


def test_skills_split_by_dots_with_no_legal_link_stay_skills():
    skills = _skills(_LODGE_PAGE.format(last="Patience · Good humour · Stamina", footer=""))
    assert {"Patience", "Good humour", "Stamina"} <= set(skills), skills


# --- a sentence saying pay is counted by the hour over a table ---------------------------------------------------------

_RELIEF_PAGE = """Farm Relief Services
Home > Careers > Relief Milker

Relief Milker

Duties
▪ Milk the herd morning and evening
▪ Clean the parlour after milking
▪ Record any sick cows for the farmer

Skills
▪ Calm handling of cattle
▪ Reliability

Pay
{lead}
Grade | Weekday rate | Sunday rate
Milker | €{a} | €{b}
Lead milker | €{c} | €{d}
Mileage is paid on top.
"""


def test_a_sentence_saying_pay_is_by_the_hour_makes_the_table_hourly():
    """Set 22 v03 ('Operators are paid by the hour, with rates set by the relief service depending on the grade of
    work.' over a '|' table of small amounts) and set 21 u02 ('Seasonal operators are paid by the hour. Rates depend on
    the district:' over a tab table): the amounts are hourly, not yearly (none was stored)."""
    pay = _pay(_RELIEF_PAGE.format(lead="Milkers are paid by the hour, with rates set by the service depending on the "
                                        "grade of work.", a="15.20", b="22.80", c="19.40", d="29.10"))
    assert ("Milker", 15, 15, "EUR", "hour") in pay and ("Lead milker", 29, 29, "EUR", "hour") in pay, pay


def test_a_table_of_large_amounts_under_such_a_sentence_stays_yearly():
    pay = _pay(_RELIEF_PAGE.format(lead="Milkers are paid by the hour, with rates set by the service depending on the "
                                        "grade of work.", a="31,200", b="36,000", c="38,400", d="44,000"))
    assert all(p[4] != "hour" for p in pay), pay


# --- the signs and words of more countries' own currencies ---------------------------------------------------------------

_SORTER_PAGE = """Pedra Azul Mining · Careers
Home / Careers / Processing / Sorter

Sorter

Duties
- Sort the concentrate on the picking belt
- Record every find in the register
- Keep the sorting room locked and clean

Skills
- Sharp eyesight
- Patience
- Honesty

Pay (monthly)
Grade\tBasic pay
S1\t{a}
S2\t{b}
{extra}
"""


def test_a_table_of_a_currency_sign_of_its_country_is_read():
    """Sets 24 x12 ('₲ 9.200.000'), x19 ('Kz 420 000') and 25 y09 ('৳14,500'), y10 ('Ks 420,000 – 560,000 per
    month'): the pay of these pages was left as text, its sign no currency."""
    for a, b, code in (("₲ 9.200.000", "₲ 11.400.000", "PYG"), ("Kz 420 000", "Kz 510 000", "AOA"),
                       ("৳14,500", "৳21,000", "BDT"), ("Ks 420,000", "Ks 510,000", "MMK")):
        pay = _pay(_SORTER_PAGE.format(a=a, b=b, extra=""))
        assert [p[3] for p in pay] == [code, code] and all(p[4] == "month" for p in pay), (a, pay)


def test_a_currency_word_after_the_amount_is_read_and_an_allowance_in_it_is_no_pay():
    """Set 25 y12 ('Monthly salary: 3,200,000 – 4,100,000 kip'); set 23 w13 writes its pay in 'грн' the same way."""
    pay = _pay(_SORTER_PAGE.format(a="Kz 420 000", b="Kz 510 000",
                                   extra="Monthly salary: 3,200,000 – 4,100,000 kip\nRice allowance: 300,000 kip"))
    assert ("Monthly salary", 3200000, 4100000, "LAK", "month") in pay, pay
    assert not any(p[3] == "LAK" and p[1] == 300000 for p in pay), pay


# --- a post heading a unit, written in lower case, is a move's title -----------------------------------------------------

_BINDERY_PAGE = """Crafts Careers Portal
Home > Explore careers > Creative > Bookbinder

Bookbinder

What you'll do
You could:
- sew book blocks by hand
- cover books in cloth and leather
- repair old and damaged books

Skills
- patience
- attention to detail

Career path and progression
{moves}
"""


def test_head_of_a_unit_in_lower_case_is_a_move():
    """Set 23 w20 ('… become a master painter and later head of the decorating studio', the second move lost) and set
    25 y01 ('… become a workshop manager or head of a conservation bindery', the whole list lost)."""
    paths = _paths(_BINDERY_PAGE.format(moves="With experience, you could become a workshop manager or head of a "
                                              "conservation bindery. You could also set up your own bindery."))
    assert ("to", "workshop manager") in paths and ("to", "head of a conservation bindery") in paths, paths
    paths = _paths(_BINDERY_PAGE.format(moves="Experienced binders can become a master binder and later head of the "
                                              "finishing workshop."))
    assert ("to", "master binder") in paths and ("to", "head of the finishing workshop") in paths, paths


def test_head_of_something_that_is_no_unit_is_no_move():
    paths = _paths(_BINDERY_PAGE.format(moves="With experience, you could become a workshop manager or head of the "
                                              "family business."))
    assert not any("head of" in t for _, t in paths), paths


# --- a share of earners named by its rank is a point of the pay distribution ---------------------------------------------

_OUTLOOK_PAGE = """Occupational Outlook Handbook > Installation, Maintenance, and Repair > Locksmiths

Locksmiths

What Locksmiths Do
Locksmiths install, repair and adjust locks.

Duties
Locksmiths typically do the following:
- Install locks on doors and safes
- Cut duplicate keys
- Open locks when keys are lost

Pay
The median annual wage for locksmiths was $49,120 in May 2025. {shares}
"""


def test_the_lowest_and_highest_ten_percent_are_salaries_at_their_bounds():
    """Sets 3 s10, 18 h02, 24 x02, 25 y02 (each a US occupation outlook page): 'The lowest 10 percent earned less than
    $36,120, and the highest 10 percent earned more than $118,540.' names the 10th and 90th percentile wages."""
    pay = _pay(_OUTLOOK_PAGE.format(shares="The lowest 10 percent earned less than $31,250, and the highest 10 percent "
                                           "earned more than $72,400."))
    # round 20c (sets 30 p30_01, 31 p31_09): each is a bound, not a point: 'less than'
    # an upper bound only, 'more than' a lower bound only (sets 3, 18, 24, 25 had been labelled as points)
    assert ("The lowest 10 percent", None, 31250, "USD", "year") in pay, pay
    assert ("the highest 10 percent", 72400, None, "USD", "year") in pay, pay


def test_a_bare_share_of_earners_stays_unread():
    """Set 3 s11 ('10% earn less than €44,000 and 10% earn more than €76,000.') reads its range from its own row."""
    pay = _pay(_OUTLOOK_PAGE.format(shares="10% earn less than $31,250 and 10% earn more than $72,400."))
    assert not any(p[1] in (31250, 72400) for p in pay), pay


# --- a separator standing alone is no word of a glance value ---------------------------------------------------------------

_GLANCE_PAGE = """Careers Portal
Home > Explore careers > Manufacturing > Saddler

Saddler
Saddlers make and repair saddles and harness by hand.
Typical hours
(a week)
37 to 40 variable
You could work
{value}
How to become a saddler
You can get into this job through an apprenticeship.
What it takes
You'll need:
patience
attention to detail
What you'll do
In your day-to-day tasks you could:
cut leather to patterns
stitch panels by hand
"""


def test_a_glance_value_of_choices_split_by_separators_is_read():
    """Sets 22 v01 and 24 x01 ('You could work' / 'evenings / weekends occasionally; in a workshop or at clients'
    homes'): ten words and two separators, read as eleven words and so too long for a value (set 25 y01's shorter
    value was read)."""
    facts = _facts(_GLANCE_PAGE.format(value="evenings / weekends occasionally; in a workshop or at clients' homes"))
    assert ("You could work", "evenings / weekends occasionally; in a workshop or at clients' homes") in facts, facts


def test_a_glance_value_of_more_than_ten_words_is_still_no_value():
    facts = _facts(_GLANCE_PAGE.format(value="evenings and weekends occasionally, mostly in a workshop or sometimes at "
                                             "clients' homes"))
    assert not any(label == "You could work" for label, _ in facts), facts


# --- an amount by the month in a currency the page's markers do not know is no glance fact ---------------------------------

_CASHEW_PAGE = """Caju do Norte — Carreiras
Início » Carreiras » Fábrica » Operador/a de Linha
Operador/a de Linha
Sobre a função
O/a operador/a de linha trabalha na fábrica de processamento de castanha.
Informação rápida
Secção: Descasque
Horário: {shift}
Contrato: Sazonal (outubro a março)
Tarefas principais
* Alimentar a máquina de descasque
* Separar as amêndoas partidas
* Limpar a linha no fim do turno
Competências
* Rapidez e atenção
* Trabalho em equipa
Salário
Salário base: 8 900 Mt por mês (1.º ano)
Subsídio de alimentação: 1 200 Mt por mês
Progressão
Pode chegar a Chefe de Linha e depois a Supervisor/a de Produção.
"""


def test_an_amount_with_an_unknown_marker_by_the_month_is_no_fact():
    """Set 24 x17 ('Salário base: 8 900 MT por mês', 'Subsídio de alimentação: 1 200 MT por mês' stored as facts) and
    x13 ('Bonificación incentivo: Q250 al mes'): money by the month in a currency no marker names; across sets 1-25 no
    expected glance fact has that shape (a budget, named as no pay, stays a fact)."""
    facts = dict(_facts(_CASHEW_PAGE.format(shift="6h00 às 14h00, 6 dias por semana")))
    assert "Salário base" not in facts and "Subsídio de alimentação" not in facts, facts
    assert facts.get("Horário") == "6h00 às 14h00, 6 dias por semana", facts


def test_hours_or_days_by_the_week_stay_facts():
    facts = dict(_facts(_CASHEW_PAGE.format(shift="40 horas por semana")))
    assert facts.get("Horário") == "40 horas por semana", facts


# --- a multiplier letter is no multiplier when a letter follows it ('Kč') -------------------------------------------------

def test_koruna_after_an_amount_is_its_currency_not_thousands():
    """Set 23 w20 ('Trainee (in-house course)<TAB>28 500 Kč' under 'Pay (gross per month)'): the 'K' of 'Kč' was read
    as thousands (28,500,000) and the table was lost; the Czech pages of sets 10, 16 and 19 write the koruna the same
    way in their sentences."""
    from pipeline.text.salaries import parse_salary
    parsed = parse_salary("Trainee", "28500 Kč per month")
    assert (parsed["min_amount"], parsed["currency"], parsed["period"]) == (28500, "CZK", "month"), parsed
    pay = _pay(_SORTER_PAGE.format(a="28 500 Kč", b="33 000 – 38 000 Kč", extra=""))
    assert ("S1", 28500, 28500, "CZK", "month") in pay and ("S2", 33000, 38000, "CZK", "month") in pay, pay


def test_a_thousands_letter_before_no_letter_still_multiplies():
    from pipeline.text.salaries import parse_salary
    for text, low in (("$85K", 85000), ("€45k – €52k", 45000), ("50K CZK", 50000)):
        assert parse_salary("x", text)["min_amount"] == low, text


# --- the role's name with its name in another script in brackets, in the page's body ----------------------------------------

_GYM_PAGE = """Chok Dee Gym · Careers
Home › Careers › Muay Thai Trainer

Muay Thai Trainer

Overview
{line}
You teach group classes and pad work to beginners and fighters from all over the world.

Duties
- Lead two group classes a day
- Hold pads for private students
- Corner our fighters at stadium shows

Skills
- Clear teaching in English
- Patience with beginners
"""


def test_the_roles_name_with_a_bracket_in_another_script_names_it_again():
    """Set 25 y18 ('Muay Thai Trainer (ครูมวย)' opening the overview) and set 20 t18 ('Dim sum chefs (點心師傅) make the
    dumplings …' in the intro): the bracket is the role's name in the page's other language."""
    assert "ครูมวย" in _aliases(_GYM_PAGE.format(line="Muay Thai Trainer (ครูมวย)"))
    assert "ครูมวย" in _aliases(_GYM_PAGE.format(line="Muay Thai Trainers (ครูมวย) teach at our two camps."))


def test_a_latin_bracket_or_another_roles_bracket_is_no_alias():
    aliases = _aliases(_GYM_PAGE.format(line="Muay Thai Trainer (Level 2) and Gym Cleaner (แม่บ้าน)"))
    assert "Level 2" not in aliases and "แม่บ้าน" not in aliases, aliases


def test_a_bracket_after_a_longer_title_inside_a_sentence_is_no_alias():
    """Set 8 y05 ('With the national Certified Care Worker (介護福祉士) qualification the average rises …' on the Care
    Worker's page): a qualified title's name, not the role's."""
    aliases = _aliases(_GYM_PAGE.format(line="With the national Certified Muay Thai Trainer (ครูมวยอาชีพ) licence you "
                                             "earn more."))
    assert "ครูมวยอาชีพ" not in aliases, aliases


def test_a_footer_after_the_aliases_does_not_make_the_aliases_doubtful():
    """Set 24 x13: the two footer entries ('Aviso de privacidad | Términos') outnumbered the one real alias of the
    section, which the guard then set aside as a misread section; the footer is no misread list."""
    page = _LODGE_PAGE.format(last="Good judgement about weather", footer="Also known as\nGuest Services Attendant\n"
                                                                           "Aviso de privacidad | Términos")
    aliases = _aliases(page)
    assert "Guest Services Attendant" in aliases and "Términos" not in aliases, aliases
