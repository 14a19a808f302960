-- career_graph: one row per edge from a role to a next role (kind can_lead_to, transition or path_to; from, to, lateral or step on generic pages) named on the latest pages; from role, to title, to role id when known.
-- materialized in ranges of from_role_id over roles.role_id
-- columns:
--   from_role_id: role the path starts from (see roles).
--   from_name: its canonical name.
--   to_title: next role title as written; when pages write a known target differently, the most frequent writing (then the smallest).
--   to_role_id: role_id of the target when it is a known role; null otherwise. An edge is (from_role_id, kind, to_role_id) for known targets, (from_role_id, kind, to_title) for unknown ones.
--   to_name: canonical name of the target role; null when unknown.
--   kind: can_lead_to, transition (career guides) or path_to (Professional Development cell of comparisons).
--   n_pages: number of latest pages naming the edge.
--   notes: distinct trailing notes written with the target, sorted; empty when none.
create or replace view career_graph as
with latest_paths as (
    select
        career_paths.role_id as from_role_id,
        career_paths.kind,
        career_paths.target_role_id as to_role_id,
        career_paths.target_title,
        career_paths.note,
        career_paths.page_id,
        case when career_paths.target_role_id is null then career_paths.target_title end as unknown_title
    from career_paths
    inner join latest_pages on latest_pages.page_id = career_paths.page_id
),

title_counts as (
    select
        from_role_id, kind, to_role_id, unknown_title, target_title,
        count(distinct page_id) as n_pages
    from latest_paths
    group by all
),

edge_titles as (
    select from_role_id, kind, to_role_id, unknown_title, target_title as to_title
    from title_counts
    qualify row_number() over (
        partition by from_role_id, kind, to_role_id, unknown_title
        order by n_pages desc, target_title
    ) = 1
),

edges as (
    select
        from_role_id, kind, to_role_id, unknown_title,
        count(distinct page_id) as n_pages,
        list(distinct note order by note) filter (where note is not null) as notes
    from latest_paths
    group by from_role_id, kind, to_role_id, unknown_title
)

select
    edges.from_role_id,
    from_roles.name as from_name,
    edge_titles.to_title,
    edges.to_role_id,
    to_roles.name as to_name,
    edges.kind,
    edges.n_pages,
    coalesce(edges.notes, []) as notes
from edges
inner join edge_titles
    on edge_titles.from_role_id = edges.from_role_id
    and edge_titles.kind = edges.kind
    and edge_titles.to_role_id is not distinct from edges.to_role_id
    and edge_titles.unknown_title is not distinct from edges.unknown_title
left join roles as from_roles on from_roles.role_id = edges.from_role_id
left join roles as to_roles on to_roles.role_id = edges.to_role_id
order by edges.from_role_id, edges.kind, edge_titles.to_title, edges.to_role_id;
