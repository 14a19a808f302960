-- dimension_values: one row per role × dimension × distinct cell value on the latest comparison pages; how often each value is stated and which one wins.
-- materialized in ranges of role_id over roles.role_id
-- columns:
--   role_id: the role (see roles).
--   dimension: snake_case dimension slug.
--   value: cell text exactly as written.
--   n_pages: number of latest pages stating this value.
--   page_ids: those pages, sorted.
--   last_fetched_at: most recent fetch time among those pages; null when none is known.
--   value_rank: 1 for the value role_matrix shows: the most frequent (most pages), ties broken by the most recent last_fetched_at (unknown times last), then by the lexicographically smallest value.
create or replace view dimension_values as
with latest_cells as (
    select
        dimensions.page_id,
        dimensions.role_id,
        dimensions.dimension,
        dimensions.value,
        latest_pages.fetched_at
    from dimensions
    inner join latest_pages on latest_pages.page_id = dimensions.page_id
),

value_counts as (
    select
        role_id,
        dimension,
        value,
        count(distinct page_id) as n_pages,
        list(distinct page_id order by page_id) as page_ids,
        max(fetched_at) as last_fetched_at
    from latest_cells
    group by role_id, dimension, value
),

ranked as (
    select
        *,
        row_number() over (
            partition by role_id, dimension
            order by n_pages desc, last_fetched_at desc nulls last, value
        ) as value_rank
    from value_counts
)

select role_id, dimension, value, n_pages, page_ids, last_fetched_at, value_rank
from ranked
order by role_id, dimension, value_rank;
