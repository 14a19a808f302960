-- salary_bands: one row per role × level (× currency × period, so amounts in different units are never mixed; level 'other' is further split by its label); min, max, midpoint and open_ended over the role's latest guides.
-- columns:
--   role_id: the role (see roles).
--   level: level slug (entry, mid, senior, lead, principal, executive, other).
--   label: level label as written; the smallest one when guides write it differently.
--   currency: ISO 4217 code; null when unreadable.
--   period: pay period (year, month, week, day, hour).
--   min_amount: lowest min_amount stated for the band (whole units); null when none is readable.
--   max_amount: highest max_amount stated for the band; null when none is stated (e.g. open-ended '$220k+').
--   midpoint: (min_amount + max_amount) / 2 as a double; null when either is missing.
--   open_ended: true when any guide writes the band open-ended (trailing '+').
--   n_pages: number of latest guides stating the band.
--   level_position: lowest position of the band on its guides, to list levels in page order.
create or replace view salary_bands as
with latest_salaries as (
    select salaries.*
    from salaries
    inner join latest_pages on latest_pages.page_id = salaries.page_id
),

bands as (
    select
        role_id,
        level,
        case when level = 'other' then label end as other_label,
        currency,
        period,
        min(label) as label,
        min(min_amount) as min_amount,
        max(max_amount) as max_amount,
        bool_or(open_ended) as open_ended,
        count(distinct page_id) as n_pages,
        min(position) as level_position
    from latest_salaries
    group by role_id, level, other_label, currency, period
)

select
    role_id,
    level,
    label,
    currency,
    period,
    min_amount,
    max_amount,
    (min_amount + max_amount) / 2.0 as midpoint,
    open_ended,
    n_pages,
    level_position
from bands
order by role_id, level_position, level, label, currency, period;
