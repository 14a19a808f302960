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
