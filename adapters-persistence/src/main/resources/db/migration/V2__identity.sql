-- Sessions, signing keys, sign-in throttling and the audit trail (specs/data-model.md).

CREATE TABLE sessions (
    id          varchar(64)   PRIMARY KEY,
    user_id     varchar(64)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  bytea         NOT NULL UNIQUE,
    expires_at  timestamptz   NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    ip_address  varchar(64),
    user_agent  varchar(512),
    revoked_at  timestamptz
);

CREATE INDEX sessions_user_idx ON sessions (user_id, created_at DESC);

CREATE TABLE signing_keys (
    kid                    varchar(64)  PRIMARY KEY,
    algorithm              varchar(10)  NOT NULL DEFAULT 'RS256',
    public_jwk             text         NOT NULL,
    private_key_encrypted  bytea        NOT NULL,
    created_at             timestamptz  NOT NULL,
    signs_until            timestamptz,
    published_until        timestamptz
);

-- Failed sign-ins (and sign-ups) counted per subject, shared by every server.
CREATE TABLE auth_throttle (
    scope              varchar(32)   NOT NULL,
    subject            varchar(320)  NOT NULL,
    failures           integer       NOT NULL,
    window_started_at  timestamptz   NOT NULL,
    blocked_until      timestamptz,
    PRIMARY KEY (scope, subject)
);

CREATE TABLE audit_events (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event           varchar(40)   NOT NULL,
    user_id         varchar(64),
    client_address  varchar(64),
    occurred_at     timestamptz   NOT NULL
);

CREATE INDEX audit_events_user_idx ON audit_events (user_id, occurred_at DESC);
