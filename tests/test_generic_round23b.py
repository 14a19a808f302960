"""Generic layout, round 23b: role pages refused for want of a recognised heading in their script or language (sets
38-41: Thai, Hindi, Greek, Vietnamese, Chinese, Arabic and Turkish profession guides), and the pay those pages write
(yuan written '¥' on a Chinese page, a Hindi or Arabic band joined by a word, the rial after its amount). Every page
here is invented (another role, site and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _page, _pay
from pipeline.parse.generic.vocabulary import heading_kind


# --- headings in more scripts and languages --------------------------------------------------------------------------

def test_headings_of_scripts_with_vowel_marks_numbered_or_glued_to_the_role():
    """Sets 39 p16, 40 p05, p13, p17, p19: 'หน้าที่และความรับผิดชอบ', 'मुख्य कार्य' (their vowel marks split the words
    apart), 'ΚΑΘΗΚΟΝΤΑ', '二、岗位职责' (a CJK numeral before it), 'เงินเดือน' glued to the role's name; negatives: a Thai or
    Hindi sentence, a numbered line of unknown words and an English heading keep their reading."""
    assert heading_kind("หน้าที่และความรับผิดชอบ") == "responsibilities"
    assert heading_kind("ทักษะที่จำเป็น") == "skills"
    assert heading_kind("मुख्य कार्य") == "responsibilities"
    assert heading_kind("आवश्यक कौशल") == "skills"
    assert heading_kind("करियर में आगे बढ़ना") == "career"
    assert heading_kind("ΚΑΘΗΚΟΝΤΑ") == "responsibilities"
    assert heading_kind("Δεξιότητες και ικανότητες") == "skills"
    assert heading_kind("Kỹ năng cần có") == "skills"
    assert heading_kind("Lộ trình thăng tiến") == "career"
    assert heading_kind("二、岗位职责") == "responsibilities"
    assert heading_kind("四、职业发展路径") == "career"
    assert heading_kind("เงินเดือนนักบัญชี", "นักบัญชี") == "salary"
    assert heading_kind("会计师工资待遇", "会计师") == "salary"
    assert heading_kind("Muhasebeci Ne İş Yapar?") == "responsibilities"
    assert heading_kind("Muhasebecilerin Kariyer Basamakları") == "career"
    # negatives
    assert heading_kind("เขาทำงานที่โรงพยาบาลมาห้าปีแล้ว") is None
    assert heading_kind("वह पांच साल से काम कर रहा है") is None
    assert heading_kind("二、公司简介") is None
    assert heading_kind("Company News") is None
    assert heading_kind("Career Progression") == "career"


_THAI = """งานเด่น.com  หางาน
หน้าแรก | ค้นหางาน | รู้จักอาชีพ

หน้าแรก > รู้จักอาชีพ > การเงิน > นักบัญชี

นักบัญชี

นักบัญชีทำหน้าที่บันทึกบัญชี จัดทำงบการเงิน และดูแลภาษีของบริษัท นักบัญชีเป็นอาชีพที่ตลาดต้องการสูง

หน้าที่และความรับผิดชอบ
• บันทึกรายการบัญชีประจำวัน
• จัดทำงบการเงินรายเดือน
• ยื่นภาษีตามกำหนด

ทักษะที่จำเป็น
• ความละเอียดรอบคอบ
• การใช้ Excel
• ความรู้ด้านภาษี
"""


def test_a_thai_profession_page_is_read():
    """Set 40 p13: a Thai profession page was refused (no heading recognised); now its duties and skills are read.
    Negative: the same page without its section headings stays unread (no role page evidence)."""
    page = _page(_THAI)
    duties = [r["text"] for r in page.facts.get("responsibilities", [])]
    assert "บันทึกรายการบัญชีประจำวัน" in duties
    from pipeline.parse.generic import detect_layout
    bare = _THAI.replace("หน้าที่และความรับผิดชอบ\n", "").replace("ทักษะที่จำเป็น\n", "")
    assert detect_layout(bare) is None


# --- pay --------------------------------------------------------------------------------------------------------------

_ZH = """职业网 - 找工作
首页 | 职位搜索 | 职业百科

当前位置：首页 > 职业百科 > 财务 > 会计师

