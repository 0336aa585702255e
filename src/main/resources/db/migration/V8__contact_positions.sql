-- Every change of a contact's influence or stance (the contact form, the stakeholder map's quick change, an import
-- that updates the contact, an undone import), with the values before and after: the stakeholder map of an earlier
-- date takes each contact's "before" value of its first change after that date. Creating a contact writes no row
-- (an import creates 100,000 at once): a contact without a change after the date stood where it stands now.
-- Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4.
CREATE TABLE contact_position_change (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    contact_id           BIGINT        NOT NULL,
    changed_at           DATETIME(6)   NOT NULL,
    changed_by           VARCHAR(64)   NOT NULL,
    influence_before     INT,
    stance_before        VARCHAR(16)   NOT NULL,
    influence_after      INT,
    stance_after         VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_position_change_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT ck_contact_position_change_influence CHECK ((influence_before IS NULL OR influence_before BETWEEN 1 AND 5)
        AND (influence_after IS NULL OR influence_after BETWEEN 1 AND 5))
);
-- A contact's history newest first, and its first change after a date.
CREATE INDEX ix_contact_position_change_contact ON contact_position_change (contact_id, changed_at, id);
