"""Generic layout, round 22a: which pages are role pages, and the role's name (sets 28-37). Every page here is
invented (another role, site and wording than the sets'), and every rule has a negative, named in each test's
docstring with the pages of the sets that showed its cause."""
from __future__ import annotations

from pipeline.parse.generic import detect_layout
from generic_helpers import _page


def _role(text: str) -> str | None:
    page = _page(text)
    return page.roles[0].name if page.roles else None


def _skills(text: str) -> list[tuple[str, str | None]]:
    return [(r["skill_name"], r["detail"]) for r in _page(text).facts.get("role_skills", [])]


# --- a trail's last entry written again under it names a page in any script -----------------------------------------

_JA_PAGE = """しごとナビ
メニュー　職業検索　ログイン

トップ {arrow} 職業検索 {arrow} 飲食 {arrow} 調理師

{name}

主な業務
◆店舗で提供する料理を調理する。
◆食材の仕入れと在庫を管理する。
◆厨房の衛生を保つ。

スキル
盛り付け 3.6
衛生管理 3.2
段取り力 3.0

平均年収
年収 350万円
"""

_KO_PAGE = """잡가이드 직업정보
로그인 | 회원가입

홈 > 직업정보 > 직업검색 > 음식서비스 > {last}

🖨 인쇄  ⤴ 공유  ★ 관심직업 담기

{name}

주요 업무
- 손님에게 음식을 조리하여 제공한다.
- 식재료를 손질하고 보관한다.
- 주방 위생을 관리한다.

필요한 능력
- 체력
- 위생 관념

임금
연봉 3,200만원
"""


def test_a_full_width_trail_names_the_page_it_ends_on():
    """Sets 29 m02, m16: 'トップ ＞ 職業検索 ＞ … ＞ 介護福祉士' over '介護福祉士': a trail written with full-width arrows is a
    trail; its last entry written again alone under it is the role (the page was refused, no title)."""
    assert detect_layout(_JA_PAGE.format(arrow="＞", name="調理師")) == "generic"
    assert _role(_JA_PAGE.format(arrow="＞", name="調理師")) == "調理師"


def test_a_trail_name_under_a_row_of_buttons_is_the_role():
    """Sets 29 m05, m12: a trail's last entry written again under a row of print / share buttons (four lines down,
    blank ones counted) is the page's role when no line scores as a title by its words."""
    assert _role(_KO_PAGE.format(last="조리사", name="조리사")) == "조리사"


def test_a_trail_over_another_line_or_an_english_article_names_nothing():
    """Negatives: the line under the trail is not its last entry ('조리사' over '음식 이야기'); an English page's trail
    over its article's headline ('Staff hub > Pay > Your payslip explained') names no role."""
    assert detect_layout(_KO_PAGE.format(last="조리사", name="음식 이야기")) is None
    article = ("Staff hub > Pay > Your payslip explained\n\nYour payslip explained\n\nWhat you will see\n"
               "- Your gross pay\n- Your deductions\n- Your net pay\n\nDeductions\n- Tax\n- Pension\n- Union fees\n")
    assert detect_layout(article) is None


# --- a skill written with its rating -------------------------------------------------------------------------------

def test_a_list_of_rated_skills_keeps_the_rating_as_detail():
    """Set 29 m16: 'スキル' over '傾聴力 3.8' / '説明力 3.4' …: every item ends on its rating, which was stored as a
    part of the skill's name (four wrong skills)."""
    assert _skills(_JA_PAGE.format(arrow="＞", name="調理師")) == [
        ("盛り付け", "3.6"), ("衛生管理", "3.2"), ("段取り力", "3.0")]


def test_a_version_in_one_skill_stays_in_its_name():
    """Negative: one item with a version ('Python 3.11') among plain ones is the skill's name as written."""
    page = ("Data Engineer\n\nData Engineer - Careers Atlas\n\nResponsibilities\n- Build data pipelines\n"
            "- Keep the warehouse tidy\n- Document the models\n\nSkills\n- Python 3.11\n- SQL\n- Airflow\n\n"
            "Salary\nData engineers earn £50,000 a year.\n")
    assert [name for name, _ in _skills(page)] == ["Python 3.11", "SQL", "Airflow"]
