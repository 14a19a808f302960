"""Generic layout: the salary half of the reader (salary sections, bands, tables, figures in prose, glance
pairs) and the rule that stores an amount restated for the role once."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.reference import rows
from pipeline.text.salaries import figure_start, parse_salary, period_of, salary_level
from pipeline.parse.generic.cells import CellTable, find_tables
from pipeline.parse.generic.boxes import _BARE_AMOUNT, _words as _box_words
from pipeline.parse.generic.guard import _link_line
from pipeline.parse.generic.vocabulary import (
    _ends_sentence, fact_line, has_role_noun, is_bullet, normal_heading, _PIPE_SEPARATOR, singular_title, strip_bullet,
)
from pipeline.parse.generic.items import (
    _band, Block, _cells, _glance_pairs, _has_currency, Line, _local_marker, _prose_figure, _prose_figures, _SALARY_WORD,
    RANKED_SHARE,
)


def _level_after(figure: str) -> bool:
    """'£26,000 Starter': a figure with its level written after it."""
    note = parse_salary("", figure)["note"] or ""
    return bool(note) and len(note.split()) <= 3 and note[:1].isupper() and salary_level(note) != "other"


_QUALIFIED_PERIOD = re.compile(r"(?i)^(?:gross|net|before tax|after tax|pre-tax|base|total|brutto|netto)\s+"
                               r"(?:(?:per|a|an)\s+|/\s*)(year|annum|month|week|day|hour)\b")
_PERIOD_OF = {"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day", "hour": "hour"}
_MIN_MAX = re.compile(r"(?i)\b(min(?:imum)?|mid(?:point)?|max(?:imum)?)\s*:\s*(\S+(?: ?[\d,.]+)?[kK]?)(?=\s{2,}|\s*$|\s*[|;·])")
_EURO_DECIMALS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+),(\d{2})(?![\d,])")  # '60.250,00 €' -> 60250.00
_COMMA_CENTS = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{2})(?![\d.,])")  # '22,60 €' -> 22.60 (a thousands comma takes 3)
_RATE = re.compile(r"(?i)\brate\b")
_RANGE_LABEL = re.compile(r"(?i)\brange\b")
_LABEL_RATE = re.compile(r"(?i)\b(day|week|hour)\s+rates?\b")
# round 24c: a sentence about an employer's revenue or turnover ('Porte pequeno: faturamento até R$ 100 milhões'): its
# amounts are no pay
_REVENUE = re.compile(r"(?i)\b(?:revenues?|turnover|faturamento|facturación|facturacion|chiffre d'affaires|umsatz|fatturato|"
                      r"omzet|obrót|przychody?)\b")
_THOUSANDS = re.compile(r"(?i)(?<![\w'’])(?:mil|thousands?|tausend|milliers|'000s?|’000s?|000s|k)(?![\w'’])")
_PLURAL_GROUP = re.compile(r"(?i)^[^\d()]*[a-z]{3}s$")  # 'Health technologists and technicians' (no number, no bracket)
_DECOY_HEADING = re.compile(r"(?i)\b(?:similar|related|other|alternative)\b")
# a row of a two-column table lined up by spaces: a label, then bare amounts (one, or a band) ending the line
_PAIR_ROW = re.compile(r"(?P<label>.*?\S)\s+(?P<amount>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*(?:\s*[-–—]\s*"
                       r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*)?)")
_RUPEE = re.compile(r"₹|\bINR\b|\bRs\b")
_LAKH_L = re.compile(r"(?<=\d)\s?L(?=\s*(?:/|per\b|p\.a\.|[-–—]|$))")  # '₹6.5 L/yr', '₹4 L – ₹6 L' 
_HOURLY = re.compile(r"(?i)\b(?:hourly|per hour|an hour|a hour|by the hour|"  # round 19b: 'paid by the hour'
                     # round 21c: the hourly wage named in other languages ('Le salaire horaire', 'Stundenlohn',
                     # 'salario por hora', 'timlön', 'Timelønn', 'tuntipalkka', 'órabér')
                     r"horaire|stundenlohn|por hora|timlön|timelønn|timeløn|tuntipalkka|órabér|"
                     r"uurtarief|uurtarieven|uurloon|tariffa oraria|tariffe orarie|stundensatz|stundensätze)\b")  # (round 25b)
_STATED_PERIOD = re.compile(r"(?i)(?:/\s*|\bper\s+|\ban?\s+)(?:year|yr|annum|month|mo|week|wk|day|hour|hr|h)\b|\b(?:annual|annually|yearly|monthly|weekly|daily|hourly)\b")
_HOURLY_CEILING = 500  # an amount this small, with no period written, is no yearly or monthly pay
_YEAR = re.compile(r"(?:19|20)\d\d")
_LONE_YEAR = re.compile(r"(?<![\d.,'’$€£¥₹])(?:19|20)\d\d(?![\d.,'’])")  # round 25b: 'Hourly wages, 2025': a caption's year
_TAX_BEFORE_PERIOD = re.compile(r"(?i)\s+(?:net|gross|before tax|after tax)\s+(?=(?:per|a|an)\s+(?:year|annum|month|week|day|hour)\b)")
_TAX_LEAD = re.compile(r"(?i)^(?:gross|net|brutto|bruttó|netto|nettó|bruto|brut"
                       # round 27c: a word of 'about' before a box's amount whose currency is written after it ('ca 33 500
                       # kr/mån', 'rund 2.600 €', 'cirka 41 000 kr'): the amount as stated
                       r"|ca\.?|cirka|circa|omkring|ungefär|rund|etwa|ongeveer|environ|circa)\s+(?=\d)")
# round 17b: a stage of the role's training numbered by its period or year ('1st period apprentice', 'Second-year
# trainee', 'Apprentice year 3'): a row of the role's own pay ladder, not another occupation
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|final)"
_TRAINEE = r"(?:apprentices?|trainees?|cadets?|interns?|learners?)"
_TRAINING_STAGE = re.compile(rf"(?i){_ORDINAL}[\s-]+(?:(?:year|period|stage|term|level|step|semester|phase|class)\s+)?"
                             rf"{_TRAINEE}|{_TRAINEE},?\s+(?:year|period|stage|term|level|step|phase)\s+\d{{1,2}}")
_OTHER_GROUP = re.compile(r"(?i)\b(?:occupations|all jobs|all workers|all careers|professions)\b")


# a distribution point heading a column ('Low', 'Median', '75th percentile'): read across like levels
_POINT = re.compile(r"(?i)(?:low|lowest|median|mediana|médiane|mediaan|medián|high|highest|average|mean|min(?:imum)?|max(?:imum)?|"
                    r"(?:\d{1,2}(?:st|nd|rd|th) )?percentile(?: \d{1,2})?|\d{1,2}(?:st|nd|rd|th)|p\d{1,2})")
_LABEL_PERIOD = re.compile(r"(?i)\b(weekly|monthly|daily)\b")
# the period a salary heading states for its figures ('monthly, gross', '(gross, per month)')
_HEADING_PERIOD = re.compile(r"(?i)\b(weekly|monthly|daily)\b|\b(?:per|a)\s+(month|week|day)\b")
_UNIT = re.compile(r"\(([^()]*)\)")
# round 27c: a column's unit written after a comma at its end, no bracket ('Зарплата, ₽/мес.', 'Salary, $/year'); only a
# currency there makes it one (_column_unit)
_TRAILING_UNIT = re.compile(r",\s*([^,()\s][^,()]{0,20})$")
_UNIT_PERIOD = re.compile(r"(?i)(?:/\s*|\bper\s+|\b)(hour|hr|hourly|year|yr|annual|annum|yearly|month|monthly|week|weekly)\b")
_PERIOD_WORD = {"hour": "hour", "hr": "hour", "hourly": "hour", "year": "year", "yr": "year", "annual": "year",
                "annum": "year", "yearly": "year", "month": "month", "monthly": "month", "week": "week", "weekly": "week",
                "daily": "day", "day": "day"}


@lru_cache(maxsize=None)
def _symbols() -> re.Pattern:
    """Round 24c: the one-character currency signs of currencies.tsv that are no letter ('₦', '₱', '₩', '₪', '฿', '₺')."""
    from pipeline.reference import column as reference_column
    signs = {m for m in reference_column("currencies", "marker") if len(m) == 1 and not m.isalnum()} - set("$€£¥₹")
    return re.compile("[" + "".join(re.escape(m) for m in sorted(signs)) + "]") if signs else re.compile(r"(?!)")


def _unit_symbol(unit: str) -> re.Match | None:
    """'Monthly Salary (₦)': a sign of currencies.tsv standing alone in a column's unit (round 24c)."""
    return re.search(rf"(?<!\w){_symbols().pattern}(?!\w)", unit)


def _column_unit(column: str) -> tuple[str, str]:
    """(currency prefix, period suffix) a table column states for its cells: 'Annual salary (CHF)' -> ('CHF ', ''),
    'Low ($/hour)' -> ('$', ' per hour'); ('', '') when its parenthetical names no currency."""
    match = _UNIT.search(column) or _TRAILING_UNIT.search(column)
    if not match:
        return "", ""
    unit = match.group(1)
    code = re.search(r"\b[A-Z]{3}\b", unit)
    symbol = re.search(r"[A-Z]{0,2}[$€£¥₹]", unit) or _unit_symbol(unit)
    known = bool(code) and code.group(0) in {c.upper() for c in _currency_codes()}
    worded = _worded_currency(unit) if not symbol and not known else None
    if symbol:
        prefix = symbol.group(0)
    elif known:
        prefix = code.group(0) + " "
    elif worded:
        prefix = worded + " "  # round 16b: '(lei brut/lună, CCM 2026)': the currency's word in the page's language
    else:
        return "", ""
    period = _UNIT_PERIOD.search(_periods_in_words(unit))
    return prefix, f" per {_PERIOD_WORD[period.group(1).lower()]}" if period else ""


@lru_cache(maxsize=None)
def _pay_words() -> dict[str, re.Pattern]:
    """kind -> pattern of pipeline/reference/generic_pay_words.tsv (range joins and periods of other languages)."""
    kinds: dict[str, list[str]] = {}
    for row in rows("generic_pay_words"):
        kinds.setdefault(row["kind"], []).append(row["pattern"])
    return {kind: re.compile(rf"(?i)(?<![\w])(?:{'|'.join(patterns)})(?![\w])") for kind, patterns in kinds.items()}


@lru_cache(maxsize=None)
def _pay_part() -> re.Pattern | None:
    """Round 24c: a noun of pay inside a compound word ('Medellönen', 'Einstiegsgehalt'; generic_pay_words.tsv kind
    'pay_part'), matched without word bounds: the languages that glue nouns name pay inside longer words."""
    parts = [row["pattern"] for row in rows("generic_pay_words") if row["kind"] == "pay_part"]
    return re.compile(rf"(?i)(?:{'|'.join(parts)})") if parts else None


_AMOUNT_END = r"(?:(?<=[\d$€£¥₹kK])|(?<=[A-Z]{3}))"
# (rounds 25b, 25d: any currency sign before the second amount, '₱18,000 hanggang ₱25,000', '৳২৫,০০০ থেকে ৳৩৫,০০০')
_AMOUNT_NEXT = r"(?=(?:[A-Z]{1,3}\s?)?[$€£¥₹₱৳₦₩₪฿₺₴₸₽₫₵]?\s?\d)"
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d])")


def normalise_figure(figure: str) -> str:
    """A pay figure written in another language read the English way: 'R$ 6.800 a R$ 9.200 por mês' ->
    'R$ 6.800 to R$ 9.200 per month', '32 000 till 38 000 SEK per månad' -> '32000 to 38000 SEK per month' (a join
    word of generic_pay_words.tsv only between two amounts; space-separated thousands joined)."""
    words = _pay_words()
    if not re.search(r"\d", figure):
        return figure
    out = figure
    if "to" in words:
        join = words["to"].pattern[len("(?i)"):]
        out = re.sub(rf"(?i){_AMOUNT_END}(\s*(?:[$€£¥₹]|[A-Z]{{3}}|zł|kr|Kč|Ft)?)\s+{join}\s+{_AMOUNT_NEXT}",
                     lambda m: f"{m.group(1)} to ", out)
    for kind in ("month", "year", "week", "day", "hour"):
        if kind in words:
            out = words[kind].sub(f"per {kind}", out)
    if _has_currency(out):
        out = _SPACE_THOUSANDS.sub(lambda m: re.sub(r"[ \u00a0\u202f]", "", m.group(1)), out)
    return out


_LEVEL_BAND = re.compile(r"^(?P<a>[^\d]{0,4}\d[\d,.]*[kK]?)\s+(?P<low>[A-Z][\w-]+)\s+to\s+(?P<b>[^\d\s]{0,4}\d[\d,.]*[kK]?)\s+"
                         r"(?P<high>[A-Z][\w-]+)\s*$")


def _between(text: str) -> str:
    """'entre R$ 1.700 e R$ 2.600', 'antara RM3,500 hingga RM4,500', 'entre 70.000 y 90.000 euros' (a band written as
    'between A and B' in another language; generic_pay_words.tsv kinds 'between' and 'and') -> 'R$ 1.700 – R$ 2.600'."""
    # round 23b: 'as high as $25 and as low as $14' (a band written top first) and 'between $16 (25th percentile) to
    # $21 (75th percentile)' (each end with its percentile in brackets) are one band each
    money = r"[$€£]\s?\d+(?:,\d{3})*(?:\.\d+)?[kK]?"
    text = re.sub(rf"(?i)\bas high as ({money}) and as low as ({money})", lambda m: f"{m[2]} – {m[1]}", text)
    text = re.sub(rf"(?i)\bas low as ({money}) and as high as ({money})", lambda m: f"{m[1]} – {m[2]}", text)
    # round 24c: 'Los rangos van desde $ 2.600.000 para perfiles junior hasta $ 9.200.000 para …', 'from £24,000 for
    # new entrants to £38,000': a 'from' amount and a 'to' amount a few words apart in one clause are one band
    wide = r"(?:R\$|[A-Z]{0,3}[$€£¥₹])\s?\d[\d.,]*\d(?:\s?[kK])?"
    text = re.sub(rf"(?i)\b(?:from|desde|de|od|von|vanaf|dès|da)\s+({wide})((?:\s+[^\W\d_]+){{1,5}}?)\s+"
                  rf"(?:to|hasta|até|a|à|do|bis|tot|al)\s+({wide})",
                  lambda m: f"{m[2].strip()} {m[1]} – {m[3]}", text)
    # round 24c: 'the scale starts at €39,620 and rises by annual increments to €56,212': one band, its two ends
    text = re.sub(rf"(?i)\b(starts?|starting|begins?|beginning)\s+(?:at|from|on)\s+({money})\s+and\s+(?:rises|increases|"
                  rf"climbs|goes up|progresses|moves up)\b[^.;:]{{0,60}}?\bto\s+({money})",
                  lambda m: f"{m[1]} at {m[2]} – {m[3]}", text)
    text = re.sub(rf"(?i)({money})\s*\(\d{{1,2}}(?:st|nd|rd|th) percentile\)\s+(?:to|and|-|–)\s+({money})\s*"
                  rf"\(\d{{1,2}}(?:st|nd|rd|th) percentile\)", lambda m: f"{m[1]} – {m[2]}", text)
    words = _pay_words()
    if "between" not in words or "and" not in words or not re.search(r"\d", text):
        return text
    between, join = words["between"].pattern[len("(?i)"):], words["and"].pattern[len("(?i)"):]
    # (round 24c: an apostrophe between thousands, "zwischen CHF 4'800 und CHF 5'500")
    amount = r"(?:[^\s\d]{1,3}\s?)?\d[\d.,'’]*(?:[ \u00a0\u202f]\d{3})*(?:\s?[^\s\d.,;:]{1,5})?"
    if "band_join" in words:
        # round 23b: Hindi '₹9,000 से ₹12,000', Arabic '8,000 إلى 16,000 ريال': a word joining two amounts in a sentence
        # makes them one band (generic_pay_words.tsv kind 'band_join')
        text = re.sub(rf"(?P<a>(?:[$€£¥₹]\s?)?\d[\d.,]*)\s+(?:{words['band_join'].pattern[len('(?i)'):]})\s+"
                      rf"(?={_AMOUNT_NEXT[3:-1]})", lambda m: f"{m['a']} – ", text)
    text = re.sub(rf"(?i){between}\s+(?P<a>{amount})\s+{join}\s+(?={_AMOUNT_NEXT[3:-1]})",
                  lambda m: f"{m['a']} – ", text)
    if "after_between" in words and "after_and" in words:
        # round 21c: the Turkish 'A ile B arasında' (between written after both amounts): one band
        text = re.sub(rf"(?i)(?P<a>{amount})\s+(?:{words['after_and'].pattern[len('(?i)'):]})\s+(?P<b>{amount})\s+"
                      rf"(?={words['after_between'].pattern[len('(?i)'):]})", lambda m: f"{m['a']} – {m['b']} ", text)
    return text


