-- page_roles: one row per latest page × role it covers (the roles compared on a comparison, the role of a guide); which pages speak about which role.
-- columns:
--   page_id: the page (see latest_pages).
--   role_id: a role the page covers (see roles).
--   page_type: comparison or guide.
--   fetched_at: most recent fetch time of the page; null when unknown.
create or replace view page_roles as
with compared_roles as (
    select page_id, role_id from comparisons
),

guide_fact_roles as (
    select page_id, role_id from responsibilities
    union all select page_id, role_id from role_skills
    union all select page_id, role_id from salaries
    union all select page_id, role_id from demand
    union all select page_id, role_id from role_employers
    union all select page_id, role_id from role_industries
    union all select page_id, role_id from career_paths
    union all select page_id, role_id from reporting_lines
    union all select page_id, role_id from next_steps
    union all select page_id, role_id from role_aliases
    union all select page_id, role_id from role_facts
),

all_page_roles as (
    select page_id, role_id from compared_roles
    union
    select guide_fact_roles.page_id, guide_fact_roles.role_id
    from guide_fact_roles
    inner join pages on pages.page_id = guide_fact_roles.page_id
    where pages.page_type = 'guide'
)

select
    all_page_roles.page_id,
    all_page_roles.role_id,
    latest_pages.page_type,
    latest_pages.fetched_at
from all_page_roles
inner join latest_pages on latest_pages.page_id = all_page_roles.page_id
order by all_page_roles.page_id, all_page_roles.role_id;
