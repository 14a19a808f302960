-- role_salary_levels: one row per role × salary level (× currency × period); salary_bands with a level order.
with bands as (
    select * from salary_bands
),

level_orders as (
    select level, level_order
    from (values
        ('entry', 1), ('mid', 2), ('senior', 3), ('lead', 4),
        ('principal', 5), ('executive', 6), ('other', 7)
    ) as level_orders (level, level_order)
)

select
    bands.role_id,
    roles.name as role_name,
    bands.level,
    bands.label,
    level_orders.level_order,
    bands.min_amount,
    bands.max_amount,
    bands.midpoint,
    bands.currency,
    bands.period,
    bands.open_ended,
    bands.n_pages
from bands
inner join level_orders on level_orders.level = bands.level
left join roles on roles.role_id = bands.role_id
order by bands.role_id, level_orders.level_order, bands.label, bands.currency, bands.period
