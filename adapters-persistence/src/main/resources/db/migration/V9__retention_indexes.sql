-- Retention (specs/operations.md) deletes in batches of rows found through these indexes, one per
-- condition it purges by, so a batch reads only the rows it removes however large the tables grow.
-- Columns that stay NULL for most of a row's life are indexed only where set.
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE INDEX sessions_revoked_idx ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;
CREATE INDEX trusted_devices_expiry_idx ON trusted_devices (expires_at);
CREATE INDEX account_tokens_expires_idx ON account_tokens (expires_at);
CREATE INDEX account_tokens_used_idx ON account_tokens (used_at) WHERE used_at IS NOT NULL;
CREATE INDEX auth_throttle_window_idx ON auth_throttle (window_started_at);
CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX mail_outbox_given_up_idx ON mail_outbox (given_up_at) WHERE given_up_at IS NOT NULL;
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
