"""Generic layout, round 26b: salaries and responsibilities (sets 50-53). A band table headed 'Starting point' / 'Top
of band'; a band the prose writes whole beside a table repeating it; a bonus or stock column beside the pay columns;
a number glued to a list item of a script without capitals. Every page is invented; every rule has a negative."""
from __future__ import annotations

from generic_helpers import _page as _parsed
from generic_helpers import _duties, _pay

from pipeline.parse.generic.vocabulary import is_bullet, strip_bullet

_PAGE = """Career Atlas
Home | Careers | Pay

Glazier

Glaziers cut, fit and replace glass in windows, doors, shopfronts and curtain walls.

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


def _points(pay: str) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(_PAGE.format(pay=pay))]


# ---------------------------------------------------------------- band ends named by a point of the scale

def test_starting_point_and_top_of_band_are_one_band():
    pay = "Band\tStarting point\tTop of band\nBand 3\t£24,000\t£26,000\nBand 4\t£27,000\t£29,500"
    assert _points(pay) == [(24000, 26000, "GBP"), (27000, 29500, "GBP")]


def test_starting_and_top_of_scale_stay_two_points():
    # the column heads differ beyond their end words ('scale'): two points, as before
    pay = "Province\tStarting\tTop of scale\nOntario\t$75,800\t$108,400\nAlberta\t$78,200\t$111,700"
    assert (75800, 108400, "CAD") not in _points(pay)


# ---------------------------------------------------------------- a band the prose writes whole beside the table

_BAND_TEXT = ("New glaziers start on band 3, which ranges from £24,000 to £26,000.\n\n"
              "Band\tStarting point\tTop of band\nBand 3\t£24,000\t£26,000\nBand 4\t£27,000\t£29,500")


def test_prose_band_repeated_by_a_table_is_stored_twice():
    assert _points(_BAND_TEXT).count((24000, 26000, "GBP")) == 2


def test_prose_single_amount_repeated_by_a_box_is_stored_once():
    pay = "Median pay: £25,000\n\nMost glaziers earn £25,000 a year."
    assert _points(pay) == [(25000, 25000, "GBP")]


# ---------------------------------------------------------------- a bonus or stock column is no pay

_LEVELS = ("Level\tTitle\tTotal\tBase\tStock (/yr)\tBonus\n"
           "G1\tJunior Glazier\t$58K\t$50K\t$5K\t$3K\n"
           "G2\tSenior Glazier\t$72K\t$65K\t$4K\t$2K")


def test_bonus_and_stock_columns_are_dropped():
    assert _points(_LEVELS) == [(58000, 58000, "USD"), (50000, 50000, "USD"),
                                (72000, 72000, "USD"), (65000, 65000, "USD")]


def test_columns_without_extra_money_stay():
    pay = "Level\tTitle\tTotal\tBase\nG1\tJunior Glazier\t$58K\t$50K\nG2\tSenior Glazier\t$72K\t$65K"
    assert _points(pay) == [(58000, 58000, "USD"), (50000, 50000, "USD"),
                            (72000, 72000, "USD"), (65000, 65000, "USD")]


# ---------------------------------------------------------------- a number glued to an item of CJK script

def test_number_glued_to_chinese_item_is_a_bullet():
    assert is_bullet("1.负责市场调研和竞品分析；")
    assert strip_bullet("1.负责市场调研和竞品分析；") == "负责市场调研和竞品分析；"


def test_number_glued_to_a_digit_or_lower_case_is_no_bullet():
    assert not is_bullet("2.5万元的月薪")
    assert not is_bullet("3.ten years")


_ZH = """迅达速运 — 加入我们 Join Us
岗位百科 › 运营类 Operations › 分拨中心主管
Sorting Centre Supervisor
岗位职责 Responsibilities
播报
编辑
{duties}
职业发展 Career path
分拣员 → 班组长 → 分拨中心主管 → 分拨中心经理
"""


def test_chinese_numbered_duties_drop_their_numbers_and_edit_buttons():
    duties = "1.管理夜班分拣团队的排班与考勤；\n2.监控自动分拣线的效率和错分率；\n3.组织班前会并检查安全防护。"
    page = _parsed(_ZH.format(duties=duties))
    assert [r["text"] for r in page.facts.get("responsibilities", [])] == [
        "管理夜班分拣团队的排班与考勤；", "监控自动分拣线的效率和错分率；", "组织班前会并检查安全防护。"]


def test_chinese_duties_with_a_decimal_keep_their_text():
    duties = "2.5小时内完成分拣线的交接；\n3.5小时内完成夜班盘点；\n每周检查安全防护。"
    texts = [r["text"] for r in _parsed(_ZH.format(duties=duties)).facts.get("responsibilities", [])]
    assert not any(t.startswith(("5小时", "管理")) for t in texts)


# ---------------------------------------------------------------- a Portuguese / Spanish pay heading by level

def test_pay_range_heading_by_level():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Faixa salarial por nível") == "salary"
    assert heading_kind("Rango salarial según experiencia") == "salary"


def test_pay_range_heading_needs_its_by_word():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Faixa salarial do analista e outras informações do mercado") != "salary"


# ---------------------------------------------------------------- the Saudi riyal's abbreviation; Arabic band ends

_AR = """دليل المهن

الرئيسية / دليل المهن / المالية / أخصائي رواتب

أخصائي رواتب

يتولى أخصائي الرواتب إعداد كشوف الرواتب الشهرية للموظفين.

المهام والمسؤوليات
- إعداد كشوف الرواتب الشهرية
- مراجعة ساعات العمل الإضافي
- التواصل مع الموظفين

المهارات المطلوبة
- الدقة
- إتقان برنامج Excel

