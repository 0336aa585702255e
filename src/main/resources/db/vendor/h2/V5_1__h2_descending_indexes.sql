-- H2 only (Flyway location db/vendor/{vendor}): H2 cannot read an index backwards, so the newest-first pages of
-- engagements would be sorted from every row. These descending copies let it read them in order. MySQL and MariaDB
-- read the ascending indexes backwards and need no copy.
CREATE INDEX ix_engagement_recent_desc ON engagement (archived, started_at DESC, id DESC, sensitivity, owner_id);
CREATE INDEX ix_engagement_key_desc ON engagement_key (lookup, started_at DESC, engagement_id DESC, sensitivity, owner_id);
