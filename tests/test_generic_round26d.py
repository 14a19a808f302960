"""Generic layout, round 26d: sections missed entirely (recall) and skills. An interview's numbered questions ('Q2. …?'),
a marker before a section's number ('■2. …'), Japanese 'に' after the role's name, full-width bracketed numbers, a
number glued to CJK text, a wiki's controls on lines of their own, a Vietnamese 'job description' naming the role, a
German wiki's section headings and a lead-in with its citation mark after the colon.
Every page here is invented (other roles, sites and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

import re

import pytest

from generic_helpers import _duties, _page, _skills
from pipeline.parse.generic.items import _cited_lead
from pipeline.parse.generic.reader import _dashed_names
from pipeline.parse.generic.vocabulary import heading_kind, is_bullet, strip_bullet


@pytest.mark.parametrize("heading,kind", [
    ("Q2. What does a typical day involve?", "responsibilities"), ("Q4. What skills do you need?", "skills"),
    ("Q 5: What's the pay like?", "salary"),
    ("Ausbildung", "profile"), ("Laufbahn", "career"), ("Siehe auch", "other"), ("Einzelnachweise", "other"),
])
def test_headings_of_round_26d(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", [
    "Q4. What skills do you need",  # no question mark: no interview's question
    "Q3 Salary",  # a quarter's figures
    "Q2. How did you get into it?",  # a question naming no section
])
def test_near_miss_questions_name_no_section(line):
    assert heading_kind(line) is None


def test_role_name_then_ni_names_the_heading_after_it():
    assert heading_kind("製図工に必要なスキル", "製図工") == "skills"
    assert heading_kind("製図工に向いている人", "製図工") is None  # who suits the job: no section of the vocabulary


def test_full_width_bracketed_number_and_cjk_glued_number_are_list_markers():
    assert is_bullet("（1）コミュニケーション能力") and strip_bullet("（1）コミュニケーション能力") == "コミュニケーション能力"
    assert is_bullet("1.负责图纸审核；") and strip_bullet("1.负责图纸审核；") == "负责图纸审核；"
    assert not is_bullet("2.5万元以上")  # a decimal figure
    assert not is_bullet("1.5 years of experience")


_JA = """製図ナビ
TOP ＞ 職種図鑑 ＞ 製図工

製図工

■1. 製図工の仕事内容
製図工の主な仕事は次のとおりです。
・設計者の指示に従って図面を作成する
・既存の図面を修正して現場に届ける
・部品表を作成して資材部門と共有する

■2. 製図工に必要なスキル
（1）CADの操作
図面を正確に描くための基本です。
（2）空間認識能力
立体を平面に置き換える力です。
（3）集中力
細かな寸法を長時間確認する力です。

■3. 製図工のキャリアパス
製図工 ⇒ 設計補助 ⇒ 設計者
"""


def test_marked_numbered_headings_over_lists_of_another_marker():
    assert _duties(_JA) == ["設計者の指示に従って図面を作成する", "既存の図面を修正して現場に届ける", "部品表を作成して資材部門と共有する"]
    assert _skills(_JA) == ["CADの操作", "空間認識能力", "集中力"]


def test_marked_numbered_line_naming_no_section_stays_as_before():
    text = _JA.replace("■2. 製図工に必要なスキル", "■2. 製図工の一日")
    assert _skills(text) == []


# (merged with round 26a: the box's '外文名' row is no longer the role's name; with a bracketed gloss under the title the
# page names no role and is set aside, so the page here has none)
_ZH = """百科 首页 分类 词条
绘图员
绘图员是建筑设计单位中负责绘制和整理工程图纸的职位。
中文名
绘图员
外文名
Draftsman
工作职责
播报
编辑
1.根据设计要求绘制施工图纸；
2.校对图纸并修改错误；
3.整理归档图纸资料。
任职要求
播报
编辑
熟练使用CAD软件，具备空间想象能力。
薪资水平
编辑
平均月薪约8,000元。
"""


def test_wiki_controls_under_a_heading_are_no_items_and_glued_numbers_are_markers():
    assert _duties(_ZH) == ["根据设计要求绘制施工图纸；", "校对图纸并修改错误；", "整理归档图纸资料。"]
    assert "编辑" not in _skills(_ZH) and "播报" not in _skills(_ZH)


def test_a_wiki_word_inside_a_line_stays_text():
    text = _ZH.replace("3.整理归档图纸资料。", "3.编辑并整理归档图纸资料。")
    assert _duties(text)[-1] == "编辑并整理归档图纸资料。"


_VI = """Cẩm nang nghề nghiệp › Thợ điện công nghiệp

