-- Imports: every import is a batch that its author or an administrator can undo. import_record lists what a
-- batch created (to remove) and updated (with the values before, to restore). Portable across H2 (MySQL mode),
-- MariaDB 10.11 and MySQL 8.4.

CREATE TABLE import_batch (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    import_type          VARCHAR(16)   NOT NULL,
    file_name            VARCHAR(255)  NOT NULL,
    sheet_name           VARCHAR(255)  NOT NULL,
    duplicate_mode       VARCHAR(8)    NOT NULL,
    partial_allowed      BOOLEAN       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    rows_read            INT           NOT NULL,
    created_count        INT           NOT NULL,
    updated_count        INT           NOT NULL,
    skipped_count        INT           NOT NULL,
    rejected_count       INT           NOT NULL,
    author_id            BIGINT        NOT NULL,
    author_name          VARCHAR(64)   NOT NULL,
    started_at           DATETIME(6)   NOT NULL,
    finished_at          DATETIME(6),
    undone_at            DATETIME(6),
    undone_by            VARCHAR(64),
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_import_batch_started ON import_batch (started_at, id);
CREATE INDEX ix_import_batch_author ON import_batch (author_id, started_at, id);

-- record_type: CONTACT, ORGANIZATION, AFFILIATION (owner_id = its contact), ENGAGEMENT. action: CREATED, UPDATED.
CREATE TABLE import_record (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id             BIGINT        NOT NULL,
    record_type          VARCHAR(16)   NOT NULL,
    record_id            BIGINT        NOT NULL,
    owner_id             BIGINT,
    action               VARCHAR(8)    NOT NULL,
    previous_values      TEXT,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_record_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
);
CREATE INDEX ix_import_record_batch ON import_record (batch_id, id);

-- A saved mapping: for each header, as it was written in the file, the field it holds. Shared by the team.
CREATE TABLE import_mapping (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    import_type          VARCHAR(16)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    name_key             VARCHAR(100)  NOT NULL,
    columns_text         VARCHAR(8000) NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_import_mapping_name UNIQUE (import_type, name_key)
);
