"""Generic layout, round 24a: whole role pages the layout did not read at all (sets 42-46): a title in a script without
capitals named by the site's trail before a colon or a glued particle ('… ＞ 薬剤師' over '薬剤師の仕事内容・年収・なり方',
'… › محاسب' over 'محاسب: الوصف الوظيفي …'), a trail rendered as a list, a Korean name with its other name glued in
brackets, headline furniture in more languages ('… là gì?', 'Career Tips: … कैसे बनें?', 'Mengenal Profesi …', 'Becoming a
…: what the job entails'), labels in scripts without capitals, heading words of every section kind in Japanese, Chinese,
Korean, Arabic, Hebrew, Swahili, Hindi, Russian and Indonesian, the byline and 'read also' words of those languages, a
<form> wrapping the whole page, a pay band's points as a one-role table's columns, and three skill shapes that are no
skill. Every page here is invented (other roles, sites and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

import pytest

from generic_helpers import _aliases, _facts, _page, _paths
from pipeline.parse import detect
from pipeline.parse.generic import detect_layout
from pipeline.parse.generic.guard import skill_ok
from pipeline.parse.generic.title import remove_furniture
from pipeline.parse.generic.vocabulary import heading_kind
from pipeline.parse.html import html_to_text


def _duties(text: str) -> list[str]:
    return [r["text"] for r in _page(text).facts.get("responsibilities", [])]


def _skills(text: str) -> list[str]:
    return [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]


def _role(text: str) -> str:
    return _page(text).roles[0].name


# --- the trail's entry first on the headline, before a colon or a glued particle -------------------------------------

_JA = """しごとガイド｜職業情報
TOP ＞ 職種図鑑 ＞ 医療 ＞ 栄養士

栄養士の仕事内容・年収・資格
最終更新日：2026年1月5日

栄養士は、給食施設や病院で献立を作り、食事の栄養管理を行う専門職です。

■ 栄養士の主な仕事内容
・献立を作成する
・食材を発注する
・厨房の衛生管理を行う

■ 必要なスキル
・調理の知識
・コスト管理

■ キャリアパス
栄養士 → 管理栄養士 → 栄養課長
"""


def test_a_japanese_trail_entry_glued_to_its_particle_names_the_page():
    """Set 42 p15: '… ＞ 薬剤師' over '薬剤師の仕事内容・年収・なり方' (the role, then の and what the page tells of it): the
    page is read; negative: a headline that does not open on the trail's entry names no role, and the page stays unknown."""
    assert _role(_JA) == "栄養士"
    assert _duties(_JA) == ["献立を作成する", "食材を発注する", "厨房の衛生管理を行う"]
    assert _skills(_JA) == ["調理の知識", "コスト管理"]
    assert _paths(_JA) == [("step", "栄養士"), ("step", "管理栄養士"), ("step", "栄養課長")]
    assert detect_layout(_JA.replace("栄養士の仕事内容・年収・資格", "はじめての職種ガイド")) is None


_AR = """موقع مهن الخليج
الرئيسية › دليل المهن › الصحة › صيدلي

صيدلي: الوصف الوظيفي والمهام والراتب
بقلم: فريق التحرير | آخر تحديث: 3 مارس 2026

الصيدلي هو المسؤول عن صرف الأدوية وتقديم المشورة للمرضى في الصيدليات والمستشفيات.

نظرة سريعة
المؤهل: بكالوريوس صيدلة
الخبرة المطلوبة: 2 - 4 سنوات

المهام والمسؤوليات
- صرف الوصفات الطبية ومراجعتها.
- تقديم المشورة الدوائية للمرضى.
- متابعة مخزون الأدوية وتواريخ الصلاحية.

المهارات المطلوبة
- الدقة
- التواصل مع المرضى
"""


