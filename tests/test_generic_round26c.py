"""Generic layout, round 26c: aliases and career paths. An 'artisan' names a person; 'Also hired as: A / B / C' lists
names of several words apart by ' / ' even when they share their first word; a ladder's step in a language that puts
its head noun first may run to six words; 'move into roles such as A or B' is a sideways move unless a title names a
post over others, and 'roles like' is no part of a title; 'Start your career' over bulleted titles lists the ways in; a
word joined to its role noun ('Gasfitter') is a title.
Every page here is invented (another role, site and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _paths

from pipeline.parse.generic.items import _compound_role
from pipeline.parse.generic.reader import _slashed_names


_WELDER = """Trade Guides
Home > Trades > Welder

Welder
Welders join metal parts in workshops, shipyards and on building sites.

What does a welder do?
- Read drawings and plan each weld
- Join steel and aluminium parts
- Check finished welds for defects

Skills
- Steady hands
- Attention to detail
- Reading drawings

Career path
Trainee Welder > Welder > Senior Welder > Welding Supervisor
Some welders also move into roles such as Quality Inspector or Sales Engineer.

Other job titles
Metal Artisan, Fabrication Welder, Pipe Welder

Contact | Privacy
"""


def test_an_artisan_names_a_person_in_a_list_of_other_titles():
    assert _aliases(_WELDER) == ["Metal Artisan", "Fabrication Welder", "Pipe Welder"]


def test_a_list_with_a_word_naming_no_person_stays_text():
    text = _WELDER.replace("Metal Artisan, Fabrication Welder", "Metal Work, Fabrication Welder")
    assert _aliases(text) == []


def test_roles_such_as_other_work_are_sideways_moves():
    paths = _paths(_WELDER)
    assert ("lateral", "Quality Inspector") in paths and ("lateral", "Sales Engineer") in paths


def test_roles_such_as_a_post_over_others_stay_moves_up():
    text = _WELDER.replace("Quality Inspector or Sales Engineer", "Quality Inspector or Workshop Manager")
    paths = _paths(text)
    assert ("to", "Quality Inspector") in paths and ("to", "Workshop Manager") in paths


def test_roles_like_is_no_part_of_the_title():
    text = _WELDER.replace("also move into roles such as", "can also move into roles like")
    paths = _paths(text)
    assert ("lateral", "Quality Inspector") in paths and not any("roles like" in t for _, t in paths)


_CLOUD = """Talent Partners
Home > Salary guides > Network Engineer

Network Engineer
Network engineers design and run the networks of banks, hospitals and offices.

What a network engineer does
- Designs campus and data-centre networks
- Configures routers, switches and firewalls
- Monitors traffic and fixes faults

Also hired as: Network Infrastructure Engineer / Network Operations Engineer / Network Security Specialist

Skills
- Routing and switching
- Firewalls
- Scripting

Contact | Privacy
"""


def test_slashed_names_sharing_a_first_word_after_an_aliases_label():
    assert _aliases(_CLOUD) == ["Network Infrastructure Engineer", "Network Operations Engineer",
                                "Network Security Specialist"]


def test_a_gendered_pair_stays_one_name():
    assert _slashed_names("Boulanger confirmé / Boulangère confirmée") == []
    assert _slashed_names("Cloud Platform Engineer / Cloud Operations Engineer") == [
        "Cloud Platform Engineer", "Cloud Operations Engineer"]


_FR = """Métiers Plus
Accueil > Fiches métiers > Industrie > Technicien qualité

Technicien qualité
Le technicien qualité contrôle la conformité des produits tout au long de la fabrication.

Missions
- Réaliser les contrôles en cours de production
- Rédiger les rapports de non-conformité
- Suivre les indicateurs qualité

Compétences
- Rigueur
- Normes ISO
- Esprit d'analyse

Évolution de carrière
Technicien qualité > Technicien qualité senior > Responsable du service qualité client > Directeur qualité

Contact | Mentions légales
"""


def test_a_head_first_step_of_five_words_in_a_ladder():
    assert [t for k, t in _paths(_FR) if k == "step"] == [
        "Technicien qualité", "Technicien qualité senior", "Responsable du service qualité client", "Directeur qualité"]


def test_a_five_word_step_with_no_head_noun_first_gives_no_ladder():
    text = _FR.replace("Responsable du service qualité client", "Voir toutes les offres disponibles")
    assert [t for k, t in _paths(text) if k == "step"] == []


_PLUMBER = """Career Compass
Home > Occupations > Roofer

