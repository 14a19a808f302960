"""Generic layout, round 17b: salaries, career moves, aliases and at-a-glance facts found, never invented. Learned from
held-out set 20 (a union's wage table with the apprentices' periods and the fringe benefits beside it, fees under the
pay, a bare dollar on a page of Australia's regional towns, numbered ladders and lower-case moves). Every page here is
invented, and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _currencies, _facts, _pay, _paths


# --- a wage table of the trade's apprentices by period, fringe benefits beside it ----------------------------------

_GLAZIERS = """GLAZIERS LOCAL 905
Home | About the Local | Apprenticeship | Wages & Benefits | Dispatch | Contact
Member login
Wages & Benefits > Commercial Glazier
Commercial Glazier
The people who close in the building. Local 905 members glaze towers, malls, schools and plants across three counties.
QUICK LINKS
Apply to the apprenticeship
Also known as: Glass Installer · Curtain Wall Setter
Download the 2026 rate sheet (PDF)
What glaziers do
- Set curtain wall units and storefront frames
- Cut, fit and seal glass to the architect's details
- Signal hoist operators during lifts
- Caulk and weatherproof every joint
- Inspect suction lifters and glass racks
Skills we train
* Shop drawing reading
* Glass handling and rigging
* Sealant application
* Fall protection and rescue
To apply you must be 18 or older, hold a valid driver's license and pass a drug screen.
Apprenticeship facts
Apprenticeship length: 3 years (5,400 hours on the job)
Related instruction: 160 hours per year
Dispatch: Out of the hiring hall by book
Wage rates effective July 1, 2026 (per hour)
Classification\tPercent of journeyperson\tHourly wage
{first}\t55%\t$24.10
{second}\t70%\t$30.60
Journeyperson\t100%\t$43.80
Foreman\t+$2.50\t$46.30
Fringe benefits are paid on top of the hourly wage: {fringe} $9.40, {other} $7.15 per hour worked.
Your path in the trade
1. Pre-apprentice
2. Apprentice Glazier
3. Journeyperson Glazier
4. Foreman
Questions? Call the hall Monday to Friday, 6:00 am to 3:00 pm.
© 2026 Glaziers Local 905 · Privacy · Site map
"""


def test_a_wage_table_row_of_a_numbered_apprentice_period_is_the_roles_pay():
    pay = _pay(_GLAZIERS.format(first="1st period apprentice", second="Second-year apprentice",
                                fringe="vacation", other="training"))
    labels = [label for label, *_ in pay]
    assert ("1st period apprentice", 24, 24, "USD", "hour") in pay
    assert ("Second-year apprentice", 31, 31, "USD", "hour") in pay
    assert "Journeyperson" in labels


def test_a_row_of_another_occupation_stays_out_of_the_table():
    pay = _pay(_GLAZIERS.format(first="Window cleaner", second="Glass apprentice",
                                fringe="vacation", other="training"))
    labels = [label for label, *_ in pay]
    assert "Window cleaner" not in labels and "Journeyperson" in labels


def test_pension_annuity_and_health_and_welfare_beside_the_wage_are_no_pay():
    pay = _pay(_GLAZIERS.format(first="1st period apprentice", second="2nd period apprentice",
                                fringe="health & welfare", other="pension"))
    labels = [label.lower() for label, *_ in pay]
    assert not any("pension" in label or "welfare" in label for label in labels)
    assert "journeyperson" in labels


def test_a_pension_scheme_in_a_box_stays_a_fact():
    page = """Northshire Police
