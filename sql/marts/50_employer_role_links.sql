-- employer_role_links: one row per employer × role on the latest guides; employer_roles with its role list unnested.
with listings as (
    select employer_id, name as employer_name, unnest(roles) as role_id
    from employer_roles
)

select
    listings.employer_id,
    listings.employer_name,
    listings.role_id,
    roles.name as role_name
from listings
left join roles on roles.role_id = listings.role_id
order by listings.employer_id, listings.role_id