def test_an_arabic_trail_entry_before_a_colon_with_its_glance_box_and_byline():
    """Set 42 p17: '… › محاسب' over 'محاسب: الوصف الوظيفي …': the role; the box's labels, in a script without capitals, are
    read; the byline ('بقلم', 'آخر تحديث') is page metadata. Negative: the headline without the entry leaves no title."""
    assert _role(_AR) == "صيدلي"
    assert _facts(_AR) == [("المؤهل", "بكالوريوس صيدلة"), ("الخبرة المطلوبة", "2 - 4 سنوات")]
    assert _duties(_AR) == ["صرف الوصفات الطبية ومراجعتها.", "تقديم المشورة الدوائية للمرضى.",
                            "متابعة مخزون الأدوية وتواريخ الصلاحية."]
    assert _skills(_AR) == ["الدقة", "التواصل مع المرضى"]
    assert detect_layout(_AR.replace("صيدلي: الوصف الوظيفي والمهام والراتب", "دليل المهن الصحية")) is None


_AR_LIST = """- الرئيسية
- دليل المهن
- الصحة
- أخصائي تغذية

أخصائي تغذية
يضع أخصائي التغذية خطط الوجبات للمرضى ويتابع حالتهم الصحية.

المهام والمسؤوليات
- تقييم الحالة الغذائية للمرضى.
- إعداد خطط الوجبات العلاجية.
- تثقيف المرضى حول العادات الغذائية.

المهارات المطلوبة
- التخطيط
- الإقناع
"""


def test_a_trail_rendered_as_a_list_names_the_role_written_under_it():
    """Set 46 p11: '- الرئيسية' / '- دليل المهن' / '- الهندسة' / '- مهندس مدني' over 'مهندس مدني': a trail of three list entries
    or more; negative: two list lines are no trail (the page stays unknown)."""
    assert _role(_AR_LIST) == "أخصائي تغذية"
    assert _skills(_AR_LIST) == ["التخطيط", "الإقناع"]
    assert detect_layout(_AR_LIST.replace("- دليل المهن\n- الصحة\n", "")) is None


_KO = """직업정보 상세 | 진로넷
HOME > 직업정보 > 직업 상세 > 통역사(번역사)

통역사(번역사)
언어·문화 > 통역 및 번역 관련 전문가

하는 일
통역사는 서로 다른 언어를 사용하는 사람들 사이에서 말을 옮겨 의사소통을 돕습니다.
- 회의와 행사에서 동시통역을 한다.
- 계약서와 기술 문서를 번역한다.
- 용어집을 만들고 관리한다.

업무수행능력
- 외국어 능력
- 집중력

임금
통역사의 평균 연봉은 4,300만원입니다.
"""


def test_a_korean_name_with_its_other_name_glued_in_brackets():
    """Set 43 p11: 'HOME > … > 큐레이터(학예사)' over '큐레이터(학예사)': the bracket glued to a name in a script without
    spaces before it is part of the name the trail and the line write alike; negative: the name under the trail written
    otherwise names nothing."""
    assert _role(_KO) == "통역사(번역사)"
    assert _duties(_KO) == ["회의와 행사에서 동시통역을 한다.", "계약서와 기술 문서를 번역한다.", "용어집을 만들고 관리한다."]
    assert _skills(_KO) == ["외국어 능력", "집중력"]
    assert detect_layout(_KO.replace("\n통역사(번역사)\n언어", "\n통역사 안내\n언어")) is None


# --- headline furniture in more languages ---------------------------------------------------------------------------

