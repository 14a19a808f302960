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


_KEY_INFO = """Sparks & Co (Pty) Ltd
Careers » Technical roles » Alarm Installer
ALARM INSTALLER
Johannesburg | Pretoria
WHAT YOU WILL DO
- Install alarm panels and sensors
- Test systems and hand them over
- Write service reports
KEY INFORMATION
Working hours: Monday to Friday 07:30–16:30
Vehicle: Company bakkie and tools
{caption}
Grade | Level | {column}
Installer Assistant | Assistant | R12 500 – R15 000
Installer | Installer | R18 000 – R23 500
Senior Installer | Lead | R26 000 – R31 000
Standby allowance R900 per standby week.
"""


def test_a_table_without_outer_bars_under_a_pay_line_inside_a_box():
    rows = _salaries(_KEY_INFO.format(caption="PAY (per month, gross)", column="Monthly pay"))
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        (12500, 15000, "ZAR", "month"), (18000, 23500, "ZAR", "month"), (26000, 31000, "ZAR", "month")]


def test_the_same_table_under_a_line_naming_no_pay_is_no_salary():
    assert _salaries(_KEY_INFO.format(caption="TOOL KITS (per grade)", column="Kit value")) == []


_SKI = """Snowline Resort Careers
Careers > Mountain jobs > Chairlift Attendant
Chairlift Attendant
Whistler, British Columbia, Canada
Job details
Season: Late November to mid-April
Hours: 32–40 hours a week
{lead}
Starting wage: $17.75 an hour
Returning attendants: $18.90 an hour
Lift Ops Lead: $21.20 an hour
What you'll do
– Load and unload guests safely
– Check the lift before opening
– Clear snow from the ramps
"""


def test_a_run_of_amounts_under_a_pay_line_is_pay_each_labelled_by_its_level():
    rows = _salaries(_SKI.format(lead="Pay"))
    assert rows == [("Starting wage", 18, 18, "CAD", "hour"), ("Returning attendants", 19, 19, "CAD", "hour"),
                    ("Lift Ops Lead", 21, 21, "CAD", "hour")]


def test_amounts_under_a_line_naming_something_else_are_no_salary_beyond_the_pay_label():
    rows = _salaries(_SKI.format(lead="Staff housing"))
    assert rows == [("Starting wage", 18, 18, "CAD", "hour")]


_CINEMA = """Careers > Theatre jobs > Usher
Usher
Theatre operations · Toronto, Winnipeg
What you'll do
– Check tickets at the door
– Clean the auditoriums between shows
– Help guests find their seats
Pay
Hourly rates by province (2026):
Province        Starting rate    After 12 months
Ontario         $17.20           $18.70
Manitoba        $15.90           $16.80
{after}
Grow with us
Many ushers move up to Shift Lead.
"""


def test_a_line_of_the_site_under_a_spaced_table_ends_it():
    rows = _salaries(_CINEMA.format(after="Apply now   Save   Share"))
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("Ontario Starting rate", 17, "CAD", "hour"), ("Ontario After 12 months", 19, "CAD", "hour"),
        ("Manitoba Starting rate", 16, "CAD", "hour"), ("Manitoba After 12 months", 17, "CAD", "hour")]


def test_a_row_of_the_same_shape_with_figures_that_are_not_pay_still_voids_the_table():
    assert _salaries(_CINEMA.format(after="Seats           120 seats        80 seats")) == []


_RIDERS = """Trang chủ | Việc làm | Cẩm nang nghề
Cẩm nang nghề > Giao hàng > Parcel Courier
Parcel Courier: questions and answers
What does a Parcel Courier do?
Couriers pick up parcels at the hub and deliver them by motorbike across the city.
💰 How much can I earn?
{pay}
What do I need?
A motorbike, a class A1 licence and a smartphone.
"""


