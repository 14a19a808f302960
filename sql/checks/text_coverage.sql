-- check: text_coverage: every complete page has at least 60% of its non-space characters in some table cell (a lower share means text was dropped; incomplete pages already carry ingest_errors)
-- severity: warn
select page_id, page_type, layout, text_coverage
from pages
where complete and text_coverage < 0.6