def _between_start(label: str) -> int | None:
    """Where a label ends on a word of 'between' ('Salario de referencia: entre'), else None."""
    words = _pay_words().get("between")
    found = re.search(rf"(?:^|(?<=[\s:]))(?:{words.pattern[len('(?i)'):]})\s*$", label, re.I) if words else None
    return found.start() if found else None


@lru_cache(maxsize=None)
def _glued_words(kind: str) -> re.Pattern | None:
    """Round 24c: the words of kind '<kind>_glued' of generic_pay_words.tsv at the end of a label, matched without a
    word bound: in Thai, Chinese and Japanese a bound's word is glued to the words before it ('…ได้รับสูงถึง',
    '最高可达')."""
    parts = [row["pattern"] for row in rows("generic_pay_words") if row["kind"] == f"{kind}_glued"]
    return re.compile(rf"(?:{'|'.join(parts)})\s*$") if parts else None


# an amount ending the words before a bound's word ('kisaran Rp4,5 juta ' before 'hingga')
_AMOUNT_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:[kK]|juta|million|millions|triệu|lakhs?|crores?|万|萬|만)?\s*"
                            r"(?:[$€£¥₹]|[A-Z]{3}|zł|kr|Kč|Ft|TL|euros?)?\s*$")


def _from_word(label: str, figure: str) -> int | None:
    """Where a label ends on a word making the one amount after it a lower end only ('Einstiegsgehalt: ab' before
    '3.400 €'; generic_pay_words.tsv kind 'from'), else None; never before a band ('od 5 000 do 6 500 zł')."""
    words = _pay_words().get("from")
    if words is None or figure_start(figure.strip()) != 0 or _band_amounts(figure):
        return None
    found = re.search(rf"(?:^|(?<=[\s:]))(?:{words.pattern[len('(?i)'):]})\s*$", label, re.I)
    glued = _glued_words("from")
    if found is None and glued is not None:
        found = glued.search(label)  # round 24c: 'ค่าตอบแทนสูงถึง' (a script without spaces glues the word on)
    if found is not None and _AMOUNT_BEFORE.search(label[:found.start()]):
        return None  # round 24c: 'Rp4,5 juta hingga' Rp12 juta: the word joins a band's two ends, no bound
    return found.start() if found else None


def _upto_word(label: str, figure: str) -> int | None:
    """Where a label ends on a word making the one amount after it an upper end only ('Pharmacy Manager: up to',
    'puede ganar hasta' before '$45,000'; generic_pay_words.tsv kind 'upto'), else None; never before a band."""
    words = _pay_words().get("upto")
    if words is None or figure_start(figure.strip()) != 0 or _band_amounts(figure):
        return None
    found = re.search(rf"(?:^|(?<=[\s:]))(?:{words.pattern[len('(?i)'):]})\s*$", label, re.I)
    glued = _glued_words("upto")
    if found is None and glued is not None:
        found = glued.search(label)  # round 24c: 'ค่าตอบแทนสูงถึง' (a script without spaces glues the word on)
    if found is not None and _AMOUNT_BEFORE.search(label[:found.start()]):
        return None  # round 24c: 'Rp4,5 juta hingga' Rp12 juta: the word joins a band's two ends, no bound
    return found.start() if found else None


_TAX_WORD = re.compile(r"(?i)^[\s,]*(?:(?:gross|net|brut|bruts|brute|brutto|bruttó|bruto|bruta|brutos|brutas|netto|nettó|neto|"
                       r"brutna|брутна|бруто|нето)\s+)?")


def _foreign_period(rest: str) -> str | None:
    """The period written right after an amount in another language ('brut par mois', 'месечно', 'pro Monat';
    generic_pay_words.tsv kinds month, year, week, day, hour), else None."""
    rest = rest[_TAX_WORD.match(rest).end():]
    for kind in ("month", "year", "week", "day", "hour"):
        words = _pay_words().get(kind)
        if words is not None and words.match(rest):
            return kind
    return None


def _band_amounts(figure: str) -> bool:
    """Whether a figure holds a second amount ('3.400 – 4.100 €', '5 000 do 6 500 zł')."""
    return len(re.findall(r"\d[\d\s.,\u00a0\u202f]*", normalise_figure(figure))) > 1


def _currency_codes() -> set[str]:
    from pipeline.reference import column as reference_column
    return set(reference_column("currencies", "code"))


_ASIDE_LINE = re.compile(r"^\([^()]{1,30}\)$")


def _join_split_labels(lines: list[Line]) -> tuple[list[Line], list[list[Line]]]:
    """'Typical hours' / '(a week)': a label whose parenthetical the site wrapped onto the next line is one label
    ('Typical hours (a week)', read at the parenthetical's line). The lines, and for each the lines it joins."""
    out: list[Line] = []
    parts: list[list[Line]] = []
    for ln in lines:
        previous = out[-1] if out else None
        if previous is not None and _ASIDE_LINE.match(ln.text.strip()) and previous.number == ln.number - 1 \
                and len(parts[-1]) == 1 and figure_start(previous.text) is None \
                and 0 < len(previous.text.split()) <= 5 and previous.kind is None \
                and not previous.text.rstrip().endswith((".", ":", ")")):
            out[-1] = Line(f"{previous.text.strip()} {ln.text.strip()}", ln.number)
            parts[-1].append(ln)
            continue
        out.append(ln)
        parts.append([ln])
    return out, parts


def _label_after(text: str) -> bool:
    """A short line naming pay ('Average total pay', 'Total pay range') that may label the figure above it."""
    return 0 < len(text.split()) <= 5 and bool(_SALARY_WORD.search(text) or _RATE.search(text)) \
        and figure_start(text) is None \
        and not _ends_sentence(text) and not is_bullet(text) and text[:1].isupper()


def _compared(written: str, figure: str) -> bool:
    """Round 27b: the figure stands in a sentence that opens on a word of comparison ('For comparison, …', 'Zum
    Vergleich: …'; generic_guard.tsv kind comparison): that sentence sets other roles' pay beside the role's."""
    return _in_comparison(written, written.find(figure.strip()))  # (one test of the sentence's opening: round 27c's)


def _names_role(label: str, role: str) -> bool:
    """Whether a salary label names the role itself ('Information security analysts', 'Senior Penetration Tester',
    'The median wage for information security analysts')."""
    name = normal_heading(role)
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?:s|es)?(?!\w)", normal_heading(label)) is not None


_BAR = re.compile(r"\s\|\s?|\|\s")  # 'A | B', and a bar the capture glued to one side ('SG-11| ₱30,024')
_SHARE_CELL = re.compile(r"\d{1,3}(?:[.,]\d+)?\s?%")
_SHARE_HEAD = re.compile(r"(?i)%|percent|per cent|share|proportion")
def _band_ends(first: str, second: str) -> bool:
    """Two column headers that name the ends of one band: 'Minimum' / 'Maximum', 'From' / 'To', 'Low' / 'High'.
    Round 12a: two steps of a scale ('Step 1' / 'Step 10') are no band's ends but two points of it, one salary a cell
    (the reading of the analysts of held-out sets 11-13; set 5's had read 'Step I' / 'Step X' as a range)."""
    pair = (normal_heading(first), normal_heading(second))
    if pair in {("minimum", "maximum"), ("min", "max"), ("from", "to"), ("lower", "upper"), ("start", "end"),
                ("starting", "maximum"), ("entry", "top"), ("bottom", "top"), ("low", "high"), ("lowest", "highest"),
                ("low end", "high end"), ("range low", "range high"), ("lower end", "upper end")}:
        return True
    # round 20c: a low end's word and a high end's word in any language (generic_pay_words.tsv kinds 'low' and
    # 'high') beside the same other words: 'Salário mínimo' / 'Salário máximo', 'Mínimo' / 'Máximo', 'Low (10%)' /
    # 'High (90%)' (sets 30 n03, n09, n19: each row one band, where two salaries labelled by the columns were stored)
    low, high = _band_end(first), _band_end(second)
    return low is not None and high is not None and low[0] == "low" and high[0] == "high" and low[1] == high[1]


_END_FILLER = frozenset({"point", "of", "band"})


def _band_end(head: str) -> tuple[str, str] | None:
    """('low' or 'high', the head's other words) of a column head holding one word of a band's end, else None."""
    words = normal_heading(re.sub(r"\([^()]*\)", " ", head)).split()
    # round 26b: 'Starting point' / 'Top of band' (p50_02): the words naming the point of the scale are no
    # other words of the column
    words = [w for w in words if not w.isdigit() and w not in _END_FILLER]
    ends = [(kind, i) for i, w in enumerate(words) for kind in ("low", "high") if _pay_words()[kind].fullmatch(w)]
    if not ends and re.search(r"\(\s*[^\W\d_]+\s*\)", head):
        # round 27c: 'Annual pay (from)' / 'Annual pay (to)': the end's one word in brackets after the column's name
        words = normal_heading(re.sub(r"\(\s*([^\W\d_]+)\s*\)", r" \1 ", head)).split()
        words = [w for w in words if not w.isdigit() and w not in _END_FILLER]
        ends = [(kind, i) for i, w in enumerate(words) for kind in ("low", "high") if _pay_words()[kind].fullmatch(w)]
    if len(ends) != 1:
        return None
    kind, index = ends[0]
    return kind, " ".join(words[:index] + words[index + 1:])


# a column of a pay scale's points ('Step 1', 'Point 4', 'Entry', 'After 5 years', 'Max'): its cells are the row's
# level at that point, labelled row + column, no region (round 12a)
_STEP_COLUMN = re.compile(r"(?:(?:step|point|scale point|increment|year|stufe|échelon|echelon) (?:\d{1,2}|[a-z]|[ivx]{1,4})|"
                          r"entry|start|starting|minimum|min|maximum|max|top|bottom|"
                          r"(?:after )?\d{1,2}\+? years?(?: of (?:service|experience))?)")


def _step_columns(heads: list[str]) -> bool:
    """Every column after the first names a point of a pay scale ('Step 1 | Step 5 | Step 10', 'Entry | After 5 years
    | Max')."""
    return bool(heads) and all(_STEP_COLUMN.fullmatch(normal_heading(h)) for h in heads)


_GRADE_COLUMN = re.compile(r"(?:pay |salary |job |career )?(?:level|grade|group|band|scale|class)")
_REGION_COLUMN = re.compile(r"(?:country|countries|region|area|city|location|state|province|member state|market)")
_LEVEL_COLUMN = re.compile(r"(?:(?:career|job|role|seniority|experience|pay) )?(?:levels?|grades?|seniority|stages?|bands?|ranks?|"
                           r"experience)")
_AMOUNTS_IN = re.compile(r"(?i)^(?:all )?(?:amounts|figures|values|salaries|wages|earnings|pay)(?: are)?(?: shown| given)? "
                         r"in ([A-Z]{3}|[$€£¥₹](?:\s|\b).*?|[A-Z]{3} .*?)(?:[.;,]|$)")


# round 24c: 'Prevailing wages are shown in dollars per hour.' over the table: its unit named by the currency's word
_IN_WORDS = re.compile(r"(?i)^(?:\w+\s+){0,3}(?:amounts|figures|values|salaries|wages|earnings|pay|rates)\s+(?:are\s+)?"
                       r"(?:shown|given|stated|listed|quoted|expressed)\s+in\s+(dollars|euros|pounds|rupees)"
                       r"((?:\s+(?:per|an|a)\s+(?:hour|year|month|week))?)\b")
_WORD_SIGN = {"dollars": "$", "euros": "€", "pounds": "£", "rupees": "₹"}



def _aligned_rows(lines: list[Line], index: int, cells_of) -> list[tuple[Line, list[str]]]:
    """The rows of a table lined up by spaces under its header lines[index]: the next lines, one after another, none
    tabbed, barred or bulleted, for as long as `cells_of(row)` reads them (None ends the table)."""
    rows: list[tuple[Line, list[str]]] = []
    for k in range(index + 1, len(lines)):
        row = lines[k].text.strip()
        if lines[k].number != lines[k - 1].number + 1 or "\t" in row or "|" in row or is_bullet(lines[k].text):
            break
        cells = cells_of(row)
        if cells is None:
            break
        rows.append((lines[k], cells))
    return rows

class _Stated:
    """A match-like reading of a caption's unit ('$ per hour'), for the table-unit code that reads group(1)."""
    def __init__(self, unit: str) -> None:
        self.unit = unit

    def group(self, _: int) -> str:
        return self.unit


def _amounts_in_words(text: str) -> _Stated | None:
    found = _IN_WORDS.match(text.strip())
    return _Stated(f"{_WORD_SIGN[found.group(1).lower()]}{found.group(2)}") if found else None


# round 25b: 'Jahresbruttogehalt in Euro, ohne variable Vergütung.', 'Salaires annuels bruts en euros' over a table: the
# caption's first clause names pay and, after 'in' ('en', 'em'), the currency its cells are in (a code, a sign or the
# currency's word of generic_pay_words.tsv)
_CAPTION_IN = re.compile(r"(?i)^(?P<lead>[^\d.,;:()]{3,60}?)\s+(?:in|en|em)\s+(?P<unit>[^\W\d_]{2,8}|[$€£¥₹])(?=[\s,.;:]|$)")


def _caption_currency(text: str) -> _Stated | None:
    found = _CAPTION_IN.match(text.strip())
    if found is None or len(text.split()) > 25:
        return None
    lead = found.group("lead")
    part = _pay_part()
    if not (_SALARY_WORD.search(lead) or "pay" in _pay_words() and _pay_words()["pay"].search(lead)
            or part is not None and part.search(lead)):
        return None
    unit = found.group("unit")
    if unit in "$€£¥₹":
        return _Stated(unit)
    if unit.upper() == unit and unit in {c.upper() for c in _currency_codes()}:
        return _Stated(unit)
    worded = _worded_currency(unit) or _worded_currency(unit.lower())
    return _Stated(worded) if worded else None


# a caption naming the pay scale over one row of amounts ('HOURLY RATES (effective …)', 'SALARY SCHEDULE – RANGE 27')
_SCALE_LEAD = re.compile(r"(?i)\b(?:salary|salaries|earnings|wages?|pay|remuneration|rates? of pay|(?:hourly|pay) rates?|"
                         r"pay scale|salary scale)\b")
_IN_CODE = re.compile(r"\bin ([A-Z]{3})\b")


_STEP_HEAD = re.compile(r"(?i)(?:pay |scale |salary )?(?:steps?|points?|increments?|stufe|échelon|echelon)")


