"""Generic layout, round 18b: salaries, career moves, aliases and at-a-glance facts found, never invented. Learned from
sets 15-21 (set 21 first scored unseen); every rule here shows on pages of at least two sets, named in each test's
docstring. Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _currencies, _facts, _pay, _paths


# --- a bare dollar grouped by points is a peso, never US dollars ------------------------------------------------------

_PESO_PAGE = """Ferrocarril del Sur — Trabaja con nosotros
Inicio > Trabaja con nosotros > Perfiles

Guardavías / Track Warden

[–] Funciones / Duties
• Recorrer la vía a pie y revisar rieles y durmientes
• Señalizar los trabajos en la vía
• Reportar fallas al centro de control
• Cortar la maleza junto a la vía

[–] Competencias / Skills
• Atención al detalle
• Trabajo en equipo
• Resistencia física

[–] Salario / Pay
Salario básico: {first} mensuales
Con experiencia: {second} mensuales
{country}
"""


def test_a_bare_dollar_grouped_by_points_on_a_page_naming_no_country_is_no_salary():
    """Set 19 q19 ('$750.000 – $950.000 mensuales', Chile) and set 21 u17 ('$2.450.000 mensuales', Colombia): neither
    names its country, and the amounts were stored as US dollars."""
    pay = _pay(_PESO_PAGE.format(first="$2.450.000", second="$2.800.000 – $3.150.000", country=""))
    assert pay == []


def test_a_bare_dollar_grouped_by_points_takes_the_named_country_and_a_comma_grouped_one_stays_usd():
    pay = _pay(_PESO_PAGE.format(first="$2.450.000", second="$2.800.000 – $3.150.000",
                                 country="Sede principal: Bogotá, Colombia."))
    assert ("Salario básico", 2450000, 2450000, "COP", "month") in pay
    pay = _pay(_PESO_PAGE.format(first="$2,450", second="$2,800 – $3,150", country=""))
    assert ("Salario básico", 2450, 2450, "USD", "month") in pay


# --- the page's own role named as a move, in the plural or as one half of a title for two ---------------------------

_STATION_PAGE = """Red Gum Pastoral Co. — Careers
Home > Careers > Deckhand / Boatman

Deckhand / Boatman

Come and spend a season on one of our river barges on the Murray.

Duties
• Handle mooring lines at every lock
• Keep the deck clean and safe
• Help the skipper with loading

Skills
• A good level of fitness
• Willingness to live aboard for weeks at a time
• Teamwork

Career progression
Most of our skippers started as {plural}. After your first season you can step up to Leading Hand, then Mate.
"""


def test_the_roles_own_plural_or_half_of_a_title_for_two_is_no_move():
    """Set 21 u04 ('Most of our head stockmen started as jackaroos' on the 'Jackaroo / Jillaroo' page); set 6 w22 and
    set 15 write roles as 'A / B' titles too."""
    paths = _paths(_STATION_PAGE.format(plural="boatmen"))
    assert ("to", "Leading Hand") in paths and ("to", "Mate") in paths
    assert not any(title.lower().startswith("deckhand") for _, title in paths)
    paths = _paths(_STATION_PAGE.format(plural="deckhands"))
    assert not any(title.lower().startswith("deckhand") for _, title in paths)
    assert ("to", "Leading Hand") in paths


def test_another_role_in_the_plural_stays_a_way_in():
    paths = _paths(_STATION_PAGE.format(plural="wharf labourers"))
    assert ("from", "wharf labourers") in paths


# --- a title in a language that puts its head noun first, written in lower case ---------------------------------------

_BAKERY_PAGE = """Panificadora La Espiga — Trabaja con nosotros
Inicio > Trabaja con nosotros > Panadero / Baker

Panadero / Baker

[–] Funciones / Duties
• Preparar las masas según la receta
• Hornear el pan de la mañana
• Limpiar el obrador al final del turno

[–] Habilidades / Skills
• Trabajo en equipo
• Resistencia física
• Organización