def test_amounts_written_with_a_word_of_scale_and_the_currency_after_them():
    rows = _salaries(_RIDERS.format(pay="Full-time couriers earn from 8 million to 12 million VND a month. Part-time "
                                        "couriers earn about 4 million VND a month. Top couriers earn 15 million VND or more."))
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        (8000000, 12000000, "VND", "month"), (4000000, 4000000, "VND", "month"), (15000000, None, "VND", "month")]


def test_a_word_of_scale_without_a_currency_is_no_salary():
    assert _salaries(_RIDERS.format(pay="Couriers earn well: we deliver 8 million to 12 million parcels a year.")) == []


_SALON = """SALON ROUGE
Careers > Salon jobs > Nail Designer
Nail Designer
Seoul · Busan — 40 salons
📋 Main tasks
1. Consult each client about shape and colour
2. Shape, paint and decorate nails
3. Keep the station clean and sterile
💰 Pay
{pay}
🚀 Career path
Intern → Designer → Senior Designer
"""


def test_korean_ten_thousands_and_the_month_written_before_the_amount():
    rows = _salaries(_SALON.format(pay="Base pay is 월 230만원 (KRW) for the first year. Designers with regular clients "
                                       "usually earn 350만~520만 원 a month including commission."))
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("Base pay", 2300000, 2300000, "KRW", "month"),
        ("Designers with regular clients", 3500000, 5200000, "KRW", "month")]


def test_an_amount_named_after_its_period_as_commission_is_no_salary():
    assert _salaries(_SALON.format(pay="Designers usually earn 350만~520만 원 a month in commission.")) == []


_COOP = """Coopérative Tadelakt Marrakech
Accueil > Métiers > Tadelakt Plasterer
Tadelakt Plasterer / Maâlem tadelakt
Tâches / Tasks
- Préparer la chaux / Preparing the lime
- Appliquer et polir l'enduit / Applying and polishing the plaster
- Savonner les surfaces / Sealing the surfaces with black soap
Qualités / Qualities
- Patience
- Précision du geste / Precise hand movements
Infos clés / Key information
Horaires / Hours: 8h–17h
{lead}
Apprenti: 110 MAD par jour
Artisan confirmé: 230 à 320 MAD par jour
Commandes export payées au mètre carré.
"""


def test_pairs_under_a_pay_line_in_two_languages():
    rows = _salaries(_COOP.format(lead="Rémunération / Pay"))
    assert rows == [("Apprenti", 110, 110, "MAD", "day"), ("Artisan confirmé", 230, 320, "MAD", "day")]


def test_pairs_under_a_line_in_two_languages_naming_no_pay():
    assert _salaries(_COOP.format(lead="Matériaux / Materials")) == []


_BAKERY = """Sunset Foods (Pty) Ltd
Careers > Factory roles > Packing Operator
Packing Operator
Location: Montague Gardens, Cape Town
At a glance
{pair}
Shifts – 3 rotating shifts, including weekends
Union – FAWU recognised
Your job
- Feed the packing line
- Check seals and labels
- Clean the line at the end of the shift
"""


def test_a_dash_pair_naming_pay_with_the_rand_written_as_r():
    assert _salaries(_BAKERY.format(pair="Weekly wage – R1 450 to R1 720 a week")) == [
        ("Weekly wage", 1450, 1720, "ZAR", "week")]


def test_the_same_amount_on_a_page_naming_no_country_is_no_salary():
    page = _BAKERY.format(pair="Weekly wage – R1 450 to R1 720 a week").replace("Montague Gardens, Cape Town", "Montague Gardens")
    page = page.replace("(Pty) Ltd", "Ltd").replace("FAWU recognised", "recognised")
    assert _salaries(page) == []


_SORTING = """Careers > Operations > Sorting Operative
Sorting Operative
At a glance
{pay}
Hours: 4 on, 4 off
What you'll do
• Sort recycling on the picking line
• Clear jams and blockages
• Keep the area clean
"""


