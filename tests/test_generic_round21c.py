"""Generic layout, round 21c: salaries, career moves, aliases and at-a-glance facts of sets 28-33 (recall, never a
wrong fact). Every page here is invented (another role, site and wording than the sets'), and every rule has a
negative, named in each test's docstring with the pages of the sets that showed its cause."""
from __future__ import annotations

from generic_helpers import _pay

_PAGE = """Careers Atlas · Health and care

{title}

{intro}

{duties}
- Prepare prescriptions for the pharmacist to check
- Keep the dispensary stock in order
- Answer patients' questions about their medicines

{skills}
- Attention to detail
- Numeracy
- Patience with customers

{pay}
{line}
"""


def _pay_of(line: str, *, title="Pharmacy Technician", pay="Salary", duties="Main duties", skills="Skills",
            intro="Pharmacy technicians prepare and hand out medicines in hospitals and high-street shops."):
    return [(p[1], p[2], p[3]) for p in _pay(_PAGE.format(title=title, intro=intro, duties=duties, skills=skills,
                                                          pay=pay, line=line))]


# --- an upper end only: 'up to X' ------------------------------------------------------------------------------------

def test_up_to_before_one_amount_is_a_maximum_only_in_any_language():
    """Sets 28 k13, 29 m10, 30 n05, 31 o15, o19, o21, 32 p06, p24, 33 q06, q12: 'up to X' (and 'hasta', 'jusqu'à',
    'до', 'pode chegar aos') is labelled min null, max X; it was dropped (a salary without a minimum) or stored as the
    point X."""
    assert _pay_of("Senior technicians can earn up to £35,000 a year.") == [(None, 35000, "GBP")]
    assert _pay_of("Dispensary managers: up to EGP 22,000 / month") == [(None, 22000, "EGP")]
    assert _pay_of("Un préparateur expérimenté peut percevoir jusqu'à 2 300 € brut par mois.") == [(None, 2300, "EUR")]
    assert _pay_of("Los técnicos con experiencia pueden ganar hasta €31.000 al año.") == [(None, 31000, "EUR")]
    assert _pay_of("Com experiência, o salário pode chegar aos 2.900 € por mês.") == [(None, 2900, "EUR")]


def test_a_band_or_a_lower_end_is_no_maximum_only_and_other_pay_stays_out():
    """Negatives: a band after 'up to' keeps both ends; 'from X' stays a minimum; a bonus 'of up to' is no pay; the
    pay of another job named after the figure ('… for a Chief Pharmacist', set 31 o02) is not the role's."""
    assert _pay_of("Technicians earn from £24,000 up to £31,000 a year.") == [(24000, 31000, "GBP")]
    assert _pay_of("Technicians earn from £24,000 a year.") == [(24000, None, "GBP")]
    assert _pay_of("Technicians earn £24,000 a year. Bonuses of up to £2,000 are paid each spring.") \
        == [(24000, 24000, "GBP")]
    assert _pay_of("Technicians earn £24,000 a year. Hospital pay can go up to £60,000 a year for a Chief Pharmacist.") \
        == [(24000, 24000, "GBP")]


def test_a_start_and_a_reach_in_one_sentence_are_one_band():
    """Set 30 n20: 'start at $58,500 and can reach $81,900 with seniority' is one band (it was two points)."""
    assert _pay_of("Newly qualified technicians start at $41,200 and can reach $57,800 with seniority.") \
        == [(41200, 57800, "USD")]
    assert _pay_of("Newly qualified technicians start at $41,200. Pay rises with seniority.") == [(41200, 41200, "USD")]


# --- pay in a sentence of another language under a pay heading ---------------------------------------------------------

