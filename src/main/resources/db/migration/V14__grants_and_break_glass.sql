-- Hand-made engagement grants, and break-glass access for administrators to contacts and engagements.
-- Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4.

-- A contact grant is either made by hand (GRANT, no end) or opened by an administrator breaking the glass
-- (BREAK_GLASS, ending at expires_at). The visibility rule reads every row alike; a scheduled job removes the
-- expired ones, found through ix_contact_grant_expiry (hand-made grants have no expiry and stay out of it).
ALTER TABLE contact_grant ADD COLUMN kind VARCHAR(16) DEFAULT 'GRANT' NOT NULL;
ALTER TABLE contact_grant ADD COLUMN expires_at DATETIME(6);
CREATE INDEX ix_contact_grant_expiry ON contact_grant (expires_at);

-- Who broke the glass on which contact, why and until when: kept after the access itself has ended, for the
-- contact's owner to see.
CREATE TABLE contact_break_glass (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    contact_id           BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    opened_at            DATETIME(6)   NOT NULL,
    expires_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_break_glass_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_break_glass_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_contact_break_glass_contact ON contact_break_glass (contact_id, opened_at);
CREATE INDEX ix_contact_break_glass_opened ON contact_break_glass (opened_at);

-- Colleagues granted access to a RESTRICTED or CONFIDENTIAL engagement by hand (GRANT) or by breaking the glass
-- (BREAK_GLASS, until expires_at). Each grantee is also written to engagement_access, which the visibility rule
-- reads, so that the rule and its speed stay as they were.
CREATE TABLE engagement_grant (
    engagement_id        BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    granted_by           VARCHAR(64)   NOT NULL,
    granted_at           DATETIME(6)   NOT NULL,
    expires_at           DATETIME(6),
    PRIMARY KEY (engagement_id, user_id),
    CONSTRAINT fk_engagement_grant_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_grant_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_engagement_grant_expiry ON engagement_grant (expires_at);

CREATE TABLE engagement_break_glass (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id        BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    opened_at            DATETIME(6)   NOT NULL,
    expires_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_break_glass_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_break_glass_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_engagement_break_glass_engagement ON engagement_break_glass (engagement_id, opened_at);
CREATE INDEX ix_engagement_break_glass_opened ON engagement_break_glass (opened_at);
