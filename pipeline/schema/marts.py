"""Schema registry, the marts: flat tables for BI tools.

One documented grain each, no LIST/STRUCT columns: a list becomes a text column joined with
LIST_DELIMITER beside a long companion mart that holds one row per item. Each mart is the select
of sql/marts/NN_<name>.sql, materialised in roles.duckdb and written to warehouse/marts/<name>.parquet.
"""
from __future__ import annotations

from pipeline.schema.registry import (BOOL, FLOAT, INT, LAYOUTS, PAGE_ID, PAGE_TYPES, PATH_KINDS, PERIODS,
                                      ROLE_ID, SALARY_LEVELS, SKILL_KINDS, STRING, TIMESTAMP, C, Table)


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
