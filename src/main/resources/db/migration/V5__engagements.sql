-- Campaigns, engagements and follow-ups. Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4.

CREATE TABLE campaign (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000),
    objectives           VARCHAR(4000),
    starts_on            DATE,
    ends_on              DATE,
    status               VARCHAR(16)   NOT NULL,
    sort_name            VARCHAR(200)  NOT NULL,
    archived             BOOLEAN       NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_campaign_period CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX ix_campaign_sort ON campaign (archived, sort_name, id);
CREATE INDEX ix_campaign_status ON campaign (archived, status, sort_name, id);

-- One interaction. owner_id is the person who logged it. A deleted engagement is archived (restorable) and
-- drops out of every timeline, list and last-engagement date.
CREATE TABLE engagement (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    kind                 VARCHAR(24)   NOT NULL,
    started_at           DATETIME(6)   NOT NULL,
    ended_at             DATETIME(6),
    place                VARCHAR(300),
    title                VARCHAR(300)  NOT NULL,
    notes                VARCHAR(10000),
    outcome              VARCHAR(2000),
    sensitivity          VARCHAR(16)   NOT NULL,
    owner_id             BIGINT        NOT NULL,
    archived             BOOLEAN       NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT ck_engagement_period CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- The unfiltered list reads a page newest first, checking need-to-know inside the index.
CREATE INDEX ix_engagement_recent ON engagement (archived, started_at, id, sensitivity, owner_id);

CREATE TABLE engagement_participant (
    engagement_id        BIGINT        NOT NULL,
    contact_id           BIGINT        NOT NULL,
    PRIMARY KEY (engagement_id, contact_id),
    CONSTRAINT fk_engagement_participant_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_participant_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_engagement_participant_contact ON engagement_participant (contact_id, engagement_id);

CREATE TABLE engagement_organization (
    engagement_id        BIGINT        NOT NULL,
    organization_id      BIGINT        NOT NULL,
    PRIMARY KEY (engagement_id, organization_id),
    CONSTRAINT fk_engagement_organization_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_organization_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE engagement_staff (
    engagement_id        BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL,
    PRIMARY KEY (engagement_id, user_id),
    CONSTRAINT fk_engagement_staff_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_staff_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE engagement_campaign (
    engagement_id        BIGINT        NOT NULL,
    campaign_id          BIGINT        NOT NULL,
    PRIMARY KEY (engagement_id, campaign_id),
    CONSTRAINT fk_engagement_campaign_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_campaign_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- Who may read a RESTRICTED or CONFIDENTIAL engagement besides its owner: the staff present and the assignees
-- of its follow-ups. Kept by the application from those two lists.
CREATE TABLE engagement_access (
    engagement_id        BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL,
    PRIMARY KEY (engagement_id, user_id),
    CONSTRAINT fk_engagement_access_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_access_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- What each live engagement can be found by, one row per key ("contact:12", "country:KE", "word:amnesty"...),
-- with its start time and need-to-know columns: a timeline or a filtered list reads one key's rows newest
-- first from the primary key, instead of joining and sorting a million engagements. Derived data: rewritten
-- from the engagement and its participants whenever they change, removed when it is deleted.
CREATE TABLE engagement_key (
    lookup               VARCHAR(64)   NOT NULL,
    started_at           DATETIME(6)   NOT NULL,
    engagement_id        BIGINT        NOT NULL,
    sensitivity          VARCHAR(16)   NOT NULL,
    owner_id             BIGINT        NOT NULL,
    PRIMARY KEY (lookup, started_at, engagement_id),
    CONSTRAINT fk_engagement_key_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
);
CREATE INDEX ix_engagement_key_engagement ON engagement_key (engagement_id, lookup);

CREATE TABLE follow_up (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id        BIGINT        NOT NULL,
    description          VARCHAR(1000) NOT NULL,
    assignee_id          BIGINT        NOT NULL,
    due_on               DATE          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    closed_at            DATETIME(6),
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id)
);
CREATE INDEX ix_follow_up_assignee ON follow_up (assignee_id, status, due_on, id);
CREATE INDEX ix_follow_up_engagement ON follow_up (engagement_id);

CREATE TABLE follow_up_contact (
    follow_up_id         BIGINT        NOT NULL,
    contact_id           BIGINT        NOT NULL,
    PRIMARY KEY (follow_up_id, contact_id),
    CONSTRAINT fk_follow_up_contact_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_follow_up_contact_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_follow_up_contact_contact ON follow_up_contact (contact_id, follow_up_id);
