-- Which contacts each export file contained, so that a subject-access request can list the exports that held a
-- person. One row per export event that wrote contacts: their ids as a bit set (bit n set: contact n was in the
-- file), deflated. Append-only like audit_event (the application inserts and reads, never updates or deletes).
CREATE TABLE audit_export_contact (
    audit_event_id BIGINT   NOT NULL,
    contact_count  INT      NOT NULL,
    contact_ids    LONGBLOB NOT NULL,
    PRIMARY KEY (audit_event_id),
    CONSTRAINT fk_audit_export_contact_event FOREIGN KEY (audit_event_id) REFERENCES audit_event (id)
);
