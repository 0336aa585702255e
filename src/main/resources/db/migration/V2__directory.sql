-- The stakeholder directory: countries (reference data), organisations, contacts and what hangs on them.
-- Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4: no JSON, no sequences, no generated columns.

CREATE TABLE country (
    code                 VARCHAR(2)      NOT NULL,
    iso3                 VARCHAR(3)     NOT NULL,
    name_en              VARCHAR(100) NOT NULL,
    name_fr              VARCHAR(100) NOT NULL,
    regional_group       VARCHAR(32),
    rome_status          VARCHAR(24)  NOT NULL,
    signed_on            DATE,
    ratified_on          DATE,
    in_force_on          DATE,
    withdrawal_notified_on DATE,
    withdrawal_effective_on DATE,
    search_text          VARCHAR(300) NOT NULL,
    as_of                DATE         NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (code)
);
CREATE INDEX ix_country_group ON country (regional_group, rome_status);

CREATE TABLE organization (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(300)  NOT NULL,
    acronym              VARCHAR(40),
    kind                 VARCHAR(24)   NOT NULL,
    country_code         VARCHAR(2),
    parent_id            BIGINT,
    website              VARCHAR(500),
    notes                VARCHAR(4000),
    search_text          VARCHAR(400)  NOT NULL,
    sort_name            VARCHAR(300)  NOT NULL,
    archived             BOOLEAN       NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_organization_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id)
);
CREATE INDEX ix_organization_parent ON organization (parent_id);
CREATE INDEX ix_organization_country ON organization (country_code);
CREATE INDEX ix_organization_kind ON organization (kind);
CREATE INDEX ix_organization_sort ON organization (archived, sort_name);

CREATE TABLE contact (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    honorific            VARCHAR(40),
    given_name           VARCHAR(100)  NOT NULL,
    family_name          VARCHAR(100)  NOT NULL,
    job_title            VARCHAR(200),
    category             VARCHAR(32)   NOT NULL,
    country_code         VARCHAR(2),
    correspondence_language VARCHAR(8),
    owner_id             BIGINT,
    influence            INT,
    stance               VARCHAR(16)   NOT NULL,
    sensitivity          VARCHAR(16)   NOT NULL,
    lawful_basis         VARCHAR(32),
    consent_note         VARCHAR(1000),
    archived             BOOLEAN       NOT NULL,
    last_engaged_on      DATE,
    primary_email        VARCHAR(254),
    primary_phone        VARCHAR(50),
    organization_name    VARCHAR(300),
    regional_group       VARCHAR(32),
    sort_name            VARCHAR(220)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_contact_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT ck_contact_influence CHECK (influence IS NULL OR influence BETWEEN 1 AND 5)
);
-- Lists show a page in name order under one filter, and count what the filter finds. Each common filter has an
-- (archived, filter, sort_name, id, ...) index: a page is read in order instead of sorted (id breaks ties, so it
-- must follow sort_name), and the need-to-know columns at the end let counts and pages check visibility inside the
-- index without reading rows.
CREATE INDEX ix_contact_sort ON contact (archived, sort_name, id, sensitivity, owner_id);
CREATE INDEX ix_contact_country_sort ON contact (archived, country_code, sort_name, id, sensitivity, owner_id);
CREATE INDEX ix_contact_group_sort ON contact (archived, regional_group, sort_name, id, sensitivity, owner_id);
CREATE INDEX ix_contact_owner_sort ON contact (archived, owner_id, sort_name, id, sensitivity);
CREATE INDEX ix_contact_category_sort ON contact (archived, category, sort_name, id, sensitivity, owner_id);
CREATE INDEX ix_contact_last_engaged ON contact (archived, last_engaged_on, sensitivity, owner_id);
CREATE INDEX ix_contact_sensitivity ON contact (sensitivity, owner_id);

-- The words of a contact's names, position, organisations and emails, folded: free-text search matches the start
-- of a word through this index instead of scanning every row.
CREATE TABLE contact_search_token (
    contact_id           BIGINT        NOT NULL,
    token                VARCHAR(50)   NOT NULL,
    PRIMARY KEY (token, contact_id),
    CONSTRAINT fk_contact_search_token_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);
CREATE INDEX ix_contact_search_token_contact ON contact_search_token (contact_id);

CREATE TABLE contact_email (
    contact_id           BIGINT        NOT NULL,
    item_order           INT           NOT NULL,
    email                VARCHAR(254)  NOT NULL,
    email_key            VARCHAR(254)  NOT NULL,
    label                VARCHAR(40),
    is_primary           BOOLEAN       NOT NULL,
    PRIMARY KEY (contact_id, item_order),
    CONSTRAINT fk_contact_email_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);
CREATE INDEX ix_contact_email_key ON contact_email (email_key);

CREATE TABLE contact_phone (
    contact_id           BIGINT        NOT NULL,
    item_order           INT           NOT NULL,
    phone                VARCHAR(50)   NOT NULL,
    label                VARCHAR(40),
    is_primary           BOOLEAN       NOT NULL,
    PRIMARY KEY (contact_id, item_order),
    CONSTRAINT fk_contact_phone_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);

CREATE TABLE contact_language (
    contact_id           BIGINT        NOT NULL,
    language             VARCHAR(8)    NOT NULL,
    PRIMARY KEY (contact_id, language),
    CONSTRAINT fk_contact_language_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
);

CREATE TABLE tag (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(60)   NOT NULL,
    name_key             VARCHAR(60)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_tag_name_key UNIQUE (name_key)
);

CREATE TABLE contact_tag (
    contact_id           BIGINT        NOT NULL,
    tag_id               BIGINT        NOT NULL,
    PRIMARY KEY (contact_id, tag_id),
    CONSTRAINT fk_contact_tag_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id)
);
CREATE INDEX ix_contact_tag_tag ON contact_tag (tag_id, contact_id);

-- Explicit need-to-know grants: who, besides the owner (and managers for RESTRICTED), may see a contact.
CREATE TABLE contact_grant (
    contact_id           BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL,
    granted_by           VARCHAR(64)   NOT NULL,
    granted_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (contact_id, user_id),
    CONSTRAINT fk_contact_grant_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_grant_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_contact_grant_user ON contact_grant (user_id, contact_id);

CREATE TABLE affiliation (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    contact_id           BIGINT        NOT NULL,
    organization_id      BIGINT        NOT NULL,
    role                 VARCHAR(200),
    start_date           DATE,
    end_date             DATE,
    is_primary           BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_affiliation_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT fk_affiliation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_affiliation_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_affiliation_contact ON affiliation (contact_id);
CREATE INDEX ix_affiliation_organization ON affiliation (organization_id, end_date);

-- A person's named filters on a list ("Francophone ambassadors in The Hague").
CREATE TABLE saved_view (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    user_id              BIGINT        NOT NULL,
    list_name            VARCHAR(40)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    filter_query         VARCHAR(2000) NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_saved_view_name UNIQUE (user_id, list_name, name),
    CONSTRAINT fk_saved_view_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
