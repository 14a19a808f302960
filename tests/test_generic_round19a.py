"""Generic layout, round 19a (learned from sets 1-25 at once: detection run over every page of them, each cause seen on
pages of two sets or more). A role page written only in prose says its facets in the past and the plural as often as
in round 15a's present ('Most classers started out as shed hands', 'have moved across into our control room', set 23's
w07, set 24's x05, set 25's y06), says what the job asks as 'The work calls for …', 'What makes a good classer?',
'they need sound judgement' (sets 22 v05, 23 w07, 24 x05, 25 y06), and pays in a local currency's letters ('New
officers earn R11 500 a month', set 23 w07). Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pipeline.model import PageError
from pipeline.parse import parse_text


def _layout(text: str) -> str | None:
    try:
        return parse_text(text).layout
    except PageError:
        return None


def _roles(text: str) -> list[str]:
    try:
        return [m.name for m in parse_text(text).roles]
    except PageError:
        return []


# --- a prose-only role page in the past tense and the plural ------------------------------------------------------

_PROSE_PAGE = """Lakeside Water Services
Home / Careers / Our people / Sluice Keeper
Sluice Keeper
When the river rises after a week of rain, the first person on the weir at night is a sluice keeper. Sometimes called a lock warden, the keeper opens and closes the gates that hold the lake at its summer level.
On a normal shift our keepers walk the embankments, clear debris from the screens and record the river levels at every gauge, then report each reading to the control room over the radio before the end of the shift.
{asks}
New keepers earn R9 800 a month while on probation, and after probation the basic wage rises to between R11 200 and R12 900 a month depending on the station.
{moves}
Lakeside Water Services · Privacy · Contact us
"""

_ASKS = "The work calls for a head for heights, patience and steady hands, and the keepers who do best with us combine a calm manner with sound judgement in a flood."
_MOVES = "Most keepers started out as maintenance hands on the embankment crews, and several have moved across into our control room as control room operators or gone on to become station supervisors."


def test_a_prose_page_in_the_past_and_the_plural_is_a_role_page():
    page = _PROSE_PAGE.format(asks=_ASKS, moves=_MOVES)
    assert _layout(page) == "generic"
    assert _roles(page) == ["Sluice Keeper"]


def test_a_prose_story_with_pay_and_a_start_but_no_asks_is_no_role_page():
    # negative: a news story that says where people started and what they earn, and no other name of the job or what
    # it asks of a person, is not a role page (two facets of four)
    story = _PROSE_PAGE.format(
        asks="The council met on Tuesday to discuss the flood defences and the budget for next year's repairs to the weir.",
        moves=_MOVES).replace("Sometimes called a lock warden, the keeper", "The keeper")
    assert _layout(story) is None


def test_a_page_that_only_names_pay_in_letters_without_asks_is_not_read_as_prose_role_page():
    # negative: everything but what the job asks of a person: three facets of four still sets the page aside
    page = _PROSE_PAGE.format(asks="The weir was built in 1911 and rebuilt after the great flood of 1953 by the county.",
                              moves=_MOVES)
    assert _layout(page) is None


# --- headings of career pages in the languages the vocabulary left out -------------------------------------------

import pytest  # noqa: E402

from pipeline.parse.generic.vocabulary import heading_kind  # noqa: E402


@pytest.mark.parametrize("heading, kind", [
    ("ŠTO ĆETE RADITI", "responsibilities"), ("Opis posla", "responsibilities"), ("PLAĆA", "salary"),
    ("Plata", "salary"), ("NAPREDOVANJE", "career"), ("Druga imena", "aliases"), ("OSNOVNI PODACI", "facts"),
    ("Helstu verkefni", "responsibilities"), ("Hæfni", "skills"), ("Laun (mánaðarlaun, kr.)", "salary"),
    ("Starfsþróun", "career"), ("Starfið í hnotskurn", "facts"), ("Önnur starfsheiti", "aliases"),
    ("Arbetsuppgifter", "responsibilities"), ("Lön", "salary"), ("Dine arbeidsoppgaver", "responsibilities"),
    ("Lønn", "salary"), ("Arbejdsopgaver", "responsibilities"), ("Karrieremuligheder", "career"),
    ("Työtehtävät", "responsibilities"), ("Palkka", "salary"), ("Náplň práce", "responsibilities"), ("Mzda", "salary"),
    ("Kariérní růst", "career"), ("Feladatok", "responsibilities"), ("Fizetés", "salary"),
    ("하는 일", "responsibilities"), ("필요한 능력 (NCS 직업기초능력)", "skills"), ("임금", "salary"),
    ("경력 개발", "career"), ("한눈에 보기", "facts"), ("仕事内容", "responsibilities"), ("給与", "salary"),
    ("岗位职责", "responsibilities"), ("薪资", "salary"), ("职业发展", "career"),
])
def test_headings_of_career_pages_in_more_languages(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", ["Karijere", "Störf", "Kariéra", "관련 직업", "Kontakt", "Naslovnica"])
def test_a_site_section_word_or_related_jobs_is_no_heading(line):
    # negative: a careers site's section or home word, and a related-jobs list, head no section of the role's facts
    assert heading_kind(line) is None


_CROATIAN_PAGE = """Brodogradilište Kvarner d.d. — Karijere
Naslovnica | O nama | Karijere | Kontakt
Karijere › Proizvodnja › Brodski električar
{title}
ŠTO ĆETE RADITI
• postavljanje kabela i razvodnih ploča na novogradnjama
• ispitivanje instalacija prije primopredaje broda
• otklanjanje kvarova na brodskim sustavima rasvjete
ŠTO TRAŽIMO
• srednja stručna sprema elektrotehničkog smjera
• rad na visini
• timski rad
PLAĆA
Neto plaća: 1.300 – 1.650 EUR mjesečno, ovisno o iskustvu.
NAPREDOVANJE
Brodski električar može napredovati do predradnika elektro radionice.
© 2026 Brodogradilište Kvarner d.d. · Zaštita podataka
"""


def test_a_page_headed_in_croatian_is_read_and_named_by_its_english_half():
    page = parse_text(_CROATIAN_PAGE.format(title="Brodski električar / Ship's Electrician"))
    assert page.layout == "generic"
    assert [m.name for m in page.roles] == ["Ship's Electrician"]
    duties = [r["description"] if "description" in r else r.get("text") for r in page.facts.get("responsibilities", [])]
    assert len(duties) == 3


def test_a_careers_site_word_is_never_the_role():
    # negative: the page's only name lines are the site's name over its careers section word ('… — Karijere') and a
    # trail; with no line naming the role, 'Karijere' is not taken for it
    page = _CROATIAN_PAGE.format(title="Ro-ro trajekti, linije Rijeka – Cres").replace(" › Brodski električar", "")
    assert "Karijere" not in _roles(page)


def test_a_slash_title_on_an_english_page_keeps_both_names():
    # negative: 'Nurse / Midwife'-like two English names on a page written in English stay one title
    page = """Harbour Health Careers
