-- role_dimension_cells: one row per role × dimension stated on a latest comparison page; the value role_matrix shows, and the conflict.
with ranked_values as (
    select * from dimension_values
),

per_cell as (
    select
        role_id,
        dimension,
        max(value) filter (where value_rank = 1) as value,
        count(*) as n_distinct_values,
        string_agg(value, '; ' order by value_rank) as all_values
    from ranked_values
    group by role_id, dimension
),

latest_cells as (
    select dimensions.role_id, dimensions.dimension, dimensions.label, dimensions.row_position, dimensions.page_id
    from dimensions
    inner join latest_pages on latest_pages.page_id = dimensions.page_id
),

label_counts as (
    select role_id, dimension, label, count(*) as n_cells
    from latest_cells
    group by role_id, dimension, label
),

labels as (
    select role_id, dimension, label
    from label_counts
    qualify row_number() over (partition by role_id, dimension order by n_cells desc, label) = 1
),

cell_pages as (
    select role_id, dimension, count(distinct page_id) as n_pages, min(row_position) as dimension_position
    from latest_cells
    group by role_id, dimension
)

select
    per_cell.role_id,
    roles.name as role_name,
    per_cell.dimension,
    labels.label as dimension_label,
    cell_pages.dimension_position,
    per_cell.value,
    per_cell.n_distinct_values,
    cell_pages.n_pages,
    per_cell.n_distinct_values > 1 as is_conflict,
    per_cell.all_values
from per_cell
inner join labels on labels.role_id = per_cell.role_id and labels.dimension = per_cell.dimension
inner join cell_pages on cell_pages.role_id = per_cell.role_id and cell_pages.dimension = per_cell.dimension
left join roles on roles.role_id = per_cell.role_id
order by per_cell.role_id, cell_pages.dimension_position, per_cell.dimension