الراتب حسب المدينة (شهرياً)
{table}
"""


def _ar_points(table: str) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(_AR.format(table=table))]


def test_riyal_abbreviation_and_arabic_band_ends():
    table = "المدينة | الحد الأدنى | الحد الأعلى\nأبها | 9,000 ر.س | 16,000 ر.س\nتبوك | 8,500 ر.س | 14,500 ر.س"
    assert _ar_points(table) == [(9000, 16000, "SAR"), (8500, 14500, "SAR")]


def test_arabic_low_beside_an_average_is_no_band():
    table = "المدينة | الحد الأدنى | المتوسط\nأبها | 9,000 ر.س | 12,000 ر.س\nتبوك | 8,500 ر.س | 11,000 ر.س"
    assert (9000, 12000, "SAR") not in _ar_points(table)


# ---------------------------------------------------------------- a scale word after a band's high end only

def test_scale_word_after_the_high_end_scales_the_low_end():
    assert _points("Glaziers earn 10 - 20 million VND a month.") == [(10000000, 20000000, "VND")]
    assert _points("Glaziers earn 10 - 20 triệu đồng/tháng.") == [(10000000, 20000000, "VND")]


def test_scale_word_does_not_lift_a_low_end_above_the_high_one():
    assert (25000000, 20000000, "VND") not in _points("Glaziers earn 25 - 20 million VND a month.")


# ---------------------------------------------------------------- a Vietnamese duties heading naming the role

def test_vietnamese_job_description_heading_naming_the_role_heads_duties():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Mô tả công việc kế toán tổng hợp") == "responsibilities"
    assert heading_kind("Mô tả công việc") == "prose"


# ---------------------------------------------------------------- 'Habilidades y conocimientos que piden …' heads skills

def test_two_skill_nouns_before_what_employers_ask_head_skills():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Habilidades y conocimientos que piden las empresas") == "skills"
    assert heading_kind("Habilidades y empresas que piden") is None


# ---------------------------------------------------------------- a wiki's unknown heading; a lead-in's footnote

_WIKI = """Glaser – Wikipedia
aus Wikipedia, der freien Enzyklopädie

Glaser

Ein Glaser schneidet Glas zu und setzt Fenster, Türen und Fassaden ein.

Aufgaben[Bearbeiten | Quelltext bearbeiten]
Zu den Aufgaben eines Glasers gehören:{note}
Glas nach Maß zuschneiden
Fenster und Türen verglasen
Beschädigte Scheiben ersetzen
Die Arbeit findet oft auf Baustellen statt.
{next}[Bearbeiten | Quelltext bearbeiten]
Die Ausbildung dauert drei Jahre.
Gefordert werden:
Handgeschick
Schwindelfreiheit
Gehalt[Bearbeiten | Quelltext bearbeiten]
Ein Glaser verdient rund 2.900 € brutto im Monat.
"""


def test_wiki_heading_the_vocabulary_does_not_know_ends_the_duties():
    duties = _duties(_WIKI.format(note="[2]", next="Werdegang"))
    assert duties == ["Glas nach Maß zuschneiden", "Fenster und Türen verglasen", "Beschädigte Scheiben ersetzen"]


def test_lead_in_without_a_footnote_reads_as_before():
    duties = _duties(_WIKI.format(note="", next="Werdegang"))
    assert duties == ["Glas nach Maß zuschneiden", "Fenster und Türen verglasen",
                      "Beschädigte Scheiben ersetzen"]


def test_a_footnote_after_a_full_stop_is_no_lead_in():
    from pipeline.parse.generic.items import _FOOTNOTE_END
    text = "Die Arbeit findet oft auf Baustellen statt.[3]"
    assert not _FOOTNOTE_END.sub("", text).endswith(":")


# ---------------------------------------------------------------- the whole cells of a table row the capture cut

def _cut_points(pay: str) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(_PAGE.format(pay=pay).rstrip("\n"))]


def test_cut_last_row_keeps_its_whole_bands():
    pay = "Level\tLeeds\tYork\tHull\nJunior\t£28k–£32k\t£27k–£31k\t£26k–£30k\nSenior\t£38k–£45k\t£36k–£42k\t£3"
    assert _cut_points(pay)[-2:] == [(38000, 45000, "GBP"), (36000, 42000, "GBP")]


def test_cut_last_row_under_band_ends_stays_text():
    # a single amount under 'Low' is one end of a band whose other end is cut: no salary
    pay = "Region\tLow\tHigh\tMedian\nLeeds\t£28,000\t£32,000\t£30,000\nYork\t£27,000\t£3"
    assert not any(low == 27000 for low, _, _ in _cut_points(pay))


def test_unknown_wiki_heading_ends_only_a_list_section():
    from pipeline.parse.generic.structure import segment
    text = ("Glaser\n\nAufgaben[Bearbeiten | Quelltext bearbeiten]\nGlas zuschneiden\n"
            "Werdegang[Bearbeiten | Quelltext bearbeiten]\nText.\n"
            "Geschichte[Bearbeiten | Quelltext bearbeiten]\nDie Glaserei ist alt.[Bearbeiten]\n")
    kinds = {ln.number: ln.kind for ln in segment(text, "Glaser") if ln is not None}
    assert kinds[5] == "other"  # after the duties: it ends them
    assert kinds[7] is None and kinds[8] is None  # after another section, and a sentence: as before


def test_vietnamese_job_description_with_its_english_heading_stays_as_before():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Mô tả công việc / Job description") != "responsibilities"


def test_prose_band_after_the_table_restates_it():
    pay = ("Band\tStarting point\tTop of band\nBand 3\t£24,000\t£26,000\nBand 4\t£27,000\t£29,500\n\n"
           "Most new glaziers are paid from £24,000 to £26,000.")
    assert _points(pay).count((24000, 26000, "GBP")) == 1
