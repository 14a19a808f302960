-- employer_roles: one row per employer; how many roles list it among Major Employers on their latest guides, and which.
-- materialized in ranges of employer_id over employers.employer_id
-- columns:
--   employer_id: the employer (see employers); every employer appears, with zero counts when only superseded pages list it.
--   name: employer name.
--   n_roles: number of distinct roles listing the employer.
--   roles: those role_ids, sorted; empty when none.
create or replace view employer_roles as
with latest_listings as (
    select distinct role_employers.employer_id, role_employers.role_id
    from role_employers
    inner join latest_pages on latest_pages.page_id = role_employers.page_id
),

per_employer as (
    select
        employer_id,
        count(*) as n_roles,
        list(role_id order by role_id) as roles
    from latest_listings
    group by employer_id
)

select
    employers.employer_id,
    employers.name,
    coalesce(per_employer.n_roles, 0) as n_roles,
    coalesce(per_employer.roles, []) as roles
from employers
left join per_employer on per_employer.employer_id = employers.employer_id
order by employers.employer_id;
