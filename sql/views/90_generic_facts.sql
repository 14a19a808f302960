-- generic_facts: one row per fact read from a latest page of another career site (layout generic), every fact table in one long list, with the reading rule that read it, the rule's precision measured on hand-labelled pages, and whether that makes it trusted; `where trusted` keeps what is measured right.
-- columns:
--   page_id: the page (see pages).
--   site: host of the URL the page was captured from; null when unknown.
--   role_id: the page's role (see roles).
--   fact_table: the table the fact is a row of: responsibilities, role_skills, salaries, career_paths, role_aliases or role_facts.
--   position: the row's position in that table (role_skills: within its kind).
--   kind: role_skills.kind, career_paths.kind, salaries.level; null for the other tables.
--   name: the fact as a name: the responsibility's text, the skill's name, the salary's label, the path's target_title, the alias, the fact's label.
--   value: what goes with the name: the skill's detail, the salary's text as written, the path's note, the alias's note, the fact's value; null for responsibilities.
--   rule: the reading rule that read the row (see the rule column of the fact tables).
--   rule_precision: share of the rule's rows that were right on the labelled pages; null when unmeasured (fewer than 20 rows).
--   trusted: true when rule_precision is 0.98 or more (measured on pages nobody had read, trusted rows were 98.9% right where all rows were 91.3%; see the README's issue 13 section).
create or replace view generic_facts as
with generic_pages as (
    select latest_pages.page_id, pages.site
    from latest_pages
    inner join pages on pages.page_id = latest_pages.page_id
    where latest_pages.layout = 'generic'
),

facts as (
    select page_id, role_id, 'responsibilities' as fact_table, position, null as kind, text as name, null as value,
        rule, rule_precision
    from responsibilities
    union all
    select role_skills.page_id, role_skills.role_id, 'role_skills', role_skills.position, role_skills.kind, skills.name,
        role_skills.detail, role_skills.rule, role_skills.rule_precision
    from role_skills
    inner join skills on skills.skill_id = role_skills.skill_id
    union all
    select page_id, role_id, 'salaries', position, level, label, text, rule, rule_precision
    from salaries
    union all
    select page_id, role_id, 'career_paths', position, kind, target_title, note, rule, rule_precision
    from career_paths
    union all
    select page_id, role_id, 'role_aliases', position, null, alias, note, rule, rule_precision
    from role_aliases
    union all
    select page_id, role_id, 'role_facts', position, null, label, value, rule, rule_precision
    from role_facts
)

select
    facts.page_id,
    generic_pages.site,
    facts.role_id,
    facts.fact_table,
    facts.position,
    facts.kind,
    facts.name,
    facts.value,
    facts.rule,
    facts.rule_precision,
    coalesce(facts.rule_precision >= 0.98, false) as trusted
from facts
inner join generic_pages on generic_pages.page_id = facts.page_id
order by facts.page_id, facts.fact_table, facts.kind, facts.position;
