-- A task's optional due day (specs/tasks.md, "Due dates"): a date without a time or a zone.
ALTER TABLE tasks ADD COLUMN due_date date;

-- "A user's tasks, soonest due first, those without a due date last", and the keyset pages that walk it.
CREATE INDEX tasks_user_due_idx ON tasks (user_id, (coalesce(due_date, 'infinity'::date)), id);
