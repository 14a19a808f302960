"""Generic layout, round 25d: skills, duties and the headings of languages seen less. Headings of Dutch, Polish,
Czech, Greek (its ';' question mark), Hungarian, Finnish, Tagalog, Romanian, Ukrainian, Bengali, Persian and Urdu career
pages and the questions French, Spanish, German and Danish guides ask; an accordion's button inside a heading; chips
parted by white space; a skill named over a sentence in a bulleted list; title-case gerund glosses; lead-in items and
the last name of a plain list; elaborating comma pieces; a dated heading naming the role; space-aligned box rows; a
numbered heading over a list numbered in another style; dashed names in scripts without capitals; group-labelled and
lower-case comma lines of skills.
Every page here is invented (other roles, sites and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

import pytest

from generic_helpers import _facts, _page
from pipeline.parse.generic.items import split_skill
from pipeline.parse.generic.vocabulary import heading_kind
from pipeline.parse.html import html_to_text


def _skills(text: str) -> list[str]:
    return [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]


def _duties(text: str) -> list[str]:
    return [r["text"] for r in _page(text).facts.get("responsibilities", [])]


@pytest.mark.parametrize("heading,kind", [
    ("Wat doe je als bakker?", "responsibilities"), ("Wat moet je kunnen?", "skills"), ("Wat verdien je?", "salary"),
    ("Doorgroeimogelijkheden", "career"),
    ("Czym zajmuje się tłumacz?", "responsibilities"), ("Jakie umiejętności są potrzebne?", "skills"),
    ("Odborné dovednosti", "skills"), ("Platová a mzdová úroveň", "salary"), ("Základní údaje", "facts"),
    ("Alternativní názvy", "aliases"),
    ("Ποια είναι τα καθήκοντα ενός λογιστή;", "responsibilities"), ("Δεξιότητες που χρειάζεσαι", "skills"),
    ("Πόσα βγάζει ένας λογιστής;", "salary"), ("Γνωστό και ως", "aliases"),
    ("SZÜKSÉGES KÉPESSÉGEK, KÉSZSÉGEK", "skills"), ("KERESETI LEHETŐSÉGEK", "salary"), ("ELŐMENETEL", "career"),
    ("Egyéb megnevezések", "aliases"), ("ALAPADATOK", "facts"),
    ("Ammatissa tarvittavat taidot", "skills"), ("Urakehitys", "career"),
    ("Ano ang ginagawa ng isang barista?", "responsibilities"), ("Anong skills ang kailangan?", "skills"),
    ("Magkano ang sahod ng barista?", "salary"), ("Kilala rin bilang", "aliases"),
    ("Evoluție în carieră", "career"), ("Competențe personale", "skills"),
    ("Інші назви", "aliases"),
    ("বাবুর্চির দায়িত্ব", "responsibilities"), ("প্রয়োজনীয় দক্ষতা", "skills"), ("বেতন কত?", "salary"),
    ("وظایف حسابدار", "responsibilities"), ("مهارت‌های مورد نیاز", "skills"), ("مسیر شغلی", "career"),
    ("حسابدار کے فرائض", "responsibilities"), ("ضروری مہارتیں", "skills"), ("دوسرے نام", "aliases"),
    ("Quelles sont les missions du boulanger ?", "responsibilities"), ("Quel est le salaire d'un boulanger ?", "salary"),
    ("Quelles évolutions de carrière ?", "career"), ("Le métier en bref", "facts"),
    ("Competencias y habilidades", "skills"), ("Ocupaciones afines para movilidad laboral", "career_lateral"),
    ("Haupttätigkeiten", "responsibilities"), ("Aufgaben eines Bäckers", "responsibilities"),
    ("Hvad skal du kunne?", "skills"), ("WHAT'S THE JOB?", "responsibilities"), ("WHAT WILL I NEED?", "skills"),
])
def test_headings_of_languages_seen_less_name_their_section(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", [
    "Was machen wir?",  # an about-us block, no duties
    "Salariu mediu net",  # a box's pay label, no heading of its own
    "Μισθός εισαγωγικός → 1.050 €",  # a box row with its figure
    "Νοσοκόμος: τι κάνει, πόσα βγάζει",  # a title's furniture after the name
    "Ο ασθενής ρωτά;",  # a Greek question that names no section
])
def test_lines_that_only_look_like_those_headings_are_none(line):
    assert heading_kind(line) is None


def test_a_greek_semicolon_ends_a_heading_only_in_greek():
    assert heading_kind("Ποια είναι τα καθήκοντα ενός λογιστή;") == "responsibilities"
    assert heading_kind("Responsibilities;") is None  # a clause's end in a Latin-script line


def test_a_dated_heading_naming_the_role_drops_its_year_but_a_title_furniture_does_not():
    assert heading_kind("Gardener salaries in Wales 2026", "Gardener") == "salary"
    assert heading_kind("Gardener salaries in Wales 2026") is None
    assert heading_kind("Pay and conditions 2026") is None  # the year kept when the heading names no role


def test_an_accordion_button_inside_a_heading_is_the_heading():
    markup = ("<html><body><h1>Florist</h1><h2><button type='button'>Skills</button></h2><ul><li>Colour sense</li></ul>"
              "<p>Text <button>Share</button> more</p></body></html>")
    text = html_to_text(markup, separate_glued=True)
    assert "Skills" in text.splitlines()
    assert "Share" not in text  # a button outside a heading is a control
    assert "Skills" not in html_to_text(markup).splitlines()  # the known sites' reading is unchanged


def test_chips_parted_by_white_space_stand_each_on_a_line():
    markup = ("<html><body><h1>Florist</h1><div class='chips'>\n <span class='chip'>Colour sense</span>\n"
              " <span class='chip'>Wiring</span>\n <span class='chip'>Customer care</span>\n</div>"
              "<p>We sell <span class='b'>roses</span> <span class='b'>tulips</span> <span class='b'>lilies</span>"
              " daily.</p></body></html>")
    lines = html_to_text(markup, separate_glued=True).splitlines()
    assert {"Colour sense", "Wiring", "Customer care"} <= set(lines)
    assert "We sell roses tulips lilies daily." in lines  # spans inside a sentence stay on its line


_FLORIST = """Bloomfield Careers
Florist
Florists design and arrange flowers for shops, weddings and events every day of the week.

