"""Generic layout, round 27a: detection of role pages that were not read (sets 54-57). A 'Career guide' label under
another site's chrome is no seed guide's marker. Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from pipeline.parse import detect
from pipeline.parse.generic.structure import detect_layout


_GUIDE_BODY = """
What is a Lift Technician?
Lift Technicians keep the lifts of a building safe and running, and most work for a maintenance contractor.

Key Responsibilities
- Inspect the lift cars and doors every month
- Replace worn cables and pulleys
- Keep the service log up to date

Top Skills for Success
- Mechanical fault finding
- Working at height
- Clear reporting

Salary Range
$52,000 - $71,000 per year
"""


def test_a_career_guide_label_under_another_sites_chrome_is_no_seed_marker():
    text = "Skip to main content\nNew: compare pay before you apply. Try it\nCareer guide\n\nLift Technician\n" + _GUIDE_BODY
    assert detect(text) == ("guide", "generic")


def test_the_seed_guides_marker_right_under_the_role_stays_the_guides():
    text = "Lift Technician\nCareer Guide\n" + _GUIDE_BODY
    assert detect(text) == ("guide", "spaced")


def test_a_chrome_career_guide_label_over_no_role_page_is_not_generic():
    text = "Skip to main content\nNew: compare pay before you apply. Try it\nCareer guide\n\n" \
           "Ten tips for your first week\nWe asked readers what helped them settle in. Here is what they said.\n"
    assert detect_layout(text) is None


# --- a trail's last entry under it with a short tag of the site's, in a script without capitals ------------------------

from pipeline.parse.generic.title import _caseless_tagged  # noqa: E402


def test_a_caseless_name_tagged_after_or_before_under_its_trail_is_the_entry():
    assert _caseless_tagged("物理治療師", "物理治療師 職務介紹").group(1) == "物理治療師"
    assert _caseless_tagged("วิศวกรไฟฟ้า", "อาชีพวิศวกรไฟฟ้า").group(1) == "วิศวกรไฟฟ้า"


def test_a_long_line_a_figure_or_latin_letters_are_no_tag():
    assert _caseless_tagged("物理治療師", "物理治療師の求人情報一覧ページへようこそ") is None
    assert _caseless_tagged("物理治療師", "物理治療師 2026") is None
    assert _caseless_tagged("Physiotherapist", "Physiotherapist Guide") is None
    assert _caseless_tagged("物理治療師", "復健治療師") is None


_TAGGED_PAGE = """職涯通｜找工作 找公司 職務大百科

首頁 ＞ 職務大百科 ＞ 醫療 ＞ 物理治療師

物理治療師 職務介紹

物理治療師協助行動不便的個案恢復身體功能。

◎ 工作內容
1. 評估病患的肌力與關節活動度
2. 執行運動治療與徒手治療
3. 指導病患居家運動

◎ 薪資行情
平均月薪：NT$ 48,500