def _numbered_steps(cells: list[str]) -> list[str] | None:
    """'Step | 1 | 2 | 3': a header naming the scale's steps once, over columns of bare step numbers, is the header
    'Step | Step 1 | Step 2 | Step 3' (so each cell is read as one point of the scale, labelled row + step)."""
    if len(cells) < 3 or not _STEP_HEAD.fullmatch(cells[0].strip()):
        return None
    numbers = [c.strip() for c in cells[1:]]
    if not all(re.fullmatch(r"\d{1,2}|[IVX]{1,4}", n) for n in numbers):
        return None
    word = re.sub(r"(?i)s$", "", cells[0].strip().split()[-1])
    return [cells[0], *(f"{word} {n}" for n in numbers)]


# extras after a figure that hold an ordinal ('…, plus a 13th salary', '; 14th month bonus'): no amount of the pay
_ORDINAL_EXTRA = re.compile(r"[,;]\s*(?:(?:plus|with|and|including|incl\.)\s+)?(?:an?\s+|the\s+)?\d{1,2}(?:st|nd|rd|th)\b[^\d]*$")


_PERIOD_AMOUNT = re.compile(r"(?i)^(?P<figure>.*?\d.*?)\s+(?:(?P<word>hourly|annual|annually|yearly|monthly|weekly|daily)|"
                            r"(?:per|a|an)\s+(?P<unit>hour|year|annum|month|week|day))$")


def _period_amounts(value: str) -> list[tuple[str, str]] | None:
    """'$23.80 hourly, $49,500 annual' -> [('$23.80 hourly', 'hourly'), ('$49,500 annual', 'annual')]: two amounts or
    more, each with its currency and its own period, apart by commas, 'and' or ';' (round 16b); None otherwise."""
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+)?|;\s+|\s+and\s+", value.strip().rstrip("."))]
    if len(parts) < 2:
        return None
    out = []
    for part in parts:
        found = _PERIOD_AMOUNT.match(part)
        if not found or not _has_currency(part) or figure_start(part) != 0:
            return None
        out.append((part, found.group("word") or found.group("unit")))
    return out


def _pay_in_code(text: str) -> re.Match | None:
    """'Annual gross salary in CHF, 13 monthly payments, 2026 scale:': a line naming pay and the currency code its
    table's amounts are in (round 12a); group 1 the code."""
    found = _IN_CODE.search(text)
    if found is None or found.group(1) not in {c.upper() for c in _currency_codes()} or not _SALARY_WORD.search(text) \
            or figure_start(text) is not None and figure_start(text) < found.start():
        return None
    return found


def _heading_unit(heading: str) -> tuple[str, str] | None:
    """The currency (and period) a salary section's heading states for its table's amounts ('Local salary scale
    (gross monthly, KES)' -> ('KES ', ' per month')); None when it names none or holds a figure of its own."""
    if not heading or len(heading.split()) > 12 or figure_start(_UNIT.sub("", heading)) is not None:
        return None
    prefix, period = _column_unit(heading)
    if not prefix:
        stated = _pay_in_code(heading)
        prefix, period = _column_unit(f"({stated.group(1)})") if stated else ("", "")
    return (prefix, period) if prefix else None


def _wiki_rows(lines: list[Line]) -> list[Line]:
    """Round 25b: a table in a wiki's markup ('{| Sector | Salario bruto anual' / '| Sanidad pública | 23.000 – 27.500 €'
    / … / '|}'), its rows written without a closing bar, as the same table with them: only between its opening '{|'
    and its closing '|}' (a capture cut inside the table keeps its rows as written)."""
    starts = [k for k, ln in enumerate(lines) if ln.text.strip().startswith("{|")]
    if not starts:
        return lines
    out = list(lines)
    for start in starts:
        end = next((k for k in range(start + 1, len(lines)) if lines[k].text.strip() == "|}"), None)
        if end is None:
            continue
        for k in range(start, end):
            text = lines[k].text.strip()
            text = text[1:].strip() if k == start else text
            if text.startswith("|-") or not text.startswith("|"):
                continue
            out[k] = Line(text if text.endswith("|") else f"{text} |", lines[k].number)
        out[end] = Line("", lines[end].number)
    return [ln for ln in out if ln.text.strip()]


def _outer_bars(lines: list[Line]) -> list[Line]:
    """A table written without its outer bars ('Community/Area | Low ($) | Median ($) | High ($)' over 'Canada | 20.00
    | 28.00 | 40.00'), as the same table with them: a run of three or more lines in a row with the same number of
    cells (three or more), the first without a figure (the header) and every other with one. Other lines as written."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        count = _bare_cells(lines[i].text, 2)
        while j + 1 < len(lines) and count and lines[j + 1].number == lines[j].number + 1 \
                and _bare_cells(lines[j + 1].text, 2) == count:
            j += 1
        run = lines[i:j + 1]
        head = [c.strip() for c in _BAR.split(run[0].text.strip())]
        # a header without figures, or one naming a scale's steps ('SG | Step 1 | Step 8')
        if count == 2 and len(run) >= 4 and j == len(lines) - 1 and not _label_pay_rows(run) \
                and _label_pay_rows(run[:-1]):
            run = run[:-1]  # round 24c: the page's last row cut inside its amount ('10년 이상 | 6,8') stays text
        if len(run) >= 3 and (figure_start(run[0].text) is None or _step_columns(head[1:])) and (count >= 3 and all(
                figure_start(ln.text) is not None for ln in run[1:]) or count == 2 and _label_pay_rows(run)):
            for k, ln in enumerate(run, start=i):
                out[k] = Line(f"| {ln.text.strip()} |", ln.number, ln.kind, ln.inline)
        i = j + 1
    return out


def _bare_cells(text: str, minimum: int = 3) -> int:
    """The cells of a table row written without outer bars ('A | B | C'), else 0."""
    text = text.strip()
    if text.startswith("|") or text.endswith("|") or is_bullet(text):
        return 0
    count = len(_BAR.findall(text)) + 1
    return count if count >= minimum else 0


def _label_pay_rows(run: list[Line]) -> bool:
    """'Stage | Rate per hour' over 'Year 1 | £14.85': two columns, the second headed as pay, every row a label
    without money and one amount with its currency."""
    head = _BAR.split(run[0].text.strip())
    if not _SALARY_WORD.search(head[1]) and not re.search(r"(?i)\b(?:rate|pay|wages?)\b", head[1]) \
            and not (_pay_words().get("pay") is not None and _pay_words()["pay"].search(head[1])) \
            and not (_pay_part() is not None and _pay_part().search(head[1])):
        return False  # (round 24c: or a noun of pay in the page's language, '구분 | 연봉', 'Posisi | Gaji')
    unit = _column_unit(head[1])[0]  # round 24c: 'Monthly Salary (₦)' over bare '80,000 – 150,000' cells
    for ln in run[1:]:
        label, cell = [c.strip() for c in _BAR.split(ln.text.strip())]
        # (round 24c: or an amount whose currency code is written after it, '4,500만 원')
        written = [w for w in written_figures(cell, "") if w[0] == 0]
        if _has_currency(label) or not (_has_currency(cell) or unit or written) or figure_start(cell) != 0:
            return False
    return True


# the stems of pay nouns and adjectives in the languages of the pay vocabulary ('salarial', 'salariale', 'remuneração')
_PAY_STEM = re.compile(r"(?i)\b(?:salar|salair|remunera|rémunéra|retribu|sueld|wynagrodz|stipend)")


def pay_head(head: str) -> bool:
    """Round 25b: a table's column head naming pay ('Monthly salary', 'Faixa salarial mensal (CLT)', 'Bruttogehalt')."""
    from pipeline.parse.generic.vocabulary import heading_kind
    bare = _UNIT.sub("", head).strip()
    part = _pay_part()
    return bool(_SALARY_WORD.search(bare) or heading_kind(bare) == "salary" or _PAY_STEM.search(bare)
                or "pay" in _pay_words() and _pay_words()["pay"].search(bare) or part is not None and part.search(bare))


def _table_follows(lines: list[Line], index: int) -> bool:
    following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return following.startswith("|") or "\t" in following


@lru_cache(maxsize=None)
def _not_pay_words() -> re.Pattern:
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == "not_pay"]
    return re.compile(r"(?i)(?<![\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])")


@lru_cache(maxsize=None)
def _comparison() -> re.Pattern | None:
    """Round 27c: the words opening a sentence that sets other roles' pay beside the role's ('For comparison: IT
    managers earn a median of …'; generic_guard.tsv kind 'comparison'), followed by ':' or ',' ('For comparison only:')."""
    patterns = [r["pattern"] for r in rows("generic_guard") if r["kind"] == "comparison"]
    return re.compile(r"(?i)^\W*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?:\s+only)?\s*[:,]") if patterns else None


def _in_comparison(text: str, at: int) -> bool:
    """True when the sentence holding the amount at ``at`` opens with a comparison's words: its amounts are other roles'
    pay (round 27c)."""
    if _comparison() is None or at < 0:
        return False
    sentence = re.split(r"(?<=[.!?])\s+(?=\W*[A-ZÀ-ÖØ-ÞА-Я])", text[:at])[-1]
    return bool(_comparison().match(sentence))


def _not_pay_heading(heading: str | None) -> bool:
    """Round 17b: a short heading naming only money that is not pay ('Fees', 'Costs', 'Benefits offered'): the amounts
    under it are fees or benefits, whatever their labels say ('Pay & Benefits' names pay)."""
    text = (heading or "").strip()
    return bool(text) and len(text.split()) <= 4 and bool(_not_pay_words().search(text)) \
        and not _SALARY_WORD.search(text) and figure_start(text) is None


_FEE_HEAD = re.compile(r"(?i)\b(?:fees?|tuition|costs?|prices?|deposits?|loans?|emi)\b")  # (a stipend is a learner's pay)


# round 24c: words that make an amount a supplement on top of pay, before it ('may receive an additional $6.00 per hour')
# or right after it ('$2.50/hr above scale', '… per hour wage enhancement')
_SUPPLEMENT_BEFORE = re.compile(r"(?i)\b(?:an? )?(?:additional|extra|supplementary)\s*$")
_SUPPLEMENT_AFTER = re.compile(r"(?i)^\s*(?:(?:/\s?\w+|(?:per|an?|a) \w+)\s+)?(?:above (?:the )?(?:scale|base|rate)|on top\b|"
                               r"(?:wage |pay )?(?:enhancements?|premiums?|differentials?|supplements?|uplifts?|top-ups?)\b)")


def _supplement(text: str, start: int, end: int) -> bool:
    """Round 24c: an amount written as a supplement on top of pay, not pay of its own."""
    return bool(_SUPPLEMENT_BEFORE.search(text[:start]) or _SUPPLEMENT_AFTER.match(text[end:]))


def _fee_table(lines: list[Line], index: int) -> set[int]:
    """Round 24c: a table's header lined up by tabs or runs of spaces whose last column names money that is not pay
    ('College   Location   Fees (approx.)', 'Course<TAB>Cost') and no column pay, with the rows of amounts right under
    it: the indexes of the header and its rows (none: no such table)."""
    text = lines[index].text.strip()
    heads = [h.strip() for h in re.split(r"\t|\s{3,}", text) if h.strip()]
    if len(heads) < 2 or any(figure_start(h) is not None for h in heads) or any(_SALARY_WORD.search(h) for h in heads) \
            or not _FEE_HEAD.search(_UNIT.sub("", heads[-1])) or "|" in text:
        return set()
    rows = set()
    for k in range(index + 1, len(lines)):
        if lines[k].number != lines[k - 1].number + 1 or figure_start(lines[k].text) is None:
            break
        rows.add(k)
    return {index} | rows if len(rows) >= 2 else set()


_STOCK_HEAD = re.compile(r"(?i)^\s*(?:stock|rsus?)\b")


def _extra_head(head: str) -> bool:
    """A column head naming money beside pay: a not_pay word of generic_guard.tsv, or stock / RSUs first (a column's
    word only: 'Stock clerk' names a role, not a column)."""
    return bool(_STOCK_HEAD.search(head) or _not_pay_words().search(head))


def _other_money_table(caption: str, header: list[str]) -> bool:
    """Round 13b: a '|' table of money that is not pay ('Cooling centre hardship allowance (Lari and Gatundu)' over
    '| Centre | Allowance |', '| Year | Bonus |'): its caption or a column of its header names an allowance, bonus, fee
    … (generic_guard.tsv, not_pay) and no pay word ('Salary (incl. shift allowance)' is pay)."""
    texts = [caption] if len(caption.split()) <= 14 and figure_start(caption) is None else []
    texts += header[1:]
    return any(_not_pay_words().search(t) and not _SALARY_WORD.search(t) for t in texts if t)


def _worded_currency(unit: str) -> str | None:
    """The ISO code of a currency a unit names by a word of generic_pay_words.tsv (kind 'after:<code>', 'lei' -> RON),
    as the unit's first word; a shared symbol ('kr') is none (round 16b)."""
    first = unit.strip().split(" ", 1)[0].strip(",;") if unit.strip() else ""
    codes = {c.upper() for c in _currency_codes()}
    for side, currency, pattern in _written_markers():
        if side == "after" and currency in codes and first and pattern.fullmatch(first) and first.isalpha() \
                and len(first) >= 3:
            return currency
        if side == "before" and currency in codes and first and pattern.fullmatch(first) and first.isalpha() \
                and len(first) >= 2:
            return currency  # round 24c: '(KSh)', '(Rp)': a sign written before amounts, of one country's currency
    return None


def _periods_in_words(text: str) -> str:
    """A label's period written in another language (generic_pay_words.tsv) read the English way: 'Gaji per bulan' ->
    'Gaji per month' (round 14b)."""
    words = _pay_words()
    text = re.sub(r"(?<=[^\W\d_])/(?=[^\W\d_])", " /", text)  # round 16b: 'brut/lună' is 'brut' per month
    for kind in ("month", "year", "week", "day", "hour"):
        if kind in words:
            text = words[kind].sub(f"per {kind}", text)
    return text


def stated_period(texts: list[str], small: bool) -> str | None:
    """The period a pay table's caption, header or heading states for its cells: the only one named, or the hour among
    others ('View: [Hourly] Yearly') when every amount is small enough to be pay by the hour."""
    texts = [_periods_in_words(t or "") for t in texts]  # (round 14b: 'Gaji per bulan': a period of another language)
    named = {period_of(m.group(0)) for t in texts for m in _STATED_PERIOD.finditer(t or "")}
    if small and "hour" in named:
        return "hour"
    return named.pop() if len(named) == 1 else None


def _unit_currency(text: str) -> str:
    """The currency a parenthetical of a caption, header or heading names for a table's cells, as a prefix to read
    them with: '(HK$)' -> 'HK$', '(KES gross per month)' -> 'KES ', '(zł brutto)' -> 'zł '; '' when none."""
    prefix = _column_unit(text)[0]
    if prefix:
        return prefix
    for match in _UNIT.finditer(text):
        marker = _local_marker().search(match.group(1))
        if marker:
            return f"{marker.group(0)} "
    return ""


# --- round 12a: pay written in sentences with its currency after the amount, or a symbol several countries write -----

