"""Schema registry: every warehouse table and column, declared once.

Parquet schemas, the ``COMMENT ON`` statements in ``roles.duckdb``,
``docs/data_dictionary.md`` and the key checks are all generated from here.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from pipeline.parse import page_layouts

STRING = pa.string()
INT = pa.int64()
BOOL = pa.bool_()
FLOAT = pa.float64()
TIMESTAMP = pa.timestamp("us", tz="UTC")
STRING_LIST = pa.list_(pa.string())

_DUCKDB_TYPES = {
    STRING: "VARCHAR",
    INT: "BIGINT",
    BOOL: "BOOLEAN",
    FLOAT: "DOUBLE",
    TIMESTAMP: "TIMESTAMP WITH TIME ZONE",
    STRING_LIST: "VARCHAR[]",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True

    @property
    def duckdb_type(self) -> str:
        return _DUCKDB_TYPES[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    grain: str  # "one row per ..."
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    # (column, referenced table, referenced column): checked by sql data tests
    references: tuple[tuple[str, str, str], ...] = ()
    # column -> accepted values
    accepted: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def C(name, type_, description, nullable=True):  # noqa: N802 - reads like a table definition
    return Column(name, type_, description, nullable)


PAGE_ID = C("page_id", STRING, "First 16 hex digits of the SHA-256 of the raw file's bytes.", False)
ROLE_ID = C("role_id", STRING, "Slug of the canonical role name (see roles).", False)
POSITION = C("position", INT, "1-based order of the item as it appears on the page.", False)

PAGE_TYPES = ("comparison", "guide")
_PAGE_LAYOUTS = page_layouts()  # from the parsers' layout registries
LAYOUTS = tuple(dict.fromkeys(layout for page_type in PAGE_TYPES for layout in _PAGE_LAYOUTS[page_type]))
_LAYOUT_PROSE = "; ".join(f"{', '.join(_PAGE_LAYOUTS[page_type])} ({page_type})" for page_type in PAGE_TYPES)
SKILL_KINDS = ("top", "gap", "required")
# from/to/lateral/step: role pages of other sites (generic layout): where people come from, where the role leads,
# lateral moves, and the levels of a career ladder.
PATH_KINDS = ("can_lead_to", "transition", "path_to", "from", "to", "lateral", "step")
SALARY_LEVELS = ("entry", "mid", "senior", "lead", "principal", "executive", "other")
PERIODS = ("year", "month", "week", "day", "hour")
TITLE_SOURCES = ("page", "header")
MATCH_KINDS = ("exact", "abbreviation", "alias")

TABLES: tuple[Table, ...] = (
    Table(
        "pages", "distinct page content",
        "Files with the same bytes share a row (see page_sources for every file).",
        (
            PAGE_ID,
            C("page_type", STRING, "comparison or guide.", False),
            C("layout", STRING, f"Layout the page was captured in: {_LAYOUT_PROSE}. generic is a one-role page of another career site, read by the heading vocabulary of pipeline/reference/generic_headings.tsv (page_type guide, whether captured as text or HTML).", False),
            C("title", STRING, "Page title as written (comparison: 'A vs B vs C'; guide: the role name; generic: the line the role's name was read from, site furniture included); on a comparison without one, the roles its header (or role blocks) names, joined by ' vs '; null otherwise."),
            C("title_source", STRING, "Where the title came from: page (written on the page) or header (derived from the roles the table header or role blocks name); null when there is no title."),
            C("content_sha256", STRING, "Full SHA-256 of the raw bytes.", False),
            C("n_bytes", INT, "Size of the raw file in bytes.", False),
            C("complete", BOOL, "False when the page is cut short or a part of it could not be parsed (see ingest_errors).", False),
            C("warnings", STRING_LIST, "Low-confidence readings that did not make the page incomplete (e.g. an employer split by the fallback rule).", False),
            C("n_roles", INT, "Number of roles stored for the page (comparison: its rows in comparisons, i.e. the header's columns less any set aside for a name that gives no role_id; guide: 1).", False),
            C("text_coverage", FLOAT, "Share (0..1) of the page's non-space characters that landed in some table cell.", False),
            C("parser_version", STRING, "Version of the parser that produced the rows: '<release>+<digest>', the digest of the code and reference data that shape them (a new value on any change).", False),
            C("site", STRING, "Host of the URL the page was captured from (manifest; the first capture by source_path when several hold the content, e.g. 'www.example.com'); null when no capture has a URL."),
        ),
        key=("page_id",),
        accepted=(("page_type", PAGE_TYPES), ("layout", LAYOUTS), ("title_source", TITLE_SOURCES)),
    ),
    Table(
        "page_sources", "raw file",
        "Every raw file that was read, with its provenance. Several files may hold the same content (one page_id).",
        (
            C("source_path", STRING, "Path of the raw file relative to the raw root, '/'-separated.", False),
            C("page_id", STRING, "Page the file's content parsed into; null when the file could not be ingested (see ingest_errors)."),
            C("content_sha256", STRING, "Full SHA-256 of the file's bytes; null when the file was not read (too large, unreadable)."),
            C("url", STRING, "URL the page was captured from (manifest or sidecar); null if unknown."),
            C("final_url", STRING, "URL after redirects, when fetched by `pipeline fetch`; null otherwise."),
            C("fetched_at", TIMESTAMP, "When the page was captured (UTC); null if unknown."),
            C("is_latest", BOOL, "True for the latest capture of its URL (the latest that yielded a page, when one did); always true when the URL is unknown. Views read these.", False),
        ),
        key=("source_path",),
        references=(("page_id", "pages", "page_id"),),
    ),
    Table(
        "roles", "role",
        "Distinct roles across all pages. A trailing parenthetical that abbreviates the words before it is the abbreviation; any other is a qualifier and part of the identity.",
        (
            ROLE_ID,
            C("name", STRING, "Canonical name: without its abbreviation, with its qualifier ('Site Reliability Engineer', 'AIOps Engineer (IT)').", False),
            C("abbreviation", STRING, "Acronym written after the name ('SRE'), null if none seen."),
            C("qualifier", STRING, "Parenthetical that is part of the identity ('IT' in 'AIOps Engineer (IT)'), null if none."),
            C("summary", STRING, "One-line role description (the Primary Role cell or the Role block); most frequent when pages differ."),
        ),
        key=("role_id",),
    ),
    Table(
        "comparisons", "role on a comparison page",
        "Which roles each comparison page compares, in header order.",
        (PAGE_ID, C("position", INT, "Column of the role in the table header (1..N).", False), ROLE_ID),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "dimensions", "cell of a comparison table",
        "Every cell of every comparison table, exactly as written.",
        (
            PAGE_ID, ROLE_ID,
            C("dimension", STRING, "snake_case slug of the canonical row label ('decision_making_authority'); unknown labels keep their own slug.", False),
            C("label", STRING, "Row label as written on the page (typos included).", False),
            C("row_position", INT, "1-based row of the dimension in the table.", False),
            C("value", STRING, "Cell text exactly as written.", False),
        ),
        key=("page_id", "role_id", "row_position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "responsibilities", "guide bullet",
        "Key Responsibilities bullets of a career guide.",
        (PAGE_ID, ROLE_ID, POSITION, C("text", STRING, "Bullet text as written, without the bullet marker.", False)),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "skills", "distinct skill",
        "Skills named on guides, deduplicated across pages by a normalized key.",
        (C("skill_id", STRING, "Slug of the skill name.", False), C("name", STRING, "Skill name as first written (without its parenthetical).", False)),
        key=("skill_id",),
    ),
    Table(
        "role_skills", "skill mentioned for a role",
        "Top skills and skill gaps listed on career guides.",
        (
            PAGE_ID, ROLE_ID,
            C("skill_id", STRING, "Skill (see skills).", False),
            C("kind", STRING, "top (Top Skills for Success), gap (Common Skill Gaps), or required (the skills section of a generic page).", False),
            POSITION,
            C("detail", STRING, "The trailing parenthetical of the item, without parentheses, or the description after 'Name:' (generic pages); null if none."),
            C("text", STRING, "The item exactly as written.", False),
            C("skill_group", STRING, "Group the page lists the skill under ('Technical Skills', 'Soft Skills'), as written; null if none."),
        ),
        key=("page_id", "kind", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), ("skill_id", "skills", "skill_id")),
        accepted=(("kind", SKILL_KINDS),),
    ),
    Table(
        "salaries", "salary level on a guide",
        "Salary bands by level. Amounts are whole currency units; a figure that cannot be read is null and the page carries a warning.",
        (
            PAGE_ID, ROLE_ID, POSITION,
            C("level", STRING, "Level slug from the label: entry, mid, senior, lead, principal, executive, other.", False),
            C("label", STRING, "Level label as written ('Entry Level').", False),
            C("min_amount", INT, "Lower bound in whole units (95000 for 'US$95k'); null if unreadable."),
            C("max_amount", INT, "Upper bound in whole units; equals min_amount for a single figure; null if open-ended without an upper figure or unreadable."),
            C("open_ended", BOOL, "True when the figure ends with '+' ('$220k+').", False),
            C("currency", STRING, "ISO 4217 code (USD, EUR, GBP, ...); null if unreadable."),
            C("period", STRING, "year, month, week, day or hour.", False),
            C("note", STRING, "Trailing parenthetical note without parentheses; null if none."),
            C("text", STRING, "The salary text exactly as written after the label.", False),
            C("region", STRING, "Region (or other column) a salary table gives the figure for, as written in its header ('Europe'); null if none."),
        ),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
        accepted=(("level", SALARY_LEVELS), ("period", PERIODS)),
    ),
    Table(
        "demand", "guide",
        "Growth trend of a role as a guide states it.",
        (
            PAGE_ID, ROLE_ID,
            C("trend", STRING, "Trend word or phrase that opens the Growth Trend text ('Growing'); null if none."),
            C("summary", STRING, "Full Growth Trend text as written.", False),
        ),
        key=("page_id",),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "employers", "distinct employer",
        "Employers named on guides (Major Employers), merged by slug.",
        (C("employer_id", STRING, "Slug of the employer name.", False), C("name", STRING, "Employer name.", False)),
        key=("employer_id",),
    ),
    Table(
        "role_employers", "employer listed for a role",
        "Major Employers listed on guides.",
        (PAGE_ID, ROLE_ID, C("employer_id", STRING, "Employer (see employers).", False), POSITION),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), ("employer_id", "employers", "employer_id")),
    ),
    Table(
        "industries", "distinct industry sector",
        "Sectors named on guides (Industry Sectors), merged by slug.",
        (C("industry_id", STRING, "Slug of the sector name.", False), C("name", STRING, "Sector name.", False)),
        key=("industry_id",),
    ),
    Table(
        "role_industries", "sector listed for a role",
        "Industry Sectors listed on guides.",
        (PAGE_ID, ROLE_ID, C("industry_id", STRING, "Sector (see industries).", False), POSITION),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), ("industry_id", "industries", "industry_id")),
    ),
    Table(
        "career_paths", "next role named for a role",
        "Where a role leads: guide Can Lead To / Transition Opportunities, and 'path to' / arrows in the Professional Development cell.",
        (
            PAGE_ID, ROLE_ID,
            C("kind", STRING, "can_lead_to, transition, or path_to (Professional Development cell); on generic pages: from (an entry point: a role people come from), to (a role it leads to), lateral (a lateral move), step (a level of the career ladder, in page order).", False),
            POSITION,
            C("target_title", STRING, "Role title as written, without a trailing parenthetical note or explanation.", False),
            C("target_role_id", STRING, "role_id of the target when it names a known role (see match_kind); null when it names none, or two roles could match."),
            C("match_kind", STRING, "How target_role_id was linked: exact (the title is the role's name), abbreviation (one the run saw written after the role's name: 'SRE'), alias (a short form of pipeline/reference/role_aliases.tsv: 'CTO'); null when unlinked."),
            C("match_modifier", STRING, "Seniority word dropped to link the title ('Senior' in 'Senior EM'); null if none."),
            C("note", STRING, "Trailing parenthetical note ('with stronger engineering focus'), or the explanation written after the title on generic pages ('moving into AI operations.'); null if none."),
        ),
        key=("page_id", "role_id", "kind", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), ("target_role_id", "roles", "role_id")),
        accepted=(("kind", PATH_KINDS), ("match_kind", MATCH_KINDS)),
    ),
    Table(
        "reporting_lines", "manager title a role reports to",
        "Managers split from the Reporting Relationship cell ('Reports to A, B, or C').",
        (
            PAGE_ID, ROLE_ID, POSITION,
            C("manager_title", STRING, "Manager title as written.", False),
            C("manager_role_id", STRING, "role_id of the manager when the title names a known role (see match_kind); null when it names none, or two roles could match."),
            C("match_kind", STRING, "How manager_role_id was linked: exact, abbreviation or alias (as in career_paths); null when unlinked."),
            C("match_modifier", STRING, "Seniority word dropped to link the title ('Senior'); null if none."),
        ),
        key=("page_id", "role_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), ("manager_role_id", "roles", "role_id")),
        accepted=(("match_kind", MATCH_KINDS),),
    ),
    Table(
        "next_steps", "numbered recommendation",
        "Recommended Next Steps of a guide.",
        (PAGE_ID, ROLE_ID, C("step", INT, "Step number as written.", False), C("text", STRING, "Step text as written.", False)),
        key=("page_id", "step"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "role_aliases", "alternative title of a role on a page",
        "Other titles a page gives for its role ('Also known as' lists of generic pages), as written.",
        (PAGE_ID, ROLE_ID, POSITION, C("alias", STRING, "Alternative title as written, without a trailing parenthetical note.", False),
         C("note", STRING, "Trailing parenthetical note written with the title ('in IT departments'); null if none.")),
        key=("page_id", "role_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "role_facts", "label/value pair on a page",
        "Label/value pairs of a page's at-a-glance box (typical experience, education, certifications, outlook), verbatim.",
        (
            PAGE_ID, ROLE_ID, POSITION,
            C("label", STRING, "Label as written, without a trailing colon ('Typical experience').", False),
            C("value", STRING, "Value exactly as written ('2-5 years').", False),
        ),
        key=("page_id", "role_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "page_sections", "text block that is not a fact of another table",
        "Development suggestions, intro paragraphs, unknown sections, rows that could not be split or were set aside: no text of a page is silently lost.",
        (
            PAGE_ID,
            C("section", STRING, "Section name as written, or a descriptive name (intro, unsplit_row, ...).", False),
            C("position", INT, "1-based order of the block on the page.", False),
            C("text", STRING, "Block text as written.", False),
        ),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"),),
    ),
    Table(
        "ingest_errors", "file, or part of one, that could not be ingested",
        "What could not be read, where, and why. A page with a row here is incomplete or absent from pages.",
        (
            C("source_path", STRING, "Raw file, relative to the raw root.", False),
            C("content_sha256", STRING, "SHA-256 of the file's bytes (null if the file could not be read)."),
            C("page_id", STRING, "Page id of the content when the file was read (even if not ingested)."),
            C("stage", STRING, "Stage that failed: read, decode, detect, parse, normalize.", False),
            C("error_kind", STRING, "Short code (empty_file, binary_file, too_large, unknown_page_type, truncated, unsplittable_row, no_facts: a generic role page none of whose sections gave a readable fact, ...).", False),
            C("message", STRING, "What went wrong, in plain words.", False),
            C("line", INT, "1-based line in the decoded text (rendered text for HTML) when known."),
        ),
        key=(),
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}

# --- Marts: flat tables for BI tools ------------------------------------------------------------
# One documented grain each, no LIST/STRUCT columns: a list becomes a text column joined with
# LIST_DELIMITER beside a long companion mart that holds one row per item. Each mart is the select
# of sql/marts/NN_<name>.sql, materialised in roles.duckdb and written to warehouse/marts/<name>.parquet.

LIST_DELIMITER = "; "
DELIMITED = f"joined with '{LIST_DELIMITER}'"
ROLE_NAME = C("role_name", STRING, "Canonical role name (roles.name).")
CHANGE_KINDS = ("changed", "added", "removed")

MARTS: tuple[Table, ...] = (
    Table(
        "role_overview", "role",
        "Every role at a glance, from the role_profile view with its lists flattened to text (the items one per "
        "row are in skill_roles and employer_role_links).",
        (
            ROLE_ID,
            C("name", STRING, "Canonical role name.", False),
            C("abbreviation", STRING, "Acronym written after the name ('SRE'), null if none."),
            C("qualifier", STRING, "Parenthetical that is part of the identity, null if none."),
            C("summary", STRING, "One-line role description (roles.summary)."),
            C("n_comparison_pages", INT, "Number of latest comparison pages comparing the role.", False),
            C("n_guide_pages", INT, "Number of latest career guides of the role.", False),
            C("managers", STRING, f"Distinct manager titles the role reports to, sorted, {DELIMITED}; empty text when none.", False),
            C("top_skills", STRING, f"Top skill names in guide order, {DELIMITED}; empty text when none.", False),
            C("gap_skills", STRING, f"Skill-gap names in guide order, {DELIMITED}; empty text when none.", False),
            C("salary_min", INT, "Lowest salary figure over the role's bands (role_profile.salary_min); null when none or when units are mixed."),
            C("salary_max", INT, "Highest salary figure over the role's bands (role_profile.salary_max); same nulls."),
            C("currency", STRING, "ISO 4217 currency of salary_min/salary_max; null when they are null."),
            C("period", STRING, "Pay period of salary_min/salary_max; null when they are null."),
            C("salary_open_ended", BOOL, "True when a band is open-ended ('$220k+'); null when salary_min is null."),
            C("n_employers", INT, "Number of distinct employers listed for the role.", False),
            C("n_industries", INT, "Number of distinct industry sectors listed for the role.", False),
            C("trend", STRING, "Growth trend (role_profile.trend); null when no guide states one."),
            C("n_conflicting_dimensions", INT, "Number of dimensions whose latest pages disagree (see role_dimension_cells.is_conflict).", False),
        ),
        key=("role_id",),
    ),
    Table(
        "role_dimension_cells", "role × dimension stated on a latest comparison page",
        "The role matrix in long form: the value shown for each role and dimension, and whether pages disagree.",
        (
            ROLE_ID, ROLE_NAME,
            C("dimension", STRING, "snake_case dimension slug.", False),
            C("dimension_label", STRING, "Row label as most often written (then the smallest).", False),
            C("dimension_position", INT, "Lowest row position of the dimension on the pages, to list rows in page order.", False),
            C("value", STRING, "The value role_matrix shows: the most frequent (dimension_values.value_rank = 1).", False),
            C("n_distinct_values", INT, "Number of distinct values the latest pages state.", False),
            C("n_pages", INT, "Number of latest pages stating any value for this role × dimension.", False),
            C("is_conflict", BOOL, "True when the pages state more than one distinct value.", False),
            C("all_values", STRING, f"Every distinct value, winner first (value_rank order), {DELIMITED}.", False),
        ),
        key=("role_id", "dimension"),
        references=(("role_id", "roles", "role_id"),),
    ),
    Table(
        "role_salary_levels", "role × salary level (× currency × period; level 'other' split by its label)",
        "Salary bands from the salary_bands view, with a level order for charts.",
        (
            ROLE_ID, ROLE_NAME,
            C("level", STRING, "Level slug: entry, mid, senior, lead, principal, executive, other.", False),
            C("label", STRING, "Level label as written (the smallest when guides differ).", False),
            C("level_order", INT, "1 (entry) .. 7 (other): the order of the level slugs, for sorting.", False),
            C("min_amount", INT, "Lowest min_amount stated for the band (whole units); null when unreadable."),
            C("max_amount", INT, "Highest max_amount stated for the band; null when none is stated (open-ended)."),
            C("midpoint", FLOAT, "(min_amount + max_amount) / 2; null when either is missing."),
            C("currency", STRING, "ISO 4217 code; null when unreadable."),
            C("period", STRING, "Pay period: year, month, week, day, hour.", False),
            C("open_ended", BOOL, "True when a guide writes the band open-ended (trailing '+').", False),
            C("n_pages", INT, "Number of latest guides stating the band.", False),
        ),
        key=("role_id", "level", "label", "currency", "period"),
        references=(("role_id", "roles", "role_id"),),
        accepted=(("level", SALARY_LEVELS), ("period", PERIODS)),
    ),
    Table(
        "skill_roles", "skill × role × kind on the latest guides",
        "Which roles list which skill, as a top skill or as a gap (the skill_demand view, one row per role).",
        (
            C("skill_id", STRING, "The skill (see skills).", False),
            C("skill_name", STRING, "Skill name.", False),
            ROLE_ID, ROLE_NAME,
            C("kind", STRING, "top (Top Skills for Success) or gap (Common Skill Gaps).", False),
        ),
        key=("skill_id", "role_id", "kind"),
        references=(("skill_id", "skills", "skill_id"), ("role_id", "roles", "role_id")),
        accepted=(("kind", SKILL_KINDS),),
    ),
    Table(
        "employer_role_links", "employer × role on the latest guides",
        "Which roles list which employer among Major Employers (the employer_roles view, one row per role).",
        (
            C("employer_id", STRING, "The employer (see employers).", False),
            C("employer_name", STRING, "Employer name.", False),
            ROLE_ID, ROLE_NAME,
        ),
        key=("employer_id", "role_id"),
        references=(("employer_id", "employers", "employer_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "career_edges", "edge from a role to a next role on the latest pages",
        "The career graph (career_graph view) with its notes flattened to text.",
        (
            C("from_role_id", STRING, "Role the path starts from (see roles).", False),
            C("from_role_name", STRING, "Its canonical name."),
            C("kind", STRING, "can_lead_to, transition (guides) or path_to (Professional Development cell).", False),
            C("to_title", STRING, "Next role title as written (the most frequent writing).", False),
            C("to_role_id", STRING, "role_id of the target when it is a known role; null otherwise."),
            C("to_role_name", STRING, "Canonical name of the target role; null when unknown."),
            C("n_pages", INT, "Number of latest pages naming the edge.", False),
            C("notes", STRING, f"Distinct trailing notes written with the target, sorted, {DELIMITED}; empty text when none.", False),
        ),
        key=("from_role_id", "kind", "to_title", "to_role_id"),
        references=(("from_role_id", "roles", "role_id"), ("to_role_id", "roles", "role_id")),
        accepted=(("kind", PATH_KINDS),),
    ),
    Table(
        "page_quality", "page (distinct content, latest or not)",
        "How well each page was read: layout, completeness, warnings, errors and text coverage, with its first source.",
        (
            PAGE_ID,
            C("page_type", STRING, "comparison or guide.", False),
            C("layout", STRING, "Layout the page was captured in.", False),
            C("title", STRING, "Page title as written; null when the page has none."),
            C("complete", BOOL, "False when the page is cut short or a part could not be parsed.", False),
            C("is_latest", BOOL, "True when a capture of the page is the latest of its URL (the views read these pages).", False),
            C("n_roles", INT, "Number of roles on the page.", False),
            C("n_warnings", INT, "Number of low-confidence readings (pages.warnings).", False),
            C("warnings", STRING, f"Those warnings, {DELIMITED}; empty text when none.", False),
            C("n_errors", INT, "Number of ingest_errors rows of the page.", False),
            C("error_kinds", STRING, f"Distinct error kinds of those rows, sorted, {DELIMITED}; empty text when none.", False),
            C("text_coverage", FLOAT, "Share (0..1) of the page's non-space characters that landed in some table.", False),
            C("n_sources", INT, "Number of raw files holding the page's content.", False),
            C("source_path", STRING, "First raw file of the page: a latest capture first, then by path.", False),
            C("url", STRING, "URL of that file; null if unknown."),
            C("fetched_at", TIMESTAMP, "When that file was captured; null if unknown."),
        ),
        key=("page_id",),
        references=(("page_id", "pages", "page_id"),),
        accepted=(("page_type", PAGE_TYPES), ("layout", LAYOUTS)),
    ),
    Table(
        "ingest_error_kinds", "error kind × stage",
        "ingest_errors counted by kind, for the data-quality chart.",
        (
            C("error_kind", STRING, "Short code of the error (ingest_errors.error_kind).", False),
            C("stage", STRING, "Stage that failed: read, decode, detect, parse, normalize.", False),
            C("n_errors", INT, "Number of ingest_errors rows.", False),
            C("n_files", INT, "Number of distinct raw files with such an error.", False),
        ),
        key=("error_kind", "stage"),
    ),
    Table(
        "cell_changes", "comparison cell that changed between two consecutive captures of one URL",
        "What changed since the previous crawl: for every URL captured more than once, the comparison cells whose "
        "value differs between consecutive captures (captures ordered by fetched_at, unknown times first, then by "
        "path — the order page_sources.is_latest uses). A capture with identical content changes nothing. Guide "
        "pages are not compared cell by cell.",
        (
            C("url", STRING, "The URL captured more than once.", False),
            ROLE_ID, ROLE_NAME,
            C("dimension", STRING, "snake_case dimension slug.", False),
            C("occurrence", INT, "1, or 2.. when a page states the same role × dimension more than once (paired in row order).", False),
            C("change", STRING, "changed (both captures state the cell), added (only the newer), removed (only the older).", False),
            C("old_value", STRING, "Cell text on the older capture; null when added."),
            C("new_value", STRING, "Cell text on the newer capture; null when removed."),
            C("old_fetched_at", TIMESTAMP, "When the older capture was fetched; null if unknown."),
            C("new_fetched_at", TIMESTAMP, "When the newer capture was fetched; null if unknown."),
            C("old_page_id", STRING, "Page of the older capture.", False),
            C("new_page_id", STRING, "Page of the newer capture.", False),
            C("old_source_path", STRING, "Raw file of the older capture.", False),
            C("new_source_path", STRING, "Raw file of the newer capture.", False),
        ),
        key=("new_source_path", "role_id", "dimension", "occurrence"),
        references=(("role_id", "roles", "role_id"),),
        accepted=(("change", CHANGE_KINDS),),
    ),
)

MARTS_BY_NAME = {t.name: t for t in MARTS}

# --- Run history: warehouse/runs.parquet and the runs table of roles.duckdb --------------------
# Carried forward from the previous build at each publish; it is a log, so it is not part of the
# byte-identical guarantee of the data tables.

RUNS = Table(
    "runs", "ingest run that published a warehouse",
    "History of the runs that built this warehouse, oldest first, carried forward from build to build (an "
    "up-to-date re-run writes nothing and adds no row). Page counts compare the latest capture of each URL "
    "(or the path, for files without a URL) with the previous build.",
    (
        C("run_id", INT, "1 for the first recorded run, then +1.", False),
        C("started_at", TIMESTAMP, "When the run started (UTC).", False),
        C("ended_at", TIMESTAMP, "When its warehouse was ready to publish (UTC).", False),
        C("parser_version", STRING, "Parser version of the run.", False),
        C("full_rebuild", BOOL, "True when run with --full.", False),
        C("n_files", INT, "Raw files read.", False),
        C("n_pages", INT, "Distinct pages ingested.", False),
        C("pages_added", INT, "URLs (or paths without URL) whose latest capture is new since the previous build.", False),
        C("pages_changed", INT, "URLs whose latest capture has different content than in the previous build.", False),
        C("pages_removed", INT, "URLs (or paths) of the previous build that are gone.", False),
        C("n_incomplete", INT, "Pages marked incomplete.", False),
        C("n_errors", INT, "ingest_errors rows.", False),
    ) + tuple(
        C(f"rows_{t.name}", INT, f"Rows of {t.name} in this run's build; null for a run before the table existed.")
        for t in TABLES + MARTS
    ),
    key=("run_id",),
)
