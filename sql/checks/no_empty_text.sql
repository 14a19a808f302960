-- check: no_empty_text: no fact text column or entity id holds an empty or blank string (a missing value is null; an empty cell is an ingest issue, not a fact)
with text_values as (
    select 'pages' as table_name, 'title' as column_name, page_id as row_key, title as text_value from pages
    union all select 'roles', 'role_id', role_id, role_id from roles
    union all select 'roles', 'name', role_id, name from roles
    union all select 'roles', 'abbreviation', role_id, abbreviation from roles
    union all select 'roles', 'qualifier', role_id, qualifier from roles
    union all select 'roles', 'summary', role_id, summary from roles
    union all select 'skills', 'skill_id', skill_id, skill_id from skills
    union all select 'skills', 'name', skill_id, name from skills
    union all select 'employers', 'employer_id', employer_id, employer_id from employers
    union all select 'employers', 'name', employer_id, name from employers
    union all select 'industries', 'industry_id', industry_id, industry_id from industries
    union all select 'industries', 'name', industry_id, name from industries
    union all select 'dimensions', 'dimension', concat_ws('/', page_id, role_id, row_position), dimension from dimensions
    union all select 'dimensions', 'label', concat_ws('/', page_id, role_id, row_position), label from dimensions
    union all select 'dimensions', 'value', concat_ws('/', page_id, role_id, row_position), value from dimensions
    union all select 'responsibilities', 'text', concat_ws('/', page_id, position), text from responsibilities
    union all select 'role_skills', 'detail', concat_ws('/', page_id, kind, position), detail from role_skills
    union all select 'role_skills', 'text', concat_ws('/', page_id, kind, position), text from role_skills
    union all select 'salaries', 'label', concat_ws('/', page_id, position), label from salaries
    union all select 'salaries', 'note', concat_ws('/', page_id, position), note from salaries
    union all select 'salaries', 'text', concat_ws('/', page_id, position), text from salaries
    union all select 'demand', 'trend', page_id, trend from demand
    union all select 'demand', 'summary', page_id, summary from demand
    union all select 'career_paths', 'target_title', concat_ws('/', page_id, role_id, kind, position), target_title from career_paths
    union all select 'career_paths', 'note', concat_ws('/', page_id, role_id, kind, position), note from career_paths
    union all select 'career_paths', 'match_modifier', concat_ws('/', page_id, role_id, kind, position), match_modifier from career_paths
    union all select 'reporting_lines', 'manager_title', concat_ws('/', page_id, role_id, position), manager_title from reporting_lines
    union all select 'reporting_lines', 'match_modifier', concat_ws('/', page_id, role_id, position), match_modifier from reporting_lines
    union all select 'next_steps', 'text', concat_ws('/', page_id, step), text from next_steps
    union all select 'role_skills', 'skill_group', concat_ws('/', page_id, kind, position), skill_group from role_skills
    union all select 'salaries', 'region', concat_ws('/', page_id, position), region from salaries
    union all select 'role_aliases', 'alias', concat_ws('/', page_id, role_id, position), alias from role_aliases
    union all select 'role_aliases', 'note', concat_ws('/', page_id, role_id, position), note from role_aliases
    union all select 'role_facts', 'label', concat_ws('/', page_id, role_id, position), label from role_facts
    union all select 'role_facts', 'value', concat_ws('/', page_id, role_id, position), value from role_facts
    union all select 'pages', 'site', page_id, site from pages
    union all select 'page_sections', 'section', concat_ws('/', page_id, position), section from page_sections
    union all select 'page_sections', 'text', concat_ws('/', page_id, position), text from page_sections
)

select table_name, column_name, row_key, text_value
from text_values
where regexp_full_match(text_value, '[\s\p{Z}]*')