Careers › Clinical roles › Theatre Nurse / Scrub Practitioner
Theatre Nurse / Scrub Practitioner
Responsibilities
• Prepare the theatre and instruments before each list
• Count swabs and instruments with the team
• Support patients as they wake from anaesthesia
Skills
• Calm under pressure
• Attention to detail
• Teamwork
Salary
Band 5: £29,970 to £36,483 a year
"""
    assert _roles(page) == ["Theatre Nurse / Scrub Practitioner"]


# --- a local name with its English name in brackets ---------------------------------------------------------------

_BRACKET_PAGE = """Domaine des Orchidées — Recrutement
Accueil | Nos produits | Recrutement | Contact
Recrutement > Métiers de la serre > Trieur de gousses
{title}
EN BREF
Contrat : CDD saisonnier (mai à septembre)
Horaires : 7 h – 13 h, du lundi au vendredi
Lieu : serres de Tiva
VOS MISSIONS
- Trier les gousses par longueur et par couleur
- Peser les lots et tenir le registre du jour
- Signaler les gousses abîmées au chef d'équipe
VOS QUALITÉS
- Minutie
- Bonne vue
- Patience
RÉMUNÉRATION
Salaire : 1 950 € brut par mois
"""


def test_a_local_title_with_its_english_name_in_brackets_is_named_in_english():
    page = parse_text(_BRACKET_PAGE.format(title="Trieur de gousses (Pod Sorter)"))
    assert [m.name for m in page.roles] == ["Pod Sorter"]
    assert "Trieur de gousses" in [r["alias"] for r in page.facts.get("role_aliases", [])]


@pytest.mark.parametrize("name", ["Process Engineer (Etch)", "Pod Sorter (Seasonal)", "Trieur de gousses (saisonnier)",
                                  "Collections Agent (Arabic & English)", "Trieur de gousses (H/F)"])
def test_an_english_title_with_a_detail_in_brackets_is_no_local_english_pair(name):
    # negative: an English name with a detail in brackets, or a local name with a local or gender note in brackets
    from pipeline.parse.generic.title import _english_bracket
    assert _english_bracket(name) is None


def test_the_local_english_bracket_pair_reads_both_names():
    from pipeline.parse.generic.title import _english_bracket
    assert _english_bracket("Hafnarvörður (Harbour Warden)") == ("Harbour Warden", "Hafnarvörður")


# --- the page's buttons as a fact, an activity as a career move ----------------------------------------------------

from pipeline.parse.generic.guard import fact_ok, path_ok  # noqa: E402


@pytest.mark.parametrize("label, value", [
    ("Deel   Print   Mail", "Advertentie"), ("Partager   Imprimer   Envoyer", "Publicité"),
    ("RECOMMEND THIS PAGE USING", "Facebook   X   LinkedIn"),
])
def test_a_row_of_buttons_is_no_fact(label, value):
    assert not fact_ok(label, value, "Harbour Warden")


@pytest.mark.parametrize("label, value", [("Shifts", "Monday to Friday"), ("Location", "Akureyri   Dalvík"),
                                          ("Languages", "English, Icelandic")])
def test_a_box_row_with_spaced_values_stays_a_fact(label, value):
    # negative: two places set apart by spaces, or a plain value, are a fact's value
    assert fact_ok(label, value, "Harbour Warden")


@pytest.mark.parametrize("title", ["sweeping shavings", "throwing fleeces", "sanding blanks"])
def test_an_activity_is_no_career_move(title):
    assert not path_ok(title)


@pytest.mark.parametrize("title", ["mining engineer", "workshop hands", "Training Coordinator", "shed hands"])
def test_a_title_after_a_move_verb_stays_one(title):
    # negative: a name with a role noun ('mining engineer') or a plain plural name is still a move's title
    assert path_ok(title)


# --- a box of label and value lines in the page's head ------------------------------------------------------------

_BOX_HEAD = """Kettle Lakes Resort · Careers
Home / Careers / Lifts / Lift Attendant
{title}
Department
Lift Operations
Position type
Seasonal, full-time (December to April)
Reports to
Lift Supervisor
Also called
Lifty
About the job
Lift attendants load and unload guests on the chairlifts and keep the ramps safe all day long.
Main duties
- Load and unload guests on the chairlift
- Shovel and groom the loading ramps
- Check the safety gates each morning
Skills
- Patience with nervous skiers
- Stamina in cold weather
- Clear radio communication
"""


def test_a_box_of_label_and_value_lines_never_names_the_role():
    # sets 22 v06 ('Department' / 'Mountain Operations'), 23 w05 ('Reports to' / 'Patrol Director'), 24 x15
    assert _roles(_BOX_HEAD.format(title="Lift Attendant")) == ["Lift Attendant"]


def test_a_title_over_a_subtitle_above_a_box_is_still_the_title():
    # negative: the title line over a subtitle line, two lines above the box's first label, starts no row of it; a
    # trail 'Careers / Guiding team' above a title with no role noun is no label either (set 20's t07)
    page = _BOX_HEAD.format(title="Lift Crew\nChairlift team").replace("Lift Attendant", "Lift Crew") \
        .replace("Lift attendants", "Lift crew")
    assert _roles(page) == ["Lift Crew"]


def test_a_title_in_another_script_beside_its_english_name_is_named_in_english():
    from pipeline.parse.generic.title import _script_pair
    assert _script_pair("Оператор зернового элеватора / Grain Elevator Operator") == \
        ("Grain Elevator Operator", "Оператор зернового элеватора")


@pytest.mark.parametrize("name", ["Подразделение / Division", "Data Analyst / Data Scientist", "Ναύτης / Deckhand Crew Area"])
def test_a_label_in_two_scripts_or_two_english_names_is_no_script_pair(name):
    # negative: a box label in two languages ('Division' names no person), two English names, an English half that
    # reads as no name
    from pipeline.parse.generic.title import _script_pair
    assert _script_pair(name) is None


def test_a_title_named_again_over_a_subtitle_above_a_box_without_a_trail_is_still_the_title():
    # negative: no trail above; the page names its title again ('Lift crew load …'), which no box label is
    page = _BOX_HEAD.format(title="Lift Crew\nChairlift team").replace("Lift Attendant", "Lift Crew") \
        .replace("Lift attendants", "Lift crew").replace("Home / Careers / Lifts / Lift Crew", "Kettle Lakes jobs")
    assert _roles(page) == ["Lift Crew"]


# --- a trail's last entry written again under it names the role, whatever the language ----------------------------

_POLISH_PAGE = """Stocznia Bałtyk S.A. — Praca
Strona główna / Praca / Produkcja / {name}
{name}
Gdańsk, hala montażowa nr 3
Spawacz pracuje przy budowie kadłubów statków w naszej hali montażowej, na dwie zmiany od poniedziałku do piątku.
Zapewniamy szkolenia, odzież roboczą i badania lekarskie, a po roku pracy możliwość zdobycia kolejnych uprawnień.
Obowiązki
• spawanie elementów kadłuba metodą MAG
• czytanie rysunków technicznych
• kontrola jakości spoin
Umiejętności
• praca w zespole
• dokładność
• uprawnienia spawalnicze
Wynagrodzenie
Od 7 200 zł do 9 400 zł brutto miesięcznie
Inne nazwy stanowiska: spawacz MAG, spawacz kadłubowy
Ścieżka kariery
Po trzech latach spawacz może zostać brygadzistą spawaczy, a potem mistrzem produkcji.
W skrócie
Umowa: umowa o pracę
Zmiany: dwie zmiany, pon.–pt.
"""


def test_a_trail_entry_written_again_under_it_names_the_role_in_any_language():
    page = _POLISH_PAGE.format(name="Spawacz konstrukcji stalowych")
    assert _layout(page) == "generic"
    assert _roles(page) == ["Spawacz konstrukcji stalowych"]


def test_a_page_named_only_by_its_trail_needs_a_full_role_pages_sections():
    # negative: three sections are not enough for a page whose name is known only by its place in the trail (round 9b's
    # Spanish guide without its question)
    page = _POLISH_PAGE.format(name="Spawacz konstrukcji stalowych")
    page = page[:page.index("Inne nazwy stanowiska")]
    assert _layout(page) is None


def test_an_english_headline_under_its_trail_is_no_role():
    # negative: on a page written in English a trail over its headline names an article ('Staff hub > Pay > Your
    # payslip explained', round 15's payroll FAQ)
    from pipeline.parse.generic.title import _trail_title
    body = ("Marsh Orchard Ltd\nStaff hub > Pay > Your payslip explained\nYour payslip explained\nYour hourly rate is on "
            "your contract and the pay day is the last Friday of the month, so check the payslip that we send you then.\n"
            "When you leave the farm we send your P45 within two weeks, and your yearly summary is called a P60 in April.\n")
    lines = [(n, raw) for n, raw in enumerate(body.splitlines(), 1)]
    assert _trail_title(lines, body) is None


def test_a_news_headline_under_its_trail_is_no_role_page():
    # negative: a news story's headline under its trail names no role, and the page has no role sections
    page = """Diario del Altiplano
