-- skill_roles: one row per skill × role × kind on the latest guides; skill_demand with its role lists unnested.
with demand as (
    select * from skill_demand
),

top_mentions as (
    select skill_id, name as skill_name, unnest(roles_top) as role_id, 'top' as kind
    from demand
),

gap_mentions as (
    select skill_id, name as skill_name, unnest(roles_gap) as role_id, 'gap' as kind
    from demand
),

mentions as (
    select * from top_mentions
    union all
    select * from gap_mentions
)

select
    mentions.skill_id,
    mentions.skill_name,
    mentions.role_id,
    roles.name as role_name,
    mentions.kind
from mentions
left join roles on roles.role_id = mentions.role_id
order by mentions.skill_id, mentions.role_id, mentions.kind
