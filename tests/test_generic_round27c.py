"""Generic layout, round 27c: recall of salaries and career paths (sets 54-57). The Danish 'kr.' written before the
amount; a sentence opened by 'For comparison' gives other roles' pay. Every page is invented; every rule has a
negative."""
from __future__ import annotations

from generic_helpers import _pay

_PAGE = """Job profiles for Denmark
Dansk | English

Glazier

Glaziers in Denmark cut, fit and replace glass in windows, doors and shopfronts.

Main duties
- Measure openings and cut glass to size
- Fit glazing units and seal frames
- Replace broken panes safely

Skills
- Working at heights
- Reading drawings

Salary
{pay}
"""


def _points(pay: str, page: str = _PAGE) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(page.format(pay=pay))]


# ---------------------------------------------------------------- 'kr.' before the amount

def test_kr_with_its_point_before_the_amount_is_read_in_a_table():
    pay = "Experience\tLow\tMedian\tHigh\n0-2 years\tkr. 31.800\tkr. 34.000\tkr. 38.000"
    assert _points(pay) == [(31800, 31800, "DKK"), (34000, 34000, "DKK"), (38000, 38000, "DKK")]


def test_kr_with_its_point_in_a_sentence_is_read():
    assert (42000, None, "DKK") in _points("Experienced glaziers often earn more than kr. 42.000 a month.")


def test_kr_with_its_point_on_a_page_of_no_country_stays_unread():
    # the symbol is shared by three countries: a page naming none of them stores no currency it cannot decide
    page = _PAGE.replace("Job profiles for Denmark\nDansk | English", "Job profiles").replace(" in Denmark", "")
    assert _points("Experienced glaziers earn kr. 42.000 a month.", page) == []


# ---------------------------------------------------------------- 'For comparison: …' is other roles' pay

def test_a_comparison_sentence_gives_no_salary():
    pay = ("Glaziers earn kr. 36.000 a month.\n\n"
           "For comparison: window fitters earn a median of kr. 33.400 and carpenters kr. 38.700.")
    assert _points(pay) == [(36000, 36000, "DKK")]


def test_a_comparison_sentence_in_dollars_gives_no_salary():
    pay = "Glaziers earn $56,000 a year. By comparison, roofers earn $51,000."
    assert _points(pay, _PAGE.replace("Denmark", "the USA")) == [(56000, 56000, "USD")]


def test_a_sentence_naming_comparison_later_keeps_its_pay():
    # the word inside the sentence, not opening it: the role's pay as before
    pay = "Glaziers earn $56,000 a year, a good wage in comparison with other trades."
    assert _points(pay, _PAGE.replace("Denmark", "the USA")) == [(56000, 56000, "USD")]


def test_a_comparison_only_sentence_gives_no_salary():
    pay = "Glaziers earn $56,000 a year.\n\nFor comparison only: the roofer ladder pays $51,000 to $60,000."
    assert _points(pay, _PAGE.replace("Denmark", "the USA")) == [(56000, 56000, "USD")]


# ---------------------------------------------------------------- the rouble after the amount; a unit after a comma

_RU_PAGE = """Профессии

Логист

Логист планирует перевозки грузов и работает с перевозчиками.

Обязанности
- Планирование маршрутов доставки
- Поиск перевозчиков
- Оформление документов

Навыки
- Excel
- Переговоры

Зарплата
{pay}
"""


def test_rouble_written_after_the_amount_in_a_sentence():
    pay = "Начинающие специалисты получают от 55 000 ₽, опытные — до 180 000 рублей."
    assert _points(pay, _RU_PAGE) == [(55000, None, "RUB"), (None, 180000, "RUB")]


def test_spaced_table_whose_pay_head_names_its_unit_after_a_comma():
    pay = ("Город              Зарплата, ₽/мес.\n"
           "Москва             95 000 – 150 000\n"
           "Казань             60 000 – 90 000")
    rows = _pay(_RU_PAGE.format(pay=pay))
    assert [(low, high, currency, period) for _, low, high, currency, period in rows] == [
        (95000, 150000, "RUB", "month"), (60000, 90000, "RUB", "month")]


def test_spaced_table_whose_head_names_no_currency_stays_unread():
    # the head after its comma names no currency: its bare amounts have none, nothing is stored
    pay = ("Город              Зарплата, в месяц\n"
           "Москва             95 000 – 150 000\n"
           "Казань             60 000 – 90 000")
    assert _points(pay, _RU_PAGE) == []


