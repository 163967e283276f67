-- Account lifecycle (specs/data-model.md): the one-time tokens mailed to people, and the mail outbox.

-- A password-reset, email-verification or email-change token. Only its SHA-256 is stored; it is used
-- at most once (used_at), and is worth nothing after expires_at or once its user is gone.
CREATE TABLE account_tokens (
    id          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purpose     varchar(32)   NOT NULL,
    token_hash  bytea         NOT NULL,
    user_id     varchar(64)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email       varchar(254)  NOT NULL,
    created_at  timestamptz   NOT NULL,
    expires_at  timestamptz   NOT NULL,
    used_at     timestamptz,
    CONSTRAINT account_tokens_purpose CHECK (purpose IN ('reset-password', 'verify-email', 'change-email'))
);

CREATE UNIQUE INDEX account_tokens_hash_key ON account_tokens (token_hash);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);

-- Mail waiting to be sent, written in the transaction of the change it tells about and sent after
-- commit by any server (a row is claimed with FOR UPDATE SKIP LOCKED). A mail that was sent, or given
-- up after its last attempt, keeps no body.
CREATE TABLE mail_outbox (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient        varchar(254)  NOT NULL,
    subject          varchar(200)  NOT NULL,
    text_body        text          NOT NULL,
    html_body        text          NOT NULL,
    created_at       timestamptz   NOT NULL,
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL,
    sent_at          timestamptz,
    given_up_at      timestamptz,
    last_error       varchar(200)
);

CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