_VI = """CẨM NANG NGHỀ | ViecTot.vn
Thợ điện là gì? Mô tả công việc, mức lương và kỹ năng
Ngày đăng: 02/02/2026

Thợ điện là người lắp đặt và sửa chữa hệ thống điện trong nhà ở và nhà xưởng. Nhiều thợ điện làm việc tự do.

Mô tả công việc của thợ điện
- Lắp đặt dây điện, ổ cắm và công tắc theo bản vẽ.
- Kiểm tra và sửa chữa sự cố điện.
- Bảo trì máy phát điện định kỳ.

Kỹ năng cần có
- Đọc bản vẽ điện
- Sử dụng đồng hồ vạn năng
"""
_HI = """समाचार दर्पण
होम › करियर › करियर गाइड
Career Tips: लाइब्रेरियन कैसे बनें? जानिए योग्यता, काम और सैलरी

लाइब्रेरियन पुस्तकालय की किताबों और डिजिटल संसाधनों की देखभाल करते हैं। लाइब्रेरियन पाठकों की मदद भी करते हैं।

लाइब्रेरियन क्या करते हैं?
• किताबों का वर्गीकरण और सूचीकरण करना
• पाठकों को संदर्भ सेवा देना
• डिजिटल कैटलॉग का प्रबंधन करना

कौन-सी स्किल्स जरूरी हैं?
• संगठन कौशल
• कंप्यूटर की जानकारी
"""


def test_a_vietnamese_question_headline_names_its_role():
    """Set 46 p06: 'Kỹ sư xây dựng là gì? Mô tả công việc …': the name before 'là gì?' (a Vietnamese head noun first) is the
    role when the page writes it again, and 'Mô tả công việc của …' heads its duties; negative: a name the page never
    writes again names nothing."""
    assert _role(_VI) == "Thợ điện"
    assert _duties(_VI) == ["Lắp đặt dây điện, ổ cắm và công tắc theo bản vẽ.", "Kiểm tra và sửa chữa sự cố điện.",
                            "Bảo trì máy phát điện định kỳ."]
    assert _skills(_VI) == ["Đọc bản vẽ điện", "Sử dụng đồng hồ vạn năng"]
    lone = _VI.replace("Thợ điện là người", "Đây là người").replace("Nhiều thợ điện", "Nhiều người").replace(
        "của thợ điện", "của nghề")
    assert detect_layout(lone) is None


def test_a_hindi_headline_after_a_news_tag_names_its_role():
    """Set 46 p10: 'Career Tips: फार्मासिस्ट कैसे बनें? …': the news desk's tag and 'how to become' are furniture; the Hindi
    question headings head duties and skills."""
    assert _role(_HI) == "लाइब्रेरियन"
    assert _duties(_HI) == ["किताबों का वर्गीकरण और सूचीकरण करना", "पाठकों को संदर्भ सेवा देना", "डिजिटल कैटलॉग का प्रबंधन करना"]
    assert _skills(_HI) == ["संगठन कौशल", "कंप्यूटर की जानकारी"]


@pytest.mark.parametrize("line, name", [
    ("Becoming a tower crane operator: What the job entails and what it pays", "tower crane operator"),
    ("Mengenal Profesi Apoteker: Tugas, Gaji, dan Jenjang Kariernya", "Apoteker"),
    ("Thợ hàn là gì? Mô tả công việc và mức lương", "Thợ hàn"),
    ("什么是物流专员？", "物流专员"),
    ("간호조무사란? 하는 일과 연봉", "간호조무사"),
    ("歯科衛生士の仕事内容・年収", "歯科衛生士"),
    ("PAYROLL MANAGER SALARY IRELAND 2025", "PAYROLL MANAGER"),
])
def test_headline_furniture_around_the_name(line, name):
    assert remove_furniture(line)[0] == name


@pytest.mark.parametrize("line", ["Payroll Manager", "Salary Officer", "Thợ hàn", "歯科衛生士"])
def test_a_bare_name_keeps_its_words(line):
    # negative: a name with no furniture around it is kept whole ('Salary Officer': a pay word with no place after it)
    assert remove_furniture(line) == (line, False)


