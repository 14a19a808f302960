-- role_overview: one row per role; role_profile with its lists joined into text.
with profile as (
    select * from role_profile
),

conflicts as (
    select role_id, n_conflicting_dimensions from role_matrix
)

select
    profile.role_id,
    profile.name,
    profile.abbreviation,
    profile.qualifier,
    profile.summary,
    profile.n_comparison_pages,
    profile.n_guide_pages,
    array_to_string(profile.managers, '; ') as managers,
    array_to_string(profile.top_skills, '; ') as top_skills,
    array_to_string(profile.gap_skills, '; ') as gap_skills,
    profile.salary_min,
    profile.salary_max,
    profile.salary_currency as currency,
    profile.salary_period as period,
    profile.salary_open_ended,
    profile.employer_count as n_employers,
    profile.industry_count as n_industries,
    profile.trend,
    coalesce(conflicts.n_conflicting_dimensions, 0) as n_conflicting_dimensions
from profile
left join conflicts on conflicts.role_id = profile.role_id
order by profile.role_id