def test_a_pay_noun_of_the_pages_language_names_the_amount_under_a_pay_heading():
    """Sets 31 o06, o21: 'основна заплата … е 1 800 лв. месечно' (the lev written after the amount), 'aylık kazancı
    35.000 TL ile 60.000 TL arasında' (Turkish: 'between' after both amounts) under a pay heading."""
    line = "Началната основна заплата на фармацевтичния техник е 1 450 лв. месечно."
    assert _pay_of(line, pay="Възнаграждение") == [(1450, 1450, "BGN")]
    line = "Deneyimli teknisyenlerin aylık kazancı 28.000 TL ile 41.000 TL arasında değişmektedir."
    assert _pay_of(line, pay="Kazanç") == [(28000, 41000, "TRY")]


def test_an_amount_with_no_pay_word_or_outside_a_pay_section_stays_unread():
    """Negatives: a sentence naming a price, not pay, under the pay heading; the same pay sentence under a heading
    of another kind."""
    assert _pay_of("Курсът струва 1 450 лв. за целия срок.", pay="Възнаграждение") == []
    line = "Началната основна заплата на фармацевтичния техник е 1 450 лв. месечно."
    assert _pay_of(line, pay="История") == []


# --- the Nordic crown of a page naming no country -------------------------------------------------------------------

_NORDIC = """Yrkesguiden

{title}

{intro}

{duties}
- Ta emot och packa upp varor
- Hålla ordning i lagret
- Svara på kundernas frågor

{skills}
- Noggrannhet
- Ordningssinne
- Serviceanda

{pay}
{line}
"""


def _nordic(title, intro, duties, skills, pay, line):
    return {(p[1], p[2], p[3]) for p in _pay(_NORDIC.format(title=title, intro=intro, duties=duties, skills=skills,
                                                            pay=pay, line=line))}


def test_kr_on_a_page_naming_no_country_is_the_crown_its_language_spells_pay_with():
    """Sets 28 k02 ('Genomsnittlig månadslön: 29 800 kr'), k14 ('Grundløn pr. måned … 31.200 kr.'), 33 q08
    ('Medellön: 31 700 kr per månad'): Swedish 'lön', Danish 'løn', Norwegian 'lønn' name the crown when no country
    is named (the amounts were dropped: 'kr' of an unknown country)."""
    sv = _nordic("Lagerarbetare", "Som lagerarbetare tar du emot varor och plockar order.", "Arbetsuppgifter",
                 "Egenskaper", "Lön", "Medellön: 28 400 kr per månad")
    assert sv == {(28400, 28400, "SEK")}
    da = _nordic("Lagerarbejder", "Som lagerarbejder tager du imod varer og plukker ordrer.", "Arbejdsopgaver",
                 "Kompetencer", "Løn", "Grundløn: 27.900 kr. pr. måned")
    assert da == {(27900, 27900, "DKK")}
    no = _nordic("Lagermedarbeider", "Som lagermedarbeider tar du imot varer og plukker ordrer.", "Arbeidsoppgaver",
                 "Egenskaper", "Lønn", "Månedslønn: 36 100 kr")
    assert no == {(36100, 36100, "NOK")}


def test_a_named_country_still_decides_kr_and_a_page_with_no_nordic_word_stores_no_kr():
    """Negatives: a Swedish-language page naming Norway twice pays in NOK (a country named outranks the language);
    'kr' on a page in neither language, with no country, stays unread."""
    sv = _nordic("Lagerarbetare", "Som lagerarbetare i Norge tar du emot varor. Jobben finns i hela Norge.",
                 "Arbetsuppgifter", "Egenskaper", "Lön", "Medellön: 36 400 kr per månad")
    assert sv == {(36400, 36400, "NOK")}
    en = _nordic("Warehouse Operative", "Warehouse operatives receive goods and pick orders.", "Main duties",
                 "Skills", "Pay", "Average pay: 28 400 kr per month")
    assert en == set()


# --- a ladder written in lower case, or joined by '>>' ---------------------------------------------------------------

from generic_helpers import _paths  # noqa: E402

