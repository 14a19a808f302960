"""Generic layout, round 24c: salaries (sets 42, 43, 44 and 46). A wage table's Low | Median | High read as three points;
a scale number beside priced cells; a range bar's two ends on two lines; pay nouns and verbs of languages that glue or
inflect their words (Swedish, Turkish, Thai, Japanese, Korean); amounts with East-Asian scale words; column units in
any currency sign; bounds and band joins of other languages; and the money that is not the role's pay (other
occupations, listings, fees, supplements). Every page here is invented (another role, site and wording than the sets'),
and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _pay
from pipeline.parse.generic.pay import _between, written_figures


def _points(text: str) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(text)]


_EN = """Career Compass
Home | Careers | Pay

Home > Careers > Trades > Glazier

Glazier

Glaziers cut, fit and replace glass in windows, doors, shopfronts and curtain walls.

Main duties
- Measure openings and cut glass to size
- Fit glazing units and seal frames
- Replace broken panes safely

Skills
- Working at heights
- Reading drawings

{heading}
{pay}
"""


def _en(pay: str, heading: str = "Wages") -> str:
    return _EN.format(heading=heading, pay=pay)


# --- a wage table's Low | Median | High -----------------------------------------------------------------------------

def test_low_median_high_with_no_percentile_are_three_points_a_row():
    """Sets 42 p03, 43 p07, 44 p06: 'Community/Area | Low ($/hour) | Median ($/hour) | High ($/hour)' is one salary a
    cell. Negative: heads naming their percentiles ('Low (10%)', 'High (90%)') keep the two ends one band."""
    table = ("Hourly wages in Canada for this occupation.\n"
             "Community/Area\tLow ($/hour)\tMedian ($/hour)\tHigh ($/hour)\n"
             "Canada\t21.00\t29.00\t39.00\nManitoba\t20.00\t27.50\t36.00\n")
    assert _points(_en(table)) == [(21, 21, "CAD"), (29, 29, "CAD"), (39, 39, "CAD"),
                                   (20, 20, "CAD"), (28, 28, "CAD"), (36, 36, "CAD")]
    banded = ("Location\tPay Period\tLow (10%)\tMedian\tHigh (90%)\nOhio\tYearly\t$38,200\t$49,100\t$63,400\n"
              "Iowa\tYearly\t$36,500\t$47,000\t$61,900\n")
    assert _points(_en(banded)) == [(38200, 63400, "USD"), (49100, 49100, "USD"), (36500, 61900, "USD"),
                                    (47000, 47000, "USD")]


def test_a_scale_number_beside_priced_cells_is_no_amount():
    """Set 43 p03: 'Functie   Schaal   Minimum   Maximum' over 'Adviseur   7   € 2.950   € 4.100': each row one band,
    the bare '7' its scale number. Negative: a table whose cells write no currency keeps its bare numbers (under an
    hourly dollar head)."""
    table = ("Grade                  Scale    Minimum    Maximum\n"
             "Glazier                7        € 2.950    € 4.100\n"
             "Senior glazier         8        € 3.300    € 4.600\n")
    assert _points(_en(table, "Salary")) == [(2950, 4100, "EUR"), (3300, 4600, "EUR")]
    bare = "Area | Low ($/hour) | Median ($/hour) | High ($/hour)\nOhio | 17 | 24 | 31\nIowa | 16 | 22 | 30\n"
    assert [p[:2] for p in _points(_en(bare))] == [(17, 17), (24, 24), (31, 31), (16, 16), (22, 22), (30, 30)]


def test_a_range_label_over_two_lines_of_one_amount_is_one_band():
    """Set 44 p12: 'Most Likely Range$96K' over '$141K' (a range bar's two ends) is one band. Negative: a label that
    names no range ('Base Pay$88,100/yr' over '$12,000/yr') stays two salaries."""
    assert _points(_en("Typical Range$96K\n$141K\nThe figures come from 2,000 reports.\n", "Salary")) == [
        (96000, 141000, "USD")]
    two = _points(_en("Base Pay$88,100/yr\n$12,000/yr\nThe figures come from 2,000 reports.\n", "Salary"))
    assert (88100, 141000, "USD") not in two and (88100, 88100, "USD") in two


# --- pay nouns and verbs of other languages ---------------------------------------------------------------------------

_SV = """Yrkesguiden
Start | Yrken | Utbildning

Glasmästare

Glasmästare monterar och byter glas i fönster, dörrar och fasader i Sverige.

Arbetsuppgifter
- Mäta upp och skära glas
- Montera fönster och glaspartier
- Byta trasiga rutor

Lön
{line}
"""


def test_a_pay_noun_inside_a_compound_names_the_amount_after_it():
    """Set 43 p06: 'Medellönen för … är 41 200 kronor i månaden. Kvinnor tjänar … 39 800 kr och män 41 400 kr' (a pay
    noun inside 'Medellönen', a Swedish verb of earning, 'kronor' the crown). Negative: a Swedish sentence with an
    amount and neither ('Utbildningen kostar 12 000 kr') stores nothing."""
    line = ("Medellönen för glasmästare är 33 400 kronor i månaden. Nyanställda tjänar i snitt 28 100 kr och "
            "erfarna 36 900 kr.")
    assert _points(_SV.format(line=line)) == [(33400, 33400, "SEK"), (28100, 28100, "SEK"), (36900, 36900, "SEK")]
    assert _points(_SV.format(line="Utbildningen kostar 12 000 kr per termin.")) == []


_TR = """Kariyer Rehberi
Ana Sayfa | Meslekler | İş İlanları

Camcı

Camcı, pencere, kapı ve vitrinlere cam kesip takan kişidir.

Camcı Ne İş Yapar?
- Ölçü alır ve camı keser,
- Çerçeveleri takar ve yalıtır,
- Kırık camları değiştirir.

Camcı Maaşları 2026
{pay}
"""


def test_turkish_pay_read_by_its_stems_and_its_floor_after_the_amount():
    """Set 46 p13, 43 p09: 'camcı maaşları en düşük 24.000 TL' (an inflected pay noun), '0-2 Yıl: 24.000 TL - 29.000 TL'
    (the label's own numbers), 'aylık 60.000 TL'yi aşabilmektedir' (a floor written after the amount). Negative: a
    sentence with no pay word ('kurslar ücretsizdir, … adaylar 1.500 TL öder'; 'ücretsiz' is free of charge) stores
    nothing."""
    pay = ("Camcı maaşları en düşük 24.000 TL, ortalama 30.500 TL olarak belirtilmektedir.\n"
           "Atölye sahibi ustaların kazancı aylık 60.000 TL'yi aşabilmektedir.\n"
           "0-2 Yıl: 24.000 TL - 29.000 TL\n3-5 Yıl: 29.000 TL - 36.000 TL\n")
    assert _points(_TR.format(pay=pay)) == [(24000, 24000, "TRY"), (30500, 30500, "TRY"), (60000, None, "TRY"),
                                            (24000, 29000, "TRY"), (29000, 36000, "TRY")]
    assert _points(_TR.format(pay="Meslek kursları ücretsizdir, ancak sınav kaydı için adaylar 1.500 TL öder ve "
                                  "belgelerini teslim eder.\n")) == []


_TH = """งานดี.com หางาน
หน้าแรก | ค้นหางาน | รู้จักอาชีพ

หน้าแรก > รู้จักอาชีพ > ก่อสร้าง > ช่างกระจก

ช่างกระจก

ช่างกระจกทำหน้าที่ตัด ติดตั้ง และเปลี่ยนกระจกในอาคารและบ้านเรือน

หน้าที่และความรับผิดชอบ
• วัดขนาดและตัดกระจก
• ติดตั้งกรอบและกระจก

ทักษะที่จำเป็น
• การทำงานบนที่สูง
• การอ่านแบบ

เงินเดือนช่างกระจก
{pay}
"""


def test_thai_baht_glued_bounds_and_a_listing_row():
    """Set 46 p09: 'ประมาณ 12,000 - 16,000 บาท', 'ได้รับค่าตอบแทนสูงถึง 40,000 บาท' (a bound glued to the words before it),
    a table under 'เงินเดือน (บาท)'. Negative: a job listing row 'title | place | 14,000 - 18,000 บาท' is no salary."""
    pay = ("ช่างกระจกจบใหม่ได้เงินเดือนประมาณ 12,000 - 16,000 บาท ส่วนหัวหน้าช่างอาจได้รับค่าตอบแทนสูงถึง 40,000 บาท\n"
           "ตำแหน่ง\tประสบการณ์\tเงินเดือน (บาท)\nช่างกระจก\t0-2 ปี\t12,000 - 18,000\n"
           "หัวหน้าช่าง\t5 ปีขึ้นไป\t25,000 - 35,000\n\nงานล่าสุด\n"
           "ช่างกระจก (ประจำไซต์งาน) | บางนา | 14,000 - 18,000 บาท\n")
    assert _points(_TH.format(pay=pay)) == [(12000, 16000, "THB"), (None, 40000, "THB"), (12000, 18000, "THB"),
                                            (25000, 35000, "THB")]


# --- units, scales and tables -----------------------------------------------------------------------------------------

def test_a_column_unit_in_any_currency_sign_and_a_rank_column_with_its_scale():
    """Sets 46 p18, 44 p09: 'Rank (CONGLAZ) | Monthly Salary (₦)' over bare '180,000 – 210,000' cells, rows named by
    other titles of the role's ladder. Negative: the same table without the sign stores nothing (no currency)."""
    table = ("| Rank (CONGLAZ) | Monthly Salary (₦) |\n|---|---|\n| Glazing Officer II (CONGLAZ 07) | 180,000 – 210,000 |\n"
             "| Glazing Officer I (CONGLAZ 08) | 215,000 – 250,000 |\n")
    assert _points(_en(table, "Salary")) == [(180000, 210000, "NGN"), (215000, 250000, "NGN")]
    assert _points(_en(table.replace(" (₦)", ""), "Salary")) == []


def test_a_two_column_table_lined_up_by_spaces_with_its_currency_in_the_head():
    """Set 43 p05: 'Employer type        Monthly gross pay (KSh)' over '3-star hotel         60,000 - 80,000' (a label
    starting with a digit, a label run into its amounts by one space). Negative: a head that names no currency leaves
    the rows text."""
    table = ("Employer type                Monthly gross pay (KSh)\n3-star / town hotel          60,000 - 80,000\n"
             "5-star / international chain 95,000 - 130,000\n")
    assert _points(_en(table, "Salary")) == [(60000, 80000, "KES"), (95000, 130000, "KES")]
    assert _points(_en(table.replace(" (KSh)", ""), "Salary")) == []


def test_the_rupee_l_is_a_lakh():
    """Set 44 p05: '₹5.8 L/yr' is 580,000 a year. Negative: 'L' after a dollar amount is no lakh."""
    assert _points(_en("₹5.8 L/yr\nAverage Annual Salary\n", "Salary")) == [(580000, 580000, "INR")]
    assert _points(_en("$5.8 L/yr\nAverage Annual Salary\n", "Salary")) == []


def test_east_asian_scale_words_and_amounts_glued_to_words():
    """Sets 42 p15, 46 p01, 46 p02: '平均年収は465万円', '22万円～28万円' (a full-width tilde), '3,400만 원'. Negative: an
    amount glued to Latin letters ('abc123 kr') is no amount, and '40万以上' without a currency stays unread."""
    assert [w[3] for w in written_figures("平均年収は465万円です", "")] == ["JPY 4650000"]
    assert [w[3] for w in written_figures("月給22万円～28万円", "")] == ["JPY 220000 to JPY 280000"]
    assert [w[3] for w in written_figures("3,400만 원", "")] == ["KRW 34000000"]
    assert written_figures("abc123 kr", "Sweden") == []
    assert written_figures("年薪可达40万以上", "") == []


_KO = """커리어넷 직업정보
홈 | 직업정보 | 학과정보

홈 > 직업정보 > 건설 > 유리공

유리공

유리공은 건물의 창호와 출입문에 유리를 재단하고 설치하는 일을 한다.

하는 일
1) 유리를 치수에 맞게 재단한다.
2) 창틀에 유리를 끼우고 실링한다.

임금
경력별 평균 연봉
구분 | 연봉
신입 | 2,900만 원
3~5년 | 3,700만 원
6~9년 | 4,4
"""


def test_a_bar_table_without_outer_bars_headed_by_a_pay_noun_of_the_page():
    """Set 46 p02: '구분 | 연봉' over '3~5년 | 3,700만 원' (its currency after each amount); the page's last row, cut inside
    its amount ('6~9년 | 4,4'), stays text."""
    assert _points(_KO) == [(29000000, 29000000, "KRW"), (37000000, 37000000, "KRW")]


# --- bands and bounds -------------------------------------------------------------------------------------------------

def test_bounds_and_band_joins_of_other_languages():
    """Sets 43 p13, 46 p07, 40 p08, 41 p07: 'hingga Rp9.000.000' is an upper end, 'mulai dari' a lower one, 'Rp3,5 juta
    hingga Rp8 juta' one band (the bound's word right after an amount joins a band), 'desde $ 2.100.000 para perfiles
    junior hasta $ 7.400.000' one band. Negative: 'hingga' between two amounts never makes the second a bound."""
    assert _between("Los rangos van desde $ 2.100.000 para perfiles junior hasta $ 7.400.000 para líderes.") == \
        "Los rangos van para perfiles junior $ 2.100.000 – $ 7.400.000 para líderes."
    assert [w[3] for w in written_figures("dengan kisaran Rp3,5 juta hingga Rp8 juta", "")] == [
        "IDR 3500000 to IDR 8000000"]
    from pipeline.parse.generic.pay import _upto_word, _from_word
    assert _upto_word("bisa mendapat hingga", "Rp9.000.000") is not None
    assert _from_word("bisa mulai dari", "Rp2.100.000") is not None
    assert _upto_word("kisaran Rp3,5 juta hingga", "Rp8 juta") is None


def test_a_scale_that_starts_at_one_amount_and_rises_to_another_is_one_band():
    """Set 44 p07: 'the scale starts at €36,480 and rises by annual increments to €51,900' is one band; a table row
    of the same band is kept once. Negative: 'starts at €36,480 and the bonus is €2,000' stays apart."""
    assert _between("The scale starts at €36,480 and rises by annual increments to €51,900.") == \
        "The scale starts at €36,480 – €51,900."
    assert _between("Pay starts at €36,480 and the bonus is €2,000.") == "Pay starts at €36,480 and the bonus is €2,000."


# --- money that is not the role's pay ---------------------------------------------------------------------------------

def test_other_occupations_related_careers_fees_and_supplements_are_no_salary():
    """Sets 42 p01, 44 p18, 40 p24, 44 p24, 30 p15: 'Total, all occupations: $48,100' and a plural group's line in the
    role's pay box, pay under 'Similar careers', a 'Fees (approx.)' table, 'an additional $4.00 per hour wage
    enhancement' and '$1.75/hr above scale' are no salary; the role's own lines beside them are."""
    pay = ("Glaziers: $47,300\nConstruction trades workers: $51,050\nTotal, all occupations: $48,100\n\n"
           "New glaziers may receive an additional $4.00 per hour wage enhancement.\n"
           "Lead hands are paid $1.75/hr above scale.\n")
    assert _points(_en(pay, "Pay")) == [(47300, 47300, "USD")]
    similar = _en("Glaziers earn $47,300 a year.\n\nSimilar careers\n1. Window cleaner\n"
                  "National average salary: $33,900 per year\n", "Pay")
    assert _points(similar) == [(47300, 47300, "USD")]
    fees = _en("Glaziers earn $47,300 a year.\n\nTop colleges\nCollege                      Location     Fees (approx.)\n"
               "Harbour Technical College    Leeds        $6,500\nNorthgate Institute          York         $7,200\n",
               "Pay")
    assert _points(fees) == [(47300, 47300, "USD")]


def test_a_caption_naming_the_unit_in_words_or_in_thousands():
    """Set 38 p02: 'Prevailing wages are shown in dollars per hour.' over a table of bare cells gives them the dollar and
    the hour; set 41 p17: a heading '(R$ mil, CLT)' makes '16 - 21' R$ 16,000 - 21,000. Negative: a caption naming no
    currency leaves bare cells text."""
    table = ("Community/Area\tLow\tMedian\tHigh\nCanada\t23.00\t31.00\t41.00\nOntario\t24.00\t32.00\t42.00\n")
    worded = _pay(_en("Prevailing wages are shown in dollars per hour.\n\n" + table))
    assert [(p[1], p[2], p[4]) for p in worded] == [(23, 23, "hour"), (31, 31, "hour"), (41, 41, "hour"),
                                                    (24, 24, "hour"), (32, 32, "hour"), (42, 42, "hour")]
    assert _pay(_en("Prevailing wages are shown by area.\n\n" + table)) == []
    thousands = _en("Porte | São Paulo | Curitiba\nPequeno | 16 - 21 | 14 - 18\nGrande | 26 - 34 | 23 - 29\n",
                    "Remuneração mensal por porte (R$ mil, CLT)")
    assert _points(thousands) == [(16000, 21000, "BRL"), (14000, 18000, "BRL"), (26000, 34000, "BRL"),
                                  (23000, 29000, "BRL")]


def test_a_sentence_about_revenue_stores_no_pay():
    """Set 41 p17: 'Porte pequeno: faturamento até R$ 100 milhões; médio: de R$ 100 a 500 milhões' names company
    revenue, no pay; the pay sentence beside it is read."""
    pay = ("Um gerente de obras ganha em média R$ 14.500 por mês.\n"
           "Porte pequeno: faturamento até R$ 100 milhões; médio: de R$ 100 a 500 milhões; grande: acima de R$ 500 milhões.\n")
    assert _points(_en(pay, "Remuneração mensal")) == [(14500, 14500, "BRL")]


def test_a_rate_named_by_its_period_is_pay_for_that_period():
    """Set 44 p16: 'Contract day rate' / '€520 – €690' is pay a day (it was refused as a year's pay below 1000).
    Negative: a label naming no period ('Contract fee' / '€520 – €690') stays unread."""
    day = _pay(_en("Dublin\nPermanent salary\n€88,000 – €120,000\nContract day rate\n€520 – €690\n", "Salary overview"))
    assert [(p[1], p[2], p[4]) for p in day] == [(88000, 120000, "year"), (520, 690, "day")]
    fee = _pay(_en("Dublin\nPermanent salary\n€88,000 – €120,000\nContract fee\n€520 – €690\n", "Salary overview"))
    assert [(p[1], p[2], p[4]) for p in fee] == [(88000, 120000, "year")]
