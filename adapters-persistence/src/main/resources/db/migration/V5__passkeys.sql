-- Passkeys (specs/passkeys.md, specs/data-model.md) and the challenges of their ceremonies.

-- A passkey: credential is webauthn4j's binary form of the attested credential data (credential id,
-- AAGUID, public key); sign_count the authenticator's counter at its last use. No secret is stored.
CREATE TABLE passkeys (
    id             varchar(64)   PRIMARY KEY,
    user_id        varchar(64)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name           varchar(100)  NOT NULL,
    credential_id  bytea         NOT NULL,
    credential     bytea         NOT NULL,
    sign_count     bigint        NOT NULL,
    aaguid         varchar(36)   NOT NULL,
    backed_up      boolean       NOT NULL,
    multi_device   boolean       NOT NULL,
    transports     varchar(200)  NOT NULL,
    created_at     timestamptz   NOT NULL,
    last_used_at   timestamptz
);

CREATE UNIQUE INDEX passkeys_credential_key ON passkeys (credential_id);
CREATE INDEX passkeys_user_idx ON passkeys (user_id);

-- A ceremony's challenge, by its SHA-256: taken once (deleted), for its ceremony only, and for a
-- registration only by the user it was issued to.
CREATE TABLE passkey_challenges (
    challenge_hash  bytea         PRIMARY KEY,
    ceremony        varchar(16)   NOT NULL,
    user_id         varchar(64)   REFERENCES users (id) ON DELETE CASCADE,
    expires_at      timestamptz   NOT NULL,
    CONSTRAINT passkey_challenges_ceremony CHECK (ceremony IN ('register', 'authenticate'))
);

CREATE INDEX passkey_challenges_expiry_idx ON passkey_challenges (expires_at);
