-- career_edges: one row per edge from a role to a next role on the latest pages; career_graph with its notes joined into text.
with edges as (
    select * from career_graph
)

select
    from_role_id,
    from_name as from_role_name,
    kind,
    to_title,
    to_role_id,
    to_name as to_role_name,
    n_pages,
    array_to_string(notes, '; ') as notes
from edges
order by from_role_id, kind, to_title, to_role_id
