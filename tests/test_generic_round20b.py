"""Generic layout, round 20b: the role's name, responsibilities and skills. Learned from sets 28-31; every rule here
shows on pages of at least two sets, named in each test's docstring. Every page here is invented, and every rule has
a negative."""
from __future__ import annotations

from generic_helpers import _page
from pipeline.parse.generic.structure import read_structure


def _role(text: str) -> str | None:
    page = _page(text)
    return page.roles[0].name if page.roles else None


def _title(text: str) -> str | None:
    title = read_structure(text)[1]
    return title.name if title else None


# --- the trail's last entry written again under it names the role --------------------------------------------------

_TRAIL_PAGE = """OficioVivo
Buscar    Menú    Entrar    In English

{trail}

Imprimir   Compartir

{title}
Ficha de ocupación

Funciones
- Preparar las superficies y mezclar el yeso según el tipo de obra
- Aplicar el enlucido en paredes y techos con llana y regla
- Colocar placas de cartón yeso y sellar las juntas

Competencias
- Precisión en el acabado
- Trabajo en altura con seguridad
- Lectura de planos sencillos

Salario
Sueldo medio: 1.650 € brutos al mes

Sobre OficioVivo | Accesibilidad | Contacto | Cookies
"""


def test_a_trail_ending_on_the_name_written_again_under_it_names_the_role():
    """Sets 28 p28_02 ('Startsida / … / Undersköterska' over 'Undersköterska', read 'YrkesKollen') and p28_10 ('Accueil ›
    Métiers › … › Chargé(e) de recrutement', read 'Métiers'), 29 p29_08 ('… » Akauntan' over 'AKAUNTAN', read the
    careers centre) and 31 p31_06 ('… » AŞÇI', read the agency's name): the site's name, a menu word or the
    organisation outscored the line the trail names, lines of site furniture between them (here the site's name,
    written again in the footer, scores as much as the role's and comes first)."""
    for trail, title, role in (("Inicio / Oficios / Construcción / Yesero(a)", "Yesero(a)", "Yesero(a)"),
                               ("Inicio › Oficios › Construcción › Yesero", "YESERO", "Yesero"),
                               ("Inicio › Oficios › Servicios › Orientador(a) de empleo", "Orientador(a) de empleo",
                                "Orientador(a) de empleo")):
        assert _role(_TRAIL_PAGE.format(trail=trail, title=title)) == role, trail


def test_a_trail_ending_elsewhere_or_a_headline_under_it_does_not_name_the_role():
    """Negative: a trail whose last entry is a question or a section heading names no role, even when the line under
    it repeats it; on a page in English the repeated entry must read as a role."""
    page = _TRAIL_PAGE.format(trail="Inicio / Oficios / ¿Qué hace un yesero?", title="¿Qué hace un yesero?")
    assert _title(page) != "¿Qué hace un yesero?"
    page = _TRAIL_PAGE.format(trail="Inicio / Oficios / Funciones", title="Funciones")
    assert _title(page) != "Funciones"
    english = """Harbourside Skills Hub
Home / Staff hub / Pay / Your payslip explained

Your payslip explained

Bricklayer

Duties
- Lay bricks and blocks to the line
- Mix mortar to the right strength
- Cut and shape bricks for corners

Skills
- Accuracy
- Physical fitness
- Reading drawings
"""
    assert _title(english) == "Bricklayer"


def test_a_trail_of_arrows_keeps_a_name_written_with_a_slash_whole():
    """Sets 30 p30_21 ('Métiers › … › Mécanicien / mécanicienne d'engins de chantier' over the name in capitals, read
    'Métiers') and 28 p28_02 (a trail of slashes): a trail of arrows is split at its arrows only, so a name for both
    genders written with a slash is the trail's last entry; a trail of slashes is still split at its slashes."""
    from pipeline.parse.generic.title import _trail_named
    page = _TRAIL_PAGE.format(trail="Accueil › Métiers › Bâtiment › Poseur / poseuse d'enduits",
                              title="POSEUR / POSEUSE D'ENDUITS")
    lines = [(number, text) for number, text in enumerate(page.splitlines(), 1) if text.strip()][:12]
    assert _trail_named(lines, page).name == "Poseur / poseuse d'enduits"
    slashes = _TRAIL_PAGE.format(trail="Inicio / Oficios / Yesero / yesera", title="Yesero / yesera")
    lines = [(number, text) for number, text in enumerate(slashes.splitlines(), 1) if text.strip()][:12]
    assert _trail_named(lines, slashes) is None  # split at its slashes, the trail ends on 'yesera'


# --- a site's section under the role's name is no translation of it ------------------------------------------------

_GUIDE_PAGE = """POLITEKNIK HARAPAN BANGSA
Pusat Karier & Alumni
Beranda   Mahasiswa   Alumni   Perusahaan        ID | EN

Beranda » Info Karier » Teknik » Juru Las

JURU LAS
{subtitle}

Nama lain: Tukang Las, Welder

Apa tugas seorang Juru Las?
Juru las menyambung logam dengan las listrik atau gas sesuai gambar kerja. Tugas utamanya:
a) Membaca gambar kerja dan menyiapkan bahan
b) Menyetel mesin las sesuai ketebalan logam
c) Mengelas sambungan dan memeriksa hasilnya

Keterampilan
- Ketelitian
- Keselamatan kerja
- Membaca gambar teknik

Gaji
Gaji pemula: Rp 4.500.000 per bulan
"""