def test_a_label_over_roles_and_a_description_label_are_no_title():
    """Set 44 p08: 'Related roles you could move into: A, B' (a row of moves, read as lateral moves) and 'Job Role
    Description' stood above the first fact heading; the bare name line is the title. Negative: without the name line
    neither the list of roles nor 'Job' names the page."""
    text = ("Home / Frameworks / Logistics\nWarehouse Supervisor\nJob Role Description\nThe Warehouse Supervisor runs a "
            "warehouse shift and its team.\nCareer Pathway\nStorekeeper > Warehouse Supervisor > Warehouse Manager\n"
            "Related roles you could move into: Inventory Planner, Logistics Coordinator\nKey Tasks\n- Plan shift rosters\n"
            "- Check stock counts\n- Train new storekeepers\nSkills\n- Forklift operation\n- Stock control\n")
    assert _role(text) == "Warehouse Supervisor"
    assert ("lateral", "Inventory Planner") in _paths(text) and ("lateral", "Logistics Coordinator") in _paths(text)
    # negative: without the name line, neither the list of roles nor the description label's rest ('Job') is the title
    assert _role(text.replace("Warehouse Supervisor\nJob Role", "Job Role")) not in (
        "Inventory Planner, Logistics Coordinator", "Job")


# --- heading words of every section kind -----------------------------------------------------------------------------

@pytest.mark.parametrize("line, role, kind", [
    ("■ 薬剤師の主な仕事内容", "薬剤師", "responsibilities"),
    ("介護福祉士の年収・給料", "介護福祉士", "salary"),
    ("必要なスキル・適性", None, "skills"),
    ("基本データ", None, "facts"),
    ("1 工作内容[编辑]", None, "responsibilities"),
    ("3 薪资待遇[编辑]", None, "salary"),
    ("업무수행능력", None, "skills"),
    ("직업 요약 정보", None, "facts"),
    ("مسميات أخرى", None, "aliases"),
    ("כישורים נדרשים", None, "skills"),
    ("מסלול קידום", None, "career"),
    ("בקצרה", None, "facts"),
    ("Majukumu ya Fundi Bomba", "Fundi Bomba", "responsibilities"),
    ("Ujuzi Unaohitajika", None, "skills"),
    ("Ngazi za Maendeleo ya Kazi", None, "career"),
    ("Kwa Ufupi", None, "facts"),
    ("कितनी मिलती है सैलरी?", None, "salary"),
    ("एक नजर में", None, "facts"),
    ("Чем занимается бухгалтер", "Бухгалтер", "responsibilities"),
    ("Важные качества и навыки", None, "skills"),
    ("Карьерный рост", None, "career"),
    ("Коротко о профессии", None, "facts"),
    ("Skill yang Harus Dimiliki Apoteker", "Apoteker", "skills"),
    ("Jenjang Karier Apoteker", "Apoteker", "career"),
    ("Mô tả công việc của thợ hàn", None, "responsibilities"),
    ("이 직업과 비슷한 직업", None, "other"),
])
def test_headings_of_more_languages(line, role, kind):
    assert heading_kind(line, role) == kind


@pytest.mark.parametrize("line", ["Kazi", "データ", "Карьера", "관련 직업", "1 公司新闻[编辑]", "وظائف الرياض"])
def test_a_bare_site_word_or_an_unknown_wiki_section_is_no_heading(line):
    # negatives: a site's menu word ('Kazi' jobs, 'Карьера' careers, 'データ' data), the related-jobs word round 19a keeps
    # unread, a wiki section the vocabulary does not know
    assert heading_kind(line) is None


def test_a_bare_job_description_heading_stays_prose():
    # negative: a job advert's bare 'Mô tả công việc' (no role named) heads no duties
    assert heading_kind("Mô tả công việc") == "prose"


# --- labels without capitals, metadata and links ---------------------------------------------------------------------

def test_a_full_width_pair_or_a_long_line_is_no_label_over_a_value():
    """The label of a label-line/value-line pair in a script without capitals is short and holds no full-width colon or
    question mark ('中文名：科研助理' over '外文名：…' is two pairs, '目录'-like lines aside)."""
    from pipeline.parse.generic.vocabulary import _label_like
    assert _label_like("المؤهل") and _label_like("学历要求")
    assert not _label_like("中文名：科研助理")
    assert not _label_like("数据分析师是做什么的？")
    assert not _label_like("この記事を読んだ人はこんな職業も見ています")


