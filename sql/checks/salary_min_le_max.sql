-- check: salary_min_le_max: every salary band's min_amount is at most its max_amount
select page_id, role_id, position, label, min_amount, max_amount
from salaries
where min_amount > max_amount