Careers > Police Constable
Police Constable
Our constables keep the county's towns and villages safe.
At a glance
Starting salary: £29,000
Pension: Career Average Pension Scheme
Shift pattern: 10-hour shifts, days and nights
What you'll do
- Respond to emergency calls
- Patrol the community on foot and by car
- Gather evidence and interview witnesses
Skills
- Calm under pressure
- Clear communication
- Good judgement
"""
    assert ("Pension", "Career Average Pension Scheme") in _facts(page)
    assert ("Starting salary", 29000, 29000, "GBP", "year") in _pay(page)


# --- fees under the pay ---------------------------------------------------------------------------------------------

_TOWING = """State of Lanark · Department of Licensing
Skip to content\tMenu\tSearch dol.example
Business & professions > Recovery vehicle drivers
Recovery Vehicle Driver
Recovery vehicle drivers work for licensed recovery firms. The firm needs a registration; the driver needs the right license.
Also called: Breakdown Driver, Recovery Operator
What does a recovery vehicle driver do?
1. Answer motor club and roadside calls
2. Load broken-down vehicles onto flatbeds
3. Record vehicle condition at pickup
4. Release vehicles to owners
Skills employers look for
* Safe driving in heavy traffic
* Winching and load-securing
* Calm customer handling
License requirements
A commercial driver license is required for trucks over 26,000 pounds.
Wages
Median hourly wage: $23.60
Annual median: $48,900
Source: state employment security department, 2025 survey.
{heading}
Business registration: $1,200 per business
Each extra vehicle: $1,100 per vehicle
"""


def test_money_under_a_line_naming_fees_in_the_pay_section_is_no_pay():
    pay = _pay(_TOWING.format(heading="Fees"))
    assert {label for label, *_ in pay} == {"Median hourly wage", "Annual median"}


def test_a_line_naming_pay_again_in_the_pay_section_reads_its_amounts():
    pay = _pay(_TOWING.format(heading="Fees") + "Overtime pay\nWeekend rate: $35.40 per hour\n")
    assert ("Weekend rate", 35, 35, "USD", "hour") in pay


# --- a bare dollar on a page of Australia's regional towns ---------------------------------------------------------

_OYSTERS = """Seaview Oysters Co. — Careers
Home  Our leases  Careers  Sustainability  Shop oysters
Careers > Farm roles > FAQ
Oyster Technician – your questions answered
Thinking about a season on the leases? These are the questions we get asked most.
What does an Oyster Technician actually do?
You'll work on the punts and the racks looking after millions of oysters. A normal week includes:
- cleaning oyster baskets on the wash-down punt
- turning and checking baskets on the long racks
- grading stock and sorting it for market
- helping the skippers during harvest
- keeping logs of mortality and water salinity
Is there another name for the job?
On some leases the job is called an oyster farm hand or a lease worker. It's the same work.
What skills do I need?
You should be a strong swimmer, comfortable on boats in cold weather, and happy doing repetitive work with care.
How much does it pay?
Rates under our enterprise agreement (per hour, before tax):
Position            Hourly rate
Oyster Technician   $31.60
Senior Technician   $35.20
Leading Hand        $39.80
Overtime and a season completion bonus are paid on top.
What's the roster?
Two weeks on the leases, one week off. Flights from {town} or {city} are paid.
"""


def test_two_australian_towns_once_each_make_a_bare_dollar_australian():
    assert _currencies(_OYSTERS.format(town="Cairns", city="Darwin")) == {"AUD"}


def test_one_australian_town_and_an_american_one_do_not_decide_the_dollar():
    assert "AUD" not in _currencies(_OYSTERS.format(town="Cairns", city="Seattle"))


# --- career moves -----------------------------------------------------------------------------------------------------

from pipeline.parse.generic.moves import sentence_moves  # noqa: E402


def test_a_numbered_ladder_under_a_heading_about_a_path_is_the_roles_ladder():
    steps = [title for kind, title in _paths(_GLAZIERS.format(first="1st period apprentice", second="2nd period apprentice",
                                                              fringe="vacation", other="training")) if kind == "step"]
    assert steps == ["Pre-apprentice", "Apprentice Glazier", "Journeyperson Glazier", "Foreman"]


def test_a_numbered_list_without_the_roles_head_noun_is_no_ladder():
    page = _GLAZIERS.format(first="1st period apprentice", second="2nd period apprentice", fringe="vacation",
                            other="training").replace("2. Apprentice Glazier\n3. Journeyperson Glazier",
                                                      "2. Site Safety Officer\n3. Hoist Operator")
    assert not [title for kind, title in _paths(page) if kind == "step"]


def test_a_numbered_list_under_a_heading_not_about_moving_on_is_no_ladder():
    page = _GLAZIERS.format(first="1st period apprentice", second="2nd period apprentice", fringe="vacation",
                            other="training").replace("Your path in the trade", "Our officers this year")
    assert not [title for kind, title in _paths(page) if kind == "step"]


_BOOKBINDER_HEAD = """Careers Compass
Home > Explore careers > Creative and media > Bookbinder
Bookbinder
Bookbinders sew, glue and cover books by hand and by machine.
At a glance
Hours: 37 to 40 a week
Salary: £21,000 to £30,000 a year
"""

_FRAMER = _BOOKBINDER_HEAD + """What you'll do
Day to day you could:
• sew and glue book blocks
• cover books in cloth or leather
• repair old and damaged books
Skills and knowledge
You'll need:
• patience
• an eye for detail
• the ability to work accurately with your hands
Career path and progression
{first}
{second}
Related careers
Picture framer
Printer
"""


def test_two_sentences_under_a_progression_heading_name_their_moves():
    paths = _paths(_FRAMER.format(
        first="With experience, you could become a workshop manager or set up your own bindery.",
        second="You could also move into museum work as a conservation technician."))
    assert ("to", "workshop manager") in paths and ("lateral", "conservation technician") in paths


def test_two_sentences_naming_no_move_add_no_path():
    assert _paths(_FRAMER.format(first="With experience, you could set up your own bindery and teach evening classes.",
                                 second="You could also work for a museum or a library.")) == []


def test_then_worked_as_after_started_as_is_a_second_entry_step():
    assert sentence_moves("Most of our divers started as a labourer, then worked as an assistant diver.",
                          "Commercial Diver") == [("from", "labourer"), ("from", "assistant diver")]
    assert sentence_moves("He moved up to Team Lead, then worked as a consultant abroad.", "Analyst") == \
        [("to", "Team Lead")]


def test_a_lower_case_title_of_several_words_ending_on_the_roles_head_noun_is_a_title():
    assert ("to", "head guide") in sentence_moves("Guides can move up to head guide.", "Field Guide")
    assert sentence_moves("Guides can move up to the guide hut.", "Field Guide") == []


def test_an_infinitive_start_and_chegar_llegar_a_name_moves_in_portuguese_and_spanish():
    assert sentence_moves("Você pode começar como Ajudante de Refrigeração e chegar a Supervisor Técnico.",
                          "Técnico de Refrigeração") == [("from", "Ajudante de Refrigeração"),
                                                         ("to", "Supervisor Técnico")]
    assert sentence_moves("Puedes empezar como Ayudante de Cocina y llegar a Jefe de Partida.", "Cocinero") == \
        [("from", "Ayudante de Cocina"), ("to", "Jefe de Partida")]
    assert sentence_moves("Você pode chegar a uma vaga melhor.", "Técnico") == []
    assert sentence_moves("Puedes llegar a la oficina a las 8.", "Cocinero") == []


# --- aliases and at-a-glance facts ------------------------------------------------------------------------------------

_SAWMILL = """Pădurea Verde S.A. · Cariere
Acasă | Produse | Cariere | Contact
Cariere > Producție > Operator uscătorie / Kiln Operator
Kiln Operator
Operator uscătorie
Fișa postului / Job profile
Department
Uscare cherestea / Timber drying
Location
Gura Humorului, județul Suceava
Other names
Uscătorist; Operator cuptor uscare
{label}
{value}
Salary
4.000 – 5.000 lei brut pe lună / gross per month
Responsabilități / Responsibilities
• Încărcarea cherestelei în uscătorie / Loading timber into the kiln
• Citirea umidității / Reading moisture levels
• Curățarea zonei de lucru / Cleaning the work area
Ce căutăm / What we look for
• Atenție la detalii / Attention to detail
• Lucru în echipă / Teamwork
"""


def test_a_known_glance_label_over_its_value_after_names_on_one_line_is_a_fact():
    page = _SAWMILL.format(label="Contract", value="Contract pe perioadă nedeterminată / Permanent contract")
    assert ("Contract", "Contract pe perioadă nedeterminată / Permanent contract") in _facts(page)
    assert "Contract" not in _aliases(page) and "Uscătorist" in _aliases(page)


def test_a_line_under_names_on_one_line_that_is_no_glance_label_is_no_fact():
    page = _SAWMILL.format(label="Mentor", value="Maistru de schimb / Shift foreman")
    assert not any(label == "Mentor" for label, _ in _facts(page))


_PROFILE = """Highland Horticulture Skills Partnership
Occupational profiles for the export flower sector
Profiles > Greenhouse and field > Propagation Supervisor
Printed: 02/12/2026   Page 1 of 2
PROPAGATION SUPERVISOR
{label}: የማባዛት ተቆጣጣሪ
Sector: Floriculture and young plants
ISCO-08 group: 6111
Summary
Propagation supervisors lead the teams that root cuttings and raise young plants for export farms.
Tasks
• Plan the week's sticking and rooting
• Check mist and heat in the rooting beds
• Train new workers in hygiene and grading
Skills
• Plant health knowledge
• Team leadership
• Record keeping
"""


def test_a_label_naming_a_language_and_a_title_lists_an_other_name():
    page = _PROFILE.format(label="Amharic title")
    assert "የማባዛት ተቆጣጣሪ" in _aliases(page)
    assert not any(label == "Amharic title" for label, _ in _facts(page))


def test_a_label_naming_a_language_without_title_or_name_lists_no_alias():
    assert "የማባዛት ተቆጣጣሪ" not in _aliases(_PROFILE.format(label="Amharic course"))


_GLANCE = _BOOKBINDER_HEAD + """{label}
{value}
More information
What you'll do
Day to day you could:
• sew and glue book blocks
• cover books in cloth or leather
• repair old and damaged books
"""


def test_a_how_to_line_over_a_sentence_in_a_glance_box_is_no_fact():
    page = _GLANCE.format(label="How to become a bookbinder",
                          value="You can get into this job through a college course or by training on the job.")
    assert not any(label.startswith("How to") for label, _ in _facts(page))
    assert ("Hours", "37 to 40 a week") in _facts(page)


def test_a_how_to_line_over_a_short_value_in_a_glance_box_stays_a_fact():
    page = _GLANCE.format(label="How to become a bookbinder", value="College course or apprenticeship")
    assert ("How to become a bookbinder", "College course or apprenticeship") in _facts(page)


# --- pay by a second period under a quick-facts row; Australian states as a pay table's rows -----------------------

_OUTLOOK = """An official website of the United States government  Here's how you know
Occupational Outlook Library
Home > Media Occupations > Broadcast Technicians
Summary | What They Do | Work Environment | How to Become One | Pay | Job Outlook | More Info
Broadcast Technicians
Summary
Quick Facts: Broadcast Technicians
2025 Median Pay\t$54,120 per year
{second}
Typical Entry-Level Education\tAssociate's degree
Number of Jobs, 2025\t31,200
What Broadcast Technicians Do
Broadcast technicians set up, operate and maintain the equipment for radio and television broadcasts.
Duties
Broadcast technicians typically do the following:
Set up cameras, microphones and lighting before a broadcast
Monitor signal strength and sound quality during a broadcast
Repair and replace faulty equipment
"""


def test_an_amount_by_another_period_under_a_quick_facts_pay_row_is_the_same_pay_by_that_period():
    pay = _pay(_OUTLOOK.format(second="$26.02 per hour"))
    assert ("2025 Median Pay", 54120, 54120, "USD", "year") in pay
    assert ("2025 Median Pay per hour", 26, 26, "USD", "hour") in pay


def test_a_line_under_a_quick_facts_pay_row_that_states_the_same_period_is_not_read_as_its_second_period():
    pay = _pay(_OUTLOOK.format(second="$54,120 per year"))
    assert not any(label.endswith("per year") for label, *_ in pay)


_TRAFFIC = """SEEKWORK Career Advice
Find jobs  |  Company reviews  |  Career advice  |  Salaries
Career advice > Career profiles > Media

