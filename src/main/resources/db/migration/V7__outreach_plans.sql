-- Outreach plans: a manager's plan inside a campaign, its targets, and nothing about its progress, which is computed
-- from the engagements whenever it is read. Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4.

CREATE TABLE outreach_plan (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id          BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    officer_id           BIGINT        NOT NULL,
    -- when the plan began: engagements from this day on count towards it
    starts_on            DATE          NOT NULL,
    target_on            DATE          NOT NULL,
    priority             VARCHAR(16)   NOT NULL,
    notes                VARCHAR(4000),
    archived             BOOLEAN       NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_outreach_plan_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_outreach_plan_officer FOREIGN KEY (officer_id) REFERENCES user_account (id),
    CONSTRAINT ck_outreach_plan_period CHECK (target_on >= starts_on)
);
-- A campaign's plans, the live ones by target date.
CREATE INDEX ix_outreach_plan_campaign ON outreach_plan (campaign_id, archived, target_on, id);
CREATE INDEX ix_outreach_plan_officer ON outreach_plan (officer_id, archived, target_on);

-- One target of a plan: a contact, an organisation or a country, exactly one of the three columns set as the kind
-- says. A contact or an organisation erased (or removed with an undone import) leaves the plans it was in.
CREATE TABLE outreach_target (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id              BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    contact_id           BIGINT,
    organization_id      BIGINT,
    country_code         VARCHAR(2),
    added_at             DATETIME(6)   NOT NULL,
    added_by             VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_outreach_target_plan FOREIGN KEY (plan_id) REFERENCES outreach_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_outreach_target_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_outreach_target_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_outreach_target_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_outreach_target_kind CHECK (
        (kind = 'CONTACT' AND contact_id IS NOT NULL AND organization_id IS NULL AND country_code IS NULL)
        OR (kind = 'ORGANIZATION' AND organization_id IS NOT NULL AND contact_id IS NULL AND country_code IS NULL)
        OR (kind = 'COUNTRY' AND country_code IS NOT NULL AND contact_id IS NULL AND organization_id IS NULL))
);
-- A target is in a plan once; the plan's targets are read from the first of these (a NULL column never clashes).
CREATE UNIQUE INDEX ux_outreach_target_contact ON outreach_target (plan_id, contact_id);
CREATE UNIQUE INDEX ux_outreach_target_organization ON outreach_target (plan_id, organization_id);
CREATE UNIQUE INDEX ux_outreach_target_country ON outreach_target (plan_id, country_code);
-- For the foreign keys: erasing a contact or an organisation finds its targets without reading every plan.
CREATE INDEX ix_outreach_target_contact ON outreach_target (contact_id);
CREATE INDEX ix_outreach_target_organization ON outreach_target (organization_id);
CREATE INDEX ix_outreach_target_country ON outreach_target (country_code);