# ---------------------------------------------------------------- a leader of dots between a label and its pay

def test_dot_leader_rows_are_a_pay_table():
    pay = ("Monthly pay by region:\n"
           "North ........ $2,300 – $4,500\n"
           "South ....... $2,100 – $4,000")
    page = _PAGE.replace("Denmark", "the USA")
    assert _points(pay, page) == [(2300, 4500, "USD"), (2100, 4000, "USD")]


def test_dot_leader_before_no_amount_stays_text():
    # a contents entry's page number, a value with no currency: the line is read as before (no salary, no tab)
    from pipeline.parse.generic.structure import _dot_leader
    assert _dot_leader("Working week ........ 37 hours") == "Working week ........ 37 hours"
    assert _dot_leader("Introduction ........ 3") == "Introduction ........ 3"
    assert _dot_leader("North ........ $2,300") == "North\t$2,300"


def test_dot_leader_rows_outside_a_pay_section_stay_unread():
    # a list of other jobs with their pay under a heading of related jobs: no table of the role's pay
    text = _PAGE.replace("Denmark", "the USA").format(pay="Glaziers earn $56,000 a year.") + (
        "\nRelated jobs\nRoofer ........ $51,000\nCarpenter ........ $58,000\n")
    assert [(low, high, cur) for _, low, high, cur, _ in _pay(text)] == [(56000, 56000, "USD")]


# ---------------------------------------------------------------- Malay pay heading; an allowance in a label

_MY_PAGE = """Panduan Kerjaya

Juruteknik Penyaman Udara

Juruteknik penyaman udara memasang dan menyelenggara sistem penyaman udara di Malaysia.

TUGAS UTAMA
- Memasang unit penyaman udara
- Membersih dan menyelenggara sistem
- Mengesan kerosakan

KEMAHIRAN
- Pendawaian elektrik asas
- Layanan pelanggan

{heading}
{pay}
"""


def test_malay_heading_of_pay_and_income_heads_a_dotted_pay_table():
    pay = "Anggaran gaji bulanan mengikut negeri:\nSelangor ........ RM2,300 – RM4,500\nKedah ........ RM1,900 – RM3,500"
    rows = _pay(_MY_PAGE.format(heading="GAJI DAN PENDAPATAN", pay=pay))
    assert [(low, high, cur) for _, low, high, cur, _ in rows] == [(2300, 4500, "MYR"), (1900, 3500, "MYR")]


def test_an_allowance_in_the_label_is_no_pay_but_after_the_figure_it_is():
    pay = ("Juruteknik baharu menerima gaji permulaan RM1,493.00 sebulan, tidak termasuk elaun.\n\n"
           "[IKLAN] Kursus 6 bulan dengan elaun latihan RM600 sebulan.")
    rows = _pay(_MY_PAGE.format(heading="GAJI", pay=pay))
    assert [(low, high, cur) for _, low, high, cur, _ in rows] == [(1493, 1493, "MYR")]


# ---------------------------------------------------------------- a pathways box's start and side moves

from generic_helpers import _paths  # noqa: E402

_PATHS_PAGE = """Career Finder

Glazier

Glaziers cut, fit and replace glass in windows, doors and shopfronts.

Main duties
- Measure openings and cut glass to size
- Fit glazing units and seal frames
- Replace broken panes safely

Skills
- Working at heights
- Reading drawings

Salary
Glaziers earn $48,000 to $62,000 a year.

Career pathways
Where you could start
  Glazing labourer
  Window fitting trainee
Where you could go
  Glazing supervisor
  Glazing contracts manager
Related careers you could move into
  Window installation supervisor
  Facade technician

Contact us
"""


def test_where_you_could_start_and_related_careers_you_could_move_into():
    paths = _paths(_PATHS_PAGE)
    assert ("from", "Glazing labourer") in paths and ("from", "Window fitting trainee") in paths
    assert ("lateral", "Window installation supervisor") in paths and ("lateral", "Facade technician") in paths
    assert ("to", "Glazing supervisor") in paths


def test_related_careers_alone_still_gives_no_move():
    # a site's related-careers widget outside a progression section names no move (as before)
    start, end = _PATHS_PAGE.index("Career pathways"), _PATHS_PAGE.index("  Window installation supervisor")
    page = _PATHS_PAGE[:start] + "Related careers\n" + _PATHS_PAGE[end:]
    assert _paths(page) == []


# ---------------------------------------------------------------- moves in English prose

from pipeline.parse.generic.moves import sentence_moves  # noqa: E402


