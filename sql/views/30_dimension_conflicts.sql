-- dimension_conflicts: one row per role × dimension whose latest comparison pages state more than one distinct value; the values and the pages they came from.
-- materialized in ranges of role_id over roles.role_id
-- columns:
--   role_id: the role (see roles).
--   name: canonical role name.
--   dimension: snake_case dimension slug.
--   n_values: number of distinct values stated.
--   n_pages: number of latest pages stating any value for this role × dimension.
--   chosen_value: the value role_matrix shows (value_rank 1 in dimension_values).
--   values: list of {value, n_pages, page_ids}, winner first, in dimension_values.value_rank order; page_ids sorted.
create or replace view dimension_conflicts as
with value_counts as (
    select role_id, dimension, count(*) as n_values
    from dimension_values
    group by role_id, dimension
),

conflicting as (
    select role_id, dimension, n_values
    from value_counts
    where n_values > 1
),

conflict_values as (
    select
        dimension_values.role_id,
        dimension_values.dimension,
        list(
            {'value': dimension_values.value, 'n_pages': dimension_values.n_pages, 'page_ids': dimension_values.page_ids}
            order by dimension_values.value_rank
        ) as "values",
        max(dimension_values.value) filter (where dimension_values.value_rank = 1) as chosen_value
    from dimension_values
    inner join conflicting
        on conflicting.role_id = dimension_values.role_id
        and conflicting.dimension = dimension_values.dimension
    group by dimension_values.role_id, dimension_values.dimension
),

pages_per_cell as (
    select dimensions.role_id, dimensions.dimension, count(distinct dimensions.page_id) as n_pages
    from dimensions
    inner join latest_pages on latest_pages.page_id = dimensions.page_id
    group by dimensions.role_id, dimensions.dimension
)

select
    conflicting.role_id,
    roles.name,
    conflicting.dimension,
    conflicting.n_values,
    pages_per_cell.n_pages,
    conflict_values.chosen_value,
    conflict_values."values"
from conflicting
inner join conflict_values
    on conflict_values.role_id = conflicting.role_id
    and conflict_values.dimension = conflicting.dimension
inner join pages_per_cell
    on pages_per_cell.role_id = conflicting.role_id
    and pages_per_cell.dimension = conflicting.dimension
left join roles on roles.role_id = conflicting.role_id
order by conflicting.role_id, conflicting.dimension;
