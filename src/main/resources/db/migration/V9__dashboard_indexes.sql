-- The dashboard's figures read index ranges, never a whole table. Portable across H2 (MySQL mode), MariaDB 10.11
-- and MySQL 8.4, which all keep a column's DESC in an index.

-- Key people going cold: the active contacts of influence 4 or 5, the most influential first, then by name (hence
-- influence DESC), with the need-to-know columns and the last-engagement date, so that the count and each page are
-- read and tested inside the index.
CREATE INDEX ix_contact_influence_sort ON contact (archived, influence DESC, sort_name, id, sensitivity, owner_id,
                                                  last_engaged_on);

-- Overdue follow-ups by officer: the open follow-ups due before today, whoever holds them (the assignee index starts
-- with the assignee).
CREATE INDEX ix_follow_up_open_due ON follow_up (status, due_on, assignee_id, engagement_id);
