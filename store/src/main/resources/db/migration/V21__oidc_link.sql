-- Accounts linked to the administrator's OpenID Connect provider (docs/operations.md#openid-connect).
-- Like V1, written for both PostgreSQL and H2 in MODE=PostgreSQL.

-- One row per person and provider: the provider's issuer and its subject (the provider's stable id of the
-- person; usernames and emails can change there) lead to the person's account.
CREATE TABLE oidc_link (
    issuer     VARCHAR(500) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    person_id  BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT oidc_link_pk PRIMARY KEY (issuer, subject),
    -- One identity per provider and person, so that signing in with the provider always ends in one account.
    CONSTRAINT oidc_link_person_unique UNIQUE (person_id, issuer)
);
