"""Generic layout, round 25b: salaries (sets 45, 47, 48, 49). Pay headings of Czech, German, Greek, Romance and
Filipino pages and 'by canton / minimum wages'; a caption naming its table's currency in words; a caption's year is no
figure; a space-aligned table whose header names pay; 'label : amount ; label : amount' on one line; a lead line's
period; a wiki-markup table; the franc on a Swiss page; quartile heads; a row label of years; a box value with the
currency's word after it; bounds, joins and verbs of pay in other languages. Every page is invented; every rule has a
negative."""
from __future__ import annotations

from generic_helpers import _pay

from pipeline.parse.generic.vocabulary import heading_kind


def _points(text: str) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(text)]


_PAGE = """{site}
{nav}

{title}

{intro}

{duties_heading}
- {duty1}
- {duty2}
- {duty3}

{skills_heading}
- {skill1}
- {skill2}

{heading}
{pay}
"""

_EN = dict(site="Career Atlas", nav="Home | Careers | Pay", title="Glazier",
           intro="Glaziers cut, fit and replace glass in windows, doors, shopfronts and curtain walls.",
           duties_heading="Main duties", duty1="Measure openings and cut glass to size",
           duty2="Fit glazing units and seal frames", duty3="Replace broken panes safely",
           skills_heading="Skills", skill1="Working at heights", skill2="Reading drawings")

_DE = dict(site="Berufeportal", nav="Start | Berufe | Gehalt", title="Glaser/in",
           intro="Glaser/innen schneiden Glas zu und setzen Fenster, Türen und Fassaden ein.",
           duties_heading="Aufgaben", duty1="Glas zuschneiden und einsetzen", duty2="Rahmen abdichten",
           duty3="Beschädigte Scheiben ersetzen", skills_heading="Kenntnisse", skill1="Handgeschick",
           skill2="Schwindelfreiheit")

_FR = dict(site="orientation-metiers.ch", nav="Accueil | Métiers | Salaires",
           title="Vitrier",
           intro="Le portail suisse des métiers. Le vitrier découpe et pose le verre des fenêtres et des façades.",
           duties_heading="Missions", duty1="découper le verre ;", duty2="poser les vitrages ;",
           duty3="remplacer les vitres cassées.", skills_heading="Compétences", skill1="Habileté manuelle",
           skill2="Sens de l'équilibre")


def _page(base: dict, heading: str, pay: str) -> str:
    return _PAGE.format(heading=heading, pay=pay, **base)


# --- headings ---------------------------------------------------------------------------------------------------------

def test_pay_headings_of_other_languages_and_breakdowns():
    """Sets 45 p10, p17, p05, 47 p03, 48 p05, 49 p04, p08. Negatives: the same shapes naming no pay."""
    for heading in ("Platová a mzdová úroveň", "Výdělky podle krajů", "Gehalt nach Berufserfahrung und Stadt",
                    "Salary by canton", "Salary by sector", "MINIMUM MONTHLY WAGES (AREA 1 – METROS)",
                    "Sueldo según seniority", "Quel est le salaire d'un vitrier ?", "Πόσα βγάζει ένας υαλουργός;",
                    "Μέσος μηνιαίος μισθός ανά τομέα (μικτά)", "Magkano ang sahod ng glazier?"):
        assert heading_kind(heading) == "salary", heading
    for heading in ("Úroveň vzdělání", "Ausbildung nach Bundesland", "Minimum requirements",
                    "Quel est le rôle d'un vitrier ?", "Ποια είναι τα καθήκοντα;", "Semicolon heading;"):
        assert heading_kind(heading) != "salary", heading


# --- tables -----------------------------------------------------------------------------------------------------------