@lru_cache(maxsize=None)
def _written_markers() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(side, currency code or shared symbol, pattern) of the 'after:' and 'before:' kinds of generic_pay_words.tsv."""
    out = []
    for row in rows("generic_pay_words"):
        side, _, currency = row["kind"].partition(":")
        if side in ("after", "before") and currency:
            out.append((side, currency, re.compile(row["pattern"])))
    return tuple(out)


_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)"
_MULT = r"(?:\s?[kK](?![^\W\d_]))?"
_JOIN = r"\s*[–—~～〜-]\s*|\s+(?:to|and|till|bis|à|a|do|al)\s+"  # (round 24c: the full-width tilde '25万円～30万円')
_PERIOD_TAIL = re.compile(r"(?i)^(?:\s*,?\s*(?:gross|net|brutto|before tax|after tax))?\s*(?:(?:per|a|an|each)\s+|/\s*)"
                          r"(year|annum|month|week|day|hour|hr|yr|mo)\b")
# a verb or noun of pay before the amount in its clause: the amount is pay for the clause's subject
_PAY_VERB = re.compile(r"(?i)\b(?:earns?|earning|earned|(?:starts?|starting|begins?) (?:on|at|from)|joins? on|receives?|"
                       r"(?:is|are|get|gets|be|being) paid|gets?|makes?|takes? home|salary|salaries|wages?|pay|stipend|"
                       r"remuneration|income)\b")
# the subject of the clause: the words before its pay verb ('Learners earn a stipend of about' -> 'Learners')
_SUBJECT_END = re.compile(r"(?i)\s+(?:(?:typically|usually|generally|often|normally|can|could|will|would|may|might|"
                          r"then|also)\s+)*(?:earns?|earning|earned|(?:starts?|starting|begins?) (?:on|at|from)|joins? on|"
                          r"receives?|(?:is|are|get|gets) paid|gets?|makes?|takes? home|is|are)\b.*$")


def _currency_pattern(side: str) -> tuple[str, dict[str, str]]:
    """An alternation of the markers written on one side of an amount, and marker -> code or symbol."""
    names: dict[str, str] = {}
    parts = []
    for marker_side, currency, pattern in _written_markers():
        if marker_side == side:
            parts.append(f"(?:{pattern.pattern})")
            for alternative in pattern.pattern.split("|"):
                names[alternative.replace("\\", "")] = currency
    return "|".join(parts), names


@lru_cache(maxsize=None)
def _scales() -> tuple[tuple[re.Pattern, int], ...]:
    """(word, factor) of the 'scale:<factor>' kinds of generic_pay_words.tsv: a word after an amount that multiplies
    it ('9 million', 'Rp 6,5 juta', '250만', round 14b)."""
    out = []
    for row in rows("generic_pay_words"):
        kind, _, factor = row["kind"].partition(":")
        if kind == "scale" and factor.isdigit():
            out.append((re.compile(rf"(?:{row['pattern']})(?![A-Za-z])"), int(factor)))
    return tuple(out)


def _scale_alternation() -> str:
    return "|".join(f"(?:{pattern.pattern})" for pattern, _ in _scales())


def _scaled(number: str, word: str) -> str:
    """'6.5' + 'juta' -> '6500000': an amount times the factor its scale word names (as written when none does)."""
    for pattern, factor in _scales():
        if pattern.fullmatch(word):
            value = float(number) * factor
            return str(int(round(value))) if abs(value - round(value)) < 1e-6 else str(value)
    return number


@lru_cache(maxsize=None)
def _written_figure() -> re.Pattern:
    after, _ = _currency_pattern("after")
    before, _ = _currency_pattern("before")
    scales = _scale_alternation()
    mult = rf"(?:\s?[kK](?![^\W\d_])|\s?(?:{scales}))?" if scales else _MULT
    low = rf"(?P<a>{_NUM}){mult}"
    high = rf"(?P<b>{_NUM}){mult}"
    # round 24c: a band's join word in the page's language too ('Rp4,5 juta hingga Rp12 juta', '20 đến 35 triệu';
    # generic_pay_words.tsv kinds 'to' and 'band_join')
    joins = [row["pattern"] for row in rows("generic_pay_words") if row["kind"] in ("to", "band_join")]
    join = rf"{_JOIN}|\s+(?:{'|'.join(joins)})\s+" if joins else _JOIN
    return re.compile(
        # (round 24c: an amount glued to the words before it in a script without spaces, '平均年収は578万円', is one)
        rf"(?<![^\W\u0e00-\u0e7f\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef])(?<![$€£¥₹.,])"
        rf"(?:(?:between|from)\s+)?(?:"
        rf"{low}(?:\s?(?P<c1>{after}))?(?:{join}){high}\s?(?P<c2>{after})(?![A-Za-z])"
        rf"|(?P<a3>{_NUM}){mult}\s?(?P<c3>{after})(?![A-Za-z])"
        rf"|(?P<c4>{before})\s?(?P<a2>{_NUM}){mult}(?:(?:{join})(?:(?P=c4)\s?)?(?P<b2>{_NUM}){mult})?(?![\w])"
        rf")")


def _plain_amount(number: str) -> str:
    """'31 500' -> '31500', "78'400" -> '78400', '3.400' -> '3400' (a thousands dot), '85.40' stays."""
    number = re.sub(r"(?<=\d)[ \u00a0\u202f'’](?=\d{3})", "", number)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", number):
        number = number.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", number):
        number = number.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", number):
        number = number.replace(",", ".")
    return number


def written_figures(text: str, page: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure as written, figure to parse) for each amount of a sentence whose currency is written after
    it ('36 000 – 43 000 kr/month', 'between 3.400 € and 4.300 €', '38.500 TL') or before it as a symbol several
    countries write ('R4 500', 'kr 520 000'); a shared symbol takes the currency the page's country evidence decides
    (guard.local_currency), and without one the amount is none."""
    from pipeline.parse.generic.guard import local_currency
    _, after_names = _currency_pattern("after")
    _, before_names = _currency_pattern("before")
    codes = {c.upper() for c in _currency_codes()}
    out = []
    for match in _written_figure().finditer(text):
        marker = match.group("c2") or match.group("c3") or match.group("c4")
        names = before_names if match.group("c4") else after_names
        currency = names.get(marker) or next((c for m, c in names.items() if re.fullmatch(m, marker)), None)
        if currency is None:
            continue
        if currency not in codes:
            currency = local_currency(page, currency)
            if currency is None:
                continue  # 'kr', 'R' on a page whose country is unknown: which currency is unknown
        if match.group("c1") and match.group("c2") and match.group("c1") != match.group("c2"):
            continue
        low = match.group("a") or match.group("a2") or match.group("a3")
        high = match.group("b") or match.group("b2")
        whole = match.group(0)
        mult_low = "k" if re.search(rf"{re.escape(low)}\s?[kK](?![^\W\d_])", whole) else ""
        mult_high = "k" if high and re.search(rf"{re.escape(high)}\s?[kK](?![^\W\d_])", whole) else ""
        amount_low, amount_high = _plain_amount(low), _plain_amount(high) if high else None
        scales = _scale_alternation()
        if scales:  # round 14b: '9 million to 14 million VND', '400만~650만 원': the scale word multiplies the amount
            word = re.match(rf"\s?({scales})", whole[whole.find(low, match.group(0).find(low)) + len(low):])
            low_word = word
            amount_low = _scaled(amount_low, word.group(1)) if word else amount_low
            if high:
                at = whole.rfind(high)
                word = re.match(rf"\s?({scales})", whole[at + len(high):])
                amount_high = _scaled(amount_high, word.group(1)) if word else amount_high
                if word and not low_word and not mult_low and float(amount_low) < float(_plain_amount(high)):
                    # round 26b: '10 - 20 triệu đồng/tháng' (p52_11): the scale word after the band's high end is
                    # its low end's too
                    amount_low = _scaled(amount_low, word.group(1))
        parse_as = f"{currency} {amount_low}{mult_low}"
        if high:
            parse_as += f" to {currency} {amount_high}{mult_high}"
        period = _PERIOD_TAIL.match(text[match.end():])
        if period:
            parse_as += f" per {_PERIOD_OF.get(period.group(1).lower(), period_of(period.group(1)))}"
        out.append((match.start(), match.end(), whole, parse_as))
    return out


_BOUND_WORDS = re.compile(r"(?i)^(?:(?:from|between|about|around|roughly|approximately|some|circa|at|of|on|to|is|are|"
                          r"up to|starting at)\s*)*$")


_BOUND_TAIL_WORDS = re.compile(r"(?i)(?:\s+(?:from|between|about|around|roughly|approximately|some|circa|at|of|on|to))+$")


_VALUE_TAIL = re.compile(r"[a-z][a-z /'’-]{1,30}")
# (round 24c: 'CHF 6'500 und mehr', German 'and more': a floor too)
_OR_MORE_WORDS = re.compile(r"(?i)^\s*(?:or more\b|und mehr\b|or above\b|and above\b|ke atas\b|이상|以上|o más\b|ou plus\b|ou mais\b|oder mehr\b|lub więcej\b|и повече\b)")
_OR_MORE = re.compile(r"(?i)^\s*(?:\+|or (?:more|above|over)\b|und mehr\b|"
                      # round 24c: the Turkish floor after the amount and its case ending ("100.000 TL'yi aşabilir",
                      # "90.000 TL'nin üzerinde", '58.000 TL ve üzeri')
                      r"['’][^\W\d_]{1,3}\s+(?:aş|üzerinde\b)|ve üzeri\b|"
                      # round 21c: 'RM12,000 ke atas', '7,000만 원 이상', 'o más', 'ou plus' (sets 29 m08, m18)
                      r"ke atas\b|이상|以上|o más\b|ou plus\b|ou mais\b|oder mehr\b|lub więcej\b|и повече\b)")


def _period_before(clause: str) -> str | None:
    """The period a word of generic_pay_words.tsv names at the end of the words before an amount ('Base pay is 월 ')."""
    words = _pay_words()
    for kind in ("month", "year", "week", "day", "hour"):
        if kind in words:
            found = None
            for found in words[kind].finditer(clause):
                pass
            if found is not None and not clause[found.end():].strip():
                return kind
    return None


def subject_label(before: str) -> str:
    """The group a sentence's pay is for, from the words before the amount in its sentence: its subject before the
    pay verb ('Qualified artisans typically earn' -> 'Qualified artisans', 'As a newly trained operator you earn
    around' -> 'a newly trained operator'), or the label before a colon ('Starting salary: ')."""
    clause = re.split(r"[.;!?]\s+", before)[-1]
    if ":" in clause:
        head = clause.rsplit(":", 1)[0].strip()
        if head and not re.search(r"\d", head) and len(head.split()) <= 6:
            return head.strip(" *_")
    clause = re.split(r",\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:an?|the)\s)", clause)[-1].strip()
    parts = [p for p in re.split(r",\s+", clause) if not _BOUND_WORDS.fullmatch(p.strip(" ,"))]
    if not parts:
        return ""
    subject = _SUBJECT_END.sub("", parts[-1]).strip(" ,:–—-")
    subject = re.sub(r"(?i)^(?:as|for|and|or|but|while|whereas|with)\s+", "", subject)
    subject = re.sub(r"\s+(?:you|they|we)$", "", subject)
    subject = _BOUND_TAIL_WORDS.sub("", subject)
    return subject.strip(" ,")


# the Indian units of an amount written after its digits ('₹5 – 7 lakh per annum', '₹40 lakh+'), which the sentence
# reader's figure stops before (round 12a); parse_salary reads them
_INDIAN_UNIT = re.compile(r"\s*(?:lakhs?|lacs?|crores?)(?![^\W\d_])\+?(?:\s+(?:per annum|a year|per year|p\.a\.))?")


def _verbless(label: str) -> str:
    """'Data reporters join on' -> 'Data reporters': a pay verb left at the end of a sentence's label is no part of it."""
    cut = re.sub(r"(?i)\s+(?:(?:typically|usually|generally|often|normally)\s+)?(?:joins?|starts?|begins?|(?:is|are) offered)(?:\s+(?:on|at|from))?$",
                 "", label).strip()
    return cut or label


def _dollar_codes() -> set[str]:
    from pipeline.parse.generic.guard import _countries
    return {"USD"} | {code for symbol, _, code, _, _ in _countries() if symbol == "$"}


_CODE_AFTER = re.compile(r"(?<=\d)\s?([A-Z]{3})\b")


def _dollar_then_code(reading: str) -> str:
    """'$3,800 a $5,200 MXN por semana': a bare '$' before the amounts and the code of a dollar or peso currency
    right after them is that one currency, '3,800 to 5,200 MXN per week' (round 14b); other readings as they are."""
    code = _CODE_AFTER.search(reading)
    if code is None or code.group(1) not in _dollar_codes():
        return reading
    head = reading[:code.start()]
    if "$" not in head or re.search(r"[A-Za-z]\$|\b[A-Z]{3}\b", head):
        return reading  # 'US$', 'NZ$' or a code before: written as they are
    return re.sub(r"(?<![\w$])\$\s?(?=\d)", "", head) + reading[code.start():]


_COUNT_HEAD = re.compile(r"(?i)(?<!\w)(?:ofertas?|offers?|openings?|vacanc(?:y|ies)|vacantes?|vagas|postings?|listings?|"
                         r"jobs|job ads|ads|employed|employment|workers|headcount|number of \w+|count|empleos|stellen(?:angebote)?|"
                         r"offres|annonces|posti|offerte)(?!\w)")