Key tasks
- Prepare bouquets and arrangements to order
- Care for stock and keep the cold room clean

Skills
{skills}

Salary
Florists earn £22,000 to £28,000 a year.
"""


def test_a_bulleted_skill_named_over_its_sentence_is_the_name():
    page = _FLORIST.format(skills="- Colour sense. Customers judge the whole bouquet at a glance.\n"
                                  "- Patience. Wedding clients change their minds often.")
    assert _skills(page) == ["Colour sense", "Patience"]
    # negative: one item of that shape among plain names is kept whole
    page = _FLORIST.format(skills="- Colour sense. Customers judge the whole bouquet at a glance.\n- Wiring\n- Patience")
    assert "Colour sense" not in _skills(page)


def test_a_title_case_name_glued_to_its_gerund_gloss_is_split():
    assert split_skill("Active Selling Persuading customers to buy the larger arrangement.") == (
        "Active Selling", "Persuading customers to buy the larger arrangement.")
    assert split_skill("Floral Design Software") == ("Floral Design Software", None)  # no gloss, one name


def test_a_lead_in_item_and_a_last_plain_name_are_items_not_groups():
    page = _FLORIST.format(skills="You'll need to have:\nWiring\nColour matching, including seasonal palettes\n"
                                  "a steady hand")
    skills = _skills(page)
    assert "Wiring" in skills and "Colour matching, including seasonal palettes" in skills
    assert "including seasonal palettes" not in skills  # an elaborating piece is no name of its own
    page = _FLORIST.format(skills="\nCore skills\nWiring\nTaping\nSpiral binding\n\nExtras\nBows\nRibbons")
    rows = _page(page).facts.get("role_skills", [])
    assert [r["skill_name"] for r in rows] == ["Wiring", "Taping", "Spiral binding", "Bows", "Ribbons"]
    assert all(r["skill_group"] != "Spiral binding" for r in rows)  # the group's last name heads nothing


def test_a_plain_name_right_under_another_over_more_names_is_no_group():
    page = _FLORIST.format(skills="Colour sense\nWiring\nCustomer care\nStock rotation")
    assert _skills(page) == ["Colour sense", "Wiring", "Customer care", "Stock rotation"]


def test_group_labelled_comma_lines_and_a_lower_case_comma_line_are_skills():
    page = _FLORIST.format(skills="Technical skills: Wiring, Taping, hand-tied spirals for bridal bouquets.\n"
                                  "Soft skills: patience, tact, calm under pressure.")
    assert _skills(page) == ["Wiring", "Taping", "hand-tied spirals for bridal bouquets", "patience", "tact",
                             "calm under pressure"]
    page = _FLORIST.format(skills="colour sense, wiring, customer care")
    assert _skills(page) == ["colour sense", "wiring", "customer care"]
    # negative: a sentence with commas under the heading names no list
    page = _FLORIST.format(skills="you will need patience, tact and a good eye for colour when the shop is busy.")
    assert "you will need patience" not in _skills(page)


_BOX = """Kwiaciarnia.pl
Florysta
Florysta projektuje i układa kompozycje kwiatowe dla klientów sklepu oraz na uroczystości.