# --- skills ---------------------------------------------------------------------------------------------------------

def test_a_rank_a_clause_or_a_name_glued_to_its_description_is_no_skill():
    """Sets 29 p05, 42 p15, 43 p12: '1' (a rank column), '熟悉常用办公软件；' (a clause of a requirements list),
    'コミュニケーション力 ― 患者さんの…' (a name and its description glued by a bar); negatives: the bare names pass."""
    assert not skill_ok("1", "1", "Nurse")
    assert not skill_ok("熟悉常用办公软件；", "熟悉常用办公软件；", "文员")
    assert not skill_ok("傾聴力 ― 相手の話を最後まで聞き取る力", "傾聴力 ― 相手の話を最後まで聞き取る力", "保育士")
    assert skill_ok("傾聴力", "傾聴力", "保育士")
    assert skill_ok("熟悉常用办公软件", "熟悉常用办公软件", "文员")
    assert skill_ok("Excel 365", "Excel 365", "Clerk")


# --- HTML and detection ---------------------------------------------------------------------------------------------

def test_a_form_holding_the_pages_h1_is_the_page():
    """Set 44 p15: ASP.NET Web Forms wrap the whole body in one <form>: its content is rendered; negative: a search form
    without the page's h1 is dropped as before."""
    page = ("<html><body><form method='post'><h1>Boiler Inspector</h1><p>Inspects boilers.</p>"
            "<input type='hidden' name='__VIEWSTATE' value='x'/></form></body></html>")
    text = html_to_text(page)
    assert "Boiler Inspector" in text and "Inspects boilers." in text
    search = "<html><body><h1>Boiler Inspector</h1><form><p>Search all jobs</p></form><p>Body text.</p></body></html>"
    assert "Search all jobs" not in html_to_text(search)


_BAND = """Home > Careers > Crane Operator

Crane Operator

Duties
- operate mobile cranes on construction sites
- inspect rigging before each lift
- keep daily lift logs

Skills
- spatial awareness
- clear radio communication

Wage & Salary
|  | Starting | Overall | Top |
|---|---|---|---|
| Hourly Wage | $28.00 | $35.50 | $44.00 |
"""


def test_a_pay_band_table_is_no_comparison():
    """Set 44 p15: '|  | Starting | Overall | Top |': the points of one role's pay band, not roles compared; negative: a
    table whose columns are roles stays a comparison."""
    assert detect(_BAND) == ("guide", "generic")
    compared = _BAND.replace("|  | Starting | Overall | Top |", "|  | Crane Operator | Rigger | Dogman |")
    assert detect(compared)[0] == "comparison"


# --- a second pass: Chinese and Korean databases, a regional site name, CJK labels and paragraphs ---------------------

@pytest.mark.parametrize("line, kind", [
    ("職務概況", "facts"), ("具備技能", "skills"), ("薪資行情", "salary"), ("職場工作者怎麼說？", "other"),
    ("필요 능력 및 지식", "skills"), ("필요 기술 및 지식", "skills"), ("업무환경", "profile"), ("경력별 평균 연봉", "salary"),
])
def test_job_bank_and_occupation_database_headings(line, kind):
    """Set 46 p04 (a Taiwanese job bank's encyclopedia) and p02, set 40 p06 (Korean occupation databases): their headings
    ended the duties section nowhere, so skills and pay lines were read as duties."""
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["職務", "기술", "行情"])
def test_a_bare_word_of_those_headings_is_none(line):
    # negative: the bare word of a heading (a job, a skill, pay) heads nothing
    assert heading_kind(line) is None