Thợ điện công nghiệp là gì? Mô tả công việc, mức lương

1. Thợ điện công nghiệp là gì?
Thợ điện công nghiệp là người lắp đặt và bảo trì hệ thống điện trong nhà máy.

2. Mô tả công việc thợ điện công nghiệp
Công việc hằng ngày của một thợ điện công nghiệp bao gồm:
- Lắp đặt tủ điện và hệ thống chiếu sáng nhà xưởng;
- Kiểm tra, bảo trì định kỳ động cơ và thiết bị đóng cắt;
- Xử lý sự cố mất điện trong ca làm việc;
- Ghi chép nhật ký vận hành theo quy định.

3. Kỹ năng cần có
• Đọc bản vẽ điện
• An toàn điện

4. Mức lương thợ điện công nghiệp
Mức lương dao động từ 9 - 15 triệu đồng/tháng.
"""


def test_vietnamese_job_description_naming_the_role_heads_duties_over_a_list():
    assert len(_duties(_VI)) == 4 and _duties(_VI)[0].startswith("Lắp đặt tủ điện")


def test_vietnamese_job_description_over_prose_stays_prose():
    text = _VI.replace("""Công việc hằng ngày của một thợ điện công nghiệp bao gồm:
- Lắp đặt tủ điện và hệ thống chiếu sáng nhà xưởng;
- Kiểm tra, bảo trì định kỳ động cơ và thiết bị đóng cắt;
- Xử lý sự cố mất điện trong ca làm việc;
- Ghi chép nhật ký vận hành theo quy định.""", "Thợ điện làm việc trong nhà máy và xưởng sản xuất theo ca.")
    assert _duties(text) == []


_DE = """Schornsteinfeger – Wikipedia
Schornsteinfeger
aus Wikipedia, der freien Enzyklopädie
Ein Schornsteinfeger reinigt und prüft Feuerungsanlagen.
Aufgaben[Bearbeiten | Quelltext bearbeiten]
Zu den Aufgaben eines Schornsteinfegers gehören:[1]
Reinigung von Schornsteinen und Abgasleitungen
Messung der Abgaswerte von Heizungsanlagen
Prüfung der Brandsicherheit von Feuerstätten
Die Arbeit findet oft auf Dächern statt.
Ausbildung[Bearbeiten | Quelltext bearbeiten]
Die Ausbildung dauert drei Jahre.
Verdienst[Bearbeiten | Quelltext bearbeiten]
Gesellen verdienen rund 2.900 € brutto im Monat.
Siehe auch[Bearbeiten | Quelltext bearbeiten]
Ofenbauer
"""


def test_wiki_lead_with_citation_mark_leads_into_unmarked_items():
    assert _duties(_DE) == ["Reinigung von Schornsteinen und Abgasleitungen", "Messung der Abgaswerte von Heizungsanlagen",
                            "Prüfung der Brandsicherheit von Feuerstätten"]


def test_wiki_citation_mark_after_a_full_stop_or_mid_line_is_kept():
    assert _cited_lead("Die Arbeit ist vielfältig.[1]") == "Die Arbeit ist vielfältig.[1]"
    assert _cited_lead("Siehe: [1] und [2] unten") == "Siehe: [1] und [2] unten"
    assert _cited_lead("Dazu gehören:[1][2]") == "Dazu gehören:"


# --- skills -------------------------------------------------------------------------------------------------------

_JOB_SKILLS = """Home / Salaries / Logistics / Freight Broker