Podstawowe informacje
Wykształcenie      kurs florystyczny
Tryb pracy         zmianowy

Obowiązki
- przygotowywanie bukietów,
- dbanie o kwiaty.
"""


def test_space_aligned_box_rows_are_pairs():
    assert ("Wykształcenie", "kurs florystyczny") in _facts(_BOX)
    assert ("Tryb pracy", "zmianowy") in _facts(_BOX)
    # negative: one aligned line alone is no box of two columns
    one = _BOX.replace("Tryb pracy         zmianowy\n", "")
    assert ("Wykształcenie", "kurs florystyczny") not in _facts(one)


_TL = """TrabahoPH
Barista: Trabaho at Sahod
Ang barista ay gumagawa ng kape at iba pang inumin para sa mga customer ng isang café araw-araw.

1. Ano ang ginagawa ng isang barista?
* Gumagawa ng espresso at iba pang inumin
* Naglilinis ng makina

2. Anong skills ang kailangan?
1) Latte art – maayos na disenyo
2) Bilis – mabilis sa rush hour

3. Magkano ang sahod ng barista?
Ang barista ay kumikita ng ₱15,000 kada buwan.
"""


def test_a_numbered_heading_over_a_list_numbered_in_another_style_heads_it():
    assert _skills(_TL) == ["Latte art", "Bilis"]
    assert "Latte art – maayos na disenyo" not in _duties(_TL)


_BN = """চাকরিঘর
বাবুর্চি
বাবুর্চি রেস্তোরাঁ ও হোটেলের রান্নাঘরে খাবার রান্না করেন এবং মেনু তৈরি করেন।

বাবুর্চির দায়িত্ব
- খাবার রান্না করা
- রান্নাঘর পরিষ্কার রাখা

প্রয়োজনীয় দক্ষতা
- মসলার জ্ঞান - কোন খাবারে কোন মসলা লাগে তা জানা
- দ্রুত কাজ - ব্যস্ত সময়ে তাড়াতাড়ি রান্না করা

বেতন কত?
নতুন বাবুর্চির বেতন মাসে ১৫,০০০ টাকা।
"""


def test_a_dashed_name_in_a_script_without_capitals_is_the_skill():
    assert split_skill("মসলার জ্ঞান - কোন খাবারে কোন মসলা লাগে তা জানা") == ("মসলার জ্ঞান", "কোন খাবারে কোন মসলা লাগে তা জানা")
    # negative: a Latin-script sentence before a dash is no name
    assert split_skill("you should know every spice well - it matters")[1] is None