def test_a_caption_naming_its_currency_in_words_gives_the_table_its_currency():
    """Set 47 p03: 'Jahresbruttogehalt in Euro, …' over a tab table of bare bands. Negative: a caption naming no pay
    noun ('Angaben in Euro je Monat' names none) leaves the bare amounts unread."""
    table = ("Stufe\tHamburg\tLeipzig\n"
             "Einstieg\t31.000 – 35.000\t28.000 – 32.000\nErfahren\t38.000 – 44.000\t34.000 – 39.000\n")
    text = _page(_DE, "Gehalt nach Erfahrung", "Jahresbruttogehalt in Euro, ohne Zulagen.\n\n" + table)
    assert _points(text) == [(31000, 35000, "EUR"), (28000, 32000, "EUR"), (38000, 44000, "EUR"),
                             (34000, 39000, "EUR")]
    assert _points(_page(_DE, "Gehalt nach Erfahrung", "Angaben in Euro, ohne Zulagen.\n\n" + table)) == []


def test_a_caption_year_does_not_stop_it_naming_hourly_pay():
    """Set 47 p04: 'Hourly wages, 2025' over a '|' table of small amounts: each cell an hourly wage. Negative: without
    the caption, amounts this small with no period are no pay."""
    table = ("| Area | 10th percentile | Median |\n|---|---|---|\n| Statewide | $21.40 | $27.10 |\n"
             "| Northern | $20.80 | $26.30 |\n")
    pay = _pay(_page(_EN, "Wages by area", "Hourly wages, 2025\n" + table))
    assert [(low, period) for _, low, _, _, period in pay] == [(21, "hour"), (27, "hour"), (21, "hour"), (26, "hour")]
    assert _pay(_page(_EN, "Wages by area", table)) == []


def test_a_space_aligned_table_whose_header_names_pay_is_read_anywhere():
    """Set 47 p18: 'Nível   Cargo (trilha IC)   Faixa salarial mensal (CLT)' over 'PM1   Product Manager Júnior   R$ …'
    under a career heading. Negative: a header naming no pay ('Nível   Cargo   Equipe') over the same rows stores
    nothing."""
    rows = ("GL1     Vidraceiro Júnior        R$ 2.900 – R$ 3.600\n"
            "GL2     Vidraceiro Pleno         R$ 3.800 – R$ 4.700\n"
            "GL3     Vidraceiro Sênior        R$ 4.900 – R$ 6.100\n")
    pay = "Trilha: técnica\n\nNível   Cargo (trilha)             Faixa salarial mensal (CLT)\n" + rows
    assert _points(_page(_EN, "Career ladder", pay)) == [(2900, 3600, "BRL"), (3800, 4700, "BRL"), (4900, 6100, "BRL")]
    other = "Trilha: técnica\n\nNível   Cargo (trilha)             Equipe responsável\n" + rows
    assert _points(_page(_EN, "Career ladder", other)) == []


def test_a_wiki_markup_table_between_its_braces():
    """Set 47 p08: '{| Sector | Annual pay' / '| Public | 23.000 – 27.500 €' / … / '|}'. Negative: without its closing
    '|}' (a capture cut inside the table) the rows stay text."""
    table = "{| Sector | Salario bruto anual\n| Sector público | 23.000 – 27.500 €\n| Sector privado | 18.500 – 23.000 €\n"
    assert _points(_page(_EN, "Salary[edit]", table + "|}\n")) == [(23000, 27500, "EUR"), (18500, 23000, "EUR")]
    assert _points(_page(_EN, "Salary[edit]", table)) == []


def test_quartile_heads_of_another_language_are_one_band_and_the_median():
    """Set 49 p02: 'Dolny kwartyl | Mediana | Górny kwartyl': one band a row and its median. Negative: 'Dolny kwartyl |
    Mediana' (no upper end) keeps one salary a cell."""
    table = ("| Stanowisko | Dolny kwartyl | Mediana | Górny kwartyl |\n|---|---|---|---|\n"
             "| Młodszy szklarz | 4 700 zł | 5 000 zł | 5 400 zł |\n| Szklarz | 5 100 zł | 5 500 zł | 6 000 zł |\n")
    assert _points(_page(_EN, "Wages", table)) == [(4700, 5400, "PLN"), (5000, 5000, "PLN"), (5100, 6000, "PLN"),
                                                   (5500, 5500, "PLN")]
    two = ("| Stanowisko | Dolny kwartyl | Mediana |\n|---|---|---|\n| Młodszy szklarz | 4 700 zł | 5 000 zł |\n"
           "| Szklarz | 5 100 zł | 5 500 zł |\n")
    assert _points(_page(_EN, "Wages", two)) == [(4700, 4700, "PLN"), (5000, 5000, "PLN"), (5100, 5100, "PLN"),
                                                 (5500, 5500, "PLN")]