_WELD = """Guía de oficios · Metalmecánica

{title}

El {low} une piezas de metal en talleres y obras.

Funciones
- Preparar las piezas antes de soldar
- Soldar uniones según el plano
- Revisar la calidad de los cordones

Habilidades
- Precisión
- Trabajo en equipo
- Lectura de planos

{heading}
{line}
"""


def _chain_paths(title, heading, line):
    return _paths(_WELD.format(title=title, low=title.lower(), heading=heading, line=line))


def test_a_chain_joined_by_double_angles_is_a_ladder_like_one_joined_by_arrows():
    """Set 30 n12 ('Aprendiz SENA  >>  Ayudante de soldadura  >>  Soldador  >>  …'): '>>' joins a chain's steps."""
    assert _chain_paths("Tornero", "Ruta ocupacional", "Aprendiz  >>  Ayudante de tornería  >>  Tornero  >>  Jefe de taller") \
        == [("step", "Aprendiz"), ("step", "Ayudante de tornería"), ("step", "Tornero"), ("step", "Jefe de taller")]


def test_a_lower_case_chain_that_holds_the_role_is_its_ladder():
    """Sets 28 k06 ('młodszy księgowy → samodzielny księgowy → starszy księgowy → główny księgowy') and 31 o18
    ('Hegesztő ➔ minősített hegesztő ➔ hegesztő művezető ➔ …'): languages that write titles in lower case."""
    assert _chain_paths("Tornero", "Ruta ocupacional", "tornero auxiliar → tornero → tornero jefe → jefe de taller") \
        == [("step", "tornero auxiliar"), ("step", "tornero"), ("step", "tornero jefe"), ("step", "jefe de taller")]
    assert _chain_paths("Tornero", "Ruta ocupacional", "Tornero → tornero oficial → encargado de taller") \
        == [("step", "Tornero"), ("step", "tornero oficial"), ("step", "encargado de taller")]


def test_a_lower_case_chain_without_the_role_or_of_sentences_is_no_ladder():
    """Negatives: lower-case pieces that never name the role, or that read as a sentence, stay text."""
    assert _chain_paths("Tornero", "Ruta ocupacional", "aprender → practicar → mejorar") == []
    assert _chain_paths("Tornero", "Ruta ocupacional",
                        "tornero auxiliar → you can move on → tornero jefe → jefe de taller") == []


# --- titles listed after a move label of a progression section, in any language --------------------------------------

_PROGRESS = """Beroepengids · Techniek

Monteur

Een monteur installeert en onderhoudt technische installaties in woningen en bedrijven.

Taken
- Installaties aanleggen volgens tekening
- Storingen opsporen en verhelpen
- Onderhoud uitvoeren

Vaardigheden
- Technisch inzicht
- Nauwkeurigheid
- Samenwerken

Doorgroeien
Met ervaring kun je doorgroeien naar leidinggevende functies.
{line}
{after}
"""


def test_titles_after_a_related_occupations_label_are_lateral_moves_in_any_language():
    """Sets 28 k02 ('Närliggande yrken: Skötare, Personlig assistent'), k03 and 33 q02 ('Verwandte Berufe: …'), k10
    ('Métiers proches : A · B'), k12 ('Lignende yrker: …'), k19 ('Zijstappen: …'), 31 o01 ('Related careers: A | B |
    C'), o18 ('Hasonló szakmák: A · B · C'): names with no role noun the vocabulary knows are read too."""
    assert _paths(_PROGRESS.format(line="Zijstappen: Koeltechnicus, Liftmonteur", after="")) \
        == [("lateral", "Koeltechnicus"), ("lateral", "Liftmonteur")]
    assert _paths(_PROGRESS.format(line="Related careers: Glazier | Roofer | Solar Fitter", after="")) \
        == [("lateral", "Glazier"), ("lateral", "Roofer"), ("lateral", "Solar Fitter")]
    assert _paths(_PROGRESS.format(line="Métiers proches : Frigoriste · Technicien de maintenance", after="")) \
        == [("lateral", "Frigoriste"), ("lateral", "Technicien de maintenance")]


