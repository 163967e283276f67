-- When a session's holder last proved a second factor on it (a TOTP code or a passkey) without making a
-- new session (specs/two-factor.md, "Step-up"): such a session counts as fresh for sensitive changes.
ALTER TABLE sessions ADD COLUMN stepped_up_at timestamptz;