def test_a_row_label_of_years_lined_up_by_spaces_with_its_amount():
    """Set 39 p12: '0–2 roky       33 400 Kč' / 'nad 10 let     51 200 Kč'. Negative: a row whose label writes a currency
    ('Kč 5 000       33 400 Kč') is no label and amount."""
    rows = "Praxe          Medián\n0–2 roky       33 400 Kč\n3–5 let        40 900 Kč\nnad 10 let     51 200 Kč\n"
    assert [(label, low) for label, low, *_ in _pay(_page(_EN, "Wages by experience", rows))] == [
        ("0–2 roky", 33400), ("3–5 let", 40900), ("nad 10 let", 51200)]
    assert all(label != "Kč 5 000" for label, *_ in _pay(_page(_EN, "Wages by experience", "Kč 5 000       33 400 Kč\n")))


# --- lines ------------------------------------------------------------------------------------------------------------

def test_label_amount_parts_run_together_on_one_line():
    """Set 45 p20: 'Salaire … (brut, par mois) : 1re année : 650 à 850 fr. ; 2e année : …' on a Swiss page: one salary
    a part, monthly, in CHF. Negative: a part without an amount makes the line prose (no part is read as a row)."""
    line = "Salaire des apprentis (brut, par mois) : 1re année : 700 à 900 fr. ; 2e année : 850 à 1050 fr. ; 3e année : 1100 à 1300 fr."
    pay = _pay(_page(_FR, "Salaire", line))
    assert [(label, low, high, currency, period) for label, low, high, currency, period in pay] == [
        ("1re année", 700, 900, "CHF", "month"), ("2e année", 850, 1050, "CHF", "month"),
        ("3e année", 1100, 1300, "CHF", "month")]
    broken = line.replace("2e année : 850 à 1050 fr.", "2e année : selon l'entreprise")
    assert all(label != "1re année" for label, *_ in _pay(_page(_FR, "Salaire", broken)))


def test_the_franc_after_its_amount_only_on_a_swiss_page():
    """Set 45 p20: 'entre 4800 et 5600 francs' is CHF where the page names Switzerland. Negative: a page naming no
    country of the franc stores no salary of it."""
    line = "Après le CFC, le salaire mensuel brut se situe entre 4800 et 5600 francs (13 salaires).\n"
    assert _points(_page(_FR, "Salaire", line)) == [(4800, 5600, "CHF")]
    plain = dict(_FR, site="orientation-metiers.example", intro="Le vitrier découpe et pose le verre des fenêtres.")
    assert _points(_page(plain, "Salaire", line)) == []


def test_a_lead_line_states_the_period_of_the_run_under_it():
    """Set 45 p01: 'Beispielhafte monatliche Ausbildungsvergütungen (brutto) nach Tarif:' over '1. Ausbildungsjahr: € 820
    bis € 950': monthly amounts (below a year's floor otherwise). Negative: the lines after a blank line under the run
    are no longer the lead's ('Jahresgehalt: € 41.000' stays yearly)."""
    pay = ("Monatliche Ausbildungsvergütungen (brutto) nach Tarif:\n1. Ausbildungsjahr: € 820 bis € 950\n"
           "2. Ausbildungsjahr: € 880 bis € 1.020\n\nJahresgehalt nach der Ausbildung: € 41.000\n")
    got = [(low, high, period) for _, low, high, _, period in _pay(_page(_DE, "Verdienst", pay))]
    assert got == [(820, 950, "month"), (880, 1020, "month"), (41000, 41000, "year")]
    bare = pay.replace("Monatliche Ausbildungsvergütungen (brutto) nach Tarif:\n", "")
    assert [low for _, low, *_ in _pay(_page(_DE, "Verdienst", bare))] == [41000]


