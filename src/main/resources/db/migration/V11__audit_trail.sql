-- The audit trail: who did or saw what, when. Append-only: the application inserts and reads rows, never updates
-- or deletes them (README, "Audit trail": in production its database user is granted only SELECT and INSERT on this
-- table). Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4.
--
-- actor_username: who was signed in, or the name typed in a failed sign-in; actor_id: their account, when known.
-- record_type: contact, organization, engagement, follow-up, campaign, outreach-plan, country, user, import, export,
-- session. changes: the changed fields as JSON, [{"field": ..., "before": ..., "after": ...}], secrets masked.
CREATE TABLE audit_event (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at          DATETIME(6)   NOT NULL,
    actor_id             BIGINT,
    actor_username       VARCHAR(100),
    action               VARCHAR(24)   NOT NULL,
    record_type          VARCHAR(32)   NOT NULL,
    record_id            BIGINT,
    changes              MEDIUMTEXT,
    detail               VARCHAR(2000),
    PRIMARY KEY (id)
);
-- The screen's filters, each read newest first (descending indexes: H2, MariaDB 10.8+ and MySQL 8 keep them so).
CREATE INDEX ix_audit_event_recent ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_username, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_record ON audit_event (record_type, record_id, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at DESC, id DESC);