[–] Desarrollo / Career
{career}
"""


def test_a_lower_case_title_headed_by_a_word_for_a_person_holding_a_job_is_a_move():
    """Set 19 q19 ('Se empieza como ayudante de tonelería … llegar a maestro tonelero … pasan a la bodega como
    bodeguero') and q20 ('peut devenir chef d'atelier, puis responsable de production … se tourner vers le contrôle
    qualité comme technicien qualité cuir'), set 20 t15 ('começar como ajudante de refrigeração e chegar a supervisor
    técnico'), set 21 u17 ('Se empieza como auxiliar de estación … llegar a supervisor de línea y luego a jefe de
    operación de cable') and u12 ('move up to chef de cave and later to responsable d'affinage')."""
    paths = _paths(_BAKERY_PAGE.format(career="Se empieza como ayudante de obrador. Se puede llegar a maestro panadero "
                                              "y luego a jefe de producción. Algunos pasan a la tienda como vendedor."))
    assert paths == [("from", "ayudante de obrador"), ("to", "maestro panadero"), ("to", "jefe de producción"),
                     ("lateral", "vendedor")]


def test_a_lower_case_phrase_of_no_such_word_is_no_move():
    paths = _paths(_BAKERY_PAGE.format(career="Se empieza como parte del equipo de la mañana. Se puede llegar a "
                                              "tiempo completo. Algunos pasan a la tienda como apoyo."))
    assert paths == []


# --- pay in a paragraph outside a pay section: one subject the role's people, the others a level of them -------------

_LOCKSMITH_BODY = """
Duties
• Fit and repair locks and door hardware
• Cut keys and program car key fobs
• Open locked doors without damage

Skills
• Patience and a steady hand
• Customer service
• Problem solving
"""

_LOCKSMITH_PAGE = """Keyline Training — Careers
Home > Careers > Locksmith

Locksmith

