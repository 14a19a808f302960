"""Generic layout: the reader that turns each section into rows of the fact tables (or page_sections)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.normalize.relations import split_title_list
from pipeline.text.roles import is_abbreviation_of
from pipeline.text.salaries import figure_start, parse_salary, salary_level
from pipeline.parse.guide.sections import Item, split_trailing_parenthetical
from pipeline.parse.generic.vocabulary import (
    _ARROWS, _CAREER_KINDS, _ends_sentence, fact_line, is_bullet, _label_like, _LEADING_ICON, normal_heading,
    _PIPE_SEPARATOR, strip_bullet, _strip_symbols, title_like,
)
from pipeline.parse.generic.title import name_like
from pipeline.parse.generic.vocabulary import has_role_noun, singular_title
from pipeline.parse.generic.items import (
    _band, Block, _cell_label, _cells, _chain, _colon_title, _comma_pieces, _glance_pairs, _has_currency,
    _label_value_line, Line, list_items, _named_paragraphs, _outside_parentheses, _prose_figures, _SALARY_WORD, _short_comma_list,
    _SKILL_COLUMN, split_path_item, split_skill,
)


def _level_after(figure: str) -> bool:
    """'£26,000 Starter': a figure with its level written after it."""
    note = parse_salary("", figure)["note"] or ""
    return bool(note) and len(note.split()) <= 3 and note[:1].isupper() and salary_level(note) != "other"


_NAME_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_QUALIFIED_PERIOD = re.compile(r"(?i)^(?:gross|net|before tax|after tax|pre-tax|base|total|brutto|netto)\s+"
                               r"(?:(?:per|a|an)\s+|/\s*)(year|annum|month|week|day|hour)\b")
_PERIOD_OF = {"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day", "hour": "hour"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_OTHER_GROUP = re.compile(r"(?i)\b(?:occupations|all jobs|all workers|all careers|professions)\b")


def _alias_names(text: str) -> list[str]:
    """'A · B · C' (a middle dot, bullet or bar between names) or 'A, B and C'."""
    if _NAME_SEPARATOR.search(text):
        return [n.strip().rstrip(".") for n in _NAME_SEPARATOR.split(text) if n.strip()]
    return split_title_list(text)


def _names_role(label: str, role: str) -> bool:
    """Whether a salary label names the role itself ('Information security analysts', 'Senior Penetration Tester',
    'The median wage for information security analysts')."""
    name = normal_heading(role)
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?:s|es)?(?!\w)", normal_heading(label)) is not None


@dataclass
class Reader:
    role: str
    items: list[Item] = field(default_factory=list)
    dangling: int | None = None  # line of a label left without its value (a glance label, a salary level)
    open_band: int | None = None  # line of a salary section's last figure with its level after it ('£X Starter')
    level_after: set[int] = field(default_factory=set)  # lines of figures whose level is written after them
    from_prose: set[int] = field(default_factory=set)  # ids of salary items read out of a sentence

    def finish(self) -> None:
        """An amount stated again for the role (a sentence restating the glance box's median, the wage table's
        row for the role itself) is one salary, stored once: the restatement stays text only."""
        seen: set[tuple] = set()
        kept = []
        for item in self.items:
            if item.table == "salaries":
                row = item.row
                key = (row["min_amount"], row["max_amount"], row["currency"], row["period"])
                again = key in seen and (id(item) in self.from_prose or _names_role(row["label"], self.role))
                seen.add(key)
                if again:
                    continue  # its line is kept in page_sections already (prose) or is the same figure
            kept.append(item)
        self.items = kept

    def add(self, table: str, row: dict, text: str, line: int, section: str, warnings=()) -> None:
        self.items.append(Item(table, row, text, line, section, list(warnings)))

    def keep(self, block: Block, text: str, line: int, section: str | None = None) -> None:
        if not text.strip():
            return  # a bare bullet or separator: nothing to keep
        name = section or block.heading or block.kind
        self.add("page_sections", {"section": name, "text": text}, text, line, "page_sections")

    def keep_all(self, block: Block, pairs) -> None:
        for text, line in pairs:
            self.keep(block, text, line)

    def keep_or_fact(self, block: Block, text: str, line: int, section: str | None = None) -> None:
        """A line outside a list: an at-a-glance fact when it is 'Label: value' with a known fact label
        (pipeline/reference/fact_labels.tsv), else page text."""
        found = fact_line(text)
        if found:
            self.fact(found[0], found[1], text, line, block)
            return
        label, sep, value = _LEADING_ICON.sub("", _strip_symbols(text).strip()).partition(":")
        if sep and _label_like(label) and _SALARY_WORD.search(label) and figure_start(value.strip()) == 0 \
                and _has_currency(value) and self.salary(label.strip(" *_"), value.strip(" *_"), text, line, block,
                                                        require_clean=True):
            return  # 'Average salary: $72,000' outside a salary section is the role's pay all the same
        self.keep(block, text, line, section)

    def read(self, block: Block) -> None:
        reader = {
            "responsibilities": self.read_responsibilities, "skills": self.read_skills,
            "skill_group": self.read_skills, "skill_gaps": self.read_skills, "career": self.read_career,
            "career_from": self.read_career, "career_to": self.read_career, "career_lateral": self.read_career,
            "career_level": self.read_career_level, "salary": self.read_salary, "aliases": self.read_aliases,
            "facts": self.read_facts,
        }.get(block.kind)
        start = len(self.items)
        self.read_block(reader, block)
        # in line order, so that the item a capture ends on is the last one (pairs and bands are read first)
        self.items[start:] = sorted(self.items[start:], key=lambda item: item.line)

    def read_block(self, reader, block: Block) -> None:
        if reader:
            reader(block)
        else:
            section = block.heading or ("intro" if block.kind == "intro" else None)
            for line in self.read_pairs(block, block.lines):
                text = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
                if block.kind == "intro" and self.lone_figure(text, line.number, block):
                    continue
                if text and not is_bullet(line.text):
                    self.keep_or_fact(block, text, line.number, section)
                elif text:
                    self.keep(block, text, line.number, section)

    def lone_figure(self, text: str, line: int, block: Block) -> bool:
        """A line of a role page's head that is nothing but a salary figure ('💰 $68,000 - $94,000') is the role's
        pay; the page gives it no level (label 'Salary'). Any word beside the figure makes it text."""
        text = _LEADING_ICON.sub("", _strip_symbols(text).strip()).strip()
        if figure_start(text) != 0 or not _has_currency(text):
            return False
        parsed = parse_salary("", text)
        if parsed["warning"] or parsed["note"] or parsed["currency"] is None or parsed["min_amount"] is None:
            return False
        return self.salary("", text, text, line, block, require_clean=True)

    # responsibilities ----------------------------------------------------------------------------
    def read_responsibilities(self, block: Block) -> None:
        items, others = list_items(block)
        for text, line in others:
            self.keep_or_fact(block, text, line)
        for text, line in items:
            self.add("responsibilities", {"role": self.role, "text": text}, text, line, block.kind)

    # skills --------------------------------------------------------------------------------------
    def read_skills(self, block: Block) -> None:
        kind = "gap" if block.kind == "skill_gaps" else "required"
        group = block.heading if block.kind == "skill_group" else None
        if block.inline:
            pieces = [p.strip() for p in _outside_parentheses(block.inline) if p.strip()]
            if pieces and all(len(p.split()) <= 5 and not _ends_sentence(p) for p in pieces):
                for piece in pieces:
                    self.skill(piece, block.line, kind, group, block)
            else:
                self.keep(block, block.inline, block.line)
        items, others = list_items(block)
        if not items:
            # 'Python, SQL, Tableau, Excel': one line of short comma-separated names is a list too
            commas = [(t, n) for t, n in others if _short_comma_list(t)]
            others = [(t, n) for t, n in others if (t, n) not in commas]
            items = [(piece, n) for t, n in commas for piece in _comma_pieces(t)]
        if not items:
            named = _named_paragraphs(others)
            if named:
                # 'Attention to detail' / 'Technicians check every label.': a skill named over its explanation
                for (name, n), (detail, _) in named:
                    written = f"{name}\n{detail}"  # as written, so a cut explanation is caught as the cut item
                    row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": written,
                           "skill_group": group}
                    self.add("role_skills", row, written, n, block.kind)
                used = {p for pair in named for p in pair}
                others = [p for p in others if p not in used]
        table = [(t, n) for t, n in others if t.startswith("|")]
        others = [(t, n) for t, n in others if not t.startswith("|")]
        for text, line in others:
            self.keep_or_fact(block, text, line)
        for text, line in items:
            self.skill(text, line, kind, group, block)
        self.skill_table(block, table, kind, group)

    def skill_table(self, block: Block, rows: list[tuple[str, int]], kind: str, group: str | None) -> None:
        """'| Skill | Why it matters |' tables: the first column names the skill, the second is its detail. Only a
        table whose header names skills is read; a row the capture cut (no closing '|') is kept as text."""
        header: list[str] | None = None
        for index, (text, line) in enumerate(rows):
            if _PIPE_SEPARATOR.match(text):
                continue
            cells = _cells(text)
            following = rows[index + 1][0] if index + 1 < len(rows) else ""
            if header is None or _PIPE_SEPARATOR.match(following):  # a row over a '|---|' row heads a table
                header = cells
                self.keep(block, text, line)  # the header row is page text
                continue
            name = cells[0].strip(" *_`") if cells else ""
            whole = text.rstrip().endswith("|") and len(cells) == len(header)
            if whole and _SKILL_COLUMN.fullmatch(normal_heading(header[0])) and name and len(name.split()) <= 5 \
                    and not _ends_sentence(name) and figure_start(name) is None:
                detail = cells[1].strip() or None if len(cells) == 2 else None
                row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
                       "skill_group": group}
                self.add("role_skills", row, text, line, block.kind)
            else:
                self.keep(block, text, line)

    def skill(self, text: str, line: int, kind: str, group: str | None, block: Block) -> None:
        head, sep, rest = text.partition(":")
        pieces = _comma_pieces(rest) if sep else []
        if len(head.split()) <= 3 and len(pieces) >= 2 and all(
                len(p.split()) <= 4 and p[:1].isupper() and not _ends_sentence(p) and ":" not in p for p in pieces):
            # 'Languages: Python, SQL' names a group of skills, not a skill 'Languages'
            for piece in pieces:
                self.skill(piece, line, kind, head.strip(" *_"), block)
            return
        name, detail = split_skill(text)
        if not name:
            self.keep(block, text, line)
            return
        row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text,
               "skill_group": group}
        self.add("role_skills", row, text, line, block.kind)

    # career --------------------------------------------------------------------------------------
    def read_career(self, block: Block) -> None:
        kind = _CAREER_KINDS.get(block.kind, "step")
        if block.inline:
            self.paths(block, block.inline, block.line, kind)
        items, others = list_items(block)
        # a ladder written as one arrow chain, or (in a progression section) as 'Title: explanation' lines
        ladder = [(t, n) for t, n in others if _chain(t) or (kind == "step" and not items and _colon_title(t))]
        items = sorted(items + ladder, key=lambda p: p[1])
        others = [(t, n) for t, n in others if (t, n) not in ladder]
        self.keep_all(block, others)
        for text, line in items:
            self.paths(block, text, line, kind)

    def read_career_level(self, block: Block) -> None:
        items, others = list_items(block)
        if not items:
            items = [(t, n) for t, n in others if _colon_title(t) or title_like(t)]
            others = [(t, n) for t, n in others if (t, n) not in items]
        self.keep_all(block, others)
        for text, line in items:
            self.paths(block, text, line, "step")

    def paths(self, block: Block, text: str, line: int, kind: str) -> None:
        if _chain(text):  # 'Junior Analyst → Analyst → Senior Analyst' is a ladder whatever its section
            for title in _ARROWS.split(text):
                title = title.strip().rstrip(".")
                self.add("career_paths", {"role": self.role, "kind": "step", "target_title": title, "note": None},
                         title, line, block.kind)
            return
        found = split_path_item(text)
        if not found:
            self.keep(block, text, line)
            return
        for title, note in found:
            row = {"role": self.role, "kind": kind, "target_title": title, "note": note}
            self.add("career_paths", row, text, line, block.kind)

    # aliases -------------------------------------------------------------------------------------
    def read_aliases(self, block: Block) -> None:
        if block.inline:
            names = _alias_names(block.inline)
            if names and all(name_like(n) for n in names):
                for name in names:
                    self.add("role_aliases", {"role": self.role, "alias": name, "note": None}, name, block.line,
                             block.kind)
            else:
                self.keep(block, block.inline, block.line)
        items, others = list_items(block)
        self.keep_all(block, others)
        for text, line in items:
            alias, note = text.rstrip(",;"), None
            name, paren = split_trailing_parenthetical(alias)
            if paren is not None and not is_abbreviation_of(paren, name) and name_like(name):
                alias, note = name, paren  # 'BI Developer (common in banks)': the note is not part of the title
            if name_like(alias):
                self.add("role_aliases", {"role": self.role, "alias": alias, "note": note}, text, line, block.kind)
            else:
                self.keep(block, text, line)

    # at a glance ---------------------------------------------------------------------------------
    def read_facts(self, block: Block) -> None:
        lines = [ln for ln in block.lines]
        i = 0
        while i < len(lines):
            text = strip_bullet(lines[i].text) if is_bullet(lines[i].text) else lines[i].text.strip()
            label, sep, value = text.partition(":")
            tabbed = [c.strip() for c in text.split("\t")]
            if "\t" in text and len(tabbed) == 2 and all(tabbed) and _cell_label(tabbed[0]):
                self.fact(tabbed[0], tabbed[1], text, lines[i].number, block)  # 'Number of Jobs, 2024<TAB>179,400'
                i += 1
            elif sep and value.strip() and _label_like(label):
                self.fact(label.strip(), value.strip(), text, lines[i].number, block)
                i += 1
            elif text.startswith("|"):
                cells = _cells(text)
                if cells and len(cells) == 2 and not _PIPE_SEPARATOR.match(text) and _cell_label(cells[0]) \
                        and text.rstrip().endswith("|") and cells[0] != cells[1] and cells[1]:
                    self.fact(cells[0], cells[1], text, lines[i].number, block)
                elif not _PIPE_SEPARATOR.match(text):
                    self.keep(block, text, lines[i].number)
                i += 1
            elif _label_like(text.rstrip(":")) and i + 1 < len(lines) and not is_bullet(lines[i + 1].text) \
                    and not _label_value_line(lines[i + 1].text):
                value = lines[i + 1].text.strip()
                self.fact(text.rstrip(":").strip(), value, value, lines[i + 1].number, block)
                i += 2
            else:
                if i == len(lines) - 1 and _label_like(text.rstrip(":")):
                    self.dangling = lines[i].number  # a label whose value the capture may have cut off
                self.keep(block, text, lines[i].number)
                i += 1

    def fact(self, label: str, value: str, written: str, line: int, block: Block) -> None:
        self.add("role_facts", {"role": self.role, "label": label, "value": value}, written, line, block.kind)
        if _SALARY_WORD.search(label) and _has_currency(value):
            self.salary(label, value, written, line, block, require_clean=True)

    # salaries ------------------------------------------------------------------------------------
    def read_salary(self, block: Block) -> None:
        lines = self.read_pairs(block, block.lines)
        header: list[str] | None = None
        pending: tuple[str, int] | None = None
        skip: set[int] = set()
        for index, ln in enumerate(lines):
            if index in skip:
                continue
            text = strip_bullet(ln.text) if is_bullet(ln.text) else ln.text.strip()
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
                    header = cells
                    continue
                self.salary_row(header, cells, text, ln.number, block)
                continue
            header = None
            start = figure_start(text)
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
            if not label and following is not None and figure_start(following) != 0 \
                    and _level_after(text[start:].strip()):
                # '£26,000 Starter' followed by neither a figure nor 'to' (a band cut inside its 'to'): text only
                self.keep(block, text, ln.number)
                continue
            if len(label.split()) <= 6 and self.salary(label, text[start:].strip(), text, ln.number, block,
                                                       require_clean=True):
                continue
            self.prose_salaries(text, ln.number, block)
        last = lines[-1] if lines else None
        if last is not None and last.number in self.level_after \
                and any(i.table == "salaries" and i.line == last.number for i in self.items):
            self.open_band = last.number  # '£26,000 Starter' may be the first end of a band the capture cut
        if pending is not None:
            self.dangling = pending[1]  # 'Senior Level' with no figure after it
            self.keep(block, pending[0], pending[1])

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

    def read_pairs(self, block: Block, lines: list[Line]) -> list[Line]:
        """Label-line/value-line pairs of an at-a-glance box written without a box ('Typical hours (a week)' /
        '37 to 40 a week') become facts; the other lines are returned."""
        pairs = _glance_pairs([ln.text.strip() for ln in lines])
        rest = []
        values = set(pairs.values())
        for index, ln in enumerate(lines):
            if index in pairs:
                value = lines[pairs[index]]
                self.fact(ln.text.strip().rstrip(":").strip(), value.text.strip(), value.text.strip(), value.number,
                          block)
            elif index not in values:
                rest.append(ln)
        return rest

    def salary_row(self, header: list[str], cells: list[str], text: str, line: int, block: Block) -> None:
        """A salary table row read cell by cell: levels down the first column and regions across the header,
        or (transposed) levels across the header and regions down the first column."""
        if len(cells) != len(header) or len(cells) < 2:
            self.keep(block, text, line)
            return
        levels_across = all(salary_level(h) != "other" for h in header[1:]) and salary_level(cells[0]) == "other"
        stored = False
        for column, cell in zip(header[1:], cells[1:]):
            if not cell or figure_start(cell) is None:
                continue
            label, region = (column, cells[0]) if levels_across else (cells[0], column)
            if _SALARY_WORD.search(region or ""):
                region = None  # '| Level | Salary |': the column names the figure, not a region
            stored |= self.salary(label, cell, cell, line, block, require_clean=True, region=region or None)
        if not stored:
            self.keep(block, text, line)

    def prose_salaries(self, text: str, line: int, block: Block) -> None:
        """Each currency amount of a sentence with the clause before it as its label; the sentence itself is
        kept as text too (its words beyond the figures are no fact), so a cut sentence takes its amounts along."""
        for label, figure, parse_as in _prose_figures(text):
            if self.salary(label, figure, text, line, block, require_clean=True, parse_as=parse_as):
                self.from_prose.add(id(self.items[-1]))
        self.keep(block, text, line)

    def other_occupation(self, label: str) -> bool:
        """A wage-table row of another occupation or group of them ('Computer occupations', 'Web Developers'): a
        label naming occupations, or a role of two words or more that is not this role (one word, 'Associate',
        is a level)."""
        bare = re.sub(r"\([^()]*\)", " ", label).strip()
        if not bare or _names_role(bare, self.role) or salary_level(bare) != "other":
            return False  # the role itself, or one of its levels ('Associate', 'Senior')
        return bool(_OTHER_GROUP.search(bare)) or (has_role_noun(bare) and 2 <= len(bare.split()) <= 8
                                                   and singular_title(bare).lower() != self.role.lower())

    def salary(self, label: str, figure: str, written: str, line: int, block: Block, *, require_clean: bool,
               region: str | None = None, parse_as: str | None = None) -> bool:
        if self.other_occupation(label) or _YEAR.fullmatch(figure.strip()):
            return False  # pay of other occupations ('Total, all occupations'); a year ('May 2024') is no pay
        parsed = parse_salary(label, parse_as or figure)
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
        if require_clean and warning and parsed["currency"] is not None:
            return False
        row = {"role": self.role, "label": label or "Salary", **parsed, "text": figure, "region": region}
        self.add("salaries", row, written, line, block.kind, [warning] if warning else [])
        return True
