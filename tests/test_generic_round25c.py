"""Generic layout, round 25c: career paths and aliases of pages in more languages. A label naming the role's other
titles ('Andere namen voor dit beroep:', 'Egyéb megnevezések:', 'অন্যান্য নাম:', 'دوسرے نام:') gives the names after it
in any script, split by commas, ';' or a script's comma; a remark in brackets after a name is no part of it; under a
naming label on a line of its own, a paragraph of names is the list. Progression headings asked as questions in other
languages; a bulleted name after a lead naming the move ('kun je doorgroeien:') is a move of that kind; names right under
a heading naming a move; a numbered ladder (or 'Step 1: …', or bullets under a lead naming the path) holding the role's
head in a progression section; an abbreviation in brackets after a chain's step.
Every page here is invented (another role, site and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _page, _paths


_NL = """Beroepenwijzer
Home > Beroepen > Bouw > Schilder
Schilder
Andere namen voor dit beroep: gezelschilder, onderhoudsschilder, decoratieschilder
Een schilder zorgt ervoor dat gebouwen er verzorgd uitzien en beschermd zijn tegen weer en wind.

Wat doet een schilder?
- Je maakt ondergronden schoon en schuurt ze op.
- Je brengt verf, lak en beits aan.
- Je kit naden af en plaatst glas.

Vaardigheden
- Nauwkeurigheid
- Kleurgevoel
- Zelfstandig werken

Doorgroeimogelijkheden
Met een paar jaar ervaring kun je doorgroeien:
- Voorman schilderwerk
- Calculator
- Uitvoerder

Contact | Privacy
"""


def test_dutch_label_naming_other_titles_gives_lower_case_names():
    assert _aliases(_NL) == ["gezelschilder", "onderhoudsschilder", "decoratieschilder"]


def test_label_over_a_sentence_gives_no_alias():
    text = _NL.replace("gezelschilder, onderhoudsschilder, decoratieschilder",
                       "dit vak heet bijna overal hetzelfde, zie onze gids voor meer uitleg.")
    assert _aliases(text) == []


def test_bulleted_names_after_a_lead_naming_the_move_are_next_roles():
    assert _paths(_NL) == [("to", "Voorman schilderwerk"), ("to", "Calculator"), ("to", "Uitvoerder")]


def test_bulleted_names_after_a_lead_naming_no_move_are_not_next_roles():
    text = _NL.replace("Met een paar jaar ervaring kun je doorgroeien:", "Bekijk ook deze pagina's:")
    assert ("to", "Calculator") not in _paths(text) and ("to", "Voorman schilderwerk") not in _paths(text)


_HU = """Pályaválasztás
Főoldal » Foglalkozások » Vendéglátás » Szakács
SZAKÁCS
Egyéb megnevezések: konyhai szakács, főzőszakács (ma már ritka), ételkészítő
A szakács ételeket készít elő és főz éttermekben, szállodákban és közétkeztetésben.

FELADATOK
- alapanyagok előkészítése
- ételek elkészítése recept szerint
- a konyha tisztán tartása

KÉSZSÉGEK
- pontosság
- állóképesség
- csapatmunka

ELŐMENETEL
1. Szakácstanuló
2. Szakács
3. Műszakvezető szakács
4. Konyhafőnök

Kapcsolat · Adatvédelem
"""


def test_hungarian_label_gives_names_and_drops_a_remark_in_brackets():
    assert _aliases(_HU) == ["konyhai szakács", "főzőszakács", "ételkészítő"]


def test_numbered_ladder_holding_the_role_in_a_progression_section_is_its_steps():
    assert _paths(_HU) == [("step", "Szakácstanuló"), ("step", "Szakács"), ("step", "Műszakvezető szakács"),
                           ("step", "Konyhafőnök")]


def test_numbered_list_without_the_role_gives_no_steps():
    text = _HU.replace("2. Szakács\n", "2. Konyhai kisegítő\n").replace("3. Műszakvezető szakács", "3. Műszakvezető")
    assert [p for p in _paths(text) if p[0] == "step"] == []


_ES = """GuíaOficios
Inicio › Oficios › Logística › Carretillero
Carretillero
El carretillero mueve mercancía en almacenes y muelles de carga con carretillas elevadoras.

Funciones
- Cargar y descargar camiones.
- Ubicar palés en las estanterías.
- Revisar la carretilla al inicio del turno.

Habilidades
- Atención al detalle
- Manejo de carretilla frontal
- Trabajo en equipo

Salidas y carrera profesional
La progresión habitual en un almacén es:
- Carretillero en prácticas
- Carretillero
- Jefe de muelle
- Responsable de almacén

Movilidad laboral
Mozo de almacén
Preparador de pedidos

