-- Retention removes a session once it ended, by expiry or by revocation, whichever came first (LEAST
-- ignores a NULL revoked_at), more than its age ago. One index on that moment replaces V9's two, one
-- per column: deleting the rows one of them finds left entries in the other that pointed at removed
-- rows until a vacuum, and each later batch searching the other index read those rows' pages again,
-- seconds per batch on a table of millions of sessions (bench/scale).
CREATE INDEX sessions_ended_idx ON sessions ((LEAST(expires_at, revoked_at)));
DROP INDEX sessions_expires_idx;
DROP INDEX sessions_revoked_idx;