def test_amounts_each_named_in_brackets_are_one_salary_each():
    assert _salaries(_SORTING.format(pay="Pay: £12.10 per hour (days), £13.60 per hour (nights)")) == [
        ("Pay (days)", 12, 12, "GBP", "hour"), ("Pay (nights)", 14, 14, "GBP", "hour")]


def test_brackets_holding_figures_are_no_names_of_amounts():
    rows = _salaries(_SORTING.format(pay="Pay: £12.10 per hour (2025), £13.60 per hour (2026)"))
    assert ("Pay (2025)", 12, 12, "GBP", "hour") not in rows and ("Pay (2026)", 14, 14, "GBP", "hour") not in rows


# --- skills ----------------------------------------------------------------------------------------------------------

def _skills(text: str) -> list[str]:
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return [r["skill_name"] for r in page.facts.get("role_skills", [])]


_FAQ = """Clearsound Clinics
Careers > FAQ > Hearing Aid Technician
Hearing Aid Technician: frequently asked questions
What does a Hearing Aid Technician do?
Technicians clean, repair and fit hearing aids for our patients. Typical work includes:
• cleaning and re-tubing hearing aids
• checking devices in the test box
• booking repairs with the makers
What skills do I need?
{answer}
Do I need a certificate?
No. We train you in-house.
"""


def test_an_answer_opening_on_a_list_of_phrases_under_a_skills_question():
    answer = "Steady hands, patience with older patients, basic computer skills and clear communication. Retail experience helps."
    assert _skills(_FAQ.format(answer=answer)) == [
        "Steady hands", "patience with older patients", "basic computer skills", "clear communication"]


def test_an_answer_opening_on_a_sentence_is_no_list_of_skills():
    answer = "Training, mentoring and coaching are given to every new technician. Retail experience helps."
    assert _skills(_FAQ.format(answer=answer)) == []


_CRAFT = """Coopérative Bois de Cèdre
Accueil > Métiers > Cedar Carver
Cedar Carver / Sculpteur sur cèdre
Tâches / Tasks
- Tracer les motifs sur le bois / Drawing the patterns on the wood
- Sculpter les panneaux / Carving the panels
- Poncer et cirer / Sanding and waxing
{heading}
- Précision du geste / Precise hand movements
- Sens des volumes / Feel for volume
- Patience
"""


def test_a_section_headed_by_the_qualities_it_asks_for_lists_skills():
    assert _skills(_CRAFT.format(heading="Qualités / Qualities")) == [
        "Précision du geste / Precise hand movements", "Sens des volumes / Feel for volume", "Patience"]
    assert _skills(_CRAFT.format(heading="Lo que buscamos")) == [
        "Précision du geste / Precise hand movements", "Sens des volumes / Feel for volume", "Patience"]


def test_a_section_headed_by_something_else_lists_no_skills():
    assert _skills(_CRAFT.format(heading="Outils / Tools we provide")) == []


def test_an_answer_whose_list_opens_on_an_article_and_goes_on_with_a_requirement():
    answer = ("A head for heights, physical fitness, mechanical aptitude and the ability to follow a written safety plan. "
              "You must hold a valid driver's license.")
    assert _skills(_FAQ.format(answer=answer)) == [
        "A head for heights", "physical fitness", "mechanical aptitude", "the ability to follow a written safety plan"]


def test_an_answer_opening_on_a_clause_lists_nothing():
    answer = "A head for heights is what we check first, then fitness and aptitude. You must hold a valid driver's license."
    assert _skills(_FAQ.format(answer=answer)) == []


def test_which_skills_matter_most_heads_skills():
    page = _FAQ.replace("What skills do I need?", "🧠 Which skills matter most?")
    answer = "Knowing the city's streets, good time management, polite communication and staying safe in traffic."
    assert _skills(page.format(answer=answer)) == [
        "Knowing the city's streets", "good time management", "polite communication", "staying safe in traffic"]