def test_a_link_list_label_or_a_sentence_after_the_label_gives_no_moves():
    """Negatives: 'Related articles' and 'Related job descriptions' label a site's links (round 13a); a piece that is a
    sentence or a link ('See all jobs') makes the line no list of titles; the paragraph after a blank line under the
    label is other text of the page."""
    assert _paths(_PROGRESS.format(line="Related articles: Glazier | Roofer | Solar Fitter", after="")) == []
    assert _paths(_PROGRESS.format(line="Zijstappen: lees meer, bekijk vacatures", after="")) == []
    paths = _paths(_PROGRESS.format(line="Zijstappen: Koeltechnicus, Liftmonteur",
                                    after="\nOpleidingen bij ons\nMbo Installatietechniek · Hbo Werktuigbouwkunde"))
    assert paths == [("lateral", "Koeltechnicus"), ("lateral", "Liftmonteur")]


# --- other names in an apposition between dashes, in brackets, under an aliases heading -------------------------------

from generic_helpers import _aliases  # noqa: E402

_NAMES = """Careers Atlas · Transport

{title}

{intro}

Main duties
- Plan each journey and check the vehicle
- Keep the log book up to date
- Report faults to the workshop

Skills
- Concentration
- Map reading
- Customer care
{extra}
"""


def _names_of(title, intro, extra=""):
    return _aliases(_NAMES.format(title=title, intro=intro, extra=extra))


def test_other_names_between_dashes_after_the_roles_name_are_aliases():
    """Sets 29 m10 ('… and call center agents — also called customer service representatives or BPO agents — are …'),
    32 p21 ('An airline pilot — also called a commercial pilot or airline transport pilot — flies …'); 33 q24 ('a clerk
    of the court'); 31 o14 ('(often titled Finance Manager or Head of Finance in mid-sized companies)')."""
    assert _names_of("Tram Driver", "A tram driver — also called a tram operator or motorman — runs city trams on fixed "
                                    "routes.") == ["tram operator", "motorman"]
    assert _names_of("Tram Driver", "The city employs 400 staff, and tram drivers — also called tram operators — keep "
                                    "the network moving.") == ["tram operators"]
    assert _names_of("Court Usher", "A court usher, sometimes called an officer of the court or court attendant, "
                                    "prepares the courtroom.") == ["officer of the court", "court attendant"]
    assert _names_of("Fleet Manager", "The Fleet Manager (often titled Transport Manager or Head of Fleet in larger "
                                      "firms) runs the vehicles of a company.") == ["Transport Manager", "Head of Fleet"]


def test_dashes_around_words_that_are_no_names_of_the_role_give_no_alias():
    """Negatives: the subject between dashes is not the role; the dashes never close (a sentence after them)."""
    assert _names_of("Tram Driver", "Ticket checks — also called inspections — happen on every route.") == []
    assert _names_of("Tram Driver", "A tram driver — also called a tram operator. The job is shift work.") == []


def test_lower_case_names_listed_under_an_aliases_heading_in_another_language_are_aliases():
    """Sets 28 k16 ('Muut nimikkeet: bussikuski, bussinkuljettaja, …'), 33 q08 ('Andra yrkesbenämningar: …'), q19
    ('Detto anche: …')."""
    assert _names_of("Raitiovaununkuljettaja", "Raitiovaununkuljettaja kuljettaa matkustajia kaupungissa.",
                     "\nMuut nimikkeet: ratikkakuski, vaununkuljettaja\n") == ["ratikkakuski", "vaununkuljettaja"]
    assert _names_of("Spårvagnsförare", "Spårvagnsförare kör spårvagn i stadstrafik.",
                     "\nAndra yrkesbenämningar: Spårvagnsförare i linjetrafik, Vagnförare\n") \
        == ["Spårvagnsförare i linjetrafik", "Vagnförare"]