_LISTICLE = """JobHarbor Kenya
Jobs
Companies
Career Advice
For Employers
Home › Career Advice › Money & Banking
Top 5 Best Paying Finance Jobs in Kenya in 2026
By Amina Otieno | 6 min read

Salaries
1. Actuary: KSh 250,000 a month
2. Investment Banker: KSh 300,000 a month

Top skills
- Excel
- Modelling

Top skills
- Negotiation
- Valuation
"""


def test_a_regional_site_name_and_a_menu_name_no_role():
    """Set 44 p04: 'CareerNest India' over a job board's menu ('Companies', 'Career Advice') and a listicle of roles: the
    site's regional name and its menu entries are no role, so the listicle stays unknown (a trail naming the role under
    such a name still outranks it, as on set 31 p08)."""
    assert detect_layout(_LISTICLE) is None
    from pipeline.parse.generic.title import _regional_name
    assert _regional_name("JobHarbor Kenya") and _regional_name("Talentia Poland")
    # negatives: a name ending on no place, or a place's name alone, is no regional name
    assert not _regional_name("Kontroler finansowy")
    assert not _regional_name("India")


def test_a_spaced_cjk_label_and_a_paragraph_are_no_fact():
    """Set 46 p04: '學歷要求　大學' (a label and its value set apart by a full-width space) is no label over the next line,
    and '職務說明' over a paragraph ending on '。' is no fact; negatives: a bare CJK label and a short value pass."""
    from pipeline.parse.generic.guard import fact_ok
    from pipeline.parse.generic.vocabulary import _label_like
    assert not _label_like("學歷要求　大學")
    assert _label_like("學歷要求")
    assert not fact_ok("職務說明", "營養師依據個案的身體狀況與飲食習慣，設計合適的飲食計畫並追蹤成效，協助個案改善健康與生活品質。", "營養師")
    assert fact_ok("學歷要求", "大學", "營養師")


def test_a_glance_row_with_a_full_width_colon_and_a_cjk_source_line():
    """Sets 42 p15, 43 p12: '必要な資格：栄養士免許' under '基本データ' is a label and its value (a full-width colon); a
    figure's source ('数据来源：…', 'データ出典：…') is page metadata, no fact."""
    boxed = _JA.replace("■ 栄養士の主な仕事内容", "■ 基本データ\n必要な資格：栄養士免許\n主な勤務先：病院、学校、保育園\n"
                        "データ出典：当サイト調べ\n\n■ 栄養士の主な仕事内容")
    assert _facts(boxed) == [("必要な資格", "栄養士免許"), ("主な勤務先", "病院、学校、保育園")]
    # negative: the page without the box stores no fact
    assert _facts(_JA) == []


def test_a_classification_title_with_a_lower_case_qualifier_in_brackets():
    """Set 30 p02: 'Electrician (except industrial and power system) in Canada': the name with its qualifier in brackets is
    the role; negative: a bracket holding a figure ('Glazier (2 open positions)') gives no title, the page stays unknown."""
    text = ("Home > Explore careers\n\nGlazier (except automotive glass) in Canada\n\nJob duties\n- cut glass to size\n"
            "- install windows and storefronts\n- replace broken panes\n\nSkills\n- Measuring\n- Cutting\n")
    assert _role(text) == "Glazier (except automotive glass)"
    assert _skills(text) == ["Measuring", "Cutting"]
    assert detect_layout(text.replace("Glazier (except automotive glass) in Canada", "Glazier (2 open positions) in Canada")) \
        is None


def test_a_table_of_contents_lead_is_no_fact_label():
    """Set 43 p12: '目录' over '1 工作内容' read as a label and its value; a contents lead in those languages is page
    metadata. Negative: a glance label of the same script is a fact."""
    from pipeline.parse.generic.guard import fact_ok
    assert not fact_ok("目录", "1 岗位职责", "文员")
    assert not fact_ok("Mục lục", "1. Thợ hàn là gì?", "Thợ hàn")
    assert fact_ok("学历要求", "大专及以上", "文员")
