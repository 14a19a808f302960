"""Generic layout, round 14b: salaries written in more shapes (extras after the figure, a dollar sign with the
currency's code after the amount, pay labels of other languages, the currency after the amount in a glance box, the
rupee 'Rs.'). Learned from held-out sets 15-16; every page here is invented, and every rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text


def _salaries(text: str) -> list[tuple]:
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return [(r["label"], r["min_amount"], r["max_amount"], r["currency"], r["period"])
            for r in page.facts.get("salaries", [])]


def _facts(text: str) -> list[tuple]:
    return [(r["label"], r["value"]) for r in parse_text(text).facts.get("role_facts", [])]


_GLANCE = """Careers > Our roles > Dish Washer
Dish Washer
Keeping the kitchen moving.
At a glance
{pay}
Hours: 20 to 40 hours a week
Contract: Permanent
What you'll do
• Wash pots, pans and trays
• Keep the floors clean during service
• Put away deliveries
"""


def test_words_after_plus_name_extras_beside_the_figure():
    rows = _salaries(_GLANCE.format(pay="Pay: £10.40 – £11.60 an hour, plus a share of tips"))
    assert rows == [("Pay", 10, 12, "GBP", "hour")]


def test_a_figure_named_as_tips_is_still_no_salary():
    assert _salaries(_GLANCE.format(pay="Pay: £40 in tips a week on average")) == []


_HARVEST = """Careers > Field jobs > Agave Harvester
Agave Harvester
Field team · Jalisco
Job facts
Horario: Lunes a sábado, 6:00 a 14:00
{pay}
Actividades
1. Seleccionar las plantas maduras
2. Cortar las pencas con la coa
3. Cargar las piñas en los camiones
"""


def test_a_dollar_sign_with_the_code_after_the_amounts_and_a_pay_label_of_another_language():
    rows = _salaries(_HARVEST.format(pay="Sueldo: $2,900 a $4,100 MXN por semana, más bono por productividad"))
    assert rows == [("Sueldo", 2900, 4100, "MXN", "week")]


def test_a_code_before_the_amounts_is_left_as_written_and_a_non_pay_label_is_no_salary():
    assert _salaries(_HARVEST.format(pay="Herramienta: $2,900 a $4,100 MXN por semana")) == []
    # a dollar sign with another currency's code after it stays unread: which one it is is unsure
    assert _salaries(_HARVEST.format(pay="Sueldo: $2,900 a $4,100 EUR por semana")) == []


_DAIRY = """Tejüzem · Karrier
Főoldal » Karrier » Munkakörök » Vajkészítő
Vajkészítő
Butter Maker
Munkakör adatai — Job details
Munkahely / Workplace
Győr, butter plant
{label}
{value}
Feladatok / Tasks
Tej fölözése / Skimming the milk
Köpülés / Churning the cream
Csomagolás / Packing the butter
"""


def test_a_glance_pair_with_the_currency_after_the_amount_is_pay():
    rows = _salaries(_DAIRY.format(label="Bérezés / Pay", value="bruttó 395 000 – 460 000 Ft / hó (gross per month)"))
    assert rows == [("Bérezés / Pay", 395000, 460000, "HUF", "month")]


def test_the_same_amount_under_a_label_that_names_no_pay_is_no_salary():
    assert _salaries(_DAIRY.format(label="Munkarend / Working pattern", value="395 000 – 460 000 Ft / hó")) == []


_GEMS = """Gem Careers Portal — Sri Lanka
Careers > Occupations > Gem Sorter
GEM SORTER
Sector: Gem and jewellery
DUTIES
i. Sort rough stones by colour and size
ii. Weigh each parcel and record it
iii. Pack the sorted stones for cutting
{heading}
Level\tMonthly pay
Trainee\tRs. 38,000 – 52,000
Senior Sorter\tRs. 70,000 – 95,000
"""


def test_rs_before_an_amount_is_the_rupee_of_the_country_the_page_names():
    rows = _salaries(_GEMS.format(heading="EARNINGS (monthly)"))
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [(38000, 52000, "LKR", "month"), (70000, 95000, "LKR", "month")]


def test_rs_on_a_page_naming_no_country_is_no_salary():
    page = _GEMS.format(heading="EARNINGS (monthly)").replace("Gem Careers Portal — Sri Lanka", "Gem Careers Portal")
    assert _salaries(page) == []