How to become a Radio Producer
By the SeekWork editorial team · 5 min read

Radio producers plan, book and run the shows you hear on air, from breakfast radio to late-night talkback.

What does a Radio Producer do?
* Book guests and plan each segment
* Run the desk during live shows
* Edit interviews for podcasts

Salary by state
{first}    $61,000 – $75,000
{second}    $58,000 – $71,000

Career progression
Many producers start as a station assistant. With experience you can move up to executive producer.
"""


def test_two_short_names_of_australian_states_as_pay_rows_make_a_bare_dollar_australian():
    assert _currencies(_TRAFFIC.format(first="VIC", second="QLD")) == {"AUD"}


def test_one_short_state_name_alone_does_not_decide_the_dollar():
    assert "AUD" not in _currencies(_TRAFFIC.format(first="VIC", second="Online"))


# --- a pay table of several columns lined up by runs of spaces -------------------------------------------------------

_ICE = """Starfsgreinasamband · Verkalýðsfélag
Forsíða   Kjaramál   Launatöflur   Réttindi   English
Launatöflur > Sundlaugar > Laugarvörður
Laugarvörður sundlauga
Pool Attendant — wages and work (English summary)
Also called: sundlaugarvörður, Lifeguard (pool)
This page covers staff who supervise public swimming pools for the municipalities.
Main tasks
watching swimmers from the poolside
testing water quality twice a shift
cleaning changing rooms and showers
Skills the pools look for
strong swimming
first aid
staying alert for long periods
Monthly wages (ISK, from 1 April 2026)
{header}
Pool Attendant    468.000 kr.    481.000 kr.      495.000 kr.
Shift Supervisor 540.000 kr.    556.000 kr.      572.000 kr.
Overtime is paid by the hour. Seasonal staff are hired May to September.
"""


def test_a_pay_table_of_several_columns_lined_up_by_spaces_is_read_row_by_column():
    pay = _pay(_ICE.format(header="Step           Start          After 1 year     After 3 years"))
    assert ("Pool Attendant Start", 468000, 468000, "ISK", "month") in pay
    assert ("Shift Supervisor After 3 years", 572000, 572000, "ISK", "month") in pay
    assert len(pay) == 6


def test_rows_of_more_amounts_than_the_header_has_columns_are_no_such_table():
    pay = _pay(_ICE.format(header="Step           Start          After 1 year"))
    assert not any(label.endswith(("Start", "After 1 year")) for label, *_ in pay)