def _aliases_of(text: str) -> list[str]:
    return [r["alias"] for r in _page(text).facts.get("role_aliases", [])]


def test_a_site_section_line_under_the_name_is_no_alias():
    """Set 29 p29_08 ('AKAUNTAN' over 'Panduan Kerjaya untuk Graduan', a careers guide for graduates, stored as the
    role's other name); the Malay / Indonesian words of a careers site's sections ('panduan', 'kerjaya', 'karier') are
    site words as 'guide' and 'career' are."""
    aliases = _aliases_of(_GUIDE_PAGE.format(subtitle="Info Karier untuk Lulusan"))
    assert "Info Karier untuk Lulusan" not in aliases
    assert {"Tukang Las", "Welder"} <= set(aliases)


# --- section headings of career pages in other languages and in English ------------------------------------------

def test_section_headings_of_sets_28_to_31_are_known_in_other_wordings():
    """Sets 28 (Swedish qualities employers ask for, German 'Aufgaben und Tätigkeiten', 'Was sollte man mitbringen?',
    Polish 'Do typowych zadań … należą:', Finnish 'Mitä työssä vaaditaan?', 'Top skills for HGV Drivers', 'Which
    skills will I need?'), 29 (Malay 'Apakah tugas seorang …?', 'Top skills for a Chef de Partie'), 30 (Portuguese
    'Habilidades importantes para a função', Spanish 'Habilidades que buscan las empresas') and 31 (Turkish 'Mesleğin
    gerektirdiği yetenekler', 'Skills and qualities you need'): written here in other words of the same languages."""
    from pipeline.parse.generic.vocabulary import heading_kind
    for heading, kind in (("Egenskaper som arbetsgivaren söker", "skills"), ("Viktiga egenskaper", "skills"),
                          ("Tätigkeiten und Aufgaben", "responsibilities"),
                          ("Was solltest du mitbringen?", "skill_requirements"),
                          ("Do głównych obowiązków kierowcy należą:", "responsibilities"),
                          ("Apa tugas seorang perawat?", "responsibilities"),
                          ("Habilidades-chave", "skills"), ("Competências essenciais para o cargo", "skills"),
                          ("Mitä ammatissa vaaditaan?", "skills"),
                          ("Competencias que valoran los empleadores", "skills"),
                          ("İşin gerektirdiği beceriler", "skills"), ("Yetenekler", "skills"),
                          ("Key skills for a Welder", "skills"), ("Skills and qualities needed", "skills"),
                          ("What skills do you need?", "skills"),
                          ("Vägar vidare", "career"), ("Relaterade yrken", "other"), ("Meslek Eğitimi", "profile")):
        assert heading_kind(heading) == kind, heading


def test_headings_near_those_words_stay_unknown_or_keep_their_kind():
    """Negative: the new rows neither take a salary or duties heading nor make a headline a skills heading."""
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Top employers for welders") != "skills"
    assert heading_kind("Skills for life programme announced") != "skills"
    assert heading_kind("Aufgaben") == "responsibilities"
    assert heading_kind("Kazanç") == "salary"
    assert heading_kind("Egenskaper hos en bra ledare i styrelsen") is None


# --- skills as the page lists them ---------------------------------------------------------------------------------

_SKILLS_PAGE = """Harbour Careers
Home › Careers › Boat Skipper

Boat Skipper

Duties
- Plan each trip with the tide tables and the weather
- Brief passengers on safety before departure
- Keep the boat's log up to date

Skills
{skills}

Salary
Average salary: £31,000 a year
"""


def _skills_of(text: str) -> list[str]:
    return [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]


def test_a_skill_keeps_its_name_short_and_its_bracket_as_detail():
    """Sets 28-31 label eleven skills with their bracket ('Advanced Excel (pivot tables, VLOOKUP)'). The warehouse
    keeps the name short and the bracket in `role_skills.detail` (as the seed guides and every earlier round do), so
    that a skill joins across pages; the scorer (benchmarks/generic_score.py) matches either writing. Pinned here."""
    rows = _page(_SKILLS_PAGE.format(skills="- Chart plotters (Raymarine, Garmin)\n- First aid (RYA)\n"
                                            "- Knots")).facts["role_skills"]
    assert [(r["skill_name"], r["detail"]) for r in rows] == [
        ("Chart plotters", "Raymarine, Garmin"), ("First aid", "RYA"), ("Knots", None)]


def test_a_longer_skill_name_before_a_dash_and_its_explanation_in_lower_case():
    """Sets 30 p30_20 ('Speed and accuracy on a stenotype – most programs expect 225 wpm') and p30_23 ('Inglés avanzado
    / Advanced English – daily reporting to HQ'), as set 28 p28_08 ('Numeracy – you will work with …'): the name is
    what comes before the dash. Negative: a name with a comma or an explanation opening in capitals stays whole."""
    skills = _skills_of(_SKILLS_PAGE.format(skills="- Reading tide tables and local charts – every trip starts with them\n"
                                                   "- Patience, tact and good humour – you deal with the public all day\n"
                                                   "- Boat handling in tight harbours and marinas – Most of the day"))
    assert skills[0] == "Reading tide tables and local charts"
    assert skills[1] == "Patience, tact and good humour – you deal with the public all day"
    assert skills[2] == "Boat handling in tight harbours and marinas – Most of the day"