def test_sideways_moves_into_titles_are_common():
    text = "Sideways moves into Glazing Estimator or Facade Inspector roles are common for people who like drawings."
    assert sentence_moves(text, "Glazier", "career") == [("lateral", "Glazing Estimator"),
                                                         ("lateral", "Facade Inspector")]


def test_come_into_a_field_from_a_title():
    text = "Many of our glaziers come into glazing from a Window Fitter or Joinery Assistant job."
    assert sentence_moves(text, "Glazier", "career") == [("from", "Window Fitter"), ("from", "Joinery Assistant")]


def test_a_list_after_common_ends_nothing_else():
    # negatives: no move verb, or a move without the list's end: read as before
    assert sentence_moves("Glazing Estimator roles are common in big firms.", "Glazier", "career") == []
    assert sentence_moves("Glaziers come into contact with glass every day.", "Glazier", "career") == []


# ---------------------------------------------------------------- German FAQ headings asked with 'man'

from pipeline.parse.generic.vocabulary import heading_kind  # noqa: E402


def test_german_faq_headings_of_pay_and_skills():
    assert heading_kind("＋ Wie viel verdient man als Glaser/in?") == "salary"
    assert heading_kind("Welche Fähigkeiten sollte man mitbringen?") == "skills"
    # negatives: a question about something else stays unknown
    assert heading_kind("Wie viel Urlaub hat man als Glaser/in?") is None
    assert heading_kind("Welche Schule sollte man besuchen?") is None


# ---------------------------------------------------------------- band ends: 'Da | A', 'Annual pay (from) | (to)'

def _table(h1: str, h2: str) -> str:
    return (f"Annual pay by level:\n\n| Level | {h1} | {h2} |\n|---|---|---|\n"
            "| Apprentice | $16,500 | $19,000 |\n| Qualified | $22,000 | $26,500 |")


def test_italian_da_a_heads_are_one_band_a_row():
    assert _points(_table("Da", "A"), _PAGE.replace("Denmark", "the USA")) == [
        (16500, 19000, "USD"), (22000, 26500, "USD")]


def test_end_word_in_brackets_after_the_column_name_is_one_band_a_row():
    assert _points(_table("Annual pay (from)", "Annual pay (to)"), _PAGE.replace("Denmark", "the USA")) == [
        (16500, 19000, "USD"), (22000, 26500, "USD")]


def test_years_in_brackets_stay_two_points():
    # negative: two columns of different years are two salaries a row, as before
    assert _points(_table("Pay (2024)", "Pay (2025)"), _PAGE.replace("Denmark", "the USA")) == [
        (16500, 16500, "USD"), (19000, 19000, "USD"), (22000, 22000, "USD"), (26500, 26500, "USD")]


# ---------------------------------------------------------------- Nordic compound pay heading; 'Jämför:' line

_SE_PAGE = """Yrken i Sverige

Glasmästare

Glasmästare i Sverige skär, monterar och byter glas i fönster och dörrar.

Arbetsuppgifter
– Mäta upp och skära glas.
– Montera glas i fönster och dörrar.
– Byta trasiga rutor.

{pay}
"""


def test_compound_pay_heading_broken_down_by_sector():
    pay = "Medellön per sektor\nSektor\tMedellön\nPrivat sektor\t34 700 kr\nOffentlig sektor\t33 900 kr"
    assert _points(pay, _SE_PAGE) == [(34700, 34700, "SEK"), (33900, 33900, "SEK")]


def test_a_compare_line_of_other_jobs_gives_no_salary():
    pay = ("Lön\nGlasmästare tjänar i snitt 33 000 kr i månaden.\n\n"
           "Jämför: Snickare 31 400 kr · Plåtslagare 35 600 kr")
    assert _points(pay, _SE_PAGE) == [(33000, 33000, "SEK")]


def test_a_box_amount_after_a_word_of_about():
    pay = "Snabbfakta\nMedellön: 33 000 kr/mån\nIngångslön: ca 28 500 kr/mån"
    assert _points(pay, _SE_PAGE) == [(33000, 33000, "SEK"), (28500, 28500, "SEK")]


def test_a_box_value_of_words_before_an_amount_stays_a_fact():
    # negative: a word that is no 'about' before the amount: no salary, as before
    pay = "Snabbfakta\nMedellön: 33 000 kr/mån\nIngångslön: efter 28 500 kr/mån"
    assert _points(pay, _SE_PAGE) == [(33000, 33000, "SEK")]