def test_a_box_pay_row_with_a_glued_pay_noun_or_the_currency_word_after_it():
    """Sets 47 p03, 45 p14: 'Durchschnittsgehalt: 68.500 € brutto/Jahr', 'Salariu mediu net: 6.800 lei/lună' in a glance
    box are salaries. Negative: a box row naming no pay ('Teamgröße: 12 Personen') is no salary."""
    box = "Auf einen Blick\nDurchschnittsgehalt: 48.500 € brutto/Jahr\nTeamgröße: 12 Personen\nArbeitszeit: 40 Stunden\n"
    text = _page(_DE, "Gehalt", "Die Angaben stammen aus Stellenanzeigen.").replace("Aufgaben\n", box + "\nAufgaben\n")
    assert _points(text) == [(48500, 48500, "EUR")]
    ro = "Pe scurt\nSalariu mediu net: 5.900 lei/lună\nProgram: 8 ore pe zi\nStudii: liceu\n"
    text = _page(_EN, "Salary", "Figures are net.").replace("Main duties\n", ro + "\nMain duties\n")
    assert [(low, currency, period) for _, low, _, currency, period in _pay(text)] == [(5900, "RON", "month")]


# --- words of other languages -----------------------------------------------------------------------------------------

def test_bounds_joins_and_verbs_of_other_languages():
    """Sets 39 p12, p16, 45 p02, p14, 47 p08, 49 p04, p08. Negatives: a band keeps both ends; 'kolem' (about) is no
    floor."""
    cases = [
        ("Mzda", "Zkušení skláři mají i přes 60 000 Kč.", [(60000, None, "CZK")]),
        ("Mzda", "Zkušení skláři berou kolem 52 000 Kč.", [(52000, 52000, "CZK")]),
        ("Salaire", "En début de carrière, un vitrier perçoit entre 1 950 € et 2 200 € brut par mois.",
         [(1950, 2200, "EUR")]),
        ("Salariu", "Un geamgiu stagiar pornește de la aproximativ 3.900 lei net.", [(3900, None, "RON")]),
        ("Salariu", "Un geamgiu poate câștiga între 6.000 și 8.000 lei net lunar.", [(6000, 8000, "RON")]),
        ("Salario", "En talleres privados el sueldo parte de unos 1.400 € al mes.", [(1400, None, "EUR")]),
        ("Μισθός", "Ένας υαλουργός παίρνει περίπου 1.050 € καθαρά τον μήνα.", [(1050, 1050, "EUR")]),
        ("Sahod", "Ang baguhang glazier ay kumikita ng ₱18,000 hanggang ₱24,000 kada buwan.",
         [(18000, 24000, "PHP")]),
    ]
    for heading, sentence, want in cases:
        assert _points(_page(_EN, heading, sentence)) == want, sentence


# --- second pass: shapes of sets 45, 47, 48 ---------------------------------------------------------------------------

def test_a_state_code_glued_to_the_dollar_is_the_place_and_the_page_dollar():
    """Set 47 p07: 'San Francisco, CA$148,900' (spans run together) is USD on a US page. Negative: 'CA$148,900' after
    a label with a colon stays the Canadian dollar."""
    pay = "- San Francisco, CA$148,900\n- New York, NY$139,200\n- Austin, TX$116,700\n"
    assert _points(_page(_EN, "Pay by city", pay)) == [(148900, 148900, "USD"), (139200, 139200, "USD"),
                                                      (116700, 116700, "USD")]
    assert (148900, 148900, "CAD") in _points(_page(_EN, "Pay by city", "Median salary: CA$148,900\n"))


