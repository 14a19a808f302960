-- check: dimension_role_on_page: every comparison cell belongs to a role compared on the same page
select dimensions.page_id, dimensions.role_id, dimensions.row_position, dimensions.dimension
from dimensions
left join comparisons
    on comparisons.page_id = dimensions.page_id
    and comparisons.role_id = dimensions.role_id
where comparisons.role_id is null