会计师
所属行业：财务/审计　　更新时间：2026-10-01

会计师负责企业的日常账务处理、财务报表编制和税务申报工作，是企业财务部门的核心岗位之一，需求量大。

一、岗位职责
1. 负责日常账务处理和凭证审核
2. 编制月度、季度和年度财务报表
3. 办理纳税申报

二、技能要求
1. 熟悉会计准则
2. 熟练使用财务软件

三、{heading}
平均月薪：¥9,500
"""


def test_yen_sign_on_a_chinese_page_is_yuan():
    """Set 40 p05: '平均月薪：¥12,800' on a page written in Chinese stored JPY; it is CNY. Negative: on a page written in
    Japanese (kana beside the Han characters) '¥' stays the yen."""
    assert {p[3] for p in _pay(_ZH.format(heading="工资待遇"))} == {"CNY"}
    japanese = _ZH.format(heading="工资待遇").replace("会计师负责", "会計士は、会社の帳簿をつけます。会计师负责")
    assert {p[3] for p in _pay(japanese)} == {"JPY"}


_HI = """राष्ट्रीय करियर पोर्टल
होम | नौकरी खोजें | करियर जानकारी

होम > करियर जानकारी > निर्माण > प्लंबर

प्लंबर

प्लंबर घरों और इमारतों में पानी की पाइपलाइन लगाने और मरम्मत करने का काम करते हैं। यह एक कुशल ट्रेड है।

मुख्य कार्य
• पाइप और फिटिंग लगाना।
• लीकेज ढूंढना और ठीक करना।

आवश्यक कौशल
• औजारों का उपयोग
• नक्शा पढ़ना

वेतन
{line}
"""


def test_hindi_band_joined_by_se_is_one_band():
    """Set 40 p19: '₹9,000 से ₹12,000 प्रति माह' stored two point amounts; it is one band. Negative: 'से' before a
    word that is no amount ('5 वर्ष से अधिक') joins nothing."""
    pay = _pay(_HI.format(line="शुरुआत में प्लंबर को ₹11,000 से ₹15,000 प्रति माह मिलते हैं।"))
    assert [(p[1], p[2], p[3]) for p in pay] == [(11000, 15000, "INR")]
    from pipeline.parse.generic.pay import _between
    assert _between("5 वर्ष से अधिक अनुभव पर ₹30,000") == "5 वर्ष से अधिक अनुभव पर ₹30,000"


_AR = """دليل المهن
الرئيسية | ابحث عن وظيفة | دليل المهن

الرئيسية › دليل المهن › المالية › محاسب

محاسب

يقوم المحاسب بتسجيل العمليات المالية وإعداد القوائم المالية ومتابعة الضرائب في الشركة.

ما هي مهام المحاسب؟
• تسجيل القيود اليومية
• إعداد القوائم المالية الشهرية
• متابعة الإقرارات الضريبية

المهارات المطلوبة
• الدقة والتنظيم
• إتقان برنامج Excel

الراتب حسب المدينة
{city}: 9,800 ريال
جدة: 9,100 ريال
"""


def test_rial_after_the_amount_takes_the_country_the_page_names():
    """Set 40 p15: '12,800 ريال' under a pay heading is Saudi riyals on a page naming a Saudi city; negative: a page
    naming no country of the rial but Jeddah once stores no salary of it (which rial is unknown)."""
    pay = _pay(_AR.format(city="الرياض"))
    assert sorted((p[1], p[2], p[3]) for p in pay) == [(9100, 9100, "SAR"), (9800, 9800, "SAR")]
    assert _pay(_AR.format(city="المدينة الأولى").replace("جدة", "المدينة الثانية")) == []


# --- the role's name ---------------------------------------------------------------------------------------------------

_TRAIL = """WorkWise
Jobs  |  Salaries  |  Career Guides
Sign up  Log in

Career Guides / Transport / {entry}

{headline}
Career guide · Transport · Updated Oct 2026

Forklift operators move pallets and stock around warehouses, yards and loading docks.

Job duties
1. Load and unload lorries with a counterbalance truck
2. Stack pallets safely in racking
3. Check the truck before each shift

Skills
- Spatial awareness
- Care with loads