class SalaryReading:
    """Salary reading of the Reader (pipeline.parse.generic.reader), which provides role, items, add, keep and fact."""

    def finish(self) -> None:
        """An amount stated again for the role (a sentence restating the glance box's median, the wage table's
        row for the role itself) is one salary, stored once: the restatement stays text only."""
        def key(item) -> tuple:
            return item.row["min_amount"], item.row["max_amount"], item.row["currency"], item.row["period"]

        titles = {i.row["target_title"].lower() for i in self.items
                  if i.table == "career_paths" and id(i) not in self.plural_paths}
        self.items = [i for i in self.items if not (id(i) in self.plural_paths and (
            singular_title(i.row["target_title"]).lower() in titles or i.row["target_title"].lower() in titles))]
        salaries = [i for i in self.items if i.table == "salaries"]
        stated = {key(i) for i in salaries if id(i) not in self.from_prose}  # amounts the page states as figures
        first_stated: dict[tuple, int] = {}  # the line where the page first states each amount as a figure
        for i in salaries:
            if id(i) not in self.from_prose:
                first_stated[key(i)] = min(first_stated.get(key(i), i.line), i.line)
        seen: set[tuple] = set()
        kept = []
        for item in self.items:
            if item.table == "salaries":
                prose = id(item) in self.from_prose
                # round 26b: a band the prose writes whole ('band 5, which ranges from £31,049 to £37,796') before
                # a table repeats it is the page's statement of it (p50_02): both stored; a sentence after the box
                # or table that states it restates it (set 34 p34_04)
                band = prose and item.row["min_amount"] is not None and item.row["max_amount"] is not None \
                    and item.row["min_amount"] < item.row["max_amount"] \
                    and item.line < first_stated.get(key(item), item.line + 1)
                again = key(item) in stated and not band if prose \
                    else key(item) in seen and _names_role(item.row["label"], self.role)
                again = again or (prose and not band and key(item) in seen)
                if again:
                    continue  # its line is kept in page_sections already (prose) or is the same figure
                seen.add(key(item))  # round 24c: only a kept amount makes a later one a restatement (never both gone)
            kept.append(item)
        self.items = kept

    def read_salary(self, block: Block) -> None:
        if _HOURLY.search(block.heading or ""):
            self.hourly = True  # 'Average Pharmacy Technician Hourly Pay': the page quotes pay by the hour
        # 'Salaries (our 2026 report, monthly, gross)': the period of the section's figures that state none
        self.section_period = _HEADING_PERIOD.search(block.heading or "")
        if self.section_period is None and block.heading:
            words = _pay_words()  # 'brutto/Monat', 'por mês': the heading's period in another language
            for kind in ("month", "week", "day"):
                if kind in words and words[kind].search(block.heading.replace("/", " /")):
                    self.section_period = _HEADING_PERIOD.search(f"per {kind}")
                    break
        unit = heading_unit = _heading_unit(block.heading or "")
        if unit is not None:
            self.table_unit = unit  # 'Local salary scale (gross monthly, KES)' over the section's table
            if any(_THOUSANDS.search(m.group(1)) for m in _UNIT.finditer(block.heading or "")):
                self.table_unit = (unit[0], "k" + unit[1])  # round 24c: '… por porte e região (R$ mil, CLT)'
                unit = heading_unit = self.table_unit
        lines = _outer_bars(_wiki_rows(self.read_pairs(block, block.lines)))
        header: list[str] | None = None
        tab_header: list[str] | None = None
        pending: tuple[str, int] | None = None
        skip: set[int] = set()
        caption = ""  # the line right above a '|' table
        other_money = False  # the '|' table being read is of money that is not pay (an allowance by centre)
        fees = False  # round 17b: the lines under a line 'Fees' / 'Costs' in the pay section
        heading_period = self.section_period
        level_rows: int | None = None  # the last row under a spaced header 'Level      Annual salary'
        lead_run: int | None = None  # the last line of the run under a lead line stating its period
        for index, ln in enumerate(lines):
            if index in skip:
                continue
            text = strip_bullet(ln.text) if is_bullet(ln.text) else ln.text.strip()
            if lead_run is not None and ln.number != lead_run + 1:
                self.section_period, lead_run = heading_period, None  # the run under the lead has ended
            elif lead_run is not None:
                lead_run = ln.number
            if text.endswith(":") and len(text.split()) <= 14 and figure_start(_LONE_YEAR.sub("", text)) is None \
                    and not is_bullet(ln.text) and stated_period([text], False) in ("month", "week", "day"):
                # round 25b: 'Beispielhafte monatliche Ausbildungsvergütungen (brutto) nach Tarif:' over its lines of
                # amounts: the period the lead states for the run of lines right under it
                self.section_period = _HEADING_PERIOD.search(f"per {stated_period([text], False)}")
                lead_run = ln.number
            heads = [h.strip() for h in re.split(r"\s{3,}|\t", text)]
            if len(heads) == 2 and figure_start(text) is None and _LEVEL_COLUMN.fullmatch(normal_heading(heads[0])) \
                    and pay_head(heads[1]):
                # round 25b: 'Level      Annual salary' over 'Chartered engineer      €60,000 - €75,000': the rows name the
                # role's levels (a title with the role's head noun is a level of it, no other occupation)
                level_rows = ln.number
            short = len(text.split()) <= 4 and figure_start(text) is None and not re.search(r"[:.\d]", text)
            if short and not is_bullet(ln.text):
                # round 17b: a line 'Fees' inside the pay section heads money that is not pay ('Tow business
                # registration: $1,000 per business') until a line naming pay again ('Salary')
                if _not_pay_heading(text):
                    fees = True
                    self.keep(block, text, ln.number)
                    continue
                if _SALARY_WORD.search(text):
                    fees = False
            if fees:
                self.keep(block, text, ln.number)
                continue
            fee_rows = _fee_table(lines, index) if not is_bullet(ln.text) else set()
            if fee_rows:
                # round 24c: 'College   Location   Fees (approx.)' over rows of amounts: a table of fees, not pay
                for k in sorted(fee_rows):
                    self.keep(block, lines[k].text.strip(), lines[k].number)
                skip |= fee_rows
                continue
            spaced = self.spaced_table(lines, index, block) if not is_bullet(ln.text) else set()
            if spaced:
                skip |= spaced  # round 17b: 'Step   Start   After 1 year' over rows of amounts lined up by spaces
                continue
            if text.startswith("|") and header is None and not _PIPE_SEPARATOR.match(text) and text.rstrip().endswith("|"):
                other_money = _other_money_table(caption, _cells(text))
            if text.startswith("|") and other_money:
                self.keep(block, text, ln.number)  # round 13b: 'Cooling centre hardship allowance' over '| Centre | …'
                if header is None and not _PIPE_SEPARATOR.match(text):
                    header = _cells(text)
                continue
            if not text.startswith("|"):
                caption = text
            band = _band(lines, index)
            if band is not None:
                # '£26,000 Starter' / 'to' / '£50,000 Experienced': one band from the first figure to the last
                label = pending[0].rstrip(":").strip() if pending is not None else (block.heading or "")
                pending = None
                first, second = band
                if second is not None and self.band(label, first, second, block):
                    skip |= {index + 1, index + 2}
                    continue
                # one end of a band whose other end is cut off or unreadable is no salary: the lines stay text
                for part in (first, lines[index + 1], second):
                    if part is not None:
                        self.keep(block, part.text.strip(), part.number)
                skip |= {index + 1} | ({index + 2} if second is not None else set())
                continue
            if text.startswith("|"):
                if pending is not None:
                    self.keep(block, pending[0], pending[1])
                pending = None
                cells = _cells(text)
                if _PIPE_SEPARATOR.match(text):
                    continue
                if not text.rstrip().endswith("|") or len(text.rstrip()) < 2:
                    self.keep(block, text, ln.number)  # a row the capture cut: no closing '|'
                    continue
                if header is None:
                    header = _numbered_steps(cells) or cells
                    continue
                self.salary_row(header, cells, text, ln.number, block)
                continue
            header = None
            named, tab, rest = text.partition("\t") if "\t" in text else text.partition(":")
            split = _period_amounts(rest) if tab and named.strip() and len(named.split()) <= 6 \
                and figure_start(named) is None else None
            if split:
                # round 16b: 'Median wages (2025)<TAB>$23.80 hourly, $49,500 annual': one salary a period
                for figure, period in split:
                    self.salary(f"{named.strip()} {period}", figure, text, ln.number, block, require_clean=True)
                continue
            if "\t" not in text:
                self.table_period = None  # the table under a caption stating its period has ended
            cells = [c.strip() for c in ln.text.strip().split("\t")]
            steps = _numbered_steps(cells) if len(cells) >= 3 and _table_follows(lines, index) else None
            if steps:
                tab_header = steps  # 'Step<TAB>1<TAB>2<TAB>3' over 'FB-03<TAB>$74,103<TAB>…'
                continue
            if len(cells) == 2 and figure_start(cells[0]) is None and _SALARY_WORD.search(cells[1]) \
                    and figure_start(cells[1]) is None and _table_follows(lines, index):
                # 'Level<TAB>Minimum salary' over 'Apprentice, 1st year<TAB>CHF 750': a two-column table's header
                tab_header = cells
                self.keep(block, text, ln.number)
                continue
            if len(cells) >= 2 and not any(figure_start(self.local_symbols(c)) == 0 for c in cells) and len(cells) >= 3 \
                    or len(cells) >= 2 and _column_unit(" ".join(cells)) != ("", "") \
                    and not any(figure_start(_UNIT.sub("", c)) is not None for c in cells):
                # 'Level<TAB>Experience<TAB>Base salary', 'Area<TAB>Low ($/hour)<TAB>…': a table's header row
                tab_header = cells
                self.keep(block, text, ln.number)
                continue
            if tab_header is None and len(cells) == 2 and cells[0] and not _has_currency(cells[0]) \
                    and figure_start(self.local_symbols(cells[1])) == 0 and _has_currency(self.local_symbols(cells[1])) \
                    and self.salary(cells[0], cells[1], text, ln.number, block, require_clean=True):
                continue  # '1. Ausbildungsjahr<TAB>€780': a row label and its amount, no header (round 12a)
            if tab_header is not None and len(cells) == len(tab_header):
                self.salary_row(tab_header, cells, text, ln.number, block)  # 'Officer<TAB>3–6 years<TAB>JPY 7M – 10M'
                continue
            packed, packed_head = [c for c in cells if c], [h for h in (tab_header or []) if h]
            if tab_header is not None and len(cells) != len(tab_header) and len(packed) == len(packed_head) >= 2:
                # round 20c: 'Period<TAB><TAB>Hours<TAB><TAB>% of scale<TAB>Hourly wage' over '2nd period<TAB>1,001–2,000<TAB>
                # 70%<TAB><TAB>$32.80' (set 30 n15): tabs that only line the columns up; the filled cells match the heads
                self.salary_row(packed_head, packed, text, ln.number, block)
                continue
            if tab_header is not None and 2 <= len(cells) < len(tab_header) and index == len(lines) - 1:
                # round 20c: the table's last row short of cells ('Houston, TX<TAB>Hourly<TAB>$18.90<TAB>$26.4' under
                # five heads): a row the capture cut, kept as text like a '|' row without its closing bar
                # round 26b: 'Senior<TAB>£75k–£95k<TAB>£62k–£78k<TAB>£6' under six heads of regions (p53_03): the
                # cells before the cut one are whole, each a band of its column's region
                whole = len(cells) - 1
                if whole >= 2 and all(figure_start(c) == 0 and _band_amounts(c) for c in cells[1:whole]) \
                        and not any(_band_end(h) for h in tab_header[1:]):
                    self.salary_row(tab_header[:whole], cells[:whole], "\t".join(cells[:whole]), ln.number, block)
                    continue
                self.keep(block, text, ln.number)
                continue
            tab_header = None
            if _HOURLY.search(text) and len(text.split()) <= 8 and _SALARY_WORD.search(text) and not _ends_sentence(text) \
                    and figure_start(_LONE_YEAR.sub("", text)) is None and not is_bullet(ln.text):
                self.hourly = True  # round 25b: 'Pay rate (per hour)' over label lines and their amounts
            if _HOURLY.search(text) and (len(text.split()) <= 12 and figure_start(_LONE_YEAR.sub("", text)) is None
                                         or len(text.split()) <= 16 and text.endswith(":") and not _has_currency(text)
                                         or len(text.split()) <= 20 and _ends_sentence(text) and figure_start(text) is None
                                         and not _has_currency(text)) \
                    and _table_follows(lines, index):
                # (round 19b: one sentence of no figure saying how the pay is counted: 'Operators are paid by the hour,
                # with rates set by the relief service depending on the grade of work.', set 22 v03; set 21 u02)
                # (round 13b: a longer line leading into the table with a colon, a year in it: 'In Alberta, the 2023
                # Alberta Wage and Salary Survey reports these hourly wages:')
                self.hourly = True  # 'Hourly wages for welders in Canada:' over the table: its figures are hourly
            elif len(text.split()) <= 14 and figure_start(text) is None and _table_follows(lines, index) \
                    and stated_period([text], False) in ("month", "week", "day"):
                self.table_period = stated_period([text], False)  # 'Monthly salary by salary grade:' over the table
            unit = _column_unit(text) if len(text.split()) <= 12 and figure_start(_UNIT.sub("", text)) is None else None
            stated = _AMOUNTS_IN.match(text) or _pay_in_code(text) or _amounts_in_words(text) \
                or _caption_currency(text)
            if not (unit and unit[0]) and stated and _table_follows(lines, index):
                unit = _column_unit(f"({stated.group(1)})")  # 'Amounts in NOK per month.' over the table
            if unit and unit[0]:
                period = " per hour" if _HOURLY.search(text) or re.search(r"(?i)\bhourly\b", text) else unit[1]
                # round 24c: '(R$ mil, CLT)', '(£ thousands)': the table's amounts are in thousands
                thousands = "k" if any(_THOUSANDS.search(m.group(1)) for m in _UNIT.finditer(text)) else ""
                self.table_unit = (unit[0], thousands + (unit[1] or period))  # the unit of the table under this line
            if self.min_max_line(text, ln.number, block):
                continue
            found = fact_line(text) if not _has_currency(text) and not is_bullet(ln.text) else None
            named, colon, bare = text.partition(":")
            if heading_unit is not None and colon and _BARE_AMOUNT.fullmatch(bare.strip()) and 0 < len(named.split()) <= 5 \
                    and not is_bullet(ln.text) and self.salary(named.strip(), bare.strip(), text, ln.number, block,
                                                               require_clean=True,
                                                               parse_as=f"{heading_unit[0]}{bare.strip()}{heading_unit[1]}"):
                continue  # round 16b: 'Remuneration (gross monthly, TND)' / 'P2 entry: 1 300 – 1 420'
            if found:
                if pending is not None:
                    self.keep(block, pending[0], pending[1])
                    pending = None
                self.fact(found[0], found[1], text, ln.number, block)  # 'Shift: 6-hour shifts' after the pay lines
                continue
            start = figure_start(text)
            local = self.local_start(text)
            if local is not None and (start is None or local > start or start - local <= 4) \
                    and not _has_currency(text[:local]):
                start = local  # 'T2 Technician   R18 500 – R24 000': the figure starts at the rand, not at 'T2'
            spaced = re.split(r"\s{3,}", text)
            if start is not None and len(spaced) == 2 and start < len(spaced[0]) and re.search(r"[^\W\d_]{2,}", spaced[0]) and not _has_currency(spaced[0]) \
                    and len(spaced[0].split()) <= 4 and figure_start(self.local_symbols(spaced[1])) == 0 \
                    and _has_currency(self.local_symbols(spaced[1])) and not is_bullet(ln.text):
                # round 25b: '0–2 roky       33 400 Kč', '10+ years      $92,000': a row label of years lined up by spaces
                # with its amount; the label's own numbers are no figure
                start = len(text) - len(spaced[1])
            head, sep, value = text.partition(":")
            if sep and start is not None and start < len(head) and figure_start(value.strip()) == 0 \
                    and (_has_currency(value) or _has_currency(self.local_symbols(value.strip()))) \
                    and not _has_currency(head) and len(head.split()) <= 4:
                # '25th percentile: $131,250': the label's own number is no figure; (round 24c) nor in '0-2 Yıl: 32.500
                # TL - 38.000 TL', the currency written after the amount
                start = len(head) + 1
            if start is None:
                if pending is not None:
                    self.keep(block, pending[0], pending[1])
                short_label = len(text.split()) <= 5 and not _ends_sentence(text) and text[:1].isupper() \
                    and not is_bullet(ln.text)  # a list item is no level label waiting for its figure
                pending = (text, ln.number) if short_label else None
                if not short_label:
                    self.keep(block, text, ln.number)
                continue
            label = text[:start].rstrip(" :–—-\t")
            if pending is not None and not label:
                label = pending[0].rstrip(":").strip()
                pending = None
            elif pending is not None:
                self.keep(block, pending[0], pending[1])
                pending = None
            following = lines[index + 1].text.strip() if index + 1 < len(lines) else None
            after = lines[index + 2].text.strip() if index + 2 < len(lines) else None
            if not label and following is not None and _label_after(following) \
                    and (after is None or figure_start(after) != 0):
                label = following  # '$117,420/yr' over 'Average total pay': the label written under its figure
                self.keep(block, following, lines[index + 1].number)
                skip.add(index + 1)
            if label and _RANGE_LABEL.search(label) and following is not None and figure_start(following) == 0 \
                    and not parse_salary("", following)["note"] and not parse_salary("", text[start:].strip())["note"] \
                    and self.band(label, Line(text[start:].strip(), ln.number), lines[index + 1], block):
                # round 24c: 'Most likely range $108K' over '$164K' (a range bar's two ends on two lines): one band
                skip.add(index + 1)
                continue
            if not label and following is not None and figure_start(following) != 0 \
                    and _level_after(text[start:].strip()):
                # '£26,000 Starter' followed by neither a figure nor 'to' (a band cut inside its 'to'): text only
                self.keep(block, text, ln.number)
                continue
            # 'How accurate does $117,420 look to you?': words go on after the figure, a sentence around it
            figures = list(_prose_figure().finditer(text))
            # (round 14b: or amounts whose currency is written after them, '… 12 million VND a month. Part-time …')
            ends = [m.end() for m in figures] or [w[1] for w in written_figures(
                text, "\n".join(getattr(self, "page_lines", []) or []))]
            sentence = _ends_sentence(text) and ":" not in text[:start] and bool(ends) \
                and len(text[ends[-1]:].split()) >= 2
            under_levels = level_rows is not None and ln.number == level_rows + 1
            if under_levels:
                level_rows = ln.number
            if len(label.split()) <= 6 and not sentence and self.salary(
                    label, text[start:].strip(), text, ln.number, block, require_clean=True, level_row=under_levels):
                continue
            if len(label.split()) <= 6 and not sentence and label and self.other_occupation(label) \
                    and not self.role_group(label) and (_OTHER_GROUP.search(label) or _PLURAL_GROUP.search(label)):
                # round 24c: 'Total, all occupations: $49,500', 'Health technologists and technicians: $53,220' in the
                # role's pay box: another group's pay (a plural group of people), the line text only (never read again
                # as a sentence labelled 'Salary')
                self.keep(block, text, ln.number)
                continue
            if self.listed_pay(text, ln.number, block):
                continue
            self.prose_salaries(text, ln.number, block)
        last = lines[-1] if lines else None
        if last is not None and last.number in self.level_after \
                and any(i.table == "salaries" and i.line == last.number for i in self.items):
            self.open_band = last.number  # '£26,000 Starter' may be the first end of a band the capture cut
        if pending is not None:
            self.dangling = pending[1]  # 'Senior Level' with no figure after it
            self.keep(block, pending[0], pending[1])
        self.section_period = None

    def listed_pay(self, text: str, line: int, block: Block) -> bool:
        """Round 25b: 'Salaire des personnes en formation (brut, par mois) : 1re année : 650 à 850 fr. ; 2e année : 800 à
        1000 fr. ; …': a lead and 'label : amount' parts run together on one line, apart by ';' (two parts or more, each
        a short label and nothing but an amount after its colon): one salary a part, in the period the lead states."""
        parts = [p.strip() for p in re.split(r"\s;\s|;\s+(?=[^\d\s])", re.sub(r"(?<=\d)\.$", "", text.strip().rstrip(" ;")))]
        if len(parts) < 2:
            return False
        lead, colon, first = parts[0].partition(":")
        if not colon or ":" not in first:
            lead, first = "", parts[0]
        pairs = []
        for part in [first, *parts[1:]]:
            label, colon, figure = part.partition(":")
            figure = figure.strip()
            if not colon or not label.strip() or len(label.split()) > 5 or figure_start(self.local_symbols(figure)) != 0 \
                    or len(re.findall(r"[^\W\d_]{3,}", figure)) > 2:
                return False
            pairs.append((label.strip(), figure))
        period = stated_period([lead], False) if lead else None
        written = [w for w in written_figures(text, "\n".join(getattr(self, "page_lines", []) or []))]
        if not all(_has_currency(self.local_symbols(f)) or _has_currency(normalise_figure(f)) for _, f in pairs) \
                and len(written) < len(pairs):
            return False  # every amount writes its currency
        before = len(self.items)
        for label, figure in pairs:
            if not self.salary(label, figure, text, line, block, require_clean=True,
                               parse_as=f"{figure} per {period}" if period and not _STATED_PERIOD.search(figure) else None):
                del self.items[before:]
                return False
        return True

    def cell_tables(self, block: Block) -> Block:
        """Pay tables read cell by cell (pipeline.parse.generic.cells): one salary a cell labelled row label + column
        label, or one band a row under 'Min' / 'Max'. Inside a salary section only tables lined up by spaces (its '|'
        and tab tables are read by read_salary). Returns the block without the tables' lines (kept as text)."""
        used: set[int] = set()
        lines = block.lines
        if block.heading and block.line and lines and lines[0].number == block.line + 1:
            # an unknown heading-shaped line inside a skills section is read as a sub-heading: the table's header
            lines = [Line(block.heading, block.line), *lines]
        previous = getattr(self, "previous_heading", None)
        self.previous_heading = (block.heading, block.line) if not block.lines else None
        for table in find_tables(lines):
            if table.caption is None and previous is not None and previous[1] == table.lines[0].number - 1:
                table.caption = Line(previous[0], previous[1])  # 'Wages  View: [Hourly] Yearly' read as a heading
            if block.kind == "salary" and any("|" in ln.text or "\t" in ln.text for ln in table.lines) and (
                    any(_has_currency(c) for cells, _ in table.rows for c in cells[1:])
                    or any(_column_unit(h)[0] for h in table.header) or self.table_unit):
                continue  # read by read_salary (its cells or columns name their currency: 'Low ($)')
            if not table.header[0] and not table.rows[0][0][0] and not (
                    block.kind == "salary" or table.caption is not None and _SCALE_LEAD.search(table.caption.text)):
                continue  # one row of amounts under column labels: pay only under a line or section naming pay
            levels = bool(_LEVEL_COLUMN.fullmatch(normal_heading(table.header[0])))
            if not levels and any(self.other_occupation(cells[0]) for cells, _ in table.rows):
                continue  # a wage table of other occupations (a column headed 'Level' lists the role's levels)
            if self.cell_table(table, block):
                used |= {ln.number for ln in table.lines}
                if table.caption is not None:
                    used.add(table.caption.number)
        if not used:
            return block
        return Block(block.kind, block.heading, [x for x in block.lines if x.number not in used], block.inline,
                     block.parent, block.line)

    def cell_table(self, table: CellTable, block: Block) -> bool:
        caption = table.caption.text.strip() if table.caption is not None else ""
        context = [caption, block.heading or "", table.header[0]]
        band = len(table.header) == 3 and _band_ends(table.header[1], table.header[2])
        amounts = [float(a.replace(",", "")) for cells, _ in table.rows for c in cells[1:]
                   for a in re.findall(r"\d[\d,]*(?:\.\d+)?", normalise_figure(c))]
        small = bool(amounts) and max(amounts) < _HOURLY_CEILING
        readings = []
        for cells, ln in table.rows:
            columns = [(None, f"{cells[1]} – {cells[2]}", table.header[1])] if band else \
                [(head, cell, head) for head, cell in zip(table.header[1:], cells[1:])]
            for head, cell, column in columns:
                prefix = ""
                if not _has_currency(cell):
                    prefix = next((u for u in (_unit_currency(t) for t in (column, caption, block.heading or ""))
                                   if u), "")
                    if not prefix and self.table_unit:
                        prefix = self.table_unit[0]
                    if not prefix:
                        return False  # no currency anywhere: the table stays text
                reading = f"{prefix}{cell}" if not band else f"{prefix}{cells[1]} – {prefix}{cells[2]}"
                if not _STATED_PERIOD.search(cell):
                    period = stated_period([column, *context], small)
                    if period:
                        reading += f" per {period}"
                parsed = parse_salary("", normalise_figure(reading))
                if parsed["warning"] or parsed["min_amount"] is None:
                    return False  # one cell that is not clean pay: nothing is stored from the table
                if head is not None and _unit_currency(head):
                    head = _UNIT.sub("", head).strip() or head  # 'Median (zł brutto)': the column 'Median'
                if head is not None and len(table.header) == 2 and not _POINT.fullmatch(head):
                    head = None  # one column of pay ('Annual salary (incl. shift allowance)'): the row names it
                label = cells[0] if head is None else f"{cells[0]} {head}".strip()
                readings.append((label, cell if not band else f"{cells[1]} – {cells[2]}", reading, ln))
        # 'Area | Pct 10 | Median': the row labels are regions
        regions = bool(_REGION_COLUMN.fullmatch(normal_heading(table.header[0])))
        for label, cell, reading, ln in readings:
            region = next((cells[0] for cells, row in table.rows if row is ln), None) if regions else None
            self.salary(label, cell, ln.text.strip(), ln.number, block, require_clean=True, parse_as=reading,
                        level_row=True, region=region)
        for ln in ([table.caption] if table.caption is not None else []) + table.lines:
            if ln.number != block.line:  # a header read as the block's heading is kept with the heading
                self.keep(block, ln.text.strip(), ln.number)
        return True

    def min_max_line(self, text: str, line: int, block: Block) -> bool:
        """'Minimum: $72,000    Midpoint: $86,500    Maximum: $101,000' is one range from the minimum to the
        maximum (a midpoint between them is derived, no salary of its own)."""
        found = {m.group(1).lower()[:3]: m.group(2).strip() for m in _MIN_MAX.finditer(text)}
        if set(found) - {"mid"} != {"min", "max"}:
            return False
        low, high = parse_salary("", found["min"]), parse_salary("", found["max"])
        if low["warning"] or high["warning"] or low["currency"] != high["currency"] or low["period"] != high["period"] \
                or low["min_amount"] is None or high["max_amount"] is None or low["min_amount"] > high["max_amount"]:
            return False
        label = block.heading or "Salary"
        row = {"role": self.role, "label": label, "level": salary_level(label), "min_amount": low["min_amount"],
               "max_amount": high["max_amount"], "open_ended": False, "currency": low["currency"],
               "period": low["period"], "note": None, "text": text, "region": None}
        self.add("salaries", row, text, line, block.kind)
        return True

    def band(self, label: str, first: Line, second: Line, block: Block) -> bool:
        low, high = parse_salary(label, first.text.strip()), parse_salary(label, second.text.strip())
        if low["warning"] or high["warning"] or low["open_ended"] or high["open_ended"] \
                or low["currency"] != high["currency"] or low["period"] != high["period"] \
                or low["min_amount"] != low["max_amount"] or high["min_amount"] != high["max_amount"] \
                or low["min_amount"] > high["min_amount"]:
            return False
        notes = [n for n in (low["note"], high["note"]) if n]
        written = f"{first.text.strip()} to {second.text.strip()}"
        row = {"role": self.role, "label": label or "Salary", "level": salary_level(label),
               "min_amount": low["min_amount"], "max_amount": high["max_amount"], "open_ended": False,
               "currency": low["currency"], "period": low["period"], "note": " to ".join(notes) or None,
               "text": written, "region": None}
        # read at its last line, so a capture that ends inside the band's second end drops the whole band
        self.add("salaries", row, written, second.number, block.kind)
        return True

    def box_pay(self, block: Block, taken: set[int]) -> set[int]:
        """A pay pair inside a two-column box flattened to alternating lines ('Salary band' / 'Band 9: $68,000 –
        $82,500 per year'): one salary, labelled by the level written before its figure, else by the label line.
        Returns the lines read."""
        from pipeline.parse.generic.boxes import alternating_pairs
        pairs: list[tuple[Line, Line]] = []
        alternating_pairs(block.lines, pairs)
        used: set[int] = set()
        for label_line, value_line in pairs:
            if label_line.number in taken or value_line.number in taken:
                continue
            if not _SALARY_WORD.search(label_line.text) and not _RATE.search(label_line.text):
                continue
            value = value_line.text.strip()
            label = label_line.text.strip()
            head, sep, figure = value.partition(":")
            if sep and figure_start(figure.strip()) == 0 and not _has_currency(head) and 0 < len(head.split()) <= 4:
                label, value = head.strip(), figure.strip()  # 'Band 9: $68,000 – $82,500 per year'
            if figure_start(value) == 0 and self.salary(label, value, value_line.text.strip(), value_line.number, block,
                                                        require_clean=True):
                self.keep(block, label_line.text.strip(), label_line.number)
                used |= {label_line.number, value_line.number}
        return used

    def read_pairs(self, block: Block, lines: list[Line]) -> list[Line]:
        """Label-line/value-line pairs of an at-a-glance box written without a box ('Typical hours (a week)' /
        '37 to 40 a week') become facts; the other lines are returned."""
        joined, parts = _join_split_labels(lines)
        pairs = _glance_pairs([ln.text.strip() for ln in joined])
        rest = []
        values = set(pairs.values())
        tails: set[int] = set()
        for index, ln in enumerate(joined):
            if index in pairs:
                value = joined[pairs[index]]
                text = value.text.strip()
                after = pairs[index] + 1
                while after < len(joined) and after not in pairs and after not in values \
                        and joined[after].number == joined[after - 1].number + 1 and _VALUE_TAIL.fullmatch(joined[after].text.strip()):
                    # round 22b: '39 to 41' / 'variable', 'evenings / weekends / bank holidays' / 'on call': the value's
                    # words the capture wrapped onto the lines under it, in lower case
                    text = f"{text} {joined[after].text.strip()}"
                    tails.add(after)
                    after += 1
                self.fact(ln.text.strip().rstrip(":").strip(), text, text, value.number, block)
            elif index in tails:
                continue
            elif index not in values:
                rest.extend(parts[index])  # a line that is no pair's stays as written, its lines apart
        return rest

    def salary_row(self, header: list[str], cells: list[str], text: str, line: int, block: Block) -> None:
        """A salary table row read cell by cell: levels down the first column and regions across the header,
        or (transposed) levels across the header and regions down the first column."""
        if len(cells) != len(header) or len(cells) < 2:
            self.keep(block, text, line)
            return
        readable = [self.local_symbols(c) for c in cells]  # 'KSh 34,955 – KSh 46,810': the shilling's code
        if readable != cells:
            local = {r: c for r, c in zip(readable, cells) if r != c}
            cells = readable
        else:
            local = {}
        # '% of journeyperson rate' / '60%': a column of shares beside the pay column is no pay, and no region
        shares = [i for i, (h, c) in enumerate(zip(header, cells)) if i and _SHARE_CELL.fullmatch(c.strip())
                  and (_SHARE_HEAD.search(h) or not re.search(r"\d", h))]
        if shares and len(cells) - len(shares) >= 2 and any(figure_start(c) == 0 and _has_currency(c)
                                                            for i, c in enumerate(cells) if i not in shares):
            header = [h for i, h in enumerate(header) if i not in shares]
            cells = [c for i, c in enumerate(cells) if i not in shares]
        # round 23a: '| City | Average salary | Openings |' / '| Bogotá | $ 5.250.000 | 612 |': a column that counts
        # jobs, offers or people beside the pay column, its cells bare numbers, is no pay
        counts = [i for i, (h, c) in enumerate(zip(header, cells)) if i and _COUNT_HEAD.search(h)
                  and re.fullmatch(r"\d[\d.,\u00a0 ]*\+?", c.strip())]
        if counts and len(cells) - len(counts) >= 2:
            header = [h for i, h in enumerate(header) if i not in counts]
            cells = [c for i, c in enumerate(cells) if i not in counts]
        # round 26b: '| Level | Title | Total | Base | Stock (/yr) | Bonus |' (p53_09): a column of a bonus, stock or an
        # allowance beside the pay columns is no pay of the role (generic_guard.tsv, not_pay)
        extras = [i for i, h in enumerate(header) if i and _extra_head(h) and not _SALARY_WORD.search(h)]
        if extras and len(cells) - len(extras) >= 2 and any(
                figure_start(c) == 0 for i, c in enumerate(cells) if i and i not in extras):
            header = [h for i, h in enumerate(header) if i not in extras]
            cells = [c for i, c in enumerate(cells) if i not in extras]
        # 'Low ($/hour)' is the column 'Low' of figures in dollars an hour
        heads = [_UNIT.sub("", h).strip() or h if _column_unit(h) != ("", "") else h for h in header]
        levels_across = all(salary_level(h) != "other" or _POINT.fullmatch(h.strip()) for h in heads[1:]) \
            and salary_level(cells[0]) == "other"
        # '| Level | Sydney | Melbourne |': the first column lists the role's levels ('Underwriting Assistant'), not
        # other occupations
        # (round 24c: 'Rank (CONHESS)': the level column with its scale's name in brackets)
        ladder = bool(_LEVEL_COLUMN.fullmatch(normal_heading(header[0]))
                      or _LEVEL_COLUMN.fullmatch(normal_heading(_UNIT.sub(" ", header[0])))) and not levels_across
        # 'Post | Pay Level | Basic pay', 'Designation | Job Group | Basic salary': a column of the role's grades beside
        # the first one makes the rows the role's ladder, each labelled by its words ('Third Secretary Level 10')
        grades = [i for i, h in enumerate(heads) if i and _GRADE_COLUMN.fullmatch(normal_heading(h))]
        graded = bool(grades) and not levels_across and all(cells[i] and not _has_currency(cells[i]) for i in grades)
        stored = False
        # round 24c: 'Functie | Schaal | Minimum | Maximum' / '… | 8 | € 3.050 | € 4.320': a bare number of one or two
        # digits beside cells that write their currency is the row's scale or grade number, no amount
        priced = any(_has_currency(c) for c in cells[1:])
        figures = [i for i, c in enumerate(cells) if i and c and figure_start(c) == 0
                   and not (priced and re.fullmatch(r"\d{1,2}", c.strip()))]
        words = [c for i, c in enumerate(cells) if i not in figures and c]
        pair = next(((a, b) for a in figures for b in figures if a < b and _band_ends(heads[a], heads[b])), None)
        points = [i for i in figures if pair and i not in pair]
        if pair and points and normal_heading(heads[pair[0]]) in {"low", "lowest"} \
                and normal_heading(heads[pair[1]]) in {"high", "highest"}:
            # round 24c: 'Low | Median | High' with no percentile named ('Low (10%)'): three points of the pay's
            # spread, one salary a cell labelled row + column (sets 35, 38, 42-44 read a wage table so; only
            # bracketed percentiles keep the two ends one band)
            pair, points = None, []
        if pair and words and (not points and pair[1] == pair[0] + 1 or points and pair[0] < min(points)
                               and max(points) < pair[1] and all(_POINT.fullmatch(_UNIT.sub("", heads[i]).strip())
                                                                 for i in points)):
            # 'Country | Minimum | Maximum' / 'France | EUR 2 100 | EUR 3 400', 'Grade | Title | Step I | Step X' /
            # 'P-2 | Associate Interpreter | $64,326 | $82,744': the two columns are one band's ends, one band a row;
            # round 20c: a 'Median' between them ('Low (10%) | Median | High (90%)') is a salary of its own, labelled
            # row + column
            region = cells[0] if _REGION_COLUMN.fullmatch(normal_heading(header[0])) else None
            label = " ".join(words)
            # round 20c: 'United States | Hourly | $19.37 | …': a cell naming the row's period ('Hourly', 'Yearly')
            period = next((_PERIOD_WORD[w.strip().lower()] for w in words if w.strip().lower() in _PERIOD_WORD), None)
            readings = []
            for ends in [pair, *((i, i) for i in points)]:
                low, high = cells[ends[0]], cells[ends[1]]
                prefix, suffix = _column_unit(header[ends[0]]) if not _has_currency(low) else ("", "")
                if not prefix and not _has_currency(low) and self.table_unit:
                    prefix, suffix = self.table_unit
                if period and not suffix and not _STATED_PERIOD.search(f"{low} {high}"):
                    suffix = f" per {period}"
                if ends[0] == ends[1]:
                    readings.append((f"{label} {heads[ends[0]]}", low, f"{prefix}{low}{suffix}"))
                else:
                    readings.append((label, f"{low} – {high}", f"{prefix}{low} – {prefix}{high}{suffix}"))
            band_label, band_written, band = readings[0]
            if self.salary(band_label, band_written, text, line, block, require_clean=True, region=region,
                           parse_as=band, level_row=True):
                for point_label, written, reading in readings[1:]:
                    self.salary(point_label, written, text, line, block, require_clean=True, region=region,
                                parse_as=reading, level_row=True)
                return
            self.keep(block, text, line)
            return
        steps = not levels_across and bool(figures) and _step_columns([heads[i] for i in figures])
        if graded:
            figures = [i for i in figures if i not in grades]
            words = [c for i, c in enumerate(cells) if i not in figures and c]
        named = " ".join(words)  # 'P-2' + 'Associate Interpreter': the row's words name its level
        for column, head, cell in zip(header[1:], heads[1:], cells[1:]):
            if not cell or figure_start(cell) is None:
                continue
            label, region = (head, cells[0]) if levels_across else (cells[0], head)
            if graded and header.index(column) in grades:
                continue  # 'Level 10' names the row's grade, no pay
            if graded and not steps:
                label, region, ladder = " ".join(words), None, True
            elif ladder and not steps and len(words) > 1 and not levels_across:
                label = " ".join(words)  # 'E2' + 'Backend Engineer' under 'Level | Title | Base salary
            if steps:
                label, region = f"{named} {head}".strip(), None  # 'LE-4' at 'Step 5': 'LE-4 Step 5'
                ladder = True
            if _SALARY_WORD.search(region or ""):
                region = None  # '| Level | Salary |': the column names the figure, not a region
            prefix, suffix = _column_unit(column) if not _has_currency(cell) else ("", "")
            if not prefix and not _has_currency(cell) and self.table_unit:
                prefix, suffix = self.table_unit  # 'Hourly wages (in $) for …' over the table
            hourly = not prefix and _HOURLY.search(column) and not _STATED_PERIOD.search(cell)
            stated = getattr(self, "table_period", None) if not hourly and not suffix and not self.table_unit \
                and not _STATED_PERIOD.search(cell) and not _STATED_PERIOD.search(column) else None
            if stated:
                prefix, suffix = prefix, f" per {stated}"  # the caption's period ('Monthly salary by …')
            written = local.get(cell, cell)  # the cell as the page writes it ('KSh 34,955 – …')
            # (round 24c: also a column that names its currency, 'Monthly gross pay (KSh)')
            column_period = _LABEL_PERIOD.search(column) if not (stated or hourly or suffix) \
                and not _STATED_PERIOD.search(cell) else None
            if column_period:
                stated = _PERIOD_WORD[column_period.group(1).lower()]  # round 16b: a column headed 'Monthly pay'
                suffix = f" per {stated}"
            stored |= self.salary(label, written, written, line, block, require_clean=True, region=region or None,
                                  parse_as=f"{prefix}{cell}{suffix}" if prefix or stated else f"{cell} per hour" if hourly
                                  else cell,
                                  level_row=ladder)  # 'Hourly wage' heads a column of pay by the hour
        if not stored:
            self.keep(block, text, line)

    def prose_salaries(self, text: str, line: int, block: Block) -> None:
        """Each currency amount of a sentence with the clause before it as its label; the sentence itself is
        kept as text too (its words beyond the figures are no fact), so a cut sentence takes its amounts along.
        Round 12a: amounts whose currency is written after them or as a symbol of several countries
        (written_figures) are read when their clause names pay (a pay verb or noun before them: 'Learners earn a
        stipend of about R4 500 per month'), when a label and colon stand before them, or when they continue a
        sentence whose pay was read ('…, and an experienced vet R70 000 to R110 000 a month')."""
        spans = []
        written = text
        text = _between(text)  # round 20c: 'ganha entre R$ 1.700 e R$ 2.600' is one band, not two amounts
        for label, figure, parse_as in _prose_figures(text):
            at = text.find(figure)
            unit = _INDIAN_UNIT.match(text, at + len(figure)) if at >= 0 else None
            if unit:  # '₹5 – 7 lakh per annum', '₹40 lakh+': the unit is part of the amount
                parse_as += text[at + len(figure):unit.end()]
                figure = text[at:unit.end()]
            # round 19b read 'the lowest 10 percent earned less than $36,120' as the point $36,120; round 20c keeps its
            # bound (sets 30 n01, 31 o09): an upper bound only (no minimum), 'the highest 10 percent earned more than
            # $X' a lower bound only (no maximum)
            if at >= 0 and _OR_MORE_WORDS.match(text[at + len(figure):]) and not re.search(r"(?i)\bor more\b|\+", parse_as):
                parse_as += " or more"  # round 21c: 'RM12,000 ke atas' (set 29 m08): a floor, open above
            if at >= 0 and _REVENUE.search(text[:at]) and not _PAY_VERB.search(text[:at]):
                spans.append((at, at + len(figure)))  # round 24c: a company's revenue ('faturamento até R$ 100 milhões')
                continue
            if at >= 0 and _supplement(text, at, at + len(figure)):
                spans.append((at, at + len(figure)))  # round 24c: an amount on top of pay is no pay of its own
                continue
            if _in_comparison(text, at):
                spans.append((at, at + len(figure)))  # round 27c: 'For comparison: IT managers earn …': not the role's
                continue
            if self.salary(_verbless(label), figure, written, line, block, require_clean=True, parse_as=parse_as):
                self.from_prose.add(id(self.items[-1]))
                spans.append((at, at + len(figure)))
        read_before = False
        previous_end = 0
        previous_period = None
        for start, end, figure, parse_as in written_figures(text, "\n".join(getattr(self, "page_lines", []) or [])):
            if any(a < end and start < b for a, b in spans):
                previous_end = end
                read_before = True  # round 24c: read as a figure above; the sentence's next amounts go on its pay
                continue
            before = text[previous_end:start]
            previous_end = end
            clause = re.split(r"[.;!?]\s+", before)[-1]
            labelled = ":" in clause and not re.search(r"\d", clause.rsplit(":", 1)[0])
            opens = start == 0 and block.kind == "salary"  # round 16b: '45 000 – 58 000 Kč gross per month, …' under 'Salary'
            # round 21c: under a pay heading, a clause naming pay in the page's language ('заплата', 'salaire') or ending
            # on a word of a bound ('peut percevoir jusqu'à' 2 400 €) names the amount after it as pay (sets 31 o21,
            # 32 p06, 33 q06)
            opens = opens or block.kind == "salary" and bool(
                _pay_words().get("pay") is not None and _pay_words()["pay"].search(clause)
                or _pay_part() is not None and _pay_part().search(clause)
                # round 24c: a language that puts its verb last names the pay after the amount ("90.000 TL'nin üzerinde
                # kazanabilmektedir"): the rest of the sentence, in a language that glues its words (no English verb)
                or _pay_part() is not None and not _PAY_VERB.search(text) and _pay_part().search(
                    re.split(r"[.;!?](?:\s|$)", text[end:])[0])
                or _upto_word(clause, parse_as) is not None or _from_word(clause, parse_as) is not None)
            if not (_PAY_VERB.search(clause) or labelled or opens or read_before and not re.search(r"[.!?]\s", before)):
                continue
            if _supplement(text, start, end):
                continue  # round 24c: an amount on top of pay ('an additional $6.00 per hour wage enhancement')
            if _in_comparison(text, start):
                continue  # round 27c: 'For comparison: IT managers earn kr. 66.400': other roles' pay
            named = _not_pay_words().search(" ".join(clause.split()[-4:]))
            if named and not re.fullmatch(r"(?i)stipends?", named.group(0)) \
                    and not _SALARY_WORD.search(" ".join(clause.split()[-4:])):
                # round 14b: '… you also earn a season bonus of 6 000 Kč a month': the amount is the bonus (a
                # learner's stipend is the learner's pay, as the sets read it)
                continue
            label = subject_label(before)
            bound = _upto_word(clause, parse_as)
            if bound is not None and _upto_word(label, parse_as) is None:
                label = f"{label} {clause[bound:].strip()}".strip()  # 'peut percevoir jusqu'à': salary() reads the bound
            bound = _from_word(clause, parse_as)
            if bound is not None and _from_word(label, parse_as) is None:
                label = f"{label} {clause[bound:].strip()}".strip()  # 'Timelønn: fra' 265 kr: a lower end only
            read_before = read_before or bool(_PAY_VERB.search(clause))  # '…, and experienced operators kr 580 000'
            if not _STATED_PERIOD.search(parse_as):
                stated = _STATED_PERIOD.search(clause)  # 'The average net monthly salary is 38.500 TL'
                named = _period_before(clause)  # round 14b: '월 250만원': the period written before the amount
                after = _foreign_period(text[end:])
                if after:  # round 21c: '2 400 € brut par mois', '1 800 лв. месечно': the period in the page's language
                    parse_as += f" per {after}"
                elif stated:
                    parse_as += f" per {period_of(stated.group(0))}"
                elif named:
                    parse_as += f" per {named}"
                elif previous_period:
                    # '…; with five years, between X and Y': the same period; (round 14b) also in the next sentence of
                    # the paragraph ('… 5 million VND a month. Top riders … earn 18 million VND or more.')
                    parse_as += f" per {previous_period}"
            if _OR_MORE.match(text[end:]):
                parse_as += " or more"  # round 14b: '18 million VND or more': a floor, open above
            if self.salary(label, figure, written, line, block, require_clean=True, parse_as=parse_as):
                self.from_prose.add(id(self.items[-1]))
                read_before = True
                previous_period = self.items[-1].row["period"]
        self.keep(block, written, line)

    def written_money(self, value: str) -> str | None:
        """A pay value whose currency is written after its amount, after any word of tax before it ('bruttó 420 000 –
        510 000 Ft / hó (gross per month)'), as the figure to parse ('HUF 420000 to HUF 510000 per month (gross per
        month)'); None when it is no such amount (round 14b)."""
        bare = _TAX_LEAD.sub("", normalise_figure(value).strip())
        if figure_start(bare) != 0 and self.local_start(bare) != 0:
            return None  # (a symbol the page's country decides may open it: 'R1 650 to R1 980 a week')
        reading = self.local_symbols(bare)
        if reading == bare and figure_start(bare) == 0:
            # round 25b: '6.800 lei/lună', '56 890 kroner': the currency's word after the amount (generic_pay_words.tsv
            # 'after:'), the value nothing but the amount and its period
            found = written_figures(bare, "\n".join(getattr(self, "page_lines", []) or []))
            if len(found) == 1 and found[0][0] == 0:
                rest = bare[found[0][1]:].strip()
                if not rest or _foreign_period(rest.lstrip("/ ")) or _PERIOD_TAIL.match(rest) or rest.startswith("/"):
                    return f"{found[0][3]} {rest.replace('/', ' /')}".strip()
        return reading if reading != bare and _has_currency(reading) else None

    def spaced_table(self, lines: list[Line], index: int, block: Block) -> set[int]:
        """Round 17b: a table lined up by runs of spaces with three columns or more ('Step           Start          After
        1 year     After 3 years' / 'Greenkeeper    512.000 kr.    526.000 kr.      541.000 kr.' / 'Head of Course 598.000
        kr. …'): a header of no amounts over two rows or more of a label and as many amounts as the header has columns
        after its first (a label run into its first amount by one space is split there). Each row is read as a '|'
        table's row. Returns the lines read (none: not such a table)."""
        text = lines[index].text.strip()
        if "\t" in text or "|" in text:
            return set()
        heads = [c.strip() for c in re.split(r"\s{3,}", text)]
        if len(heads) == 2:
            return self.spaced_pair_table(lines, index, heads, block)
        if len(heads) < 3 or _has_currency(text) or any(figure_start(h) == 0 for h in heads):
            return set()
        # round 25b: 'Nível   Cargo (trilha IC)   Faixa salarial mensal (CLT)' over 'PM1   Product Manager Júnior   R$ 7.000 –
        # R$ 9.500': a column of words (the level's title) between the label and the pay column, whose head names no pay
        worded = {k for k, h in enumerate(heads) if 0 < k < len(heads) - 1 and not pay_head(h)}
        def cells_of(row: str) -> list[str] | None:
            cells = [c.strip() for c in re.split(r"\s{2,}", row)]
            start = figure_start(cells[0])
            if start and (len(cells) == len(heads) - 1 or not worded):
                cells = [cells[0][:start].strip(), cells[0][start:].strip()] + cells[1:]
            if len(cells) != len(heads) or not cells[0] or figure_start(cells[0]) is not None and not worded \
                    or not all(figure_start(c) == 0 or k in worded and figure_start(c) is None
                               for k, c in enumerate(cells[1:], 1)):
                return None
            return cells

        rows = _aligned_rows(lines, index, cells_of)
        if len(rows) < 2:
            return set()
        words = {k for k in worded if all(figure_start(cells[k]) is None for _, cells in rows)}
        if words and (words != {k for k in worded if any(figure_start(cells[k]) is None for _, cells in rows)}
                      or not all(_has_currency(self.local_symbols(cells[-1])) for _, cells in rows)):
            return set()  # a column of words only where every row has words; the pay column writes its currency
        for ln, cells in rows:
            self.salary_row(heads, cells, ln.text.strip(), ln.number, block)
        return {index} | {index + 1 + k for k in range(len(rows))}

    def spaced_pair_table(self, lines: list[Line], index: int, heads: list[str], block: Block) -> set[int]:
        """Round 24c: a two-column table lined up by spaces whose second head names pay and its currency ('Hotel
        category          Monthly gross pay (KSh)') over two rows or more of a label and bare amounts ('4-star business
        hotel        120,000 - 150,000'; a label run into its amounts by one space is split before them): each row
        read as a '|' table's row. Returns the lines read (none: not such a table)."""
        # (round 27c: a head naming pay in the page's language, 'Зарплата, ₽/мес.', its unit after a comma)
        bare_heads = [_TRAILING_UNIT.sub("", _UNIT.sub("", h)) if _column_unit(h)[0] else _UNIT.sub("", h) for h in heads]
        if figure_start(bare_heads[1]) is not None or not (
                _SALARY_WORD.search(heads[1]) or _RATE.search(heads[1])
                or _pay_words().get("pay") is not None and _pay_words()["pay"].search(bare_heads[1])) \
                or not _column_unit(heads[1])[0] or _has_currency(" ".join(bare_heads)):
            return set()
        def cells_of(row: str) -> list[str] | None:
            split = _PAIR_ROW.fullmatch(row)
            if split is None or not re.search(r"[^\W\d_]", split["label"]):
                return None
            return [split["label"].strip(), split["amount"].strip()]

        rows = _aligned_rows(lines, index, cells_of)
        if len(rows) < 2:
            return set()
        for ln, cells in rows:
            self.salary_row(heads, cells, ln.text.strip(), ln.number, block)
        return {index} | {index + 1 + k for k in range(len(rows))}

    def spaced_pay_row(self, text: str) -> bool:
        """'PSIRA Grade C      R7 850', 'Supervisor         R11 400 – R13 200': a row of a table lined up by spaces, a
        label and one amount or band (with its currency, or a symbol the page's country decides) as its last cell."""
        cells = [c.strip() for c in re.split(r"\s{3,}", text.strip())]
        if len(cells) != 2 or is_bullet(text) or "|" in text or "\t" in text or figure_start(cells[0]) == 0:
            return False
        amount = normalise_figure(self.local_symbols(cells[1]))
        return figure_start(amount) == 0 and _has_currency(amount) and not parse_salary("", amount)["warning"]

    def local_start(self, text: str) -> int | None:
        """Where the first amount written with a 'before:' symbol starts ('R18 500' in 'T2 Technician   R18 500'),
        when the page decides that symbol's currency; else None."""
        if _has_currency(text):
            return None
        for side, currency, pattern in _written_markers():
            if side != "before":
                continue
            found = re.search(rf"(?<![^\W\d_])(?:{pattern.pattern})\s?(?=\d)", text)
            if found and self.local_symbols(text[found.start():]) != text[found.start():]:
                return found.start()
        return None

    def local_symbols(self, figure: str) -> str:
        """'R18 500 – R24 000', 'KSh 34,955': a symbol of the 'before:' kind of generic_pay_words.tsv written before an
        amount, read as its currency code (a symbol several countries write only as the page's country evidence decides:
        the rand on a South African page); otherwise the figure as written (round 12a)."""
        if figure_start(figure) is None or _has_currency(figure):
            return figure
        page = "\n".join(getattr(self, "page_lines", []) or [])
        written = written_figures(figure, page)
        if written and written[0][0] == 0 and "after" in {side for side, *_ in _written_markers()}:
            start, end, _, parse_as = written[0]  # '8K–15K 元/月': the currency written after the amount
            rest = figure[end:]
            period = _PERIOD_TAIL.match(rest) if " per " in parse_as else None
            rest = rest[period.end():] if period else rest  # the period is in the reading; words after it stay
            return f"{parse_as} {rest.lstrip()}".rstrip()
        from pipeline.parse.generic.guard import local_currency
        codes = {c.upper() for c in _currency_codes()}
        for side, currency, pattern in _written_markers():
            if side != "before":
                continue
            marked = re.compile(rf"(?<![^\W\d_])(?:{pattern.pattern})\s?(?=\d)")
            if not marked.search(figure):
                continue
            code = currency if currency in codes else local_currency("\n".join(getattr(self, "page_lines", []) or []),
                                                                     currency)
            if code:
                return marked.sub(f"{code} ", figure)
        return figure

    def role_group(self, label: str) -> bool:
        """'Fresher instructors', 'Our graduate engineers', 'Experienced broadcast engineers' on the page of a Yoga
        Instructor or a Broadcast Engineer: a group of people doing the role, named by the role's own head noun (in the
        plural or not) with only lower-case words, level words or the role's own words before it."""
        role_words = [w.casefold() for w in re.findall(r"[^\W\d_]+", self.role)]
        if not role_words:
            return False
        head = role_words[-1]
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", label)  # (round 14b: 'Full-time' one word, as the group lists it)
        for index, word in enumerate(words):
            if word.casefold() in (head, f"{head}s", f"{head}es") or singular_title(word).casefold() == head:
                before = words[:index]
                group = _pay_words().get("group")
                # (round 25b: a compound adjective, 'English-only agents', 'German-speaking agents': a group by language)
                return all(w.islower() or w.casefold() in role_words or salary_level(w) != "other"
                           or re.fullmatch(r"[^\W\d_]+-(?:only|speaking|based)", w) is not None
                           or w.casefold() in ("our", "the", "a", "an", "most", "many", "new")
                           or group is not None and group.fullmatch(w)
                           or re.search(rf"(?<![^\W\d_]){re.escape(w)}\d", label) is not None for w in before)
        return False

    def other_occupation(self, label: str) -> bool:
        """A wage-table row of another occupation or group of them ('Computer occupations', 'Web Developers'): a
        label naming occupations, or a role of two words or more that is not this role (one word, 'Associate',
        is a level)."""
        bare = re.sub(r"\([^()]*\)", " ", label).strip()
        if _TRAINING_STAGE.fullmatch(bare):
            return False  # round 17b: '1st period apprentice', 'Second-year trainee': a stage of the trade's training
        if not bare or _names_role(bare, self.role) or salary_level(bare) != "other":
            return False  # the role itself, or one of its levels ('Associate', 'Senior')
        head, of, _ = bare.partition(" of ")
        if of and head.strip() and not has_role_noun(head) and not _OTHER_GROUP.search(bare):
            return False  # round 20c: 'Offices of physicians', 'Offices of dentists' (sets 30 n01, 31 o09): a workplace
            # named by the people working in it, an industry row of the role's own pay
        return bool(_OTHER_GROUP.search(bare)) or (has_role_noun(bare) and 2 <= len(bare.split()) <= 8
                                                   and singular_title(bare).lower() != self.role.lower())

    def salary(self, label: str, figure: str, written: str, line: int, block: Block, *, require_clean: bool,
               region: str | None = None, parse_as: str | None = None, level_row: bool = False) -> bool:
        if (self.other_occupation(label) and not level_row and not self.role_group(label)) \
                or _YEAR.fullmatch(figure.strip().rstrip(".")):
            return False  # pay of other occupations ('Total, all occupations'); a year ('May 2024') is no pay
        lead = re.match(r"\s*([^:|\d]{2,40}?)\s*:\s", written)
        if lead and len(lead.group(1).split()) <= 4 and not _names_role(lead.group(1), self.role) \
                and (_link_line(written) or _box_words("related").search(normal_heading(lead.group(1)))):
            # round 27b: 'Also read: Medical Scribe Salary in India (₹2.4 LPA) | …', 'Related: Store Keeper Salary in
            # Nigeria (₦80,000 - ₦150,000) | …', 'Benzer meslekler: Garson maaşı 25.600 TL, …' (sets 54 p54_08, p54_09,
            # 55 p55_05): a line led by a link's or a related-occupations label gives other pages' and roles' pay
            return False
        if not level_row and _compared(written, figure) and not _names_role(label, self.role):
            return False  # round 27b: 'For comparison, Radiation Therapists start at €41,200 and …' (set 55 p55_12)
        glued = re.match(r"([A-Z]{2})(\$\s?\d)", figure.strip())
        if glued and re.search(r"[^\W\d_]{2,},$", label.strip()) and parse_as is None:
            # round 25b: 'San Francisco, CA$148,900' (a page's spans run together): the state code ends the place, the
            # amount is in the page's dollars, not in 'CA$'
            label = f"{label.strip()} {glued.group(1)}"
            figure = figure.strip()[2:]
        if block.kind == "other" and _DECOY_HEADING.search(block.heading or "") and not _names_role(label, self.role):
            # round 24c: 'Similar careers' / '1. Phlebotomist' / 'National average salary: $38,960': pay under a
            # heading of other or related occupations is theirs, unless its label names the role
            return False
        if not re.search(r"\d", label) and (len(re.findall(r"\s\|(?:\s|$)", f"{label} ")) >= 2
                                            or len(re.findall(r"\s[–—]\s", f"{label.strip()} ")) >= 2):
            # round 24c: 'Accounts Clerk (head office) | Bang Na | 16,000 - 20,000', 'Barista – Kopi Senja – Bandung –
            # Rp3.200.000': a label of three fields parted by bars or dashes is a job listing's row (title | employer |
            # place | pay), not a level of the role's pay
            return False
        joined = _between(f"{label} {parse_as or figure}")
        if joined != f"{label} {parse_as or figure}" and joined.startswith(label[:_between_start(label)]) \
                and _between_start(label) is not None:
            # round 20c: 'Salario de referencia: entre' + '$1.700.000 y $2.600.000 mensuales' (sets 28 k09, k13, 29 m08,
            # 30 n08, n12): one band, the word no part of the label
            cut = _between_start(label)
            label, parse_as = label[:cut].rstrip(" :–—-\t"), joined[cut:].strip()
        lower = _from_word(label, self.local_symbols(parse_as or figure))
        if lower is not None:
            # round 20c: 'Główny księgowy: od 12 000 zł', 'Einstiegsgehalt: ab 3.400 €', 'Timelønn: fra 265 kr' (sets 28
            # k06, k12, k21, 30 n05): the word before the amount makes it a lower end only, no part of the label
            label, parse_as = label[:lower].rstrip(" :–—-\t"), f"from {self.local_symbols(parse_as or figure).strip()}"
        upper = _upto_word(label, self.local_symbols(parse_as or figure)) if lower is None else None
        if upper is not None:
            # round 21c: 'Pharmacy Manager: up to EGP 30,000 / month', 'puede ganar hasta $45,000 mensuales' (sets 28
            # k13, 29 m10, 30 n05, 31 o15, o19, o21): the word before the amount makes it an upper end only (min null,
            # max X, as the labels read 'up to / less than X'), no part of the label
            label, parse_as = label[:upper].rstrip(" :–—-\t"), f"up to {self.local_symbols(parse_as or figure).strip()}"
            figure = f"up to {figure.strip()}"
        reading = _dollar_then_code(normalise_figure(self.local_symbols(parse_as or figure)))
        ends = _LEVEL_BAND.match(reading)
        if ends and salary_level(ends["low"]) != "other" and salary_level(ends["high"]) != "other":
            # round 20c: '£28,407 Starter to £43,742 Experienced' on one line (set 28 k01; the band of three lines
            # '£22,000 Starter' / 'to' / '£38,000 Experienced' of set 31 o10 on one): one band, its levels its note
            reading = f"{ends['a']} – {ends['b']} ({ends['low']} to {ends['high']})"
        if _RUPEE.search(reading):
            reading = _LAKH_L.sub(" lakh", reading)  # round 24c: '₹6.5 L/yr': the rupee's 'L' is a lakh
        reading = _TAX_BEFORE_PERIOD.sub(" ", reading)  # 'EGP 9,500 – 11,000 net per month': a month's pay, net
        reading = re.sub(r"(?<=\d)\s+\.$", "", reading)  # round 17b: '512.000 kr.' -> 'ISK 512000 .': the symbol's point
        reading = re.sub(r"(?<=\d)['’](?=\d{3}(?!\d))", "", reading)  # "78'000": a Swiss thousands separator
        if _has_currency(reading):  # '60.250,00 €' is 60250.00 euros; without its currency it stays unread
            reading = _EURO_DECIMALS.sub(lambda m: m.group(1).replace(".", "") + "." + m.group(2), reading)
            reading = _COMMA_CENTS.sub(r"\1.\2", reading)  # '22,60 €': two digits after a comma are cents
        parsed = parse_salary(label, reading)
        extra = _ORDINAL_EXTRA.search(reading)
        if parsed["min_amount"] is None and extra and figure_start(reading) == 0:
            # round 16b: '45 000 – 58 000 Kč gross per month, plus a 13th salary': an ordinal after the pay is no amount;
            # the words after the figure are its note
            parsed = parse_salary(label, reading[:extra.start()])
            if parsed["min_amount"] is not None and not parsed["note"]:
                parsed["note"] = reading[extra.start():].strip(" ,;")
        if (self.hourly or _HOURLY.search(label)) and not _STATED_PERIOD.search(reading):
            hourly = parse_salary(label, f"{reading} per hour")
            if hourly["max_amount"] is not None and hourly["max_amount"] < _HOURLY_CEILING and not hourly["warning"]:
                parsed = hourly  # '$19.00' on a page of hourly pay is $19 an hour ('$32k - $52k' stays yearly)
        # (round 24c: 'Contract day rate' / '€550 – €750': a rate named by its period is pay for that period)
        labelled = _LABEL_PERIOD.search(label) or _LABEL_RATE.search(label) or getattr(self, "section_period", None)
        if labelled and not _STATED_PERIOD.search(reading) and parsed["period"] == "year":
            period = _PERIOD_WORD[next(g for g in labelled.groups() if g).lower()]
            stated = parse_salary(label, f"{reading} per {period}")  # 'Weekly pay' / '£520' is £520 a week
            extra = re.search(r"\d(?=\s*,\s*[^\W\d_])", reading)
            if (stated["min_amount"] is None or stated["warning"]) and extra:
                # round 16b: 'Monthly salary: JOD 520 – 650, plus a night allowance …': the period follows the figure
                stated = parse_salary(label, f"{reading[:extra.end()]} per {period}{reading[extra.end():]}")
            if stated["min_amount"] is not None and not stated["warning"]:
                parsed = stated
        if parsed["note"] and _OR_MORE_WORDS.fullmatch(parsed["note"].strip()) and parsed["min_amount"] is not None \
                and parsed["min_amount"] == parsed["max_amount"]:
            # round 21c: '7,000만 원 이상' (set 29 m18): the word after the amount makes it a floor, open above
            parsed.update(max_amount=None, open_ended=True, note=None)
        warning = parsed.pop("warning")
        stated = _QUALIFIED_PERIOD.match(parsed["note"] or "")
        if stated and parsed["min_amount"] is not None:
            parsed["period"] = _PERIOD_OF[stated.group(1).lower()]  # '€ 3.900 – € 5.400 gross per month'
        note = parsed["note"] or ""
        if not label and note and len(note.split()) <= 3 and note[:1].isupper() and salary_level(note) != "other":
            # '£25,000 Starter': the level written after the figure is its label
            label, parsed["note"], parsed["level"] = note, None, salary_level(note)
            self.level_after.add(line)
        if parsed["min_amount"] is None and parsed["max_amount"] is None:
            return False
        if parsed["currency"] is None and note[:1].islower():
            return False  # '8,412 salary profiles', '1.284 salary reports': a count of things, not pay
        if require_clean and warning and parsed["currency"] is not None:
            return False
        row = {"role": self.role, "label": label or "Salary", **parsed, "text": figure, "region": region}
        self.add("salaries", row, written, line, block.kind, [warning] if warning else [])
        return True
