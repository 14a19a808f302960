-- cell_changes: one row per comparison cell that changed between two consecutive captures of one URL.
with captures as (
    select
        url,
        source_path,
        page_id,
        fetched_at,
        row_number() over (partition by url order by fetched_at asc nulls first, source_path) as capture_number
    from page_sources
    where url is not null and page_id is not null
),

capture_pairs as (
    select
        newer.url,
        older.page_id as old_page_id,
        newer.page_id as new_page_id,
        older.source_path as old_source_path,
        newer.source_path as new_source_path,
        older.fetched_at as old_fetched_at,
        newer.fetched_at as new_fetched_at
    from captures as newer
    inner join captures as older
        on older.url = newer.url
        and older.capture_number = newer.capture_number - 1
    where older.page_id <> newer.page_id
),

cells as (
    select
        page_id,
        role_id,
        dimension,
        value,
        row_number() over (partition by page_id, role_id, dimension order by row_position) as occurrence
    from dimensions
),

old_cells as (
    select capture_pairs.new_source_path, cells.role_id, cells.dimension, cells.occurrence, cells.value
    from capture_pairs
    inner join cells on cells.page_id = capture_pairs.old_page_id
),

new_cells as (
    select capture_pairs.new_source_path, cells.role_id, cells.dimension, cells.occurrence, cells.value
    from capture_pairs
    inner join cells on cells.page_id = capture_pairs.new_page_id
),

compared as (
    select
        coalesce(new_cells.new_source_path, old_cells.new_source_path) as new_source_path,
        coalesce(new_cells.role_id, old_cells.role_id) as role_id,
        coalesce(new_cells.dimension, old_cells.dimension) as dimension,
        coalesce(new_cells.occurrence, old_cells.occurrence) as occurrence,
        old_cells.value as old_value,
        new_cells.value as new_value
    from new_cells
    full outer join old_cells
        on old_cells.new_source_path = new_cells.new_source_path
        and old_cells.role_id = new_cells.role_id
        and old_cells.dimension = new_cells.dimension
        and old_cells.occurrence = new_cells.occurrence
    where old_cells.value is distinct from new_cells.value
)

select
    capture_pairs.url,
    compared.role_id,
    roles.name as role_name,
    compared.dimension,
    compared.occurrence,
    case
        when compared.old_value is null then 'added'
        when compared.new_value is null then 'removed'
        else 'changed'
    end as change,
    compared.old_value,
    compared.new_value,
    capture_pairs.old_fetched_at,
    capture_pairs.new_fetched_at,
    capture_pairs.old_page_id,
    capture_pairs.new_page_id,
    capture_pairs.old_source_path,
    capture_pairs.new_source_path
from compared
inner join capture_pairs on capture_pairs.new_source_path = compared.new_source_path
left join roles on roles.role_id = compared.role_id
order by capture_pairs.url, capture_pairs.new_source_path, compared.role_id, compared.dimension, compared.occurrence