◎ 職涯發展
資深物理治療師、治療組長
"""


def test_a_page_named_by_its_trail_and_a_tagged_headline_is_read():
    assert detect_layout(_TAGGED_PAGE) == "generic"


def test_without_the_trail_the_tagged_headline_names_nothing():
    assert detect_layout(_TAGGED_PAGE.replace("首頁 ＞ 職務大百科 ＞ 醫療 ＞ 物理治療師\n", "")) is None


# --- a tab's panel hidden until its tab is clicked is rendered --------------------------------------------------------

from pipeline.parse.html import html_to_text  # noqa: E402
from pipeline.parse.generic.vocabulary import heading_kind  # noqa: E402


def test_a_hidden_tab_panel_is_rendered():
    markup = ("<html><body><h1>Lift Technician</h1><div role='tablist'><button role='tab'>Duties</button></div>"
              "<div role='tabpanel'><h2>Overview</h2><p>Lift work.</p></div>"
              "<div role='tabpanel' hidden><h2>Skills</h2><ul><li>Fault finding</li></ul></div></body></html>")
    text = html_to_text(markup)
    assert "Skills" in text and "Fault finding" in text


def test_other_hidden_elements_stay_dropped():
    markup = ("<html><body><h1>Lift Technician</h1><div hidden><h2>Skills</h2><p>Secret</p></div>"
              "<div role='dialog' aria-hidden='true'><p>Sign up</p></div>"
              "<section role='region' style='display:none'><p>Gone</p></section></body></html>")
    text = html_to_text(markup)
    assert "Secret" not in text and "Sign up" not in text and "Gone" not in text


# --- headings: the Baltic languages, the moves of a progression ------------------------------------------------------

def test_baltic_headings_are_sections():
    assert heading_kind("Pagrindinės užduotys") == "responsibilities"
    assert heading_kind("Reikalingi gebėjimai") == "skills"
    assert heading_kind("Kiek uždirba suvirintojas?") == "salary"
    assert heading_kind("Karjeros galimybės") == "career"
    assert heading_kind("Kiti pavadinimai") == "aliases"
    assert heading_kind("Galvenie pienākumi") == "responsibilities"
    assert heading_kind("Karjäärivõimalused") == "career"
    assert heading_kind("Vajalikud oskused") == "skills"


def test_a_bare_baltic_career_word_or_sentence_is_no_heading():
    assert heading_kind("Karjera") is None
    assert heading_kind("Karjäär") is None
    assert heading_kind("Suvirintojas sujungia metalines detales") is None


def test_progression_moves_with_join_and_could_are_headings():
    assert heading_kind("Where people join from") == "career_from"
    assert heading_kind("Where you could go next") == "career_to"
    assert heading_kind("Moves across the bank") == "career_lateral"
    assert heading_kind("Where people join us for lunch") is None


def test_an_accordions_hidden_panel_and_its_header_are_rendered():
    markup = ("<html><body><h1>Category Manager</h1><div>"
              "<button aria-expanded='false'><span role='heading' aria-level='2'>Key accountabilities</span></button>"
              "<div hidden><ol><li>Lead tenders</li></ol></div></div>"
              "<h3><button aria-expanded='false'>Competencies</button></h3><div hidden><ul><li>Negotiation</li></ul></div>"
              "</body></html>")
    text = html_to_text(markup)
    assert "Key accountabilities" in text and "Lead tenders" in text
    assert "Competencies" in text and "Negotiation" in text


def test_a_menus_hidden_list_after_its_toggle_stays_dropped():
    markup = ("<html><body><h1>Category Manager</h1><div><button aria-expanded='false'>Menu</button>"
              "<ul hidden><li>Jobs</li><li>Salaries</li></ul></div><p>The role owns sourcing.</p></body></html>")
    text = html_to_text(markup)
    assert "Menu" not in text and "Salaries" not in text


def test_a_ladders_sections_are_headings():
    assert heading_kind("What product designers own") == "responsibilities"
    assert heading_kind("What a nurse owns") == "responsibilities"
    assert heading_kind("The levels") == "career"


def test_owning_in_a_sentence_or_the_levels_of_something_else_is_no_heading():
    assert heading_kind("What we own the right to publish") is None
    assert heading_kind("The levels of noise on site") is None


def test_an_accordions_panel_of_prose_only_stays_hidden():
    markup = ("<html><body><h1>Nurse Practitioner</h1><h2>Competencies</h2>"
              "<h3><button aria-expanded='false'>Clinical decision making</button></h3>"
              "<div hidden><p>Complex assessment, diagnostic reasoning and delegation.</p></div></body></html>")
    text = html_to_text(markup)
    assert "Clinical decision making" in text and "diagnostic reasoning" not in text


# --- a page the card layout claims but confirms no role's card of ------------------------------------------------------

from pathlib import Path  # noqa: E402

_LABELLED_ROLE_PAGE = """JobSite
Home / Career Guide / IT / Data Analyst

Data Analyst Job Description, Salary & Career Path

What does a Data Analyst do?
A data analyst collects, cleans and studies data to help a business decide.

