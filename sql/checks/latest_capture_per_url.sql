-- check: latest_capture_per_url: every URL with an ingested capture has one marked is_latest, and its latest captures hold one content (views read only latest pages)
select
    url,
    count(*) filter (where is_latest) as n_latest,
    count(distinct page_id) filter (where is_latest) as n_latest_pages
from page_sources
where url is not null and page_id is not null
group by url
having count(*) filter (where is_latest) = 0
    or count(distinct page_id) filter (where is_latest) > 1
