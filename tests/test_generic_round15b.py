"""Generic layout, round 15b: career moves and aliases found, and never invented. A career step must read as a role (a
body, a document's heading, a testimonial or a link to openings is none), a move to one of the role's own other names
is no move, and more shapes of moves and aliases are read. Learned from held-out sets 10-17; every page here is
invented, and every rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text


def _page(text: str):
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return page


def _paths(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["target_title"]) for r in _page(text).facts.get("career_paths", [])]


def _aliases(text: str) -> list[str]:
    return [r["alias"] for r in _page(text).facts.get("role_aliases", [])]


_SUMMARY = """Occupational Outlook Portal
Summary Report for:
5121.07 - Upholsterer
Upholsters chairs, sofas and car seats for homes and workshops.
Tasks
Cut leather panels from hides with a round knife.
Stitch seats, flaps and girth straps by hand.
Fit saddle trees to the horse and rider.
Skills
Hand stitching — Even stitches with two needles.
Leatherwork — Choosing and cutting hides.
Career Pathways
Previous: Upholstery Apprentice
Next: Master Upholsterer
Next: Workshop Owner
{tail}
"""


def test_a_heading_and_a_body_after_the_last_move_are_no_moves():
    paths = _paths(_SUMMARY.format(tail="Sources of Additional Information\nWestern Upholstery Craft Association"))
    assert paths == [("from", "Upholstery Apprentice"), ("to", "Master Upholsterer"), ("to", "Workshop Owner")]


def test_a_title_after_the_last_move_is_still_one():
    # negative: a line that reads as a role (a role noun in it) after the labelled moves is kept
    paths = _paths(_SUMMARY.format(tail="Workshop Supervisor\nDirector of Upholstery Operations"))
    assert ("to", "Workshop Supervisor") in paths and ("to", "Director of Upholstery Operations") in paths


_GROW = """Teams > Finance > Linen Room Attendant
Linen Room Attendant
Our Linen Room Attendants keep every room stocked with fresh towels and sheets.
What you'll do
• Sort and count the laundry deliveries
• Fold and stack linen for each floor
• Report damaged items to the supervisor
Skills we look for
1. Care with details
2. Teamwork
3. Physical stamina
Grow with us
Linen Room Attendants can grow into Linen Room Supervisor and later Housekeeping Manager.
{tail}
"""


def test_a_testimonial_and_a_link_to_openings_are_no_steps():
    tail = '"I joined as a runner in 2019 and now lead the linen team." — Dana, Linen Room Supervisor\n' \
           "Search Linen Room Attendant jobs"
    assert _paths(_GROW.format(tail=tail)) == [("to", "Linen Room Supervisor"), ("to", "Housekeeping Manager")]


def test_search_and_rescue_is_a_title_not_a_search_link():
    # negative: a title that opens on 'Search' but names no openings stays a title
    from pipeline.parse.generic.guard import _link_line, path_ok
    assert not _link_line("Search and Rescue Technician") and path_ok("Search and Rescue Technician")
    assert _link_line("See all 12 Linen Room Attendant vacancies in Leeds")


def test_a_role_noun_anywhere_keeps_a_title_that_ends_on_a_unit():
    from pipeline.parse.generic.guard import not_a_role
    assert not not_a_role("Director, Data Management") and not not_a_role("Operator in Training")
    assert not not_a_role("Head of Department") and not not_a_role("Information Officer")
    assert not_a_role("Regional Tourism Council") and not_a_role("Useful Links") and not_a_role("TRAINING")


_KP = """Careers > Kitchen > Pot Washer
Pot Washer
Also known as: PW, Kitchen Helper
What you'll do
• Wash pots, pans and trays
• Keep the floors clean during service
• Put away deliveries
Skills
• Speed
• Teamwork
• Stamina
Where it leads
Lots of our sous chefs started as {start}. After a few months you can move up to Commis Chef.
"""


def test_a_move_to_the_roles_own_other_name_is_no_move():
    assert _paths(_KP.format(start="PWs")) == [("to", "Commis Chef")]


def test_a_move_from_another_title_is_kept():
    # negative: a title that is none of the role's other names is a move
    assert _paths(_KP.format(start="Kitchen Porters")) == [("from", "Kitchen Porters"), ("to", "Commis Chef")]


_CAREER = """Careers > Workshop > Frame Builder
Frame Builder
Our Frame Builders braze and weld bicycle frames by hand.
What you'll do
• Cut and mitre tubes to length
• Braze lugs and weld joints
• Check frame alignment
Skills
• Precision
• Patience
• Metalwork
Career progression
{prose}
"""


def _moves(prose: str) -> list[tuple[str, str]]:
    return _paths(_CAREER.format(prose=prose))


def test_join_as_and_recruited_from_name_the_way_in():
    assert _moves("Most builders join as a Workshop Assistant.") == [("from", "Workshop Assistant")]
    assert _moves("Frame Builders are often recruited from Bike Mechanic and Welder roles.") == [
        ("from", "Bike Mechanic"), ("from", "Welder")]


def test_join_as_without_a_title_is_no_move():
    # negative: 'join as a team' names no title
    assert _moves("Most builders join as a team of two.") == []


def test_train_up_to_and_then_to_name_the_moves_on():
    assert _moves("Start as a Tube Cutter, then train up to Brazer, Welder and Workshop Supervisor.") == [
        ("from", "Tube Cutter"), ("to", "Brazer"), ("to", "Welder"), ("to", "Workshop Supervisor")]
    assert _moves("Builders progress to Senior Builder after two years, and then to Workshop Manager.") == [
        ("to", "Senior Builder"), ("to", "Workshop Manager")]


def test_a_lateral_move_to_a_place_as_a_title():
    assert _moves("Some move laterally to our paint shop as a Frame Painter.") == [("lateral", "Frame Painter")]
    assert _moves("Some move sideways into teaching as a Workshop Instructor or into sales as a Sales Adviser.") \
        == [("lateral", "Workshop Instructor"), ("lateral", "Sales Adviser")]
    assert _moves("Others move across to a front-of-house role as a Shop Assistant if they like customers.") == [
        ("lateral", "Shop Assistant")]


def test_a_title_before_a_place_is_not_swallowed_by_the_place():
    # negative: 'start as a Tube Cutter or in a shop as a Sales Assistant': two entry titles, the first one kept
    assert _moves("Builders start out as a Tube Cutter or in a bike shop as a Sales Assistant.") == [
        ("from", "Tube Cutter"), ("from", "Sales Assistant")]


def test_a_title_in_another_language_glossed_in_english_is_a_move():
    assert _moves("After two years you can become Vezető vázépítő (head frame builder) and later Műhelyvezető "
                  "(workshop manager).") == [("to", "Vezető vázépítő"), ("to", "Műhelyvezető")]
    assert _moves("A builder can become Head of Workshop after formal training.") == [("to", "Head of Workshop")]


def test_a_bracket_that_is_no_title_is_no_gloss():
    # negative: brackets after a name that hold no title ('since 2019', 'Budapest') make it no title
    from pipeline.parse.generic.moves import _glossed
    assert _glossed("Vázépítő", "become Vázépítő (head frame builder) later")
    assert not _glossed("Vázépítő", "become Vázépítő (since 2019) later")
    assert not _glossed("Vázépítő", "become Vázépítő (Budapest) later")


def test_an_arrow_ladder_of_glossed_steps():
    rows = _moves("Aprendiz → Soldador de cuadros (Frame Welder) → Jefe de taller (Workshop Manager)")
    assert rows == [("step", "Aprendiz"), ("step", "Soldador de cuadros"), ("step", "Jefe de taller")]


def test_a_ladder_split_by_bars_that_holds_the_role():
    assert _moves("Frame Builder | Senior Frame Builder | Workshop Manager") == [
        ("step", "Frame Builder"), ("step", "Senior Frame Builder"), ("step", "Workshop Manager")]


def test_a_menu_split_by_bars_is_no_ladder():
    # negative: bar-split entries without the role are the site's menu
    assert _moves("Find Jobs | Training Providers | Careers Advisers") == []


_ALIASES = """Careers > Stores > Stock Controller
Stock Controller
{line}
What you'll do
• Count stock in the warehouse every week
• Record deliveries and returns
• Report shortages to the buyer
Skills
• Accuracy
• Spreadsheets
• Teamwork
"""


def _named(line: str) -> list[str]:
    return _aliases(_ALIASES.format(line=line))


def test_a_labelled_line_of_other_titles_anywhere():
    assert _named("Other titles you'll see on job ads: Inventory Clerk (Retail), Stock Analyst, Warehouse Planner") == [
        "Inventory Clerk (Retail)", "Stock Analyst", "Warehouse Planner"]
    assert _named("Job titles in this family\tInventory Clerk, Stock Analyst") == ["Inventory Clerk", "Stock Analyst"]


def test_a_labelled_line_in_another_language():
    assert _named("Ayrıca: Stok Sorumlusu, Inventory Planner") == ["Stok Sorumlusu", "Inventory Planner"]
    assert _named("Alte denumiri: Gestionar depozit, Operator stocuri") == ["Gestionar depozit", "Operator stocuri"]


def test_a_label_that_names_no_titles_gives_no_aliases():
    # negative: 'Location: …' is no aliases label, and names that are a sentence are no titles
    assert _named("Location: Leeds, Bradford") == []
    assert _named("Also: we pay for your forklift licence, and lunch.") == []


def test_the_roles_head_noun_and_a_bracketed_we_also_say():
    page = _ALIASES.format(line="Controllers are also called stock keeper, magaziner or inventory clerk.")
    assert _aliases(page) == ["stock keeper", "magaziner", "inventory clerk"]
    page = _ALIASES.format(line="A controller (we also say store hand or inventory clerk) keeps the count right every day.")
    assert _aliases(page) == ["store hand", "inventory clerk"]


def test_a_clause_after_also_called_is_no_alias():
    # negative: 'are also called upon to …' names nothing
    page = _ALIASES.format(line="Controllers are also called upon to help with deliveries at weekends.")
    assert _aliases(page) == []


def test_became_and_a_licence_word_before_the_title():
    assert _moves("Others moved up to Workshop Supervisor, or became a licensed Frame Inspector.") == [
        ("to", "Workshop Supervisor"), ("to", "Frame Inspector")]


def test_come_into_the_role_from_jobs_held_somewhere():
    assert _moves("Some come into the role from general labourer jobs in bike factories.") == [
        ("from", "general labourer")]


def test_a_course_named_after_a_role_is_still_no_move():
    # negative: 'Head of Course' is a title, a degree apprenticeship named after a constable is not
    from pipeline.parse.generic.guard import path_ok
    assert path_ok("Head of Course") and not path_ok("Police Constable Degree Apprenticeship")


def test_a_faq_question_about_growing_in_the_job_reads_moves():
    page = _CAREER.replace("Career progression\n{prose}\n", "Can I grow in this job?\n{prose}\n")
    assert _paths(page.format(prose="Experienced builders can become a Workshop Supervisor.")) == [
        ("to", "Workshop Supervisor")]


_KNOWN_AS = """Explore careers > Glass Cutter
Glass Cutter
Also known as
glazing operator
glass cutting operator
Overview  |  Wages  |  Outlook  |  Job requirements
Wages
Hourly Range
$16.40 – $21.80
Main duties
• Cut glass sheets to size
• Polish the edges
• Load the racks
"""


def test_the_pages_tabs_end_an_aliases_list():
    assert _aliases(_KNOWN_AS) == ["glazing operator", "glass cutting operator"]


def test_titles_split_by_bars_do_not_end_an_aliases_list():
    # negative: a bar-split line of titles with role nouns is more names, no tabs of the page
    page = _KNOWN_AS.replace("Overview  |  Wages  |  Outlook  |  Job requirements",
                             "glass operator | glass technician | glass inspector")
    assert _aliases(page) == ["glazing operator", "glass cutting operator", "glass operator", "glass technician",
                              "glass inspector"]


def test_typical_alternate_titles_in_a_box():
    page = _ALIASES.format(line="Typical Alternate Titles: Inventory Clerk, Stock Analyst")
    assert _aliases(page) == ["Inventory Clerk", "Stock Analyst"]


_BOX = """Careers > Crafts > Tile Setter
Tile Setter
What you'll do
• Cut tiles to the pattern
• Set tiles in mortar
• Grout and clean the finished wall
Skills
• Geometry
• Patience
• Steady hands
Key information
Hours
8h–17h, Saturday morning included
Status
Member of the cooperative after 2 years
Path
Apprentice → Tile Setter → Master Tile Setter → Workshop Head
{footer}
"""


def test_a_footer_is_no_value_of_the_label_line_above_it():
    page = _page(_BOX.format(footer="Contact us on +212 5 35 00 00 00 · © Tile Cooperative Fès"))
    assert [(r["label"], r["value"]) for r in page.facts.get("role_facts", [])] == [
        ("Hours", "8h–17h, Saturday morning included"), ("Status", "Member of the cooperative after 2 years")]
    assert [r["target_title"] for r in page.facts["career_paths"]] == [
        "Apprentice", "Tile Setter", "Master Tile Setter", "Workshop Head"]


def test_a_value_line_without_a_footer_mark_is_still_read():
    # negative: a plain value line under a label line stays the label's value
    page = _page(_BOX.format(footer="Languages\nFrench, Arabic"))
    assert ("Languages", "French, Arabic") in [(r["label"], r["value"]) for r in page.facts.get("role_facts", [])]


def test_moves_written_in_spanish_and_portuguese():
    assert _moves("Muchos empiezan como Ayudante de taller. Con los años pueden ascender a Soldador líder y después a "
                  "Jefe de taller.") == [("from", "Ayudante de taller"), ("to", "Soldador líder"),
                                         ("to", "Jefe de taller")]
    assert _moves("O próximo passo é Chefe de oficina e depois Gerente de produção.") == [
        ("to", "Chefe de oficina"), ("to", "Gerente de produção")]


def test_an_ambiguous_verb_of_another_language_names_no_move():
    # negative: 'pasan a' may be a move up or sideways; and names with no word for a person are no titles
    assert _moves("Algunos pasan a Soldador líder o a Jefe de taller.") == []
    assert _moves("Muchos empiezan como voluntarios en verano.") == []


def test_a_ladder_of_other_language_titles_with_a_word_for_a_person():
    assert _moves("Boyahane Yardımcısı → Boyahane Teknisyeni → Boyahane Şefi") == [
        ("step", "Boyahane Yardımcısı"), ("step", "Boyahane Teknisyeni"), ("step", "Boyahane Şefi")]


def test_names_you_will_hear():
    page = _ALIASES.format(line="In the trade you will hear stock keeper, store hand and inventory clerk.")
    assert _aliases(page) == ["stock keeper", "store hand", "inventory clerk"]


def test_what_you_will_hear_that_names_no_title_is_no_alias():
    # negative: the noise you hear is no name of the role
    page = _ALIASES.format(line="In the warehouse you will hear forklifts and loud radios all day long.")
    assert _aliases(page) == []


_OTHER_NAMES = """Stok Kontrol Elemanı
Stock Controller
Depo / Warehouse
Diğer adları
{names}
Görevler / What you do
• Count stock in the warehouse every week
• Record deliveries and returns
• Report shortages to the buyer
Skills
• Accuracy
• Spreadsheets
• Teamwork
"""


def test_a_label_line_alone_over_title_lines():
    page = _OTHER_NAMES.format(names="Depo Sorumlusu\nInventory Clerk")
    assert _aliases(page)[-2:] == ["Depo Sorumlusu", "Inventory Clerk"]


@pytest.mark.parametrize("label", ["Ayrıca", "Job titles in this family"])
def test_a_label_line_over_lines_that_are_no_titles(label):
    # negative: lines with no word for a person under a label line (no heading) are no names. Since round 15a
    # 'Diğer adları' is an aliases heading of generic_headings_intl.tsv and reads like 'Other names' in English (a
    # title-like line under it is a name), so the rule is pinned with labels that head no section
    page = _OTHER_NAMES.format(names="Denizli Organize Sanayi\nHafta içi mesai").replace("Diğer adları", label)
    assert "Denizli Organize Sanayi" not in _aliases(page) and "Hafta içi mesai" not in _aliases(page)
    titles = _OTHER_NAMES.format(names="Depo Sorumlusu\nInventory Clerk").replace("Diğer adları", label)
    assert _aliases(titles)[-2:] == ["Depo Sorumlusu", "Inventory Clerk"]


_SPANISH_SKILLS = """Inicio > Empleos > Campo > Podador
Podador / Vine Pruner
Campo · Mendoza
Datos del puesto
Horario: Lunes a sábado, 7:00 a 15:00
Sueldo: $900 a $1,200 por día
Actividades
1. Podar las cepas en invierno
2. Atar los sarmientos
3. Retirar la madera vieja
Lo que buscamos
1. Resistencia física
2. Trabajo en equipo
Crecimiento
{prose}
"""


def test_a_short_line_about_growth_in_another_language_reads_the_moves_after_it():
    page = _SPANISH_SKILLS.format(prose="Muchos empiezan como Ayudante de viñedo. Con los años pueden ascender a "
                                        "Capataz de cuadrilla.")
    assert _paths(page) == [("from", "Ayudante de viñedo"), ("to", "Capataz de cuadrilla")]


def test_the_same_sentence_under_another_line_is_no_move():
    # negative: without a line about growth (and with no subject naming the role) the sentence names no move
    page = _SPANISH_SKILLS.format(prose="Muchos empiezan como Ayudante de viñedo.").replace("Crecimiento\n", "Horario\n")
    assert _paths(page) == []


def test_a_label_that_only_says_also_needs_titles_by_themselves():
    # negative: 'Ayrıca: free meals, a shuttle' (round 13a) names no titles; titles with a word for a person do
    assert _named("Ayrıca: ücretsiz yemek, servis") == []
    assert _named("Ayrıca: Depo Sorumlusu, Inventory Clerk") == ["Depo Sorumlusu", "Inventory Clerk"]


def test_or_as_after_a_verb_ending_on_as_names_the_same_move():
    assert _moves("Others qualify as a Frame Inspector through the guild, or as a Workshop Manager through the "
                  "college.") == [("to", "Frame Inspector"), ("to", "Workshop Manager")]


def test_or_as_that_names_no_title_adds_nothing():
    # negative: 'or as a volunteer helping out' is a clause, no title
    assert _moves("Most builders start as a Tube Cutter or as a volunteer helping out on weekends.") == [
        ("from", "Tube Cutter")]


def test_a_list_of_titles_ends_at_another_verb():
    assert _moves("Most builders start as a Tube Cutter or move across from a welding shop.") == [
        ("from", "Tube Cutter")]


def test_an_agent_noun_after_as_a_is_a_title():
    assert _moves("Some go on to open their own shop or train as a wheel builder.") == [("to", "wheel builder")]


def test_a_noun_after_as_a_that_names_no_person_is_no_title():
    # negative: 'train as a group' names nobody
    assert _moves("Some go on to open their own shop or train as a group on Saturdays.") == []


def test_an_and_inside_a_name_of_a_comma_list():
    assert _named("Also called: Stock and Inventory Controller, Storekeeper, Inventory Clerk") == [
        "Stock and Inventory Controller", "Storekeeper", "Inventory Clerk"]


def test_a_list_whose_last_name_follows_and_is_split_as_before():
    # negative: 'A, B and C' is three names, the 'and' the list's own
    assert _named("Also called: Storekeeper, Inventory Clerk and Stock Analyst") == [
        "Storekeeper", "Inventory Clerk", "Stock Analyst"]
