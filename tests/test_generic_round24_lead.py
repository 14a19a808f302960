"""Generic layout, round 24 (the lead's fix): a box row's label ends at its first colon, ASCII or full-width; a colon
inside the value (a time of day, a ratio) stays the value's. Invented pages; the negative keeps an ASCII label whose
value holds a full-width colon."""
from __future__ import annotations

from generic_helpers import _facts

_JA = """はたらくナビ｜職業図鑑
ホーム ＞ 職業図鑑 ＞ 医療 ＞ 臨床検査技師
臨床検査技師
募集要項の例
雇用形態：正職員
勤務地：福岡市博多区
必要資格：臨床検査技師免許
勤務時間：8:45〜17:15（夜勤あり）
休日：年間休日118日

仕事内容
・血液や尿の検体検査
・心電図や超音波による生理機能検査
・検査結果の報告と記録

必要なスキル
・正確さ
・集中力
・コミュニケーション力
"""


def test_a_time_of_day_in_a_full_width_colon_row_stays_in_the_value():
    assert ("勤務時間", "8:45〜17:15（夜勤あり）") in _facts(_JA)
    assert not any(label.startswith("勤務時間：") for label, _ in _facts(_JA))


def test_an_ascii_label_keeps_a_full_width_colon_of_its_value():
    text = _JA.replace("勤務時間：8:45〜17:15（夜勤あり）", "Shift: 日勤 8：45〜17：15")
    assert ("Shift", "日勤 8：45〜17：15") in _facts(text)
