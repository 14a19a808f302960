-- check: comparison_roles_evidenced: no invented role: every role of a card comparison page has a Primary Role cell on that page (a card opens with it; a table's roles come from its header), and no role's name equals a cell value of the same page (a value is never a role)
with page_roles as (
    select
        comparisons.page_id,
        comparisons.role_id,
        pages.layout,
        lower(roles.name) as name,
        lower(roles.name || ' (' || roles.abbreviation || ')') as name_with_abbreviation
    from comparisons
    inner join pages on pages.page_id = comparisons.page_id
    inner join roles on roles.role_id = comparisons.role_id
    where pages.page_type = 'comparison'
),

primary_role_cells as (
    select distinct page_id, role_id
    from dimensions
    where dimension = 'primary_role'
),

cards_without_primary_role as (
    select page_roles.page_id, page_roles.role_id, 'no Primary Role cell on its card page' as problem, null as value
    from page_roles
    left join primary_role_cells
        on primary_role_cells.page_id = page_roles.page_id
        and primary_role_cells.role_id = page_roles.role_id
    where page_roles.layout = 'card' and primary_role_cells.role_id is null
),

roles_named_by_a_cell as (
    select page_roles.page_id, page_roles.role_id, 'its name is a cell value of the page' as problem, dimensions.value
    from page_roles
    inner join dimensions on dimensions.page_id = page_roles.page_id
    where lower(dimensions.value) = page_roles.name
        or lower(dimensions.value) = page_roles.name_with_abbreviation
)

select page_id, role_id, problem, value from cards_without_primary_role
union all
select page_id, role_id, problem, value from roles_named_by_a_cell
