-- The peer's tasks: taskguard's tasks table (adapters-persistence, V1__users_and_tasks.sql), column
-- for column and index for index, its owner a Better Auth user.
CREATE TABLE IF NOT EXISTS tasks (
    id          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     varchar(64)   NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
    title       varchar(500)  NOT NULL,
    description varchar(5000),
    completed   boolean       NOT NULL DEFAULT false,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    CONSTRAINT tasks_title_length CHECK (char_length(btrim(title)) BETWEEN 1 AND 500),
    CONSTRAINT tasks_description_length CHECK (description IS NULL OR char_length(description) <= 5000)
);

CREATE INDEX IF NOT EXISTS tasks_user_created_idx ON tasks (user_id, created_at DESC, id DESC);
