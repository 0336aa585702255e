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

-- Engagements filed under no campaign get a key of their own ("campaign:none", as EngagementKeys writes it from now
-- on), so that the engagements per month by campaign count them from an index range too. Keys exist for live
-- engagements only.
INSERT INTO engagement_key (lookup, started_at, engagement_id, sensitivity, owner_id)
SELECT 'campaign:none', e.started_at, e.id, e.sensitivity, e.owner_id
FROM engagement e
WHERE e.archived = FALSE
  AND NOT EXISTS (SELECT 1 FROM engagement_campaign c WHERE c.engagement_id = e.id);