def test_a_lower_case_phrase_under_an_aliases_heading_with_english_function_words_is_no_alias():
    """Negative: a piece that is a sentence ('katso lisää työpaikkoja sivuiltamme joka päivä') makes the list no list of
    names: its lower-case words stay unread."""
    assert _names_of("Raitiovaununkuljettaja", "Raitiovaununkuljettaja kuljettaa matkustajia kaupungissa.",
                     "\nMuut nimikkeet: ratikkakuski, katso lisää työpaikkoja sivuiltamme joka päivä\n") \
        .count("ratikkakuski") == 0


# --- a line naming pay over a table, in the page's head ---------------------------------------------------------------

_GUIDE = """Talent Partners · Salary Guide 2025

Site Manager

Site managers run building sites for main contractors.

{lead}
{gap}{table}

Key responsibilities
- Plan the programme of works
- Manage subcontractors on site
- Keep the site safe

Skills
- Leadership
- Planning
- Health and safety
"""


def test_a_package_or_a_pay_word_of_another_language_over_a_table_leads_a_pay_table():
    """Sets 31 o14 ('Annual total guaranteed package (ZAR)' over a '|' table) and o08 ('Wynagrodzenia miesięczne brutto
    (PLN), umowa o pracę', a blank line, then tab rows): the line names pay, the table's cells are its salaries."""
    table = "| Experience | London | Regions |\n|---|---|---|\n| 3-5 years | £55k - £65k | £48k - £58k |\n" \
            "| 5-10 years | £65k - £80k | £58k - £70k |\n"
    pay = [(p[1], p[2]) for p in _pay(_GUIDE.format(lead="Annual total package (GBP)", gap="", table=table))]
    assert (55000, 65000) in pay and (58000, 70000) in pay and len(pay) == 4
    table = "Stanowisko\tWarszawa\tPozostałe regiony\nKierownik budowy\t14 000 – 19 000 zł\t11 000 – 15 000 zł\n" \
            "Starszy kierownik budowy\t18 000 – 24 000 zł\t14 000 – 19 000 zł\n"
    pay = [(p[1], p[2], p[3]) for p in _pay(_GUIDE.format(lead="Wynagrodzenia miesięczne brutto (PLN)", gap="\n",
                                                          table=table))]
    assert (14000, 19000, "PLN") in pay and len(pay) == 4


def test_a_line_naming_no_pay_or_a_box_of_mixed_rows_is_no_pay_table():
    """Negatives: 'Team size by region' over a table of counts; a pay word over a two-column box whose other rows hold
    no amount ('Salário médio<TAB>R$ 2.969' / 'Jornada<TAB>40 horas', set 30 n24) is a glance box."""
    table = "| Experience | London | Regions |\n|---|---|---|\n| 3-5 years | 12 | 30 |\n| 5-10 years | 8 | 21 |\n"
    assert _pay(_GUIDE.format(lead="Team size by region", gap="", table=table)) == []
    table = "Salário médio\tR$ 4.100,00\nPiso salarial\tR$ 3.200,00\nTeto salarial\tR$ 6.900,00\n" \
            "Jornada de trabalho\t44 horas semanais\n"
    pay = [(p[1], p[2]) for p in _pay(_GUIDE.format(lead="Salário de Encarregado de Obras", gap="", table=table))]
    assert (3200, 3200) not in pay and (6900, 6900) not in pay


# --- a floor or a period written in the page's language; '$' after the amount in French Canada -----------------------

def test_a_floor_word_after_or_before_the_amount_in_another_language_leaves_the_band_open():
    """Sets 29 m08 ('Pengurus Kewangan menerima RM12,000 ke atas'), m18 ('7,000만 원 이상'), 30 n21 ('plus de 95 000 $
    par année'): the amount is a minimum, no maximum (it was stored as a point)."""
    assert _pay_of("Pengurus farmasi menerima RM9,000 ke atas sebulan.", pay="Berapakah gaji Juruteknik Farmasi?") \
        == [(9000, None, "MYR")]
    assert _pay_of("시니어: 5,200만 원 이상") == [(52000000, None, "KRW")]


