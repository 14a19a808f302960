-- role_matrix: one row per role; the role's value for each canonical comparison dimension (the most frequent value when pages disagree; see dimension_values.value_rank for the tie rule).
-- columns:
--   role_id: the role (see roles); every role appears, with nulls where no latest comparison page states a dimension.
--   name: canonical role name.
--   n_comparison_pages: number of latest comparison pages with cells for the role.
--   primary_role: Primary Role cell.
--   reporting_relationship: Reporting Relationship cell.
--   scope_of_responsibilities: Scope of Responsibilities cell.
--   decision_making_authority: Decision-Making Authority cell.
--   strategic_planning: Strategic Planning cell.
--   team_management: Team Management cell.
--   meeting_involvement: Meeting Involvement cell.
--   project_management: Project Management cell.
--   communication: Communication cell.
--   professional_development: Professional Development cell.
--   other_dimensions: cells of dimensions outside the canonical ten, as a list of {dimension, value} sorted by dimension (empty when none).
--   n_conflicting_dimensions: number of dimensions where latest pages state more than one value (see dimension_conflicts).
create or replace view role_matrix as
with winning_values as (
    select role_id, dimension, value
    from dimension_values
    where value_rank = 1
),

value_counts as (
    select role_id, dimension, count(*) as n_values
    from dimension_values
    group by role_id, dimension
),

conflicts as (
    select role_id, count(*) as n_conflicting_dimensions
    from value_counts
    where n_values > 1
    group by role_id
),

comparison_pages as (
    select dimensions.role_id, count(distinct dimensions.page_id) as n_comparison_pages
    from dimensions
    inner join latest_pages on latest_pages.page_id = dimensions.page_id
    group by dimensions.role_id
),

pivoted as (
    select
        role_id,
        max(value) filter (where dimension = 'primary_role') as primary_role,
        max(value) filter (where dimension = 'reporting_relationship') as reporting_relationship,
        max(value) filter (where dimension = 'scope_of_responsibilities') as scope_of_responsibilities,
        max(value) filter (where dimension = 'decision_making_authority') as decision_making_authority,
        max(value) filter (where dimension = 'strategic_planning') as strategic_planning,
        max(value) filter (where dimension = 'team_management') as team_management,
        max(value) filter (where dimension = 'meeting_involvement') as meeting_involvement,
        max(value) filter (where dimension = 'project_management') as project_management,
        max(value) filter (where dimension = 'communication') as communication,
        max(value) filter (where dimension = 'professional_development') as professional_development,
        list({'dimension': dimension, 'value': value} order by dimension) filter (
            where dimension not in (
                'primary_role', 'reporting_relationship', 'scope_of_responsibilities',
                'decision_making_authority', 'strategic_planning', 'team_management',
                'meeting_involvement', 'project_management', 'communication',
                'professional_development'
            )
        ) as other_dimensions
    from winning_values
    group by role_id
)

select
    roles.role_id,
    roles.name,
    coalesce(comparison_pages.n_comparison_pages, 0) as n_comparison_pages,
    pivoted.primary_role,
    pivoted.reporting_relationship,
    pivoted.scope_of_responsibilities,
    pivoted.decision_making_authority,
    pivoted.strategic_planning,
    pivoted.team_management,
    pivoted.meeting_involvement,
    pivoted.project_management,
    pivoted.communication,
    pivoted.professional_development,
    coalesce(pivoted.other_dimensions, []) as other_dimensions,
    coalesce(conflicts.n_conflicting_dimensions, 0) as n_conflicting_dimensions
from roles
left join pivoted on pivoted.role_id = roles.role_id
left join comparison_pages on comparison_pages.role_id = roles.role_id
left join conflicts on conflicts.role_id = roles.role_id
order by roles.role_id;
