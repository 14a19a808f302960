"""Generic layout, round 16b: salaries, career moves, aliases and at-a-glance facts found, never invented. Learned from
held-out sets 15-19 (pay in more currencies and shapes, a pay line is a salary and never a fact, a site banner is no
career step). Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _currencies, _facts, _page, _pay, _paths


# --- a bare '$' on a page of Australia's institutions ------------------------------------------------------------

_PARKS = """Eastern Parks Trust
Visit | Parks | Volunteers | Careers | Contact
Careers > Outdoors
Park Ranger
Our rangers look after twelve reserves along the river.
About the role
- Patrol walking tracks and picnic grounds
- Clear fallen trees and repair fences
- Talk to visitors about wildlife and fire safety
About you
- Knowledge of native plants
- Able to work outdoors in all weather
- Good teamwork
Pay rates ({award}, per hour)
Level              Ordinary rate     Casual rate
Level 1            $26.10            $32.60
Level 2            $27.80            $34.75
Level 3            $29.40            $36.75
Career pathway
Park Rangers can step up to Senior Ranger and then Reserve Manager.
{footer} | © 2026 EPT
"""


def test_an_award_and_an_acknowledgement_of_country_make_a_bare_dollar_australian():
    pay = _pay(_PARKS.format(award="Parks Award", footer="Acknowledgement of Country"))
    assert pay and {currency for _, _, _, currency, _ in pay} == {"AUD"}
    assert ("Level 2 Ordinary rate", 28, 28, "AUD", "hour") in pay


def test_a_qualification_called_an_award_names_no_country():
    # negative: 'Level 3 Award for …' is a qualification; with no Australian institution the dollar stays as before
    pay = _pay(_PARKS.format(award="Level 3 Award for Rangers", footer="Privacy"))
    assert pay and {currency for _, _, _, currency, _ in pay} == {"USD"}


# --- currencies of more countries, and symbols the page's country decides -----------------------------------------

_MILL = """Steppe Felt Cooperative
Careers > Job profiles > Felt Maker
Felt Maker
Felt makers turn raw wool into felt for yurts, rugs and slippers.
Tasks
- Card and lay out the wool on the reed mats
- Roll and full the felt by hand and by machine
- Dry, trim and inspect the finished sheets
Skills
- Patience
- Strong hands
- An eye for even thickness
Salary
{pay}
© 2026 Steppe Felt Cooperative, {town}
"""


def test_a_sign_or_code_of_more_countries_is_read():
    assert _pay(_MILL.format(pay="Monthly salary: ₮1,250,000 – ₮1,600,000", town="Ulaanbaatar")) == [
        ("Monthly salary", 1250000, 1600000, "MNT", "month")]
    assert _pay(_MILL.format(pay="Monthly salary: KZT 240,000", town="Almaty")) == [
        ("Monthly salary", 240000, 240000, "KZT", "month")]


def test_a_code_that_is_an_english_word_is_no_currency():
    # negative: 'ALL 2026' is no amount in a currency ('ALL' is left out of the codes)
    assert _pay(_MILL.format(pay="Monthly salary: ALL 95,000", town="Tirana")) == []


_REPAIR = """FixIt Isle — Phone Repair
Stores in {towns}
Home > Join the team > Phone Repair Technician
Phone Repair Technician
Quick facts
Working hours: 45 hours a week
Training: 4-week in-store training
Salary: Rs 21,000 – Rs 30,000 a month
What does a phone repair technician do?
- Replace screens, batteries and charging ports
- Test phones after every repair
- Explain the repair and its warranty to customers
What you need
- Steady hands
- Patience with customers
- Basic electronics
© 2026 FixIt Isle Ltd
"""


def test_a_symbol_several_countries_write_takes_the_pages_country_on_a_pay_label():
    assert _pay(_REPAIR.format(towns="Port Louis · Curepipe · Rose-Hill")) == [
        ("Salary", 21000, 30000, "MUR", "month")]


def test_a_shared_symbol_on_a_page_of_no_country_is_no_salary():
    # negative: 'Rs' on a page naming none of the countries that write it: which rupee is unknown
    assert _pay(_REPAIR.format(towns="the city centre and the airport")) == []


_HANDOUT = """Lycée technique — Cellule d'orientation / Careers office
Fiche métier n° 9
Potier
Secteur : Artisanat
Formation : Diplôme de technicien céramiste, 2 ans
Lieu de travail : Ateliers de poterie ({towns})
LE MÉTIER
Le potier façonne, émaille et cuit des pièces de terre.
SES ACTIVITÉS
1) Préparer et pétrir la terre
2) Tourner les pièces au tour
3) Émailler et cuire les pièces au four
SALAIRE
Débutant : 2 900 DH par mois
Potier confirmé : 4 000 à 5 800 DH par mois
"""


def test_an_amount_with_its_currency_after_it_is_pay_never_a_fact():
    text = _HANDOUT.format(towns="Safi, Fès, Marrakech")
    assert _pay(text) == [("Débutant", 2900, 2900, "MAD", "month"), ("Potier confirmé", 4000, 5800, "MAD", "month")]
    assert not any(label in ("Débutant", "Potier confirmé") for label, _ in _facts(text))


def test_a_dirham_on_a_page_of_no_country_is_neither_pay_nor_a_fact():
    # negative: 'DH' with no Moroccan or Emirati evidence: no salary, and the pay lines are still no facts
    text = _HANDOUT.format(towns="au centre-ville")
    assert _pay(text) == []
    assert not any(label in ("Débutant", "Potier confirmé") for label, _ in _facts(text))


_GRADES = """OLIVE PRESS CO. — HR Intranet
Accueil > Architecture des emplois > Production > Opérateur de presse
Job Architecture — Production Family
Press Operator
Opérateur de presse
Job code: PRD-PO-02
Job family: Production
Contract type: Permanent
{alias_label}: Press Attendant, Oil Press Technician
Key accountabilities
• Receive olive lots and record their origin
• Run the crusher, malaxers and decanter
• Clean the line at the end of every shift
Competencies
• Process control
• Food hygiene
• Teamwork in shifts
{pay_heading}
P2 entry: 1 250 – 1 380
P2 experienced: 1 380 – 1 520
Career moves
Previous: Press Helper (P1)
Next: Head Miller (P3)
"""


def test_bare_amounts_under_a_pay_heading_naming_its_currency_are_pay():
    text = _GRADES.format(alias_label="Intitulés équivalents / Equivalent titles",
                          pay_heading="Remuneration (gross monthly, TND)")
    assert _pay(text) == [("P2 entry", 1250, 1380, "TND", "month"), ("P2 experienced", 1380, 1520, "TND", "month")]
    assert not any(label.startswith("P2") for label, _ in _facts(text))
    assert _aliases(text)[-2:] == ["Press Attendant", "Oil Press Technician"]


def test_bare_amounts_under_a_pay_heading_without_a_currency_are_no_salary():
    # negative: no currency anywhere: the amounts are not guessed into pay; a label naming no other titles is a fact
    text = _GRADES.format(alias_label="Shift pattern", pay_heading="Remuneration").replace(
        "Press Attendant, Oil Press Technician", "Days, nights and weekends")
    assert _pay(text) == []
    assert ("Shift pattern", "Days, nights and weekends") in _facts(text)


# --- pay tables and pay lines in more shapes ---------------------------------------------------------------------

_CANNERY = """Harbour Foods Ltd | Home | Products | Careers
{banner}
Careers > Factory roles > Packing Line Lead
Packing Line Lead
At a glance
Department: Packing Hall 1
Reports to: Production Supervisor
What you will do
- Run the start-up checks on the packing machines
- Assign operators to stations
- Complete the shift production report
What you need
- Leadership of a team of 12 operators
- Knowledge of food safety
- Basic mechanical troubleshooting
Pay by grade
Grade | Monthly pay
Line Lead I | GH₵ 3,900 – GH₵ 4,500
Line Lead II | GH₵ 4,500 – GH₵ 5,200
{after_table}
Career path
Line leads usually join as line operators. From here you can be promoted to Production Supervisor.
{banner}
{banner}
© 2026 Harbour Foods Ltd
"""


def test_a_two_column_pay_table_without_outer_bars_is_read_with_its_columns_period():
    text = _CANNERY.format(banner="Fresh from Tema since 1990 — Shop our range online", after_table="Print | Share | Apply")
    assert _pay(text) == [("Line Lead I", 3900, 4500, "GHS", "month"), ("Line Lead II", 4500, 5200, "GHS", "month")]


def test_a_two_column_table_of_things_that_are_not_pay_is_no_salary():
    # negative: the same shape with no money in its cells stores no salary
    text = _CANNERY.format(banner="Fresh from Tema since 1990 — Shop our range online", after_table="").replace(
        "GH₵ 3,900 – GH₵ 4,500", "Day shift").replace("GH₵ 4,500 – GH₵ 5,200", "Night shift")
    assert _pay(text) == []


def test_a_banner_the_page_repeats_is_no_career_step():
    paths = _paths(_CANNERY.format(banner="Proudly Ghanaian tuna since 1998 — Shop our canned range",
                                   after_table="Print | Share | Apply"))
    assert paths == [("from", "line operators"), ("to", "Production Supervisor")]


_BOX = """City of Millbrook — Human Resources
Job Architecture > Community Safety > Parking Patrol Officer
Parking Patrol Officer
Job Code
CS-0518
Job Family
Community Safety
Union
CUPE Local 1120
Employment Type
Full-time
{pay_label}
$24.10 – $27.40
Alternate Titles
Parking Officer
Job Summary
Patrols streets and lots and issues tickets under the parking by-law.
Key Responsibilities
Patrol assigned streets on foot and by vehicle.
Issue tickets for parking offences.
Report broken meters and signs.
"""


def test_a_boxs_own_pay_row_before_a_row_it_does_not_take_is_pay():
    pay = _pay(_BOX.format(pay_label="Hourly Rate"))
    assert pay == [("Hourly Rate", 24, 27, "CAD", "hour")]


def test_a_figure_row_without_a_pay_label_in_that_place_is_no_salary():
    # negative: the same row labelled as no pay is no salary
    assert _pay(_BOX.format(pay_label="Shift allowance")) == []


_SUMMARY = """CareerInfo | Summary Report for:
51-9198.00 - Bakery Helper
Helps bakers prepare dough, fill trays and clean the bakery.
Tasks
Weigh and mix ingredients for dough and batters.
Grease and fill baking trays.
Clean mixers, ovens and work areas.
Skills
Active Listening — Giving full attention to what other people are saying.
Monitoring — Watching performance of yourself or others.
Wages
{line}
"""


def test_two_amounts_each_with_its_period_are_two_salaries():
    assert _pay(_SUMMARY.format(line="Median wages (2025)\t$16.40 hourly, $34,100 annual")) == [
        ("Median wages (2025) hourly", 16, 16, "USD", "hour"), ("Median wages (2025) annual", 34100, 34100, "USD", "year")]


def test_two_amounts_without_their_periods_stay_unsplit():
    # negative: '$16.40, $34,100' says which is which nowhere: not read as two salaries labelled by periods
    assert not any(label.endswith(("hourly", "annual")) for label, *_ in _pay(
        _SUMMARY.format(line="Median wages (2025)\t$16.40, $34,100")))


_LOFT = """Harbour Sails — Careers
Home | Sails | Repairs | Careers | Contact
Sail Repairer: frequently asked questions
What does a sail repairer do at our loft?
Our sail repairers patch, restitch and recut sails. Day to day you'll:
- patch tears and worn seams
- replace corner rings and batten pockets
- check sails for UV damage
- measure boats and rigs on the marina
- repair and recut customers' sails
Do I need experience?
No. We train you through the {first} apprenticeship in marine manufacturing.
What is the pay like?
Apprentices start at $22.50 an hour. Qualified sail repairers earn $27 to $33 an hour.
Still have questions? Email jobs@harboursails.example
© Harbour Sails Ltd, {second}
"""


def test_two_names_of_one_country_once_each_decide_a_bare_dollar():
    pay = _pay(_LOFT.format(first="NZ", second="Auckland"))
    assert pay == [("Apprentices", 22, 22, "NZD", "hour"), ("Qualified sail repairers", 27, 33, "NZD", "hour")]


def test_names_of_two_countries_once_each_decide_nothing():
    # negative: one name of New Zealand and one of Australia: which dollar is unknown, so no salary
    assert _pay(_LOFT.format(first="NZ", second="Sydney")) == []


_DRONE = """GEOSURVEY s.r.o.
Kariéra > Pozice > Survey Drone Pilot
Survey Drone Pilot
What you will do
- Plan and fly survey missions over building sites
- Process photos into maps and 3D models
- Keep the flight log and the drones' maintenance records
What we expect
- A drone pilot licence (A2)
- Care with measurements
- A driving licence
Salary
{line}
"""


def test_a_pay_line_opening_on_its_amount_under_a_pay_heading_is_pay():
    assert _pay(_DRONE.format(line="42 000 – 55 000 Kč gross per month, plus a 13th salary.")) == [
        ("Salary", 42000, 55000, "CZK", "month")]


def test_a_benefit_line_under_a_pay_heading_is_no_pay():
    # negative: an amount after other words ('Meal vouchers 150 Kč a day') is no pay of the role
    assert _pay(_DRONE.format(line="Meal vouchers 150 Kč a day and 5 weeks of holiday.")) == []


_NIGHT = """Desert Rose Hotels
Careers > Life at the hotel > Night Clerk
Night Clerk
What you'll do
- Check in late guests
- Balance the day's accounts
- Prepare the morning reports
What helps you shine
1. Accuracy with numbers
2. A calm manner with guests
3. Staying alert on night shifts
Pay & rewards
Monthly salary: JOD {pay}, plus a night allowance and service charge.
"""


def test_a_labels_period_reaches_a_figure_followed_by_extras():
    assert _pay(_NIGHT.format(pay="480 – 610")) == [("Monthly salary", 480, 610, "JOD", "month")]


def test_a_figure_with_extras_and_no_period_stays_unread_when_too_small_for_a_year():
    # negative: 'Salary: JOD 480, plus …' names no period: 480 a year is no salary
    assert _pay(_NIGHT.format(pay="480").replace("Monthly salary", "Salary")) == []


# --- career moves and aliases ------------------------------------------------------------------------------------

_ROPES = """Harbour Rope Access Association (HRAA)
About | Certification | Careers | Members
CAREERS IN ROPE ACCESS
Window Access Technician
Window access technicians clean and repair glass on high-rise towers from two-rope systems.
What you do
- Rig and de-rig rope systems
- Clean and reseal façade glass
- Inspect anchors before every drop
What you need
- A head for heights
- Physical fitness
- Care with equipment
Career ladder
{ladder}
Terms · Privacy · © 2026 HRAA
"""


def test_a_grades_code_before_each_step_of_a_ladder_is_part_of_its_title():
    paths = _paths(_ROPES.format(ladder="Level 1 Technician → Level 2 Technician → Level 3 Supervisor → Access Manager"))
    assert paths == [("step", "Level 1 Technician"), ("step", "Level 2 Technician"), ("step", "Level 3 Supervisor"),
                     ("step", "Access Manager")]


def test_steps_that_are_only_codes_and_numbers_are_no_ladder():
    # negative: 'Level 1 → Level 2 → Level 3' names no title after the codes
    assert _paths(_ROPES.format(ladder="Level 1 → Level 2 → Level 3 → Level 4")) == []


_POOL = """Kerjaya | Careers
Utama > Kerjaya > Operasi
{local}
Water Park Attendant