Locksmiths fit, repair and open locks for homes, shops and cars. {pay}
""" + _LOCKSMITH_BODY


def test_pay_in_a_paragraph_whose_other_subjects_are_levels_of_the_roles_people_is_read():
    """Set 19 q03 ('Beginners in a fragrance house earn around €34,000 … a senior evaluator earns between …') and set
    20 t05 ('Most quality controllers start on about $26 an hour …, and experienced QCs who run a shift earn between
    $29 and $33 an hour'): before, every subject had to name the role's head noun."""
    pay = _pay(_LOCKSMITH_PAGE.format(pay="Beginners in a city firm earn around £24,000 a year, and an experienced "
                                          "locksmith earns between £32,000 and £40,000 a year."))
    assert ("Beginners in a city firm", 24000, 24000, "GBP", "year") in pay
    assert any(low == 32000 and high == 40000 for _, low, high, *_ in pay)


def test_pay_of_another_group_beside_the_roles_people_is_not_read():
    pay = _pay(_LOCKSMITH_PAGE.format(pay="Security guards in a city firm earn around £24,000 a year, and an experienced "
                                          "locksmith earns between £32,000 and £40,000 a year."))
    assert pay == []


# --- a flattened label/value box whose value holds a time or a bracketed colon ---------------------------------------

_BOX_PAGE = """Northfield Water Board
Home > Careers > Pump Station Operator

Pump Station Operator

Job family
Water Operations
Location
{location}
Hours
{hours}
Grade
W4

Duties
• Run the pumps to the daily plan
• Read meters and log the flows
• Report faults to the control room

Skills
• Attention to detail
• Mechanical aptitude
• Teamwork
"""


def test_a_box_value_with_a_time_of_day_or_a_bracketed_colon_keeps_the_box():
    """Set 15 v22 ('Hours' / '5:30am to 2:00pm' broke the box: 'Site', 'Employment', 'Award' lost) and set 21 u03
    ('Location' / 'Toronto, Ontario (hybrid: 3 days on site)': 'Location', 'Union' lost)."""
    facts = _facts(_BOX_PAGE.format(location="Riverside Depot (hybrid: 2 days on site)", hours="6:00am to 2:30pm"))
    assert ("Location", "Riverside Depot (hybrid: 2 days on site)") in facts
    assert ("Hours", "6:00am to 2:30pm") in facts and ("Grade", "W4") in facts


def test_a_value_that_is_itself_a_label_and_value_still_breaks_the_box():
    facts = _facts(_BOX_PAGE.format(location="Riverside Depot", hours="Shift: nights"))
    assert ("Hours", "Shift: nights") not in facts


# --- a box flattened to label and value lines, its names' row in the middle ------------------------------------------

_NAMES_BOX_PAGE = """Harbour Lines Ferries
Home > Careers > Ferry Deckhand

Ferry Deckhand

Grade
D2
Department
Marine Operations
Shift
{shift}
Other names
Ferry Crew Member
Mooring Hand
{label}
{value}

Duties
• Handle mooring lines at every berth
• Guide cars and passengers on board
• Keep the car deck clean and safe

Skills
• Teamwork
• Alertness
• Physical fitness
"""


def test_the_last_label_over_a_value_after_a_boxed_names_row_is_the_boxs_next_row():
    """Set 21 u03 ('Other titles' / two names / 'Required certification' / 'Certificate of proficiency in …'), u13 ('Also
    known as' / two names / 'Work permit' / 'Positive list or agricultural trainee scheme') and u14 ('Other names' / 'RO
    Plant Operator / Water Plant Technician' / 'Omanisation' / 'Open to Omani nationals': 'Omanisation' stored as a
    name); set 18 h09 writes its names row inside the same kind of box."""
    page = _NAMES_BOX_PAGE.format(shift="Rotating 12-hour shifts", label="Work permit",
                                  value="Right to work in the country required")
    assert _aliases(page) == ["Ferry Crew Member", "Mooring Hand"]
    assert ("Work permit", "Right to work in the country required") in _facts(page)


def test_a_third_name_line_stays_a_name_and_a_names_list_outside_a_box_is_unchanged():
    page = _NAMES_BOX_PAGE.format(shift="Rotating 12-hour shifts", label="Deck Crew", value="Vessel Deck Operator")
    assert "Vessel Deck Operator" in _aliases(page) and not any(label == "Deck Crew" for label, _ in _facts(page))
    outside = _NAMES_BOX_PAGE.replace("Shift\n{shift}\n", "Shift\n{shift}\n\nWe run ferries across the harbour.\n")
    page = outside.format(shift="Rotating 12-hour shifts", label="Work permit",
                          value="Right to work in the country required")
    assert not any(label == "Work permit" for label, _ in _facts(page))


def test_a_label_over_a_sentence_after_a_boxed_names_row_is_no_fact():
    """Set 20 t09: 'Other titles' / 'Desal Operator, RO Plant Operator' / 'Purpose' / 'Operate the … units so that the
    station delivers its contracted water volume and quality.': a heading over its paragraph, no box row."""
    page = _NAMES_BOX_PAGE.format(shift="Rotating 12-hour shifts", label="Purpose",
                                  value="Keep the ferry safe and on time for every passenger.")
    assert not any(label == "Purpose" for label, _ in _facts(page))


# --- a master's title, and a clause about one's own work after it ----------------------------------------------------

_ROOFER_PAGE = """Heritage Roofing Guild
Home > Careers > Slater

Slater

Duties
• Strip old slates and battens
• Fix new slates with copper nails
• Repair valleys and ridges

Skills
• A head for heights
• Patience
• Good balance

Career progression
{career}
"""


def test_a_masters_title_before_a_clause_about_ones_own_work_is_a_move():
    """Set 20 t03 ('you can progress to master thatcher and take on apprentices of your own') and set 21 u01 ('you could
    become a master craftsman and take on your own contracts, or go on to become a … instructor'): the clause after
    'and' made the list unsure, and 'master' read as a comparative ('a better listener')."""
    paths = _paths(_ROOFER_PAGE.format(career="After the apprenticeship you can progress to master slater and take on "
                                              "apprentices of your own. Some become a master craftsman and take on "
                                              "their own contracts."))
    assert ("to", "master slater") in paths and ("to", "master craftsman") in paths


def test_a_comparative_before_an_agent_noun_is_still_no_title():
    paths = _paths(_ROOFER_PAGE.format(career="After the apprenticeship you become a better listener and take on "
                                              "jobs of your own."))
    assert paths == []


# --- names in lower case after a Romance label for other names ---------------------------------------------------------

_GROOMER_PAGE = """Peluquería Canina Huellitas
Inicio › Trabaja con nosotros › Dog Groomer

Dog Groomer
{names}

Funciones / Duties
• Bañar y secar a los perros
• Cortar el pelo según la raza
• Limpiar oídos y cortar uñas

Habilidades / Skills
• Paciencia con los animales
• Atención al detalle
• Trato amable con los clientes
"""


def test_lower_case_names_after_a_romance_label_for_other_names_are_aliases():
    """Set 17 z14 ('Otros nombres: peluquero canino, estilista canino'), set 20 t14 ('Otros nombres: instructor de
    submarinismo, instructor de buceo recreativo'), set 16 x23 ('También le dicen / Also called: …'): 'nombres' was no
    word of naming, and a head-first name of four words was too long."""
    assert _aliases(_GROOMER_PAGE.format(names="Otros nombres: peluquero canino, estilista canino")) == [
        "peluquero canino", "estilista canino"]
    assert _aliases(_GROOMER_PAGE.format(names="Otros nombres: asistente de peluquería, asistente de peluquería "
                                               "canina")) == ["asistente de peluquería", "asistente de peluquería canina"]


def test_a_phrase_after_a_romance_label_for_other_names_that_is_no_name_stays_text():
    assert _aliases(_GROOMER_PAGE.format(names="Otros nombres: ver la sección de empleos")) == []


def test_the_role_under_a_word_of_its_kind_of_contract_is_no_move():
    """Set 21 u02 ('Many of our full-time crews started as seasonal snowplow operators': the role itself, as set 21
    u04's 'started as jackaroos')."""
    page = _STATION_PAGE.replace("Deckhand / Boatman", "Deckhand")
    paths = _paths(page.format(plural="seasonal deckhands"))
    assert not any("deckhand" in title.lower() for _, title in paths) and ("to", "Leading Hand") in paths
    paths = _paths(page.format(plural="trainee deckhands"))
    assert ("from", "trainee deckhands") in paths


def test_the_season_of_seasonal_work_is_a_glance_fact():
    """Set 17 z18 ('Season: Crushing season, June to December' after 'Also called: …') and set 18 h13 ('Winter pruning
    season: 15 December – 31 March' alone under the title); ten pages of sets 5-15 state it in their glance boxes."""
    page = _LOCKSMITH_PAGE.replace("Locksmiths fit, repair", "{season}\nLocksmiths fit, repair")
    facts = _facts(page.format(season="Busy season: October to March", pay=""))
    assert ("Busy season", "October to March") in facts
    facts = _facts(page.format(season="Season tickets: sold at the door", pay=""))
    assert not any(label.startswith("Season") for label, _ in facts)


def test_a_department_of_colombia_in_the_pages_head_decides_a_bare_dollar_grouped_by_points():
    """Set 21 u17 ('Metro Andino de Antioquia' in the first line; set 19 q19 names Chile only by a valley): the
    departments of Colombia and the regions of Chile name their country as its cities do."""
    page = _PESO_PAGE.replace("Ferrocarril del Sur — Trabaja con nosotros",
                              "Ferrocarril de Antioquia — Trabaja con nosotros")
    pay = _pay(page.format(first="$2.450.000", second="$2.800.000 – $3.150.000", country=""))
    assert ("Salario básico", 2450000, 2450000, "COP", "month") in pay
    page = _PESO_PAGE.replace("Ferrocarril del Sur — Trabaja con nosotros",
                              "Ferrocarril del Maule — Trabaja con nosotros")
    assert _currencies(page.format(first="$750.000", second="$800.000", country="")) == {"CLP"}


# --- a prose page's way in told of people in general, or of the role's initials ---------------------------------------

_PROSE_WAY_IN = """Keyline Training — Careers
Home > Careers > Locksmith

Locksmith

Locksmiths fit, repair and open locks for homes, shops and cars.
{way}
""" + _LOCKSMITH_BODY


def test_people_in_general_or_the_roles_initials_as_the_subject_of_a_way_in_name_its_moves():
    """Set 15 v08 ('Many people start as a location assistant or a unit manager …'), sets 16 x12 and 17 z08 ('Many
    people come into the role from a job as a survey field assistant. After a few years you can go on to become …'),
    set 20 t05 ('Many of our QCs start as packers …' on the Packhouse Quality Controller's page): prose pages whose
    moves were lost because the subject did not name the role's head noun."""
    paths = _paths(_PROSE_WAY_IN.format(way="Many people start as a hardware shop assistant. After a few years you can "
                                            "go on to become a security systems installer."))
    assert paths == [("from", "hardware shop assistant"), ("to", "security systems installer")]
    page = _PROSE_WAY_IN.replace("Locksmith\n\nLocksmiths", "Master Key Locksmith\n\nLocksmiths").replace(
        "> Locksmith", "> Master Key Locksmith")
    assert ("from", "porters") in _paths(page.format(way="Many of our MKLs start as porters."))


def test_another_groups_way_in_in_prose_is_still_no_move():
    assert _paths(_PROSE_WAY_IN.format(way="Many electricians start as a cable puller.")) == []
    assert _paths(_PROSE_WAY_IN.format(way="Many of our HGVs start as porters.")) == []
