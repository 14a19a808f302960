-- latest_pages: one row per page that has at least one capture marked is_latest in page_sources; the pages every other view reads (a page whose URL was re-captured with new content is superseded and left out).
-- columns:
--   page_id: the page (see pages).
--   page_type: comparison or guide.
--   layout: layout the page was captured in.
--   complete: false when the page is cut short or a part could not be parsed.
--   fetched_at: most recent fetch time among the page's latest captures; null when unknown. Views use it to prefer the most recent page when pages disagree.
--   n_sources: number of raw files marked is_latest that hold this page's content.
create or replace view latest_pages as
with latest_sources as (
    select page_id, fetched_at
    from page_sources
    where is_latest and page_id is not null
),

per_page as (
    select
        page_id,
        max(fetched_at) as fetched_at,
        count(*) as n_sources
    from latest_sources
    group by page_id
)

select
    pages.page_id,
    pages.page_type,
    pages.layout,
    pages.complete,
    per_page.fetched_at,
    per_page.n_sources
from pages
inner join per_page on per_page.page_id = pages.page_id
order by pages.page_id;
