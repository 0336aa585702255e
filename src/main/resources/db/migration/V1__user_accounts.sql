-- Staff accounts. Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.4.
CREATE TABLE user_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    email                VARCHAR(254),
    password_hash        VARCHAR(255) NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    language             VARCHAR(8)   NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    last_sign_in_at      DATETIME(6),
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE INDEX ix_user_account_role_enabled ON user_account (role, enabled);