Inicio › Noticias › Economía › Nueva planta de litio
Nueva planta de litio
La empresa estatal inauguró el martes una nueva planta de carbonato de litio en el salar, con una inversión de 120 millones.
Según el gerente, la planta empleará a 300 personas cuando alcance su plena capacidad el próximo año.
Comentarios (4)
"""
    assert _layout(page) is None


@pytest.mark.parametrize("heading", ["Habilidades importantes", "VOS QUALITÉS", "Tes qualités", "Competências importantes",
                                     "Le tue competenze", "Ihre Stärken", "Belangrijke vaardigheden"])
def test_a_skills_heading_with_a_possessive_or_a_word_of_weight(heading):
    assert heading_kind(heading) == "skills"


@pytest.mark.parametrize("heading", ["Nos valeurs", "Les plus", "Vos avantages", "Ihre Vorteile"])
def test_a_possessive_heading_of_something_else_is_no_skills_heading(heading):
    # negative: the employer's values or the benefits it offers, with the same possessives, head no skills
    assert heading_kind(heading) != "skills"


@pytest.mark.parametrize("heading", ["Otros nombres del puesto", "Outros nomes do cargo", "Altri nomi del ruolo",
                                     "Autres noms du poste"])
def test_an_aliases_label_qualified_by_the_post(heading):
    assert heading_kind(heading) == "aliases"


def test_names_of_the_post_in_a_box_are_aliases_not_a_fact():
    page = """Minera del Sur – Trabaja con nosotros
