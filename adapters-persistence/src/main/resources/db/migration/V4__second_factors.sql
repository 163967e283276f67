-- Second factors (specs/two-factor.md, specs/data-model.md): TOTP secrets, backup codes, sign-in
-- challenges that wait for a second factor, and devices trusted to skip that step.

-- True once a TOTP secret is confirmed; every user object the accounts API returns shows it.
ALTER TABLE users ADD COLUMN two_factor_enabled boolean NOT NULL DEFAULT false;

-- A TOTP secret, encrypted (AES-256-GCM under the key-encryption secret, bound to its user). A user has
-- at most one confirmed secret and at most one waiting for its first code; a new enrolment never
-- replaces the confirmed one before it is itself confirmed. last_used_step is the newest 30-second step
-- whose code was accepted: a code of that step or an earlier one is refused, on every server.
CREATE TABLE totp_secrets (
    user_id         varchar(64)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confirmed       boolean      NOT NULL,
    secret          bytea        NOT NULL,
    last_used_step  bigint,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (user_id, confirmed)
);

-- Backup codes, kept only as SHA-256 hashes; each is used at most once (used_at). Codes made with a
-- secret still waiting for confirmation (confirmed = false) replace the others only when it is confirmed.
CREATE TABLE backup_codes (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     varchar(64)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confirmed   boolean      NOT NULL,
    code_hash   bytea        NOT NULL,
    used_at     timestamptz
);

CREATE INDEX backup_codes_user_idx ON backup_codes (user_id, confirmed);

-- A sign-in that proved the password and waits for a second factor. The client holds the challenge
-- token (a cookie); only its SHA-256 is stored. failures counts wrong codes; a mailed code is kept as a
-- hash with its own expiry.
CREATE TABLE two_factor_challenges (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash      bytea         NOT NULL,
    user_id         varchar(64)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      timestamptz   NOT NULL,
    expires_at      timestamptz   NOT NULL,
    failures        integer       NOT NULL DEFAULT 0,
    otp_hash        bytea,
    otp_expires_at  timestamptz,
    ip_address      varchar(64),
    user_agent      varchar(512)
);

CREATE UNIQUE INDEX two_factor_challenges_hash_key ON two_factor_challenges (token_hash);
CREATE INDEX two_factor_challenges_user_idx ON two_factor_challenges (user_id);
CREATE INDEX two_factor_challenges_expiry_idx ON two_factor_challenges (expires_at);

-- A browser the user chose to trust after a second factor: sign-in from it skips the second factor
-- until expires_at. The device holds a token (a cookie) that changes at each use; only its SHA-256 is
-- stored. Revoked one by one, by turning two-factor off, or by signing out everywhere.
CREATE TABLE trusted_devices (
    id            varchar(64)   PRIMARY KEY,
    user_id       varchar(64)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash    bytea         NOT NULL,
    created_at    timestamptz   NOT NULL,
    last_used_at  timestamptz   NOT NULL,
    expires_at    timestamptz   NOT NULL,
    ip_address    varchar(64),
    user_agent    varchar(512)
);

CREATE UNIQUE INDEX trusted_devices_hash_key ON trusted_devices (token_hash);
CREATE INDEX trusted_devices_user_idx ON trusted_devices (user_id);