Ringkasan jawatan	Job summary
Jabatan
Operasi Taman Air
Lokasi
Shah Alam, Selangor
Waktu kerja
6 hari seminggu
Gaji
RM1,900 – RM2,400 sebulan

Tanggungjawab | Responsibilities
✓ Uji klorin dan pH / Test chlorine and pH
✓ Bersihkan kolam / Clean the pools
✓ Awasi pengunjung / Watch the guests

Kemahiran | Skills
✓ Berenang dengan baik / Strong swimming
✓ Pertolongan cemas / First aid
✓ Berdisiplin / Disciplined

Nama lain
Slide Attendant / Penjaga Gelongsor

Laluan kerjaya: {first} → Penyelia Taman Air → Eksekutif Operasi
© 2026 Taman Air Sdn Bhd
"""


def test_a_ladder_naming_the_role_in_the_pages_other_language_is_its_ladder():
    text = _POOL.format(local="Atendan Taman Air", first="Atendan Taman Air")
    assert _paths(text) == [("step", "Atendan Taman Air"), ("step", "Penyelia Taman Air"),
                            ("step", "Eksekutif Operasi")]
    assert _aliases(text) == ["Slide Attendant", "Penjaga Gelongsor"]


def test_a_chain_that_names_neither_the_role_nor_its_other_name_is_no_ladder():
    # negative: the first step is not the page's name line: whose ladder it is is unknown
    assert _paths(_POOL.format(local="Atendan Taman Air", first="Juruwang Kaunter")) == []


def test_a_gendered_pair_apart_by_a_slash_stays_one_name():
    # negative: 'Slide Attendant / Slide Attendants' style pairs that share their first word are one name, not split
    text = _POOL.format(local="Atendan Taman Air", first="Atendan Taman Air").replace(
        "Slide Attendant / Penjaga Gelongsor", "Lifeguard Attendant / Lifeguard Attendante")
    assert "Lifeguard Attendante" not in _aliases(text)


_FAQ = """Ramp Services Sp. z o.o. — Careers
Ramp Agent: frequently asked questions
What does a ramp agent do?
Ramp agents load and unload aircraft on the apron. Day to day you will:
- load bags and cargo into the hold
- drive baggage tractors and belt loaders
- marshal aircraft onto the stand
What skills do I need?
- physically fit
- punctual
- able to work in a team
What is the pay like?
Agents start at 5 400 zł gross per month.
Can I grow here?
{answer}
What shifts are there?
We work in a 12-hour system, 2 days on, 2 nights on, 4 days off.
"""


def test_moves_under_a_question_about_growing_here_are_read():
    paths = _paths(_FAQ.format(answer="Yes. Good agents become a Ramp Team Leader, and later Head of the Ramp Department."))
    assert paths == [("to", "Ramp Team Leader"), ("to", "Head of the Ramp Department")]


def test_a_unit_of_the_organisation_is_no_move():
    # negative: 'the Ramp Department' without a head is a unit, no title
    assert _paths(_FAQ.format(answer="Yes. Good agents later join the Ramp Department.")) == []


_UNION = """Elevator Constructors Local 90
Pay Rates › Lift Mechanic
Lift Mechanic
Lift mechanics install, maintain and repair lifts and escalators.
Duties
- Install lifts in new buildings
- Service lifts and escalators
- Repair faults on call-outs
Job titles covered: Lift Constructor, Lift Installer
Hourly wage rates (effective 1 May 2026)
Classification | Hourly rate
Mechanic | $56.10
Apprentice – Year 1 (50%) | $28.05
Adjuster | $61.70
Apprenticeship
Term: 4 years (8,000 hours)
Trade certificate: Elevating Devices Mechanic (Certificate of Qualification)
Progression: {ladder}
Need help? Call the hall on 416-555-0100
"""


def test_a_labelled_ladder_naming_the_roles_head_noun_is_its_ladder_and_its_box_stays_facts():
    text = _UNION.format(ladder="Apprentice → Mechanic → Adjuster → Superintendent")
    assert _paths(text) == [("step", "Apprentice"), ("step", "Mechanic"), ("step", "Adjuster"),
                            ("step", "Superintendent")]
    facts = _facts(text)
    assert ("Term", "4 years (8,000 hours)") in facts and not any(label == "Progression" for label, _ in facts)


def test_a_labelled_chain_naming_no_step_of_the_role_is_no_ladder():
    # negative: a chain of other titles (none the role or its head noun) is not read as the role's ladder
    text = _UNION.format(ladder="Apprentice → Adjuster → Superintendent")
    assert not any(kind == "step" for kind, _ in _paths(text))


_MEDIA = """Skyline Outdoor Media — Careers
HOME / ABOUT / OUR SITES / CAREERS / CONTACT

