-- Accounts and their tasks (specs/data-model.md).
CREATE TABLE users (
    id             varchar(64)   PRIMARY KEY,
    email          varchar(254)  NOT NULL,
    name           varchar(200)  NOT NULL,
    email_verified boolean       NOT NULL DEFAULT false,
    image          varchar(2048),
    password_hash  varchar(255)  NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL
);

-- One account per email, whatever its case, enforced by the database even for concurrent sign-ups.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

CREATE TABLE tasks (
    id          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     varchar(64)   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       varchar(500)  NOT NULL,
    description varchar(5000),
    completed   boolean       NOT NULL DEFAULT false,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    CONSTRAINT tasks_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 500),
    CONSTRAINT tasks_description_length CHECK (description IS NULL OR char_length(description) <= 5000)
);

-- "A user's tasks, newest first", and the keyset pages that walk it.
CREATE INDEX tasks_user_created_idx ON tasks (user_id, created_at DESC, id DESC);