_TYRES = """PneuServis Brno | Kariéra
Kariéra > Dílna > Wheel Balancer
Wheel Balancer
Location: Brno, Jihlava
Pay & benefits
Base pay: 30 000 – 35 000 Kč per month (gross)
{sentence}
What you'll do
▸ Balance wheels on the machine
▸ Fit valves and weights
▸ Check tyre pressure
What we expect
▸ Reliability
▸ Physical fitness
"""


def test_an_amount_a_sentence_names_as_a_bonus_is_no_salary():
    rows = _salaries(_TYRES.format(sentence="In the busy season you also earn a season bonus of 5 000 Kč a month."))
    assert rows == [("Base pay", 30000, 35000, "CZK", "month")]


def test_an_amount_a_sentence_names_as_pay_is_a_salary():
    rows = _salaries(_TYRES.format(sentence="Experienced balancers earn 41 000 Kč a month."))
    assert rows == [("Base pay", 30000, 35000, "CZK", "month"), ("Experienced balancers", 41000, 41000, "CZK", "month")]


_WINERY = """Bodega Las Moras — {place}
Inicio · Vinos · Turismo · Trabajá con nosotros
Trabajá con nosotros › Vendimia 2027 › Barrel Washer
Barrel Washer
¿Qué vas a hacer? / What you'll do
a) Lavar barricas / Wash barrels
b) Mover mangueras y bombas / Move hoses and pumps
c) Controlar temperaturas / Check temperatures
¿Qué buscamos? / What we look for
a) Buena condición física / Good physical fitness
b) Trabajo en equipo / Teamwork
Datos del puesto / Job data
Jornada: 45 horas semanales
Sueldo: $1.050.000 a $1.240.000 por mes (bruto)
"""


def test_an_argentine_wine_town_decides_a_bare_dollar():
    assert _salaries(_WINERY.format(place="Luján de Cuyo, Mendoza")) == [("Sueldo", 1050000, 1240000, "ARS", "month")]


def test_a_page_naming_no_country_keeps_the_dollar_as_written():
    assert [r[3] for r in _salaries(_WINERY.format(place="Valle Alto"))] != ["ARS"]


_GUIDE_ID = """KarirKita.id — Panduan Karier
Beranda / Panduan Karier / E-commerce / Product Photographer
Product Photographer (Fotografer Produk): tugas, skill, dan gaji 2026
Ditulis oleh Tim KarirKita · 6 menit baca
Daftar isi
1. Apa itu Product Photographer?
2. Tugas
3. Gaji
Apa itu Product Photographer?
Product Photographer memotret produk agar tampil menarik di marketplace.
Ringkasan
Bidang: E-commerce / Marketplace
Jam kerja: Senin–Jumat, 09.00–18.00 WIB
Tugas Product Photographer
• Memotret produk di studio
• Mengedit foto produk di Lightroom
• Mengatur pencahayaan studio
Skill yang dibutuhkan
• Fotografi produk
• Adobe Lightroom
• Teliti
Gaji Product Photographer
Gaji Product Photographer cukup baik. Di bawah ini kisaran gaji per kota:
Kota          Gaji per bulan
Jakarta       {a}
Surabaya      {b}
Medan         {c}
Jenjang karier
Photo Assistant ➝ Product Photographer ➝ Senior Product Photographer
"""


def test_a_spaced_table_of_rupiah_cells_with_the_month_in_its_header():
    rows = _salaries(_GUIDE_ID.format(a="Rp 5.500.000 – Rp 8.000.000", b="Rp 4.800.000 – Rp 7.000.000",
                                      c="Rp 4.200.000 – Rp 6.100.000"))
    assert rows == [("Jakarta", 5500000, 8000000, "IDR", "month"), ("Surabaya", 4800000, 7000000, "IDR", "month"),
                    ("Medan", 4200000, 6100000, "IDR", "month")]


def test_the_same_table_without_a_currency_is_no_salary():
    assert _salaries(_GUIDE_ID.format(a="5.500.000 – 8.000.000", b="4.800.000 – 7.000.000", c="4.200.000 – 6.100.000")) == []