ROLE GUIDE: SIGNAGE RIGGER

Our signage riggers hang and take down the big vinyl skins you see along the highways.

{label}
{names}

WHAT THE JOB INVOLVES
– Climb sign structures and work from the catwalk with a harness
– Fit vinyl skins to the faces
– Remove old skins and dispose of them correctly

WHAT YOU NEED
– A head for heights
– Physical strength and fitness
– Teamwork in a small crew
"""


def test_names_split_by_semicolons_under_an_aliases_label_line_are_aliases():
    text = _MEDIA.format(label="OTHER TITLES YOU'LL SEE", names="Sign Flighter; Outdoor Signage Installer; Crew Member")
    assert _aliases(text) == ["Sign Flighter", "Outdoor Signage Installer", "Crew Member"]


def test_a_semicolon_list_under_a_label_that_names_no_titles_is_no_aliases():
    # negative: the same list under a line that does not say its words are the role's names
    text = _MEDIA.format(label="SITES WE COVER", names="Sign Flighter; Outdoor Signage Installer; Crew Member")
    assert _aliases(text) == []


_CALLS = """Lakeside Ambulance Service
Home | Services | Emergency Line 1199 | Careers
CAREERS
EMERGENCY CALL HANDLER
Job family: Emergency Communications
Reports to: Shift Supervisor, Dispatch Centre
Contract: Permanent and pensionable
Also known as: {names}