Aviso legal | Cookies
"""


def test_bulleted_ladder_under_a_lead_naming_the_path_is_the_roles_steps():
    assert [p for p in _paths(_ES) if p[0] == "step"] == [
        ("step", "Carretillero en prácticas"), ("step", "Carretillero"), ("step", "Jefe de muelle"),
        ("step", "Responsable de almacén")]


def test_names_right_under_a_heading_naming_moves_across_are_lateral():
    assert [p for p in _paths(_ES) if p[0] == "lateral"] == [("lateral", "Mozo de almacén"),
                                                              ("lateral", "Preparador de pedidos")]


def test_sentence_under_a_heading_naming_moves_across_gives_no_lateral():
    text = _ES.replace("Mozo de almacén\nPreparador de pedidos",
                       "Consulte con su oficina de empleo las opciones de su zona.\nLlame al teléfono gratuito.")
    assert [p for p in _paths(text) if p[0] == "lateral"] == []


_EN_STEPS = """Harbourside Recruitment
Salary Guide 2026 / Logistics / Warehouse Supervisor
Warehouse Supervisor
Warehouse Supervisors run a shift of pickers, packers and drivers in a distribution centre.

Responsibilities
* Plan the shift's picking waves
* Train new starters on safe working
* Report daily output to the site manager

Skills
* Leadership
* Stock control systems
* Health and safety

Career progression
Step 1: Warehouse Operative
Step 2: Team Leader
Step 3: Warehouse Supervisor
Step 4: Operations Manager
"""


def test_step_numbered_lines_holding_the_role_are_its_ladder():
    assert _paths(_EN_STEPS) == [("step", "Warehouse Operative"), ("step", "Team Leader"),
                                 ("step", "Warehouse Supervisor"), ("step", "Operations Manager")]


def test_step_numbered_lines_without_the_role_give_no_steps():
    text = _EN_STEPS.replace("Step 3: Warehouse Supervisor", "Step 3: Shift Manager")
    assert [p for p in _paths(text) if p[0] == "step"] == []


def test_chain_step_with_an_abbreviation_in_brackets_keeps_it():
    text = _ES.replace("La progresión habitual en un almacén es:\n- Carretillero en prácticas\n- Carretillero\n"
                       "- Jefe de muelle\n- Responsable de almacén",
                       "Carretillero > Jefe de muelle > Jefe de turno > Director de operaciones (COO)")
    assert [p for p in _paths(text) if p[0] == "step"] == [
        ("step", "Carretillero"), ("step", "Jefe de muelle"), ("step", "Jefe de turno"),
        ("step", "Director de operaciones (COO)")]


_UR = """کیریئر گائیڈ
ہوم > کیریئر گائیڈ > تعمیرات > الیکٹریشن
الیکٹریشن
دوسرے نام: وائرنگ الیکٹریشن، بلڈنگ الیکٹریشن، مینٹیننس الیکٹریشن
الیکٹریشن گھروں اور فیکٹریوں میں بجلی کی وائرنگ لگاتا اور مرمت کرتا ہے۔

Responsibilities
• Install wiring in new buildings
• Repair faults in distribution boards
• Test circuits before handover

Skills
• Circuit testing
• Reading drawings
• Safe working
"""


def test_urdu_label_with_arabic_commas_gives_each_name():
    assert _aliases(_UR) == ["وائرنگ الیکٹریشن", "بلڈنگ الیکٹریشن", "مینٹیننس الیکٹریشن"]


def test_urdu_label_over_one_sentence_gives_no_alias():
    text = _UR.replace("دوسرے نام: وائرنگ الیکٹریشن، بلڈنگ الیکٹریشن، مینٹیننس الیکٹریشن",
                       "دوسرے نام: اس پیشے کا کوئی اور نام نہیں ہے اور یہ ہر جگہ یہی کہلاتا ہے۔")
    assert _aliases(text) == []


_GLUED = """<html><head><title>Crane Operator salary in Ireland | PayGuide</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>Crane Operator</h1>
<p>Crane Operators lift steel, concrete and plant on building sites across Ireland.</p>
<p>Also listed as: <span>Tower Crane Driver</span><span class="sep">·</span><span>Crane Driver</span></p>
<h2>Responsibilities</h2>
<ul><li>Lift loads to the slinger's signals</li><li>Inspect the crane before each shift</li><li>Keep the lift log</li></ul>
<h2>Skills</h2>
<ul><li>Working at height</li><li>Reading drawings</li><li>Teamwork</li></ul>
</body></html>
"""


def test_middle_dots_glued_between_names_part_them():
    assert _aliases(_GLUED) == ["Tower Crane Driver", "Crane Driver"]


def test_catalan_middle_dot_inside_a_word_is_no_separator():
    text = _GLUED.replace('<span>Tower Crane Driver</span><span class="sep">·</span><span>Crane Driver</span>',
                          "<span>Col·locador de grues</span>")
    assert _aliases(text) in ([], ["Col·locador de grues"])


def test_page_parses_as_generic():
    for text in (_NL, _HU, _ES, _EN_STEPS, _UR):
        assert _page(text).layout == "generic"


_EN_PROSE = """Northbank Careers
Home / Careers / Engineering / Network Engineer
Network Engineer
Network Engineers design, build and run the networks that connect offices, data centres and the cloud.