Freight Broker Salary in Canada

Freight Broker Job Duties
* Negotiates rates with carriers and shippers for each load.
* Tracks shipments and updates customers on delivery times.
* Resolves billing disputes with carriers and customers.

Core Job Skills for Freight Broker
Skill	Popularity
Rate Negotiation	61% of job postings
Load Planning	38% of job postings
Customer Service	22% of job postings
"""


def test_job_skills_heading_over_a_popularity_table():
    assert _skills(_JOB_SKILLS) == ["Rate Negotiation", "Load Planning", "Customer Service"]


def test_job_skills_training_is_no_skills_heading():
    assert heading_kind("Job skills training") is None
    assert heading_kind("Skills that pay") is None
    assert heading_kind("Skills that will get you hired") == "skills"


_PAIRS = """What does a pastry chef do? (Duties, skills and salary)

What does a pastry chef do?
Pastry chefs prepare desserts, breads and baked goods for restaurants and hotels:
- preparing doughs and batters before service
- decorating cakes for events
- ordering flour, sugar and dairy

Pastry chef skills
Here are some skills that can help you succeed as a pastry chef:

Precision
Baking is chemistry, so every quantity and temperature must be exact.

Creativity
New desserts keep a menu interesting for regular guests.

Hygiene awareness
Pastry chefs often hold a food hygiene certificate and keep the section spotless.

Related: 12 Kitchen Skills Every Cook Needs

Average pastry chef salary
£27,500 per year
"""


def test_named_paragraphs_over_a_related_link_are_skills():
    assert _skills(_PAIRS) == ["Precision", "Creativity", "Hygiene awareness"]


def test_a_related_link_never_makes_pairs_of_an_odd_run():
    text = _PAIRS.replace("Creativity\nNew desserts keep a menu interesting for regular guests.\n\n", "Creativity\n\n")
    assert "Precision" not in _skills(text)


_DASHED = """Vakmanschap › Beroepen › Dakdekker

Dakdekker

Wat doe je als dakdekker?
- Je legt dakpannen en bitumen op woningen.
- Je repareert lekkages na een storm.
- Je controleert goten en afvoeren.

Wat moet je kunnen?
Hoogtevrees kennen – je werkt de hele dag op hoogte.
Nauwkeurigheid – een kier laat water door.
Conditie – je tilt dakpannen en rollen bitumen.

[Advertentie] Word dakdekker bij een erkend leerbedrijf →

Wat verdien je?
Een dakdekker verdient tussen € 2.500 en € 3.400 bruto per maand.
"""


def test_dashed_names_with_explanations_in_lower_case_and_an_advert_under_them():
    assert _skills(_DASHED) == ["Hoogtevrees kennen", "Nauwkeurigheid", "Conditie"]


def test_dashed_names_need_every_line_so_written():
    assert _dashed_names([("Nauwkeurigheid – een kier laat water door.", 1), ("Werktijden: 7 tot 16 uur", 2)]) == []
    assert _dashed_names([("Maandag – vrijdag", 1), ("Zaterdag – op afroep", 2)]) == []  # days, no explanations


def test_qualities_of_a_good_worker_head_skills():
    assert heading_kind("Cualidades de un buen fontanero") == "skills"
    assert heading_kind("Qualités d'un bon boulanger") == "skills"
    assert heading_kind("Cualidades de la madera") is None
    assert heading_kind("Habilidades y conocimientos que piden las empresas") == "skills"
    assert heading_kind("Conocimientos que piden los bancos") is None


def test_what_the_roles_people_do_at_their_employer_heads_duties():
    assert heading_kind("What data engineers do at Quillon", "Data Engineer") == "responsibilities"
    assert heading_kind("What data engineers do at Quillon") is None  # the role unknown: no heading
    assert heading_kind("Careers at Quillon", "Data Engineer") is None
    assert heading_kind("What interns do at Quillon", "Data Engineer") is None  # other people than the role's


_INTERVIEW = """Menu
TradeWorks Careers
Home / Career stories / Construction / Glazier

