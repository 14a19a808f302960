"""Generic layout, round 15a: role pages headed in the page's own language detected, and named right. Headings in ten
other languages (generic_headings_intl.tsv, written with diacritics folded); a label-led title ('CAREER: X',
'Occupation – X'), an ALL-CAPS name stored in title case; of two name lines on a page written in another language, the
English one is the role and the other an alias. Every page here is invented; each rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.structure import detect_layout, prose_evidence, read_structure
from pipeline.parse.generic.title import labelled_title
from pipeline.parse.generic.vocabulary import fold_marks, heading_kind


def _roles(text: str) -> list[str]:
    return [r.name for r in parse_text(text).roles]


def _facts(text: str, table: str) -> list[dict]:
    return list(parse_text(text).facts.get(table, []))


def _aliases(text: str) -> list[str]:
    return [r["alias"] for r in _facts(text, "role_aliases")]


@pytest.mark.parametrize("heading, kind", [
    ("Atribuții principale", "responsibilities"),  # Romanian, comma-below letters
    ("Atribuţii principale", "responsibilities"),  # the same with cedilla letters
    ("Görevler ve sorumluluklar", None),  # not a heading of the vocabulary's wording ('görev ve sorumluluklar' is)
    ("Görev ve sorumluluklar", "responsibilities"),
    ("Temel görevler", "responsibilities"),
    ("Zakres obowiązków", "responsibilities"),
    ("Was du machst", "responsibilities"),
    ("Ce que vous ferez", "responsibilities"),
    ("Wat ga je doen?", "responsibilities"),
    ("O que você vai fazer", "responsibilities"),
    ("Tanggung jawab utama", "responsibilities"),
    ("Umiejętności", "skills"),
    ("Yetkinlikler", "skills"),
    ("Compétences requises", "skills"),
    ("Competențe", "skills"),
    ("Das bringst du mit", "skill_requirements"),
    ("O que buscamos", "skill_requirements"),
    ("Perfil del candidato", "skill_requirements"),
    ("Maaş aralığı", "salary"),
    ("Wynagrodzenie", "salary"),
    ("Vergütung", "salary"),
    ("Grila de salarizare (lei brut/lună)", "salary"),
    ("Línea de carrera", "career"),
    ("Evoluție profesională", "career"),
    ("Perspectives d’évolution", "career"),
    ("Ścieżka kariery", "career"),
    ("Kariyer basamakları", "career"),
    ("Alte denumiri", "aliases"),
    ("Diğer unvanlar", "aliases"),
    ("Também chamado de", "aliases"),
    ("Ficha del puesto", "facts"),
    ("Auf einen Blick", "facts"),
    ("Informações da vaga", "facts"),
    ("Sobre a função", "prose"),
])
def test_headings_in_other_languages_name_their_section(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("heading", [
    "Kariéra", "Carrera", "Cariera", "Formation",  # a careers site's own section, the end of its name line
    "Contact", "Servicios", "Acasă", "Despre noi", "Noticias", "Inicio", "Wymagania",
])
def test_a_site_section_word_or_a_page_word_is_no_heading(heading):
    assert heading_kind(heading) is None


def test_folding_drops_marks_and_reads_letters_without_one():
    assert fold_marks("atribuții ştiri maaş görevler ścieżka straße") == "atributii stiri maas gorevler sciezka strasse"


_ROMANIAN = """SINDICATUL LUCRĂTORILOR PORTUARI
Acasă | Despre noi | Salarizare | Contact
Macaragiu portuar
{english}
Fișa postului
Cod COR: 834306
Program: ture de 12 ore
Alte denumiri: Operator macara, Crane Operator
Atribuții principale
- manevrarea containerelor cu macaraua de cheu
- verificarea zilnică a macaralei
- comunicarea prin radio cu echipa de la sol
Competențe
- atenție distributivă
- coordonare ochi-mână
- lucru în echipă
Salariu
Salariul de bază este 6.200 lei brut pe lună.
Evoluție profesională
Macaragiu portuar → Macaragiu șef de tură → Dispecer operațiuni
"""


def test_a_romanian_role_page_headed_in_romanian_is_a_role_page_named_in_english():
    page = _ROMANIAN.format(english="Quay Crane Operator — pay and conditions 2026")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Quay Crane Operator"]
    assert "Macaragiu portuar" in _aliases(page)
    duties = [r["text"] for r in _facts(page, "responsibilities")]
    assert "manevrarea containerelor cu macaraua de cheu" in duties


def test_a_romanian_page_without_sections_of_the_vocabulary_stays_unknown():
    # the same union's news page: a title, a date, running text, no section of a role page
    news = ("SINDICATUL LUCRĂTORILOR PORTUARI\nAcasă | Despre noi | Salarizare | Contact\nȘtiri\n"
            "Negocieri pentru noul contract colectiv\n12 martie 2026\n"
            "Sindicatul a început negocierile cu administrația portului pentru noul contract colectiv de muncă.\n"
            "Următoarea întâlnire are loc luna viitoare, iar membrii vor fi informați prin e-mail.\n")
    assert detect_layout(news) is None


_SPANISH = """Huellitas Vet — Trabaja con nosotros
Inicio · Servicios · Sedes · Trabaja con nosotros
{first}
{second}
Ficha del puesto
Jornada: Lunes a sábado, 8:00 – 17:00
Sede: Arequipa
Otros nombres: ayudante veterinario
Funciones
• Sujetar a las mascotas durante la consulta
• Preparar el instrumental y desinfectarlo
• Dar de comer a los pacientes hospitalizados
Habilidades
• Paciencia con animales nerviosos
• Trabajo en equipo
Sueldo
Sueldo base: S/ 1,400 – S/ 1,800 mensuales.
"""


def test_on_a_page_in_another_language_the_english_name_line_is_the_role_and_the_other_an_alias():
    page = _SPANISH.format(first="Asistente veterinario", second="Veterinary Assistant")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Veterinary Assistant"]
    assert "Asistente veterinario" in _aliases(page)


def test_on_an_english_page_two_name_lines_are_no_translation_pair():
    english = ("Huellitas Vet — Careers\nHome · Services · Careers\nKennel Attendant\nNight Shift\n"
               "What you will do\n• Feed the animals in our care\n• Clean the kennels at the end of the shift\n"
               "• Walk the dogs that stay with us\nSkills\n• Patience\n• Teamwork\n• A calm voice\n"
               "Pay\nThe pay is $16.50 an hour for the night shift.\n")
    assert _roles(english) == ["Kennel Attendant"]
    assert "Night Shift" not in _aliases(english)


_HANDOUT = """FORM 5 CAREERS HANDOUT — Careers Office
Lautoka Grammar School · Term 2, 2026
{label}
Industry: Fishing and seafood processing
Also called: Fish Filleter, Seafood Processor
WHAT YOU WOULD DO
(a) Gut, scale and fillet the catch by hand
(b) Grade the fillets by size and quality
(c) Pack the fillets in ice for export
WHAT YOU NEED
(a) A steady hand
(b) Good eyesight
(c) Stamina for long shifts
HOW MUCH CAN YOU EARN?
Trainees earn about FJ$4.50 an hour.
"""


def test_a_label_led_title_in_capitals_is_the_role_in_title_case():
    page = _HANDOUT.format(label="CAREER: FISH PROCESSING WORKER")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Fish Processing Worker"]
    duties = [r["text"] for r in _facts(page, "responsibilities")]
    assert "Grade the fillets by size and quality" in duties
    # other labels that can only name a role, and a dash after the label
    for label in ("Occupation – Fish Processing Worker", "Job title — Fish Processing Worker", "CAREER - FISH PROCESSING WORKER"):
        assert labelled_title(_HANDOUT.format(label=label)).name == "Fish Processing Worker"


def test_a_career_label_over_a_field_or_an_acronym_kept_in_capitals():
    assert labelled_title(_HANDOUT.format(label="CAREER: FISHING AND SEAFOOD")) is None  # a field, no person's job
    assert labelled_title(_HANDOUT.format(label="Career: progression after two years")) is None
    named = labelled_title(_HANDOUT.format(label="CAREER: CNC MACHINE OPERATOR"))
    assert named is not None and named.name == "CNC Machine Operator"  # no vowel: an acronym stays in capitals


_TRAIL = """Palvelualojen liitto
Etusivu   Palkat   English
Palkat > Urheilukentät > Kenttätyöntekijä
Kenttätyöntekijä golfkentällä
{english} — pay and work (English summary)
Also called: kentänhoitaja
This page covers staff who look after golf courses for the clubs of the union.
Main tasks
- mowing the greens and fairways
- raking the bunkers
- moving the hole positions
Skills
- machine operation
- knowledge of turf grass
- working alone outdoors
Pay
Monthly wage: 2 600 € per month
"""


def test_a_trail_ending_on_the_local_name_gives_way_to_the_english_name_line_under_it():
    page = _TRAIL.format(english="Sports Turf Groundskeeper")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Sports Turf Groundskeeper"]
    assert "Kenttätyöntekijä golfkentällä" in _aliases(page)


def test_an_english_line_naming_no_person_leaves_the_trail_its_role():
    page = _TRAIL.format(english="Sports fields")
    assert _roles(page) == ["Kenttätyöntekijä"]  # the trail keeps its role; no line under it names a person


_PROSE = """Harbourside Ferries
Home   Timetables   Tickets   About   Careers
Careers at Harbourside
Ferry Deck Attendant
A Ferry Deck Attendant keeps passengers safe on board and handles the lines every time the ferry berths at a wharf.
On a typical day deckhands check the life jackets, guide passengers on and off, throw and secure the mooring lines and keep the decks clean between sailings.
The job needs a good level of fitness, a calm manner with the public and the confidence to work on deck in rough weather.
{pay}
Many of our crew started as a casual wharf attendant. After a few seasons deckhands can go on to become a Ferry Master, and some move across to become a Marine Engineer.
A deckhand is sometimes called a general purpose hand or a ferry crew member on older rosters.
Harbourside Ferries is owned by the city council.
"""


def test_a_role_page_written_only_in_prose_is_a_role_page_when_its_sentences_say_every_facet_of_a_role():
    page = _PROSE.format(pay="New deckhands are paid $27.80 an hour on weekdays and more at weekends and on public holidays, with overtime on event days.")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Ferry Deck Attendant"]


def test_a_prose_page_missing_a_facet_or_a_news_story_stays_unknown():
    # the same page without its pay sentence: three facets are not enough
    assert detect_layout(_PROSE.format(pay="")) is None
    # a news story tagged with the role's name: pay and career moves, no other name and nothing the job asks
    news = ("Harbour Gazette\nNews   Sport   Business\nFerry Deck Attendant\nFerry crews win pay rise\nBy Mere Tait\n"
            "Ferry deck attendants on the harbour ferries will be paid $29.10 an hour from July after the union and the council "
            "settled their long dispute over weekend rates.\nThe union said many deckhands started as casual wharf "
            "attendants and some go on to become Ferry Masters, but the council had refused to pay more for years.\n"
            "A council spokesperson said the agreement was fair to ratepayers and to the crews who run the service.\n")
    assert detect_layout(news) is None
    lines, title, _ = read_structure(news)
    assert title is not None and title.name == "Ferry Deck Attendant" and not prose_evidence(news, lines, title)
    lines, title, _ = read_structure(news)
    assert title is not None and title.name == "Ferry Deck Attendant" and not prose_evidence(news, lines, title)
    profile = ("Harbourside Ferries\nOur people\nMeet Aroha, Ferry Master\nAroha started as a casual wharf attendant "
               "twelve years ago and worked her way up to run the harbour's busiest route every weekday.\nShe is sometimes "
               "called the harbour's unofficial tour guide because she knows every bay and every story on the water.\n"
               "Outside work she coaches a waka ama team and spends her weekends on the water with her family.\n")
    assert detect_layout(profile) is None


def test_a_licence_or_degree_written_in_another_language_is_no_skill():
    page = """RodaLeve Locadora — Carreiras
Agente de Pátio
Yard Agent
O que você vai fazer
✓ Lavar e abastecer os carros devolvidos
✓ Levar os carros até a área de retirada
✓ Conferir a quilometragem e o combustível
O que buscamos
✓ Organização
✓ Agilidade
✓ Carteira de habilitação B
✓ 2 anos de experiência em pátio
Remuneração
Salário fixo de R$ 1.900,00 por mês.
"""
    assert detect_layout(page) == "generic"
    skills = [r["skill_name"] for r in _facts(page, "role_skills")]
    assert "Organização" in skills and "Agilidade" in skills  # the skills stay
    assert not any("habilitação" in s or "experiência" in s for s in skills)