Purpose of the job
To answer emergency calls and pass the right information to the dispatchers.

Key duties
a) Answer emergency and non-emergency calls
b) Assess the caller's need with the triage script
c) Pass the details to the dispatchers

Competencies
a) Active listening
b) Clear spoken English and Swahili
c) Fast, accurate typing
"""


def test_a_service_number_before_a_title_is_part_of_the_alias():
    assert _aliases(_CALLS.format(names="Emergency Call Taker; 1199 Operator")) == [
        "Emergency Call Taker", "1199 Operator"]


def test_a_number_before_words_that_name_no_person_is_no_alias():
    # negative: '1199 Hotline' names no person: the list is not read as names
    assert "1199 Hotline" not in _aliases(_CALLS.format(names="Emergency Call Taker; 1199 Hotline"))


_TATTOO = """Ink Harbour Studio — Careers
Apprentice Piercer: Frequently Asked Questions
What does an apprentice piercer actually do?
For the first months you won't pierce anyone. You'll set up workstations and sterilise equipment.
What skills do you look for?
- a steady hand
- patience
- good hygiene habits
Is it called anything else?
{answer}
What will I be paid?
Apprentices earn €12.50 an hour.
"""


def test_names_others_say_or_the_reader_may_see_under_an_aliases_question_are_aliases():
    text = _TATTOO.format(answer='Some studios say piercing apprentice or trainee piercer. Locals say "the needle man".')
    assert _aliases(text) == ["the needle man", "piercing apprentice", "trainee piercer"]


def test_words_others_say_that_name_no_person_are_no_aliases():
    # negative: 'Some studios say it takes two years' names no one
    assert _aliases(_TATTOO.format(answer="Some studios say it takes two years or more to learn.")) == []


_CREMATORIUM = """Garden Grove Memorial Services — Port of Spain · Arima
Services  Pre-planning  Obituaries  About us  Careers
Careers » Current role profiles » Embalmer
Embalmer
Job family
Operations
Location
Arima Funeral Home
{label}
Funeral Home Supervisor
Working pattern
Monday to Saturday, 7am–3pm
What the role involves
• Prepare bodies for viewing
• Keep the preparation room clean and safe
• Record every case in the register
What we look for
• Care and discretion
• A strong stomach
• Attention to detail
"""


def test_a_flattened_boxs_reporting_row_takes_a_title():
    facts = _facts(_CREMATORIUM.format(label="Reporting to"))
    assert ("Reporting to", "Funeral Home Supervisor") in facts and ("Location", "Arima Funeral Home") in facts


def test_a_title_under_another_label_of_a_flattened_box_is_no_value():
    # negative: 'Your job' / 'Funeral Home Supervisor': a role's title is no value of another label
    assert not any(value == "Funeral Home Supervisor" for _, value in _facts(_CREMATORIUM.format(label="Your job")))


_SURVEY = """Kaimai Survey & Planning Ltd
Home   Services   Projects   Our people   Careers
Careers at Kaimai
Drafting Technician
Some of our newest team members have asked what a drafting technician actually does, so we wrote it down.
Drafting technicians, who you may also hear called a survey drafter, are the people who turn field notes into plans. On a typical week you will draw site plans for contractors, check boundaries against old survey plans, and process the field data in 12d and AutoCAD back at the office. You also prepare draft plans for new subdivisions for our licensed cadastral surveyors.
To be good at it you need solid maths, spatial awareness, patience with software and a careful eye for detail. A full driver's licence is essential because our sites are all over the Bay of Plenty and the Waikato.
{pay}
Many people come into the role from a job as a survey field assistant. After a few years you can go on to become a senior drafter.
If this sounds like you, we would love to hear from you. Email careers@kaimaisurvey.example with your CV.
Kaimai Survey & Planning Ltd · Tauranga · Hamilton · Member of Survey and Spatial New Zealand
"""


def test_pay_in_a_paragraph_whose_subjects_are_the_roles_people_is_read():
    pay = _pay(_SURVEY.format(pay="New technicians in Tauranga start on about $56,000 a year, and experienced technicians "
                                  "earn $66,000 to $80,000 a year."))
    assert pay == [("New technicians in Tauranga", 56000, 56000, "NZD", "year"),
                   ("experienced technicians", 66000, 80000, "NZD", "year")]


def test_pay_in_a_paragraph_about_other_people_is_no_salary():
    # negative: a sentence that also gives the surveyors' pay (another occupation's) stores none of its amounts
    assert _pay(_SURVEY.format(pay="Licensed surveyors in Tauranga earn $90,000 to $120,000 a year, and drafting "
                                   "technicians earn $60,000 a year.")) == []


_FLORIST = """Inicio   Nosotros   Trabaja con nosotros   Contacto
Floristería del Parque · {city}
Preguntas frecuentes: Florista / Florist
¿Qué hace un florista en nuestra tienda? What does a florist do?
Our florists turn fresh flowers into bouquets. On a normal day you will:
* preparar las flores al llegar de la finca
* diseñar ramos y arreglos
* atender a los clientes en la tienda
¿Cuánto gana un florista? How much does it pay?
A junior florist earns $1.450.000 a month. Experienced florists earn between $1.900.000 and $2.500.000 a month.
"""


def test_a_big_city_of_colombia_decides_a_bare_dollar():
    assert _currencies(_FLORIST.format(city="Bogotá")) == {"COP"}


def test_a_city_of_no_dollar_country_decides_nothing():
    # negative: a city of no country in the table decides nothing; round 18b: its bare dollar grouped by points
    # ('$1.450.000') is then a peso of an unsaid country, no salary (no longer the default USD)
    assert _pay(_FLORIST.format(city="Lisboa")) == []


_ZONE = """CareerInfo | Summary Report for:
51-9198.00 - Bakery Helper
Helps bakers prepare dough, fill trays and clean the bakery.
Tasks
Weigh and mix ingredients for dough and batters.
Grease and fill baking trays.
Clean mixers, ovens and work areas.
Skills
Active Listening — Giving full attention to what other people are saying.
Monitoring — Watching performance of yourself or others.
Job Zone
Zone\tOne: Little or No Preparation Needed
{second}
"""


def test_label_tab_value_rows_with_a_fact_label_under_a_skill_group_are_facts():
    page = _page(_ZONE.format(second="Education\tHigh school diploma or none"))
    facts = [(r["label"], r["value"]) for r in page.facts.get("role_facts", [])]
    skills = [r["skill_name"] for r in page.facts.get("role_skills", [])]
    assert ("Zone", "One: Little or No Preparation Needed") in facts and ("Education", "High school diploma or none") in facts
    assert skills == ["Active Listening", "Monitoring"]


def test_tab_rows_without_a_fact_label_under_a_skill_group_stay_skills():
    # negative: 'Dough handling<TAB>Mixing and shaping by hand' rows name skills, no box
    page = _page(_ZONE.format(second="Dough handling\tMixing and shaping by hand").replace(
        "Zone\tOne: Little or No Preparation Needed", "Oven safety\tLoading and unloading hot trays"))
    assert not page.facts.get("role_facts")


_TANKER = """Kahurangi Dairy Co-operative
Our people   Our farmers   Careers   News
Careers › Drive with us › Milk Tanker Driver
Milk Tanker Driver
Role snapshot
Licence
Class 5 heavy vehicle licence with a clean record
Roster
4 on, 4 off, days and nights during the season
Season
August to May, with winter maintenance work available
{label}
{place}
Pay
$31.40 – $37.10 an hour
What the job involves
- Collect milk from farms on your run
- Test and sample every farm's milk
- Keep the tanker clean and road-legal
What you need
- A clean driving record
- Care with people and animals
- Early starts
"""


def test_the_jobs_location_names_the_country_of_a_bare_dollar():
    assert _pay(_TANKER.format(label="Depot", place="Edendale, Southland")) == [("Pay", 31, 37, "NZD", "hour")]


def test_a_place_that_is_no_location_of_the_job_decides_nothing():
    # negative: the region named once under another label, not the job's place: which dollar is unknown (no salary)
    assert _pay(_TANKER.format(label="Milk sold in", place="Southland and overseas")) == []


_RAIL = """SINDICATUL LUCRĂTORILOR DIN PORTURI
Acasă | Despre noi | Contracte colective | Salarizare | Contact
Salarizare > Porturi > Docher
Docher
Dock Worker — pay and conditions 2026
Atribuții / Duties
- încărcare și descărcare nave
- legarea și dezlegarea containerelor
- verificarea mărfii la recepție
Cerințe / Requirements
- condiție fizică bună
- atenție la siguranță
- lucru în echipă
{caption}
| Treapta | Debutant | După 3 ani |
| Docher cat. II | 4.150 | 4.560 |
| Docher cat. I | 4.610 | 5.080 |
| Șef de echipă | 5.390 | 5.920 |
Sporul de noapte (25%) nu este inclus.
"""


def test_a_pay_tables_caption_naming_its_currency_by_a_word_gives_cells_their_currency_and_month():
    pay = _pay(_RAIL.format(caption="Grila de salarizare (lei brut/lună, CCM 2026)"))
    assert ("Docher cat. II Debutant", 4150, 4150, "RON", "month") in pay and len(pay) == 6


def test_a_pay_tables_caption_naming_no_currency_gives_no_salary():
    # negative: '(brut/lună, CCM 2026)': no currency anywhere, no amount is guessed into pay
    assert _pay(_RAIL.format(caption="Grila de salarizare (brut/lună, CCM 2026)")) == []


_TUNNEL = """TRANG CHỦ / TUYỂN DỤNG / VỊ TRÍ / KỸ THUẬT VIÊN KHẢO SÁT
Ngôn ngữ: VI | EN