def test_dollars_written_after_the_amount_on_a_canadian_french_page_are_cad_by_the_hour():
    """Set 30 n21 ('Code CNP : 72401', 'Le salaire horaire varie de 24,00 $ à 41,50 $', under 'COMBIEN ÇA GAGNE ?'):
    Canada's occupation code in French names the dollar; 'horaire' makes the amounts hourly."""
    page = _PAGE.format(title="Pharmacy Technician", intro="Code CNP : 33103", duties="Main duties",
                        skills="Skills", pay="COMBIEN ÇA GAGNE ?",
                        line="Le salaire horaire varie de 19,50 $ à 27,00 $ selon l'expérience.")
    assert [(p[1], p[2], p[3], p[4]) for p in _pay(page)] == [(20, 27, "CAD", "hour")]  # (19.50 rounded)


def test_dollars_written_after_the_amount_with_no_country_or_no_pay_stay_unread():
    """Negatives: '19,50 $' on a page naming no country is no salary (which dollar is unknown); '12 $ de frais'
    without a pay word is a price."""
    page = _PAGE.format(title="Pharmacy Technician", intro="Pharmacy technicians prepare medicines.",
                        duties="Main duties", skills="Skills", pay="COMBIEN ÇA GAGNE ?",
                        line="Le salaire horaire varie de 19,50 $ à 27,00 $ selon l'expérience.")
    assert _pay(page) == []
    page = _PAGE.format(title="Pharmacy Technician", intro="Code CNP : 33103", duties="Main duties",
                        skills="Skills", pay="COMBIEN ÇA GAGNE ?", line="L'inscription coûte 12 $ de frais.")
    assert _pay(page) == []


# --- more move labels: a label in two languages, 'Often comes from', 'Working towards this role' ----------------------

def test_move_labels_in_two_languages_or_with_an_adverb_name_their_moves():
    """Sets 30 n16 ('Often comes from: A, B'), n23 ('Entrada desde / Entry from: A, B', 'Siguiente paso / Next step:
    A, B')."""
    assert _paths(_PROGRESS.format(line="Often comes from: Loodgieter, Elektricien", after="")) \
        == [("from", "Loodgieter"), ("from", "Elektricien")]
    assert _paths(_PROGRESS.format(line="Entrada desde / Entry from: Loodgieter, Elektricien", after="")) \
        == [("from", "Loodgieter"), ("from", "Elektricien")]


def test_a_two_language_label_whose_halves_name_no_move_gives_no_moves():
    """Negative: 'Opleiding / Training: A, B' is no move label in either half."""
    assert _paths(_PROGRESS.format(line="Opleiding / Training: Loodgieter, Elektricien", after="")) == []


_NCS = """Career Guide England

Sonographer

Sonographers use ultrasound to scan patients' bodies.

Main duties
- Prepare patients for scans
- Carry out ultrasound scans
- Write reports for doctors

Skills
- Attention to detail
- Patience
- Teamwork

{heading}
{line}
"""


def test_a_line_about_working_towards_the_role_introduces_its_way_in():
    """Sets 28 k01 and 33 q01 ('Working towards this role' / 'You could start as an Emergency Care Assistant or an
    Ambulance Technician and …'): the sentence under it names the way in."""
    paths = _paths(_NCS.format(heading="More information\n\nWorking towards this role",
                               line="You could start as a Radiography Assistant and take further training."))
    assert paths == [("from", "Radiography Assistant")]


def test_a_start_sentence_under_a_line_about_something_else_in_an_other_section_is_no_move():
    """Negative: under 'Our history' (a line about something else) the same sentence names no move."""
    paths = _paths(_NCS.format(heading="More information\n\nOur history",
                               line="You could start as a Radiography Assistant and take further training."))
    assert paths == []
