-- skill_demand: one row per skill; how many roles list it on their latest guides, as a top skill or as a gap, and which roles.
-- materialized in ranges of skill_id over skills.skill_id
-- columns:
--   skill_id: the skill (see skills); every skill appears, with zero counts when only superseded pages list it.
--   name: skill name.
--   n_roles: number of distinct roles listing the skill (any kind: top, gap, or required on generic pages).
--   n_roles_top: number of roles listing it among Top Skills for Success.
--   n_roles_gap: number of roles listing it among Common Skill Gaps.
--   roles: role_ids listing it, sorted; empty when none.
--   roles_top: role_ids listing it as a top skill, sorted.
--   roles_gap: role_ids listing it as a gap, sorted.
create or replace view skill_demand as
with latest_mentions as (
    select distinct role_skills.skill_id, role_skills.role_id, role_skills.kind
    from role_skills
    inner join latest_pages on latest_pages.page_id = role_skills.page_id
),

per_skill as (
    select
        skill_id,
        count(distinct role_id) as n_roles,
        count(distinct role_id) filter (where kind = 'top') as n_roles_top,
        count(distinct role_id) filter (where kind = 'gap') as n_roles_gap,
        list(distinct role_id order by role_id) as roles,
        list(role_id order by role_id) filter (where kind = 'top') as roles_top,
        list(role_id order by role_id) filter (where kind = 'gap') as roles_gap
    from latest_mentions
    group by skill_id
)

select
    skills.skill_id,
    skills.name,
    coalesce(per_skill.n_roles, 0) as n_roles,
    coalesce(per_skill.n_roles_top, 0) as n_roles_top,
    coalesce(per_skill.n_roles_gap, 0) as n_roles_gap,
    coalesce(per_skill.roles, []) as roles,
    coalesce(per_skill.roles_top, []) as roles_top,
    coalesce(per_skill.roles_gap, []) as roles_gap
from skills
left join per_skill on per_skill.skill_id = skills.skill_id
order by skills.skill_id;