Roofer
Roofers fit, repair and replace roofs on homes and commercial buildings.

Tasks
  • Measuring roofs and working out materials
  • Fitting tiles, slates and metal sheeting
  • Repairing leaks and storm damage

Skills
  • Working at heights
  • Hand and power tools

Start your career
  • Roofing labourer
  • Trades assistant

Move across
  • Pipefitter
  • Building inspector

Contact us   Privacy
"""


def test_start_your_career_lists_ways_in_and_a_joined_role_noun_is_a_title():
    paths = _paths(_PLUMBER)
    assert ("from", "Roofing labourer") in paths and ("from", "Trades assistant") in paths
    assert ("lateral", "Pipefitter") in paths and ("lateral", "Building inspector") in paths


def test_start_your_search_names_no_move():
    text = _PLUMBER.replace("Start your career", "Start your search")
    assert not any(k == "from" for k, _ in _paths(text))


def test_a_joined_word_needs_a_role_noun_last():
    assert _compound_role("Gasfitter") and _compound_role("Steelworker")
    assert not _compound_role("Container") and not _compound_role("Boilerplate") and not _compound_role("Engineer")
    assert not _compound_role("Contractor")  # ('actor' is too short a head to tell)


# --- the aliases' gate: a name beside the role's title must be shaped as a title -------------------------------------

_FICHE = """Emplois Ouest
Accueil > Fiches métiers > Industrie > Contrôleur qualité

FICHE MÉTIER
Contrôleur qualité
{second}

Le contrôleur qualité vérifie les pièces produites par l'usine et bloque les lots non conformes.

Missions
- Sélectionner les fournisseurs
- Négocier les prix et les délais
- Suivre les commandes

Compétences
- Négociation
- Anglais technique
- Analyse des coûts

Salaire
Salaire débutant : 2 600 € brut/mois

Autres appellations : Technicien contrôle, Responsable qualité

Contact | Mentions légales
"""


def test_the_role_in_its_other_gender_beside_the_title_is_no_alias():
    from pipeline.parse.generic import _gender_form
    assert _gender_form("Contrôleuse qualité", "Contrôleur qualité")
    assert _aliases(_FICHE.format(second="Contrôleuse qualité")) == ["Technicien contrôle", "Responsable qualité"]


def test_another_name_beside_the_title_is_no_gender_form():
    from pipeline.parse.generic import _gender_form, _title_alias_shaped
    assert _aliases(_FICHE.format(second="Inspecteur qualité"))[0] == "Inspecteur qualité"
    assert not _gender_form("Responsable achats", "Acheteur industriel")
    assert _title_alias_shaped("Responsable achats", "Acheteur industriel")
    assert _title_alias_shaped("Diş Protez Teknisyeni", "Dental Technician")


def test_a_figure_a_sentence_or_a_spaced_label_beside_the_title_is_no_alias():
    from pipeline.parse.generic import _title_alias_shaped
    assert not _title_alias_shaped("2x por semana em Lisboa", "Motorista")
    assert not _title_alias_shaped("简    称", "Product Manager")
    assert not _title_alias_shaped("Gestor de Projetos", "Gerente de Projetos (Gestor de Projetos)")


_RELATED = _CLOUD.replace("Also hired as: Network Infrastructure Engineer / Network Operations Engineer / Network Security "
                          "Specialist\n", "")


def test_related_titles_on_a_line_of_its_own_are_links_to_other_roles():
    text = _RELATED.replace("Contact | Privacy", "Related titles\nSystems Administrator · Security Analyst · Cloud Architect"
                                                 "\n\nContact | Privacy")
    assert _aliases(text) == []


def test_related_titles_as_a_label_with_its_names_stay_other_titles():
    text = _RELATED.replace("Contact | Privacy", "Related titles: Network Administrator · Network Technician"
                                                 "\n\nContact | Privacy")
    assert _aliases(text) == ["Network Administrator", "Network Technician"]


def test_a_progression_heading_naming_its_field():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Career path in the logistics industry") == "career"
    assert heading_kind("Career progression within the ambulance service") == "career"


def test_a_career_heading_with_a_figure_after_in_is_no_field():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Career path in 5 steps") is None
