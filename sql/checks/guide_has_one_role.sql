-- check: guide_has_one_role: every guide page has facts for at most one role, and every complete guide page for exactly one (an incomplete guide may be cut before its first fact; its ingest_errors row says so)
with guide_fact_roles as (
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

roles_per_guide as (
    select
        pages.page_id,
        pages.complete,
        count(distinct guide_fact_roles.role_id) as n_roles,
        list(distinct guide_fact_roles.role_id order by guide_fact_roles.role_id)
            filter (where guide_fact_roles.role_id is not null) as role_ids
    from pages
    left join guide_fact_roles on guide_fact_roles.page_id = pages.page_id
    where pages.page_type = 'guide'
    group by pages.page_id, pages.complete
)

select page_id, complete, n_roles, role_ids
from roles_per_guide
where n_roles > 1 or (n_roles = 0 and complete)
