"""Generic layout, round 24 (the lead's fix): a box row's label ends at its first colon, ASCII or full-width; a colon
inside the value (a time of day, a ratio) stays the value's. Invented pages; the negative keeps an ASCII label whose
value holds a full-width colon."""
from __future__ import annotations

from generic_helpers import _facts

from pipeline.parse.generic import detect_layout

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


_PL_AD = """PracaDziś.pl
Oferty pracy   Pracodawcy   Porady kariery
Oferty pracy › Logistyka › Magazyn › Poznań

Magazynier / Magazynierka
Centrum Dystrybucji Warta Sp. z o.o.
Poznań, Wilda (wielkopolskie)

5 200–6 100 zł brutto / mies.
umowa o pracę
pełny etat

[Aplikuj szybko]   [Zapisz]

Twój zakres obowiązków
• przyjmowanie i wydawanie towaru,
• kompletowanie zamówień ze skanerem,
• dbanie o porządek w strefie składowania,
• inwentaryzacja okresowa towaru,
• obsługa systemu magazynowego WMS,
• współpraca z działem transportu.

Nasze wymagania
• uprawnienia na wózek widłowy,
• dokładność i sumienność,
• gotowość do pracy zmianowej,
• podstawowa obsługa komputera,
• mile widziane doświadczenie w logistyce.

To oferujemy
• stabilne zatrudnienie,
• prywatną opiekę medyczną.

[Aplikuj szybko]

Ile zarabia magazynier? Zobacz raport płacowy →
"""


def test_a_polish_advert_with_its_quick_apply_button_is_no_role_page():
    assert detect_layout(_PL_AD) is None


def test_the_same_page_without_the_button_lines_is_not_refused_by_the_button():
    # the button is the advert's evidence: without it, nothing of this rule refuses the page (it may still be
    # read or set aside by other rules; here the duties and requirements headings make it a generic page)
    assert detect_layout(_PL_AD.replace("[Aplikuj szybko]   [Zapisz]", "").replace("[Aplikuj szybko]", "")) == "generic"
