-- page_quality: one row per page; how well it was read, with its first source.
with sources as (
    select
        page_id,
        source_path,
        url,
        fetched_at,
        is_latest,
        row_number() over (partition by page_id order by is_latest desc, source_path) as source_rank,
        count(*) over (partition by page_id) as n_sources
    from page_sources
    where page_id is not null
),

first_sources as (
    select * from sources where source_rank = 1
),

errors as (
    select
        page_id,
        count(*) as n_errors,
        string_agg(distinct error_kind, '; ' order by error_kind) as error_kinds
    from ingest_errors
    where page_id is not null
    group by page_id
)

select
    pages.page_id,
    pages.page_type,
    pages.layout,
    pages.title,
    pages.complete,
    coalesce(first_sources.is_latest, false) as is_latest,
    pages.n_roles,
    len(pages.warnings) as n_warnings,
    array_to_string(pages.warnings, '; ') as warnings,
    coalesce(errors.n_errors, 0) as n_errors,
    coalesce(errors.error_kinds, '') as error_kinds,
    pages.text_coverage,
    coalesce(first_sources.n_sources, 0) as n_sources,
    first_sources.source_path,
    first_sources.url,
    first_sources.fetched_at
from pages
left join first_sources on first_sources.page_id = pages.page_id
left join errors on errors.page_id = pages.page_id
order by pages.page_id
