-- ingest_error_kinds: one row per error kind × stage; ingest_errors counted for the data-quality chart.
select
    error_kind,
    stage,
    count(*) as n_errors,
    count(distinct source_path) as n_files
from ingest_errors
group by error_kind, stage
order by error_kind, stage