Kỹ thuật viên khảo sát hầm
Tunnel Survey Technician

Mã vị trí
TN-SV-02
Bộ phận
Khảo sát (Survey)
Địa điểm
{place}
Ca làm việc
2 ca luân phiên, 8 giờ/ca

Mô tả công việc / Job description
Đo đạc hướng tuyến hầm mỗi ca
Kiểm tra mốc khống chế
Ghi sổ đo và báo cáo sai lệch

Kỹ năng / Skills
Sử dụng máy toàn đạc
Đọc bản vẽ hầm
Làm việc theo ca

Thu nhập / Pay
Lương cơ bản: 18.000.000 – 24.000.000 ₫/tháng
"""


def test_a_flattened_boxs_value_of_up_to_fourteen_words_is_a_value():
    facts = _facts(_TUNNEL.format(place="Gói thầu CP3, Tuyến Metro số 2, TP. Hồ Chí Minh"))
    assert ("Địa điểm", "Gói thầu CP3, Tuyến Metro số 2, TP. Hồ Chí Minh") in facts and ("Mã vị trí", "TN-SV-02") in facts


def test_a_longer_line_under_a_label_is_no_value():
    # negative: a line of more than fourteen words is running text, no value of the box row above it
    place = "Gói thầu CP3 của tuyến Metro số 2 chạy từ trung tâm thành phố tới các quận phía tây TP. Hồ Chí Minh"
    assert not any(label == "Địa điểm" for label, _ in _facts(_TUNNEL.format(place=place)))


_PULA = """{country}
MINISTRY OF AGRICULTURE — DEPARTMENT OF VETERINARY SERVICES
Job Profile: Abattoir Hygiene Officer
Abattoir Hygiene Officer
KEY RESPONSIBILITIES
- Inspect the slaughter floor before every shift
- Take swabs from carcasses and equipment
- Report hygiene failures to the chief inspector
COMPETENCIES
- Attention to detail
- Integrity
- Knowledge of food hygiene rules
SALARY
C4: P 9,100 – P 12,200 per month
"""


def test_the_pulas_p_is_read_on_a_page_of_botswana():
    assert _pay(_PULA.format(country="REPUBLIC OF BOTSWANA · Gaborone")) == [("C4", 9100, 12200, "BWP", "month")]


def test_a_p_before_an_amount_on_a_page_of_no_country_is_no_salary():
    # negative: which currency 'P' names is unknown without Botswana's evidence
    assert _pay(_PULA.format(country="PUBLIC SERVICE COMMISSION")) == []
