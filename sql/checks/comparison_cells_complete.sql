-- check: comparison_cells_complete: every complete comparison page has cells, exactly one per role × table row (count(dimensions) = count(comparisons) × count(distinct row_position))
with complete_comparisons as (
    select page_id
    from pages
    where page_type = 'comparison' and complete
),

roles_per_page as (
    select page_id, count(*) as n_roles
    from comparisons
    group by page_id
),

cells_per_page as (
    select page_id, count(*) as n_cells, count(distinct row_position) as n_rows
    from dimensions
    group by page_id
),

page_counts as (
    select
        complete_comparisons.page_id,
        coalesce(cells_per_page.n_cells, 0) as n_cells,
        coalesce(roles_per_page.n_roles, 0) as n_roles,
        coalesce(cells_per_page.n_rows, 0) as n_rows
    from complete_comparisons
    left join roles_per_page on roles_per_page.page_id = complete_comparisons.page_id
    left join cells_per_page on cells_per_page.page_id = complete_comparisons.page_id
)

select page_id, n_cells, n_roles, n_rows, n_roles * n_rows as expected_cells
from page_counts
where n_cells = 0 or n_cells <> n_roles * n_rows