def test_a_pay_label_glued_to_or_over_a_lone_head_figure():
    """Sets 47 p07 ('Average base salary$118,400'), 45 p17 ('Median gross salary per year' / "CHF 118'500"). Negative:
    a label naming no pay ('Salaries reported' / '8,214' is a count; 'Founded$1990' no pay word) stores nothing."""
    head = "Glazier\nAverage base salary$61,400\nTypical range$48K – $79K\n"
    text = _page(_EN, "Skills needed", "Problem solving").replace("Glazier\n", head, 1)
    assert (61400, 61400, "USD") in _points(text) and (48000, 79000, "USD") in _points(text)
    other = _page(_EN, "Skills needed", "Problem solving").replace("Glazier\n", "Glazier\nFounded$1990\n", 1)
    assert _points(other) == []
    over = "Glazier\nAlso listed as: Glass fitter\nMedian gross salary per year\nCHF 71'500\n"
    text = _page(_EN, "Skills needed", "Problem solving").replace("Glazier\n", over, 1)
    assert [(label, low, currency) for label, low, _, currency, _ in _pay(text)] == [
        ("Median gross salary per year", 71500, "CHF")]


def test_level_rows_an_hourly_caption_and_language_groups():
    """Sets 48 p01 ('Level   Annual salary' over 'Site engineer   €60,000 - €75,000'), 48 p02 ('Pay rate (per hour)'
    over label / amount lines), 45 p18 ('English-only glaziers: €1,500 – €1,700 per month'). Negatives: without the
    'Level' header the titled row is another occupation's; without the caption '$24' is no pay."""
    table = "Level                          Annual salary\nGraduate glazier               €34,000 - €38,000\n" \
            "Site engineer                  €60,000 - €75,000\n"
    assert (60000, 75000, "EUR") in _points(_page(_EN, "Salary", table))
    bare = "Graduate glazier               €34,000 - €38,000\nSite engineer                  €60,000 - €75,000\n"
    assert (60000, 75000, "EUR") not in _points(_page(_EN, "Salary", bare))
    hourly = "Pay rate (per hour)\nTrainee glazier\n$24\nQualified glazier\n$26 – $30\n"
    assert [(low, period) for _, low, _, _, period in _pay(_page(_EN, "Pay", hourly))] == [(24, "hour"), (26, "hour")]
    assert _pay(_page(_EN, "Pay", hourly.replace("Pay rate (per hour)\n", ""))) == []
    groups = "- English-only glaziers: €1,500 – €1,700 per month\n- German-speaking glaziers: €1,800 – €2,100 per month\n"
    assert _points(_page(_EN, "Salary", groups)) == [(1500, 1700, "EUR"), (1800, 2100, "EUR")]


def test_caribbean_dollars_pay_and_outlook_and_dutch_italian_rates():
    """Sets 48 p07 (a Jamaican paper's bare '$'), 47 p09 ('Pay & outlook'), 45 p11 ('kan dat oplopen tot € 3.900',
    'uurtarieven … tussen € 40 en € 55'), 45 p07 ('tariffa oraria … da 25 a 40 euro l'ora'). Negatives: a page naming
    no country keeps '$' as USD; 'Pay & outlook' is a pay heading, 'Job outlook' is not."""
    jm = _page(_EN, "Salary", "Experienced glaziers earn $4 million to $5.5 million a year.").replace(
        "Career Atlas", "The Kingston Courier\nJAMAICA'S NEWS SINCE 1922")
    assert _points(jm) == [(4000000, 5500000, "JMD")]
    assert _points(_page(_EN, "Salary", "Experienced glaziers earn $4 million to $5.5 million a year.")) == [
        (4000000, 5500000, "USD")]
    assert heading_kind("Pay & outlook") == "salary" and heading_kind("Job outlook") != "salary"
    nl = "Gemiddeld verdient een glaszetter € 3.050 bruto per maand. Met overwerk kan dat oplopen tot € 3.900."
    assert _points(_page(_EN, "Salaris", nl)) == [(3050, 3050, "EUR"), (None, 3900, "EUR")]
    rate = "Werk je als zzp'er, dan liggen de uurtarieven meestal tussen € 40 en € 55 exclusief btw."
    assert [(low, high, period) for _, low, high, _, period in _pay(_page(_EN, "Salaris", rate))] == [(40, 55, "hour")]
    it = "Chi lavora in proprio fissa la tariffa oraria, che di solito va da 25 a 40 euro l'ora."
    assert [(low, high, period) for _, low, high, _, period in _pay(_page(_EN, "Stipendio", it))] == [(25, 40, "hour")]