CAREER STORIES

"No two windows are the same": 8 questions for a Glazier

Glaziers cut, fit and replace glass in homes and offices. We spoke to Tom Reyes, a glazier in Leeds, about the job.

Share  Facebook  LinkedIn  Email

Q1. What does a typical week involve?
I measure, cut and fit all week, and my favourite part is the finish. In my week I'll be:
- Measuring window openings on site
- Cutting glass and mirrors to size
- Fitting double-glazed units into frames

Q2. What skills do you need?
I'd say these matter most:
* Head for heights
* Careful hands
* Basic maths

Q3. What's the pay like?
I started on £24,000 a year; experienced glaziers earn £30,000 to £38,000 a year.

Q4. Where can you go from here?
I'd like to become a Glazing Supervisor and later run my own firm as a Glazing Contractor.

Subscribe to our newsletter
"""


def test_interview_in_the_first_person_telling_all_four_sections_is_a_role_page():
    assert _duties(_INTERVIEW) == ["Measuring window openings on site", "Cutting glass and mirrors to size",
                                   "Fitting double-glazed units into frames"]
    assert _skills(_INTERVIEW) == ["Head for heights", "Careful hands", "Basic maths"]


def test_interview_telling_fewer_sections_stays_refused():
    from pipeline.parse.generic.structure import detect_layout
    text = _INTERVIEW[:_INTERVIEW.index("Q4.")] + "\nSubscribe to our newsletter\n"
    # (merged with round 26a: answers under three numbered questions are an interview's, not the page's first person,
    # so the page with its numbers is read; the same page without them keeps the first person and is refused)
    text = re.sub(r"(?m)^Q\d\. ", "", text)
    assert detect_layout(text) is None
    assert detect_layout(_INTERVIEW) == "generic"


@pytest.mark.parametrize("heading,kind", [
    ("III. KỸ NĂNG CẦN CÓ", "skills"), ("IV. Salary", "salary"), ("VI. Skills", "skills"), ("II. Responsibilities", "responsibilities"),
])
def test_headings_numbered_in_capital_roman_numerals(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", ["IIII. Skills", "Vi. Skills", "IV. Our history", "I. e. the skills"])
def test_near_miss_roman_numbers_name_no_section(line):
    assert heading_kind(line) is None


_GROUPS = """Recepcionista: descrição de cargo, atribuições e salário

1. Atribuições
- Atender clientes no balcão e ao telefone;
- Agendar visitas e reuniões;
- Receber e distribuir correspondências.

2. Competências
Técnicas: Excel, agenda eletrônica, atendimento telefônico.
Comportamentais: cordialidade, discrição, pontualidade.

3. Salário
O salário médio de um recepcionista é de R$ 2.100 por mês.
"""


def test_groups_named_by_their_adjective_alone_keep_their_group():
    rows = _page(_GROUPS).facts.get("role_skills", [])
    assert [(r["skill_name"], r["skill_group"]) for r in rows] == [
        ("Excel", "Técnicas"), ("agenda eletrônica", "Técnicas"), ("atendimento telefônico", "Técnicas"),
        ("cordialidade", "Comportamentais"), ("discrição", "Comportamentais"), ("pontualidade", "Comportamentais")]


def test_a_label_naming_no_group_of_skills_stays_as_before():
    from pipeline.parse.generic.reader import _skill_group_label
    assert not _skill_group_label("Idiomas") and not _skill_group_label("Requisitos")
    assert not _skill_group_label("Horários")
