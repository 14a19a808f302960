-- role_profile: one row per role; what the latest pages say about it at a glance: name, summary, page counts, managers, top skills, salary range, employers, demand trend.
-- materialized in ranges of role_id over roles.role_id
-- columns:
--   role_id: the role (see roles); every role appears.
--   name: canonical role name.
--   abbreviation: acronym written after the name ('SRE'), null if none.
--   qualifier: parenthetical that is part of the identity, null if none.
--   summary: one-line role description (see roles.summary).
--   n_comparison_pages: number of latest comparison pages comparing the role.
--   n_guide_pages: number of latest career guides of the role.
--   managers: distinct manager titles the role reports to (reporting_lines), sorted alphabetically; empty when none.
--   top_skills: distinct top skill names (skills.name), in the order the guides list them (lowest position first, then name); empty when none.
--   gap_skills: distinct skill-gap names, same order rule; empty when none.
--   salary_min: lowest salary figure (min of min_amount) over the role's bands; null when none, or when the bands use more than one currency or period (amounts are never mixed).
--   salary_max: highest salary figure (max of max_amount, or of min_amount for a band open-ended without an upper figure); same nulls as salary_min.
--   salary_currency: ISO 4217 currency of the bands when they all use one; null otherwise.
--   salary_period: pay period of the bands when they all use one; null otherwise.
--   salary_open_ended: true when a band is open-ended ('$220k+'); null when salary_min is null.
--   employer_count: number of distinct employers listed for the role.
--   industry_count: number of distinct industry sectors listed for the role.
--   trend: growth trend of the role (demand.trend); the most frequent among its guides, ties broken by the most recent page, then the smallest value.
create or replace view role_profile as
with role_pages as (
    select
        role_id,
        count(distinct page_id) filter (where page_type = 'comparison') as n_comparison_pages,
        count(distinct page_id) filter (where page_type = 'guide') as n_guide_pages
    from page_roles
    group by role_id
),

managers as (
    select
        reporting_lines.role_id,
        list(distinct reporting_lines.manager_title order by reporting_lines.manager_title) as managers
    from reporting_lines
    inner join latest_pages on latest_pages.page_id = reporting_lines.page_id
    group by reporting_lines.role_id
),

skill_positions as (
    select
        role_skills.role_id,
        role_skills.kind,
        skills.name,
        min(role_skills.position) as first_position
    from role_skills
    inner join latest_pages on latest_pages.page_id = role_skills.page_id
    inner join skills on skills.skill_id = role_skills.skill_id
    group by role_skills.role_id, role_skills.kind, skills.name
),

skill_lists as (
    select
        role_id,
        list(name order by first_position, name) filter (where kind = 'top') as top_skills,
        list(name order by first_position, name) filter (where kind = 'gap') as gap_skills
    from skill_positions
    group by role_id
),

stated_salaries as (
    select salaries.*
    from salaries
    inner join latest_pages on latest_pages.page_id = salaries.page_id
    where salaries.currency is not null
),

salary_ranges as (
    select
        role_id,
        count(distinct (currency, period)) as n_units,
        min(min_amount) as salary_min,
        max(coalesce(max_amount, min_amount)) as salary_max,
        min(currency) as salary_currency,
        min(period) as salary_period,
        bool_or(open_ended) as salary_open_ended
    from stated_salaries
    group by role_id
),

employer_counts as (
    select role_employers.role_id, count(distinct role_employers.employer_id) as employer_count
    from role_employers
    inner join latest_pages on latest_pages.page_id = role_employers.page_id
    group by role_employers.role_id
),

industry_counts as (
    select role_industries.role_id, count(distinct role_industries.industry_id) as industry_count
    from role_industries
    inner join latest_pages on latest_pages.page_id = role_industries.page_id
    group by role_industries.role_id
),

trend_counts as (
    select
        demand.role_id,
        demand.trend,
        count(distinct demand.page_id) as n_pages,
        max(latest_pages.fetched_at) as last_fetched_at
    from demand
    inner join latest_pages on latest_pages.page_id = demand.page_id
    where demand.trend is not null
    group by demand.role_id, demand.trend
),

trends as (
    select role_id, trend
    from trend_counts
    qualify row_number() over (
        partition by role_id
        order by n_pages desc, last_fetched_at desc nulls last, trend
    ) = 1
)

select
    roles.role_id,
    roles.name,
    roles.abbreviation,
    roles.qualifier,
    roles.summary,
    coalesce(role_pages.n_comparison_pages, 0) as n_comparison_pages,
    coalesce(role_pages.n_guide_pages, 0) as n_guide_pages,
    coalesce(managers.managers, []) as managers,
    coalesce(skill_lists.top_skills, []) as top_skills,
    coalesce(skill_lists.gap_skills, []) as gap_skills,
    case when salary_ranges.n_units = 1 then salary_ranges.salary_min end as salary_min,
    case when salary_ranges.n_units = 1 then salary_ranges.salary_max end as salary_max,
    case when salary_ranges.n_units = 1 then salary_ranges.salary_currency end as salary_currency,
    case when salary_ranges.n_units = 1 then salary_ranges.salary_period end as salary_period,
    case when salary_ranges.n_units = 1 then salary_ranges.salary_open_ended end as salary_open_ended,
    coalesce(employer_counts.employer_count, 0) as employer_count,
    coalesce(industry_counts.industry_count, 0) as industry_count,
    trends.trend
from roles
left join role_pages on role_pages.role_id = roles.role_id
left join managers on managers.role_id = roles.role_id
left join skill_lists on skill_lists.role_id = roles.role_id
left join salary_ranges on salary_ranges.role_id = roles.role_id
left join employer_counts on employer_counts.role_id = roles.role_id
left join industry_counts on industry_counts.role_id = roles.role_id
left join trends on trends.role_id = roles.role_id
order by roles.role_id;
