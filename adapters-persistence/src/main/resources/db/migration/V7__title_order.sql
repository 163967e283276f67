-- Titles in the order people expect (specs/tasks.md, "sort=title"): the ICU root collation with numeric
-- ordering, so "9 lives" comes before "10 things", case and accents only break ties, and "Äpfel" sorts
-- with the a's. It needs a PostgreSQL built with ICU; without one this migration stops the start-up.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collprovider = 'i') THEN
        RAISE EXCEPTION 'taskguard needs a PostgreSQL built with ICU (--with-icu) for its title order';
    END IF;
END
$$;

CREATE COLLATION title_order (provider = icu, locale = 'und-u-kn-true');

-- "A user's tasks by title", and the keyset pages that walk it, in the same collation.
CREATE INDEX tasks_user_title_idx ON tasks (user_id, title COLLATE title_order, id);
