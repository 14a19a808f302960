"""Shared text helper: read a salary figure as written ('US$95k–$125k (note)') into level, amounts, currency, period.

A figure that cannot be read gives null amounts and a warning, never a guessed number.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from pipeline import reference

# Below this a yearly figure is more likely a misread (missing 'k', hourly rate) than a salary.
_MIN_PLAUSIBLE = {"year": 1000, "month": 100, "week": 50, "day": 10, "hour": 1}

_MULTIPLIERS = {"k": 1000, "thousand": 1000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
                # Indian notation: a lakh is 100,000, a crore 10,000,000; 'LPA' is lakhs per annum ('₹4.5 - 7 LPA')
                "lpa": 100_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
                "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000}
_PERIOD_WORDS = {
    "year": "year", "yr": "year", "annum": "year", "annual": "year", "annually": "year", "yearly": "year",
    "month": "month", "mo": "month", "monthly": "month",
    "week": "week", "wk": "week", "weekly": "week",
    "day": "day", "daily": "day",
    "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour",
}
# thousands grouped by commas or thin spaces, Indian lakh grouping ('12,00,000'), dots ('60.000', read
# as thousands since no salary has three decimals), or a plain/decimal number
_NUMBER = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+(?:\.\d+)?"
)
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_MULT = r"(?:thousand|million|mn|MM|LPA|lpa|[Ll]akhs?|[Ll]acs?|[Cc]rores?|Cr|k|K|M|m)(?![^\W\d_])"  # round 19b: no letter after it ('28 500 Kč' is koruna, no thousands)
_DASHES = r"–|—|‒|−|-|to"
_PERIOD = (
    r"(?:/\s*|per\s+|an?\s+)(?:year|yr|annum|month|mo|week|wk|day|hour|hr|h)\b\.?"
    r"|annually|yearly|annual|monthly|weekly|daily|hourly"
)
_TRAILING_NOTE = re.compile(r"^(?P<figure>[^()]*?)\s*\((?P<note>.*)\)\s*$", re.S)


@cache
def _currency_markers() -> dict[str, str]:
    return {row["marker"]: row["code"] for row in reference.rows("currencies")}


@cache
def _level_words() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(rf"(?<![A-Za-z]){re.escape(row['word'])}(?![A-Za-z])", re.I), row["level"])
            for row in reference.rows("salary_levels")]


@cache
def _figure_pattern() -> re.Pattern:
    markers = sorted(_currency_markers(), key=len, reverse=True)
    cur = "|".join(re.escape(m) for m in markers)
    amount = lambda x: (  # noqa: E731 - one amount, named groups suffixed by x
        rf"(?P<cur_{x}>{cur})?\s*(?P<num_{x}>{_NUMBER})\s*(?P<mult_{x}>{_MULT})?\s*(?P<cur_{x}2>(?:{cur})(?![A-Za-z]))?"
    )
    return re.compile(
        rf"^\s*(?P<bound>(?i:up\s+to|under|less\s+than|from|over|more\s+than|at\s+least))?\s*"
        rf"{amount('a')}(?:\s*(?:{_DASHES})\s*{amount('b')})?"
        rf"\s*(?P<plus>\+)?\s*,?\s*(?P<period>{_PERIOD})?\s*(?P<cur_c>(?:{cur})(?![A-Za-z]))?\s*(?P<plus2>\+)?"
        rf"(?P<rest>.*)$",
        re.S,
    )


def salary_level(label: str) -> str:
    """'Entry Level' -> entry, 'Mid-Level' -> mid, 'Senior Director' -> executive, unknown -> other."""
    for pattern, level in _level_words():
        if pattern.search(label):
            return level
    return "other"


def _amount(number: str, mult: str | None) -> int | None:
    if _DOT_THOUSANDS.match(number) and not mult:
        number = number.replace(".", "")  # '60.000' is sixty thousand; '1.5k' keeps its decimal
    try:
        value = Decimal(re.sub(r"[,\u00a0\u202f]", "", number))
    except InvalidOperation:
        return None
    if mult:
        value *= _MULTIPLIERS[mult.lower()] if mult != "M" else 1_000_000
    return int(value.to_integral_value())


def period_of(word: str | None) -> str:
    """The period a written period word names ('per annum', '/ mo', 'hourly' -> 'year', 'month', 'hour'); a year
    when none."""
    if not word:
        return "year"
    key = re.sub(r"^(?:/\s*|per\s+|an?\s+)", "", word.strip().rstrip(".")).lower()
    return _PERIOD_WORDS.get(key, "year")


def _empty(label: str, note: str | None, warning: str | None) -> dict:
    return {
        "level": salary_level(label), "min_amount": None, "max_amount": None, "open_ended": False,
        "currency": None, "period": "year", "note": note, "warning": warning,
    }


def _split_note(text: str) -> tuple[str, str | None]:
    match = _TRAILING_NOTE.match(text)
    if match:
        return match.group("figure"), match.group("note").strip() or None
    return text, None


def parse_salary(label: str, text: str) -> dict:
    """Read one salary line. Keys: level, min_amount, max_amount, open_ended, currency, period, note, warning."""
    figure, note = _split_note(text.strip())
    match = _figure_pattern().match(figure)
    if not match:
        return _empty(label, note, f"Salary figure {text!r} could not be read.")
    g = match.groupdict()
    rest = g["rest"].strip(" ,;:-–—")
    if (g["plus"] or g["plus2"]) and rest[:1].isalpha():
        # '$85,000–$110,000 + bonus' is plus a bonus, not an open upper end: keep the words as the note
        rest = figure[match.start("plus") if g["plus"] else match.start("plus2"):].strip()
        g["plus"] = g["plus2"] = None
    open_ended = bool(g["plus"] or g["plus2"]) or bool(re.match(r"(?:or\s+more|and\s+(?:above|up))\b", rest, re.I))
    if open_ended and rest and not (g["plus"] or g["plus2"]):
        rest = re.sub(r"^(?:or\s+more|and\s+(?:above|up))\b\s*", "", rest, flags=re.I).strip(" ,;:-–—")
    if rest and re.search(r"\d", rest):
        return _empty(label, note, f"Salary figure {text!r} has unread figures after {figure[: match.start('rest')].strip()!r}.")
    if rest:
        note = f"{rest} ({note})" if note else rest

    low = _amount(g["num_a"], g["mult_a"])
    high = _amount(g["num_b"], g["mult_b"]) if g["num_b"] else None
    if high is not None and not g["mult_a"] and g["mult_b"] and _amount(g["num_a"], None) < _amount(g["num_b"], None):
        low = _amount(g["num_a"], g["mult_b"])  # '95–125k': the multiplier covers both ends

    bound = (g["bound"] or "").lower().split()
    if bound and bound[0] in ("up", "under", "less"):
        low, high = None, low
    elif bound:
        open_ended = True
    if high is None and not open_ended and low is not None:
        high = low  # a single figure
    codes = {_currency_markers()[c] for c in (g["cur_a"], g["cur_a2"], g["cur_b"], g["cur_b2"], g["cur_c"]) if c}
    if len(codes) > 1:
        return _empty(label, note, f"Salary figure {text!r} mixes currencies.")
    result = {
        "level": salary_level(label), "min_amount": low, "max_amount": high, "open_ended": open_ended,
        "currency": codes.pop() if codes else None, "period": period_of(g["period"]), "note": note, "warning": None,
    }
    problem = _implausible(result)
    if problem:
        return _empty(label, note, f"Salary figure {text!r}: {problem}")
    if result["currency"] is None:
        result["warning"] = f"Salary figure {text!r} names no currency."
    return result


def _implausible(result: dict) -> str | None:
    low, high = result["min_amount"], result["max_amount"]
    if low is not None and high is not None and low > high:
        return "its lower bound is above its upper bound."
    floor = _MIN_PLAUSIBLE[result["period"]]
    if any(v is not None and v < floor for v in (low, high)):
        return f"an amount below {floor} a {result['period']} is more likely a misread than a salary."
    return None


@cache
def _marked_figure() -> re.Pattern:
    markers = "|".join(re.escape(m) for m in sorted(_currency_markers(), key=len, reverse=True))
    return re.compile(rf"(?:{markers})\s?\d")


# What figure_start's scan looks at when every digit of the text is an ASCII one: brackets and digits (no other
# character moves the depth or starts a figure).
_FIGURE_EVENTS = re.compile(r"[()0-9]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def figure_start(text: str) -> int | None:
    """Index where a salary figure starts in 'Entry LevelUS$95k…' (a currency marker before a digit,
    else the first digit outside brackets); None when the text holds no figure."""
    marked = _marked_figure().search(text)
    if text.isascii() or not any(c.isdigit() for c in _NON_ASCII.findall(text)):
        # the scan below, run over the brackets and digits alone (before the marker, which wins where it starts)
        depth = 0
        for event in _FIGURE_EVENTS.finditer(text, 0, marked.start() if marked else len(text)):
            char = event.group()
            if char == "(":
                depth += 1
            elif char == ")":
                if depth:
                    depth -= 1
            elif not depth:
                return event.start()
        return marked.start() if marked else None
    depth = 0
    for i, char in enumerate(text):
        if marked and i == marked.start():
            return i
        depth += (char == "(") - (char == ")" and depth > 0)
        if char.isdigit() and depth == 0:
            return i
    return None