Also known as: Business Data Analyst, MIS Analyst, Reporting Analyst

Key Responsibilities:
1. Collect and clean data from internal databases
2. Build dashboards for business teams
3. Write SQL queries to answer questions from stakeholders

Skills required
SQL | Excel | Python | Power BI

Career Path:
Data Analyst ➝ Senior Data Analyst ➝ Analytics Manager

Communication: Presents findings to managers in simple language
Strategic Planning: None
Team Management: None

Data Analyst Salary in India
The average salary of a Data Analyst in India is ₹6 LPA.
"""


def test_a_role_page_the_card_layout_confirms_no_card_of_is_generic():
    from pipeline.parse import comparison
    from pipeline.parse import parse_text
    assert comparison.detect_layout(_LABELLED_ROLE_PAGE) == "card"
    # the card reader is asked first and stores no fact; the page is then read as generic (pipeline.parse._parse_as)
    page = parse_text(_LABELLED_ROLE_PAGE)
    assert (page.page_type, page.layout) == ("guide", "generic")


def test_comparisons_stay_comparisons():
    from pipeline.parse import parse_text
    folder = Path(__file__).parent / "fixtures" / "holdout"
    pages = sorted(folder.glob("cmp_*.txt"))
    assert pages
    for page in pages:
        assert detect(page.read_text(encoding="utf-8"))[0] == "comparison", page.name
        assert parse_text(page.read_text(encoding="utf-8")).page_type == "comparison", page.name
    for page in sorted((Path(__file__).parent.parent / "raw").glob("00[0-3]_*.txt")):
        assert detect(page.read_text(encoding="utf-8"))[0] == "comparison", page.name
        assert parse_text(page.read_text(encoding="utf-8")).page_type == "comparison", page.name


def test_thai_and_baltic_other_names_labels_are_alias_labels():
    from pipeline.parse.generic.reader import _alias_label
    assert _alias_label("ชื่อเรียกอื่น ๆ") and _alias_label("Kiti pavadinimai") and _alias_label("Muud nimetused")
    assert not _alias_label("ข้อมูลโดยสรุป") and not _alias_label("Pagrindinės užduotys")


# --- a bonus or an allowance named in a script without spaces is no pay -----------------------------------------------

from pipeline.parse.generic.guard import _not_pay  # noqa: E402


def test_a_glued_bonus_or_allowance_before_the_figure_is_no_pay():
    assert _not_pay("依據本站統計，物理治療師起薪約為月薪 NT$ 38,000~42,000，另有部分診所採制度，每月績效獎金約")
    assert _not_pay("นอกจากเงินเดือนแล้วยังมีค่าวิชาชีพ (ค่าใบ กว.) เดือนละ")


def test_the_base_pay_clause_before_a_bonus_clause_stays_pay():
    assert not _not_pay("依據本站 2026 年刊登職缺統計，物理治療師起薪約為月薪")
    assert not _not_pay("เงินเดือนเริ่มต้น")
    assert not _not_pay("獎金制度說明，物理治療師月薪")


def test_a_reference_pay_range_and_recent_posts_are_headings():
    assert heading_kind("Rango salarial de referencia 2027") == "salary"
    assert heading_kind("Recent posts") == "other"
    assert heading_kind("Publicaciones recientes") == "other"
    assert heading_kind("Rango salarial de referencia para aprender a negociar") is None
    assert heading_kind("Recent posts about nursing pay") is None


def test_a_salary_lookups_average_before_the_name_is_furniture():
    from pipeline.parse.generic.title import remove_furniture
    assert remove_furniture("Average Payroll Specialist Salary")[0] == "Payroll Specialist"
    assert remove_furniture("Average Joe")[0] == "Average Joe"
    assert remove_furniture("Typical Day")[0] == "Typical Day"


def test_the_seed_guides_marker_under_its_name_after_a_stray_line_stays_the_guides():
    text = "x7#\nLift Technician\nCareer Guide\n" + _GUIDE_BODY
    assert detect(text) == ("guide", "spaced")