Inicio / Carreras / Planta / Operador de chancado
Operador de chancado
Ficha del puesto
Área: Planta concentradora
Jornada: Turnos de 12 horas (7 x 7)
Otros nombres del puesto: Chancador, Operador de trituración
¿Qué hace?
• Opera las chancadoras primaria y secundaria
• Controla la alimentación de mineral a la planta
• Registra las variables en el sistema de control
Competencias
• Trabajo en equipo
• Atención al detalle
• Resistencia física
Remuneración
Haber básico: Bs 6.100 a Bs 7.400 mensuales
Línea de carrera
Se empieza como Ayudante de planta. Con experiencia se puede llegar a Operador Senior y luego a Supervisor de Turno.
"""
    parsed = parse_text(page)
    assert parsed.layout == "generic"
    assert ("Otros nombres del puesto" not in [r["label"] for r in parsed.facts.get("role_facts", [])])
    assert "Chancador" in [r["alias"] for r in parsed.facts.get("role_aliases", [])]


# --- a trail naming the local name over a line pairing it with its English name -----------------------------------

def test_a_trail_ending_on_the_local_half_of_a_pair_names_the_english_half():
    from pipeline.parse.generic.title import _trail_pair
    body = "Start / Jobba hos oss / Fönsterputsare\nFönsterputsare – Window Cleaner\nHeltid · Malmö\n"
    assert _trail_pair("Fönsterputsare – Window Cleaner", body) == ("Window Cleaner", "Fönsterputsare")
    body = ("Kerjaya > Jawatan Kosong > Tukang Kayu\nTukang Kayu / Furniture Artisan\nTukang kayu kami membuat perabot "
            "jati untuk hotel dan rumah di seluruh negeri, dan setiap perabot disiapkan dengan tangan di bengkel kami.\n"
            "Tugas harian termasuk mengukur, memotong dan mengetam kayu, memasang sambungan, mengamplas permukaan dan "
            "menyapu varnis pada setiap perabot sebelum dihantar kepada pelanggan kami di Kuala Terengganu.\n")
    assert _trail_pair("Tukang Kayu / Furniture Artisan", body) == ("Furniture Artisan", "Tukang Kayu")


def test_a_pair_whose_local_name_the_english_text_uses_keeps_the_local_name():
    # negative: an English page whose own text says 'The jimador harvests …' and never 'agave harvester' (set 16's
    # x23), two English names under a trail ending on one ('Nurse / Midwife'), a half that is no trail's end
    from pipeline.parse.generic.title import _trail_pair
    body = ("Inicio > Empleos > Campo > Jimador\nJimador / Agave Harvester\nThe jimador harvests the blue agave plant when "
            "it is ripe, and our best jimadores cut more than a tonne a day for the distillery.\n")
    assert _trail_pair("Jimador / Agave Harvester", body) is None
    assert _trail_pair("Nurse / Midwife", "Home > Careers > Nursing > Nurse\nNurse / Midwife\n") is None
    assert _trail_pair("Fönsterputsare – Window Cleaner", "Start / Jobba hos oss / Lediga jobb\n") is None


def test_a_gendered_romance_name_over_an_english_bracket_line_is_named_in_english():
    page = """Castanhas do Sul, Lda. — Carreiras
Início » Carreiras » Fábrica » Operador/a de Torrefação de Castanha de Caju
Operador/a de Torrefação de Castanha de Caju
(Cashew Roaster Operator)
Sobre a função
O/a operador/a de torrefação trabalha na linha de processamento, controlando os fornos de torra.
Tarefas principais
• Carregar os fornos de torra com castanha descascada
• Controlar a temperatura e o tempo de torra
• Registar os lotes no sistema
Competências
• Atenção ao detalhe
• Trabalho em equipa
• Resistência ao calor
Salário
Salário base: 9 200 MT por mês
"""
    assert _roles(page) == ["Cashew Roaster Operator"]