Responsibilities
- Configure routers, switches and firewalls
- Monitor network performance and fix outages
- Document network changes

Skills
- Routing protocols
- Network security
- Scripting

Career path
Most Network Engineers start out as Helpdesk Analysts or Field Technicians before specialising. A typical ladder is:
Junior Network Engineer → Network Engineer → Senior Network Engineer → Network Architect
A common sideways move is to Security Engineer. Common entry points are Systems Administrator and Support Technician.
"""


def test_sentences_before_a_lead_in_are_read_for_moves():
    paths = _paths(_EN_PROSE)
    assert ("from", "Helpdesk Analysts") in paths and ("from", "Field Technicians") in paths


def test_a_lead_in_alone_gives_no_move():
    text = _EN_PROSE.replace("Most Network Engineers start out as Helpdesk Analysts or Field Technicians before "
                             "specialising. A typical ladder is:", "A typical ladder is:")
    assert [p for p in _paths(text) if p[0] == "from" and p[1] in ("Helpdesk Analysts", "Field Technicians")] == []


def test_a_sideways_move_named_as_a_noun_is_lateral():
    assert ("lateral", "Security Engineer") in _paths(_EN_PROSE)


def test_entry_points_named_as_a_noun_are_moves_in():
    paths = _paths(_EN_PROSE)
    assert ("from", "Systems Administrator") in paths and ("from", "Support Technician") in paths


def test_entry_points_that_are_no_titles_give_no_move():
    text = _EN_PROSE.replace("Common entry points are Systems Administrator and Support Technician.",
                             "Common entry points are the graduate scheme and the apprenticeship.")
    assert [p for p in _paths(text) if p[1] in ("the graduate scheme", "graduate scheme", "apprenticeship")] == []


_PATHWAYS = """SkillsNation
Home > Trades > Glazier
Glazier
Glaziers cut, fit and replace glass in windows, shopfronts and facades.

Tasks
- measure openings and cut glass to size
- fit glass into frames with beads and sealant
- replace broken panes

Skills
- Working at heights
- Manual handling
- Accuracy

Career pathways
Move up: Glazing Supervisor, Glazing Estimator
Move across: Window Installer, Facade Technician

Where can this lead?
Some glaziers move sideways into roles such as Building Inspector.
"""


def test_career_pathways_heading_with_move_labels_gives_moves():
    paths = _paths(_PATHWAYS)
    assert ("to", "Glazing Supervisor") in paths and ("to", "Glazing Estimator") in paths
    assert ("lateral", "Window Installer") in paths and ("lateral", "Facade Technician") in paths


def test_career_pathways_heading_over_a_course_sentence_gives_no_move():
    text = _PATHWAYS.replace("Move up: Glazing Supervisor, Glazing Estimator\nMove across: Window Installer, Facade "
                             "Technician", "Continue to a Certificate IV in Building and Construction.")
    assert [p for p in _paths(text) if p[0] in ("to", "step")] == []


def test_where_can_this_lead_heads_the_moves_on():
    assert ("lateral", "Building Inspector") in _paths(_PATHWAYS)


_AR = """دليل المهن
الرئيسية › المهن › المحاسبة › محاسب
محاسب
المحاسب يسجل العمليات المالية ويعد التقارير الشهرية للإدارة.

المهام
• تسجيل القيود اليومية
• إعداد التقارير المالية
• مطابقة الحسابات البنكية

المهارات
• الدقة
• برامج المحاسبة
• التحليل

المسار المهني
محاسب مبتدئ ← محاسب ← محاسب أول ← مدير مالي
"""


def test_left_arrows_between_right_to_left_names_are_a_ladder():
    assert _paths(_AR) == [("step", "محاسب مبتدئ"), ("step", "محاسب"), ("step", "محاسب أول"), ("step", "مدير مالي")]


def test_left_arrow_before_latin_text_is_no_chain():
    text = _AR.replace("محاسب مبتدئ ← محاسب ← محاسب أول ← مدير مالي",
                       "Junior Accountant ← Accountant ← Senior Accountant ← Finance Manager")
    assert [p for p in _paths(text) if p[0] == "step"] == []
