"""Generic layout, round 14a: the role named right. A name the page's copyright line gives is its owner, never the
role, and a page of tabs writes the role's name at the top of its overview section; a bracket after the title holding
the role's name in the page's language in plain letters is an alias; of two title lines in two languages, the one on
the side where the page's two-language headings write English is the role. Every page here is invented; each rule
has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.generic.structure import detect_layout
from pipeline.parse.generic.title import _bracket_name, _owner, Title


def _roles(text: str) -> list[str]:
    return [r.name for r in parse_text(text).roles]


def _aliases(text: str) -> list[str]:
    return [r["alias"] for r in parse_text(text).facts.get("role_aliases", [])]


_TABS = """Lakiernia Wisła | Kariera
Przegląd   Zadania   Wynagrodzenie   Aplikuj
Overview   Duties   Pay   Apply
Wynagrodzenie / Pay
Base pay: 6 400 – 7 900 zł per month (gross)
We also offer a yearly bonus and work clothes.
Przegląd / Overview
Lakiernik pojazdów
Car Painter
Location: Kraków, Tarnów
Contract: Full-time, permanent
As a car painter you prepare and paint repaired cars in our spray booths.
Zadania / Duties
▸ Przygotowanie powierzchni / Preparing the surfaces
▸ Dobór koloru lakieru / Matching the paint colour
▸ Lakierowanie w kabinie / Painting in the spray booth
Umiejętności / Skills
▸ Precision
▸ Colour sense
▸ Patience
{footer}
"""


def test_a_firm_the_copyright_line_names_is_the_owner_and_the_overview_tab_names_the_role():
    page = _TABS.format(footer="© Lakiernia Wisła S.A. | Polityka prywatności")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Car Painter"]
    assert "Lakiernik pojazdów" in _aliases(page)
    assert "Lakiernia Wisła" not in _roles(page)


def test_a_copyright_line_names_the_owner_only_by_its_whole_name():
    body = "Careers\n© 2026 Nurse Careers Ltd | Privacy\n"
    assert not _owner("Nurse", body)  # a longer name: 'Nurse Careers' is the owner, not 'Nurse'
    assert _owner("Nurse Careers", body)
    assert _owner("Lakiernia Wisła", "© Lakiernia Wisła S.A. | Polityka")
    assert _owner("Coopérative Atlas", "Contact · © Coopérative Atlas")
    assert not _owner("Car Painter", "Car Painter\nAll rights reserved")  # no copyright line
    assert not _owner("Lakiernia Wisła", "We paint cars. Lakiernia Wisła S.A. is our firm.")
    assert not _owner("Acme", "© Acmes Ltd")  # part of a longer word
    assert _owner("Acme Paints", "© 2025–2026 Acme Paints, all rights reserved")


_INDONESIAN = """KarirHub.id — Panduan Karier
Beranda / Panduan Karier / Logistik / Warehouse Checker
{title}: tugas, skill, dan gaji 2026
Apa itu Warehouse Checker?
Warehouse Checker memeriksa barang yang masuk dan keluar gudang dan mencocokkan jumlahnya dengan dokumen.
Tugas Warehouse Checker
• Memeriksa jumlah dan kondisi barang yang datang
• Mencocokkan barang dengan surat jalan
• Mencatat selisih stok di sistem
Skill yang dibutuhkan
• Teliti
• Microsoft Excel
• Komunikasi
Gaji Warehouse Checker
Kota          Gaji per bulan
Jakarta       Rp 5.000.000 – Rp 7.000.000
Bandung       Rp 4.200.000 – Rp 6.100.000
Jenjang karier
Warehouse Helper ➝ Warehouse Checker ➝ Warehouse Supervisor ➝ Warehouse Manager
© 2026 KarirHub.id
"""


def test_a_plain_bracket_on_a_page_in_another_language_is_the_roles_other_name():
    page = _INDONESIAN.format(title="Warehouse Checker (Pemeriksa Gudang)")
    assert _roles(page) == ["Warehouse Checker"]
    assert "Pemeriksa Gudang" in _aliases(page)


def test_a_plain_bracket_on_an_english_page_stays_part_of_the_title():
    english = ("Warehouse Operative (Night Shift)\nWhat you will do\nYou will pick and pack the orders of the day "
               "for our stores and load them on the trucks at the end of the shift.\n")
    title = Title("Warehouse Operative (Night Shift)", "Warehouse Operative (Night Shift)", 1)
    assert _bracket_name(title, english).name == "Warehouse Operative (Night Shift)"
    # an acronym, a language, a gender mark stay too, even on a page in another language
    other = _INDONESIAN.format(title="Warehouse Checker")
    for name in ("Heavy Goods Vehicle Driver (HGV)", "Warehouse Checker (Indonesian)", "Warehouse Checker (m/w/d)",
                 "Warehouse Checker (Jakarta)"):
        assert _bracket_name(Title(name, name, 1), other).name == name


def test_a_plain_bracket_whose_words_are_those_of_the_other_language_line_is_an_alias_on_a_bilingual_page():
    body = "Zellige Artisan (Zelligeur)\nArtisan zelligeur · حرفي الزليج\nThe zellige artisan cuts the tiles for the walls of the house.\n"
    title = Title("Zellige Artisan (Zelligeur)", "Zellige Artisan (Zelligeur)", 1, "Artisan zelligeur · حرفي الزليج", 2,
                  ("Artisan zelligeur", "حرفي الزليج"))
    read = _bracket_name(title, body)
    assert read.name == "Zellige Artisan"
    assert read.other_names == ("Zelligeur", "Artisan zelligeur", "حرفي الزليج")
    unrelated = Title("Zellige Artisan (Master)", "Zellige Artisan (Master)", 1, "Artisan zelligeur · حرفي الزليج", 2,
                      ("Artisan zelligeur", "حرفي الزليج"))
    assert _bracket_name(unrelated, body).name == "Zellige Artisan (Master)"


_TWO_LANGUAGES = """Viña Los Aromos S.A.
Inicio / Trabaja con nosotros
ES | EN
Vendimiador de Temporada
Seasonal Grape Harvester
Temporada / Season: Marzo a mayo / March to May
{duties}
* Cortar los racimos con tijera
* Llenar y cargar las gamelas
* Separar la fruta dañada
{skills}
* Trabajo en equipo
* Resistencia física
* Buen ritmo de trabajo
"""


def test_of_two_title_lines_the_one_on_the_english_side_of_the_pages_headings_is_the_role():
    page = _TWO_LANGUAGES.format(duties="Tu día a día / Your day", skills="Qué necesitas / Skills you need")
    assert _roles(page) == ["Seasonal Grape Harvester"]
    assert "Vendimiador de Temporada" in _aliases(page)


def test_the_title_lines_keep_their_order_when_the_pages_headings_show_no_english_side():
    # headings in English only, or whose both halves the vocabulary knows: no side is shown, the first line stays
    for duties, skills in (("Your day", "Skills you need"), ("Funciones / Duties", "Competencias / Skills")):
        assert _roles(_TWO_LANGUAGES.format(duties=duties, skills=skills)) == ["Vendimiador de Temporada"]
    # English first in the headings, the English name already first: nothing to swap
    page = _TWO_LANGUAGES.format(duties="Your day / Tu día a día", skills="Skills you need / Qué necesitas")
    swapped = page.replace("Vendimiador de Temporada\nSeasonal Grape Harvester",
                           "Seasonal Grape Harvester\nVendimiador de Temporada")
    assert _roles(swapped) == ["Seasonal Grape Harvester"]


_FAQ = """Inicio   Nosotros   Trabaja con nosotros   Contacto
Panadería La Espiga · Medellín
Preguntas frecuentes: {title}
¿Qué hace un panadero en nuestra panadería? What does a baker do?
Our bakers bake the bread of the day before the shop opens. On a normal day you will:
* amasar y formar el pan
* hornear el pan y los pasteles
* limpiar los hornos y las mesas
¿Cuánto gana un panadero? How much does it pay?
A new baker earns $1.500.000 a month and head bakers earn $2.600.000 a month.
¿Puedo crecer en la empresa?
Sí. Many of our bakers became Jefe de producción.
"""


def test_a_faq_page_whose_questions_are_written_in_two_languages_is_a_role_page_with_the_english_name():
    page = _FAQ.format(title="Panadero/a / Baker")
    assert detect_layout(page) == "generic"
    assert _roles(page) == ["Baker"]
    assert "Panadero/a" in _aliases(page)
    duties = [r["text"] for r in parse_text(page).facts.get("responsibilities", [])]
    assert duties == ["amasar y formar el pan", "hornear el pan y los pasteles", "limpiar los hornos y las mesas"]


def test_a_line_of_two_questions_in_one_language_or_of_two_kinds_heads_no_section():
    from pipeline.parse.generic.structure import _bilingual_heading
    assert _bilingual_heading("¿Qué hace un panadero? What does a baker do?") == "responsibilities"
    assert _bilingual_heading("What does a baker do? How much does it pay?") is None  # one language
    assert _bilingual_heading("¿Qué hace? Vad gör en bagare? What does a baker do?") is None  # three questions
    # round 20a: '¿Cuánto gana un …?' is a pay heading of the vocabulary now (sets 28 and 30): a half it does not know
    mixed = "¿Dónde trabaja un panadero? What does a baker do?"
    assert _bilingual_heading(mixed) == "responsibilities"  # the half the vocabulary knows names it
    assert _bilingual_heading("¿Cuánto gana un panadero? What does a baker do?") is None  # two halves of two kinds
    # a dash between the questions is the earlier two-language rule's: its English half still heads the section
    assert _bilingual_heading("Was macht man als Bäcker/in? – What does a baker do?") == "responsibilities"


def test_a_title_of_two_english_names_or_of_unrelated_names_is_not_split():
    from pipeline.parse.generic.title import _slash_pair
    for name in ("Nurse / Midwife", "Cleaner / Housekeeping", "Warehouse Operative / Driver", "Panadero / Baker"):
        assert _slash_pair(Title(name, name, 1)).name == name
    read = _slash_pair(Title("Operador / Operator", "Operador / Operator", 1))
    assert (read.name, read.translation) == ("Operator", "Operador")


def test_indonesian_headings_of_a_career_guide_head_their_sections_with_and_without_the_role():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Tugas Warehouse Checker", "Warehouse Checker") == "responsibilities"
    assert heading_kind("Skill yang dibutuhkan") == "skills"
    assert heading_kind("Gaji Warehouse Checker", "Warehouse Checker") == "salary"
    assert heading_kind("Tugas Warehouse Checker") is None  # without the role the line names more than a section
    assert heading_kind("Gaji dan tunjangan lainnya untuk semua staf") is None
    page = _INDONESIAN.format(title="Warehouse Checker (Pemeriksa Gudang)")
    duties = [r["text"] for r in parse_text(page).facts.get("responsibilities", [])]
    assert duties == ["Memeriksa jumlah dan kondisi barang yang datang", "Mencocokkan barang dengan surat jalan",
                      "Mencatat selisih stok di sistem"]
