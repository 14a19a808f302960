-- check: comparison_n_roles_match: every comparison page's pages.n_roles equals its number of rows in comparisons
with roles_per_page as (
    select page_id, count(*) as n_comparison_rows
    from comparisons
    group by page_id
)

select pages.page_id, pages.n_roles, coalesce(roles_per_page.n_comparison_rows, 0) as n_comparison_rows
from pages
left join roles_per_page on roles_per_page.page_id = pages.page_id
where pages.page_type = 'comparison'
    and pages.n_roles <> coalesce(roles_per_page.n_comparison_rows, 0)