Salary
The median annual wage for forklift operators is $41,200.
"""


def test_trail_entry_over_its_name_with_a_bracket_names_the_role():
    """Set 38 p22: 'Career Guides / … / Emergency Dispatcher' over 'Emergency Dispatcher (911 Dispatcher)' named the site
    ('CareerPoint'), then a ladder level; the trail's entry written again with a bracket after it is the role. Negative:
    a line under the trail naming something else before its bracket is no title by the trail."""
    page = _page(_TRAIL.format(entry="Forklift Operator", headline="Forklift Operator (Class 7 Operator)"))
    assert [r.name for r in page.roles] == ["Forklift Operator"]
    from pipeline.parse.generic.title import _trail_named
    lines = [(1, "Career Guides / Transport / Forklift Operator"), (3, "Warehouse Safety (2026 Edition)")]
    assert _trail_named(lines, _TRAIL) is None


def test_pay_headings_of_frameworks_and_portuguese_salary_guides():
    """Sets 41 p09, p03, p17: 'Grades & pay', 'Compensation bands', 'Remuneração mensal por porte e região', 'Em números',
    'Competências valorizadas', 'Trajetória de carreira' were no headings. Negatives: a grade or band without pay ('Grades
    and levels'), 'Pay by' without a level and a place, and a Portuguese word of furniture stay unread."""
    assert heading_kind("Grades & pay") == "salary"
    assert heading_kind("Pay bands") == "salary"
    assert heading_kind("Salary by grade and region") == "salary"
    assert heading_kind("Remuneração anual por região") == "salary"
    assert heading_kind("Em números") == "facts"
    assert heading_kind("Competências mais valorizadas") == "skills"
    assert heading_kind("Trajetória de carreira") == "career"
    assert heading_kind("Grades and levels") is None
    assert heading_kind("Pay by bank transfer and cheque") is None
    assert heading_kind("Termos de uso") is None


# --- one role's pay table and range sentences --------------------------------------------------------------------------

_PAY_TABLE = """Cookie notice: we use cookies. Privacy policy
Salaries > Trades > Tower Crane Operator

How much does a Tower Crane Operator make?
As of Nov 2, 2026, the average hourly pay for a Tower Crane Operator in the United States is $31 an hour.
$22
$44
While WageScope is seeing hourly wages as high as $44 and as low as $22, the majority of Tower Crane Operator wages currently range between $27 (25th percentile) to $36 (75th percentile) across the United States.
|  | {heads} |
|---|---|---|
| Top Earners | $91,520 | $44 |
| Average | $64,480 | $31 |

What does a Tower Crane Operator do?
Tower crane operators lift steel, concrete and materials on building sites. Typical responsibilities include:
- Inspect the crane before each shift
- Lift and place loads on the banksman's signals
- Keep the lift log

Top skills for Tower Crane Operators
- Depth perception
- Radio communication
- Load charts
"""


def test_a_pipe_table_of_pay_columns_is_one_roles_page_not_a_comparison():
    """Sets 34 p23, 38 p13: '|  | Annual Salary | Hourly Wage |' (an empty corner) made the page a comparison of roles
    and nothing was stored; its columns are pay, so the generic layout reads it. Negative: a table whose columns name
    roles stays a comparison."""
    from pipeline.parse import parse_text
    page = parse_text(_PAY_TABLE.format(heads="Annual Salary | Hourly Wage"))
    assert page.layout == "generic"
    page = parse_text(_PAY_TABLE.format(heads="Crane Operator | Rigger"))
    assert page.layout != "generic"


def test_range_sentences_and_range_bar_ends_are_bands():
    """Sets 34 p23, 38 p13: 'as high as $44 and as low as $22' stored two points, 'between $27 (25th percentile) to $36
    (75th percentile)' too, and the range bar's end labels ('$22' / '$44' over the sentence) two more; each sentence is
    one band and the bar's ends no salary. Negative: the same two lines over a sentence giving another band stay."""
    pay = {(p[1], p[2]) for p in _pay(_PAY_TABLE.format(heads="Annual Salary | Hourly Wage"))}
    assert (22, 44) in pay
    from pipeline.parse.generic.pay import _between
    assert _between("range between $27 (25th percentile) to $36 (75th percentile) across") == "range between $27 – $36 across"
    assert _between("from $27 (2025) to $36 (2026)") == "from $27 (2025) to $36 (2026)"
    assert (22, 22) not in pay  # ('$44' is also the top earners' hourly wage in the table)
    other = _PAY_TABLE.format(heads="Annual Salary | Hourly Wage").replace("as high as $44 and as low as $22",
                                                                           "as high as $45 and as low as $21")
    pay = {(p[1], p[2]) for p in _pay(other)}
    assert (21, 45) in pay


# --- a Spanish salary lookup ---------------------------------------------------------------------------------------------

def test_spanish_salary_headline_names_the_role_and_its_job_ads_store_nothing():
    """Set 39 p06: 'Sueldo de Fisioterapeuta en España 2026' under the trail named no role (the page was refused);
    '¿Qué habilidades necesita un …?' was no skills heading, and the job ads under 'Empleos de …' ('Fisioterapeuta –
    Clínica …') were stored as facts. Negatives: a headline of another shape keeps its words, and a fact whose label is
    not the role's name stays."""
    from pipeline.parse.generic.title import remove_furniture
    assert remove_furniture("Sueldo de Logopeda en España 2026")[0] == "Logopeda"
    assert remove_furniture("Salário de Enfermeiro no Brasil")[0] == "Enfermeiro"
    assert remove_furniture("Logopeda infantil")[0] == "Logopeda infantil"
    assert heading_kind("¿Qué habilidades necesita un logopeda?") == "skills"
    assert heading_kind("Empleos de Logopeda") == "other"
    from pipeline.parse.generic.guard import _own_name_label
    assert _own_name_label("Logopeda infantil", "Logopeda") and _own_name_label("logopeda", "Logopeda")
    assert not _own_name_label("Jornada", "Logopeda") and not _own_name_label("Logopedas", "Logopeda")


def test_trail_entry_quoted_in_the_headline_under_it_names_the_role():
    """Set 40 p13: 'หน้าแรก > รู้จักอาชีพ > … > วิศวกรไฟฟ้า' over 'รู้จักอาชีพ "วิศวกรไฟฟ้า" ทำงานอะไร …' named no role; the
    entry quoted in the headline is the role. Negative: a quoted word other than the trail's entry names nothing."""
    from pipeline.parse.generic.title import _trail_named
    body = _THAI
    lines = [(1, "หน้าแรก > รู้จักอาชีพ > การเงิน > นักบัญชี"), (3, 'รู้จักอาชีพ "นักบัญชี" ทำงานอะไร เงินเดือนเท่าไร')]
    assert _trail_named(lines, body).name == "นักบัญชี"
    lines = [(1, "หน้าแรก > รู้จักอาชีพ > การเงิน > นักบัญชี"), (3, 'รู้จักอาชีพ "งานบัญชี" ทำงานอะไร เงินเดือนเท่าไร')]
    assert _trail_named(lines, body) is None


def test_trail_entry_opening_a_question_and_a_vietnamese_head_noun_name_the_role():
    """Set 40 p10: '… » Kỹ sư cầu nối BrSE' over 'Kỹ sư cầu nối BrSE là gì? Mô tả công việc, …' named no role: the entry
    opens a question about it, and 'kỹ sư' (engineer) is a Vietnamese head noun. Negatives: a Vietnamese name opening on
    no head noun, and a line that only starts with the entry without a question."""
    from pipeline.parse.generic.title import _trail_named, known_head
    assert known_head("Kỹ sư phần mềm") and known_head("Nhân viên kinh doanh")
    assert not known_head("Cẩm nang nghề nghiệp")
    body = "Trang chủ\nViệc làm\n"
    lines = [(1, "Trang chủ » Cẩm nang » Kỹ sư phần mềm"), (3, "Kỹ sư phần mềm là gì? Mức lương và lộ trình")]
    assert _trail_named(lines, body).name == "Kỹ sư phần mềm"
    lines = [(1, "Trang chủ » Cẩm nang » Kỹ sư phần mềm"), (3, "Kỹ sư phần mềm tuyển dụng tại Hà Nội")]
    assert _trail_named(lines, body) is None
