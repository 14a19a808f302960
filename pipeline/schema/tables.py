"""Schema registry, the warehouse tables: every table and column the pipeline writes, declared once."""
from __future__ import annotations

from pipeline.schema.registry import (BOOL, FLOAT, INT, MATCH_KINDS, PAGE_ID, PAGE_TYPES, PATH_KINDS, PERIODS,
                                      POSITION, ROLE_ID, SALARY_LEVELS, SKILL_KINDS, STRING, STRING_LIST, TIMESTAMP,
                                      TITLE_SOURCES, LAYOUTS, LAYOUT_PROSE, C, Table)


# The reading rule of a generic page's fact row and its measured precision (pipeline/parse/generic/rules.py).
RULE = (
    C("rule", STRING, "Generic pages (layout generic): the reading rule that read the row, '<method>' or "
                      "'<method>/<shape>': e.g. read_responsibilities (a list under a duties heading), "
                      "read_skills/described (a 'Name: description' skill), prose_salaries/single (one pay figure in a "
                      "sentence), salary_row/range (a band in a row of a pay table), read_facts (a label/value box), "
                      "read_moves/to (a next role of a progression section). Null on the seed sites' layouts."),
    C("rule_precision", FLOAT, "Generic pages: the share of the rule's rows that were right on the hand-labelled "
                               "pages of benchmarks/generic_corpus (pipeline/reference/generic_rules.tsv); null when "
                               "the rule stored fewer than 20 rows there (unmeasured), and on the seed sites' layouts. "
                               "The view generic_facts calls a row trusted from 0.98."),
)

def _listed_on_guides(name: str, id_col: str, noun: str, grain: str, plural: str, section: str) -> tuple[Table, Table]:
    """An entity a guide section lists (merged across pages by slug) and its per-role list, e.g. employers and
    role_employers."""
    return (
        Table(
            name, f"distinct {grain}",
            f"{plural} named on guides ({section}), merged by slug.",
            (C(id_col, STRING, f"Slug of the {noun} name.", False), C("name", STRING, f"{noun.capitalize()} name.", False)),
            key=(id_col,),
        ),
        Table(
            f"role_{name}", f"{noun} listed for a role",
            f"{section} listed on guides.",
            (PAGE_ID, ROLE_ID, C(id_col, STRING, f"{noun.capitalize()} (see {name}).", False), POSITION),
            key=("page_id", "position"),
            references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), (id_col, name, id_col)),
        ),
    )


TABLES: tuple[Table, ...] = (
    Table(
        "pages", "distinct page content",
        "Files with the same bytes share a row (see page_sources for every file).",
        (
            PAGE_ID,
            C("page_type", STRING, "comparison or guide.", False),
            C("layout", STRING, f"Layout the page was captured in: {LAYOUT_PROSE}. generic is a one-role page of another career site, read by the heading vocabulary of pipeline/reference/generic_headings.tsv (page_type guide, whether captured as text or HTML): a career guide, or an employer's page about one of its roles that says how to apply ('Send your CV to …'); a listing of postings, or a job ad with a posting's button ('Apply now'), is set aside as unknown_page_type.", False),
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
            C("url", STRING, "URL the page was captured from (raw/manifest.jsonl); null if the manifest does not list the file."),
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
        (PAGE_ID, ROLE_ID, POSITION, C("text", STRING, "Bullet text as written, without the bullet marker.", False), *RULE),
        key=("page_id", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id")),
    ),
    Table(
        "skills", "distinct skill",
        "Skills named on guides, deduplicated across pages by a normalized key.",
        (C("skill_id", STRING, "Slug of the skill name, as role_id: lower-case ASCII, other scripts transliterated.", False), C("name", STRING, "Skill name as first written (without its parenthetical).", False)),
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
            *RULE,
        ),
        key=("page_id", "kind", "position"),
        references=(("page_id", "pages", "page_id"), ("role_id", "roles", "role_id"), ("skill_id", "skills", "skill_id")),
        accepted=(("kind", SKILL_KINDS),),
    ),
    Table(
        "salaries", "salary level on a guide",
        ("Salary bands by level. Amounts are whole currency units; a figure that cannot be read is null and the page carries a warning. "
         "On generic pages a pay table is read cell by cell: columns that are a band's ends (Min / Max, From / To, "
         "Low (10%) / High (90%)) give one band a row; Low | Median | High columns that name no percentile give three "
         "salaries, one a cell, labelled row + column."),
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
            *RULE,
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
    *_listed_on_guides("employers", "employer_id", "employer", "employer", "Employers", "Major Employers"),
    *_listed_on_guides("industries", "industry_id", "sector", "industry sector", "Sectors", "Industry Sectors"),
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
            *RULE,
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
         C("note", STRING, "Trailing parenthetical note written with the title ('in IT departments'); null if none."), *RULE),
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
            *RULE,
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
