-- The data bench/scale seeds, one table per call (psql -v table=...), into the schema the server's own
-- migrations made, with every index and constraint production has. Variables: users, heavy (the tasks
-- of user 1), sessions, audit, lo and hi (the range of task numbers of one call for table=tasks), mult
-- (a prime that shares no factor with users - 1), hash (the argon2id PHC string every user gets).
--
-- Ids, emails and session tokens derive from numbers, so the script can name a user and its session
-- token without reading them back:
--   user n      id md5('scale-user-' || n) as a UUID, email user<n>@scale.example, every one with the
--               same password hash (that of the benchmark's password, made once by a sign-up)
--   session n   of user (n - 1) / 2 + 1; odd n live, even n ended (revoked or expired 1 to 98 days ago);
--               its token is the base64url of sha256('scale-session-' || n) (43 characters, as the
--               server's), stored as the SHA-256 of that token's UTF-8 bytes, as the server stores it
--   tasks       user 1 owns `heavy`; every other user exactly 20, interleaved in time as people add
--               them (task g belongs to user 2 + (g * mult) mod (users - 1)), created over the last year
--   audit       spread evenly over the last 548 days, so the third older than 365 days is retention's
\set ON_ERROR_STOP on

SELECT :'table' = 'users' AS is_users, :'table' = 'tasks' AS is_tasks, :'table' = 'heavy' AS is_heavy,
       :'table' = 'sessions' AS is_sessions, :'table' = 'audit_events' AS is_audit \gset

\if :is_users
INSERT INTO users (id, email, name, email_verified, password_hash, created_at, updated_at)
SELECT md5('scale-user-' || n)::uuid::text, 'user' || n || '@scale.example', 'User ' || n, true, :'hash',
       t, t
FROM generate_series(1, :users) n,
     LATERAL (SELECT now() - interval '730 days' + n * (interval '729 days' / :users)) c(t);
\endif

\if :is_tasks
INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at, due_date)
SELECT md5('scale-user-' || (2 + (g * :mult) % (:users - 1)))::uuid::text, 'task ' || g,
       'seeded at production size', g % 3 = 0, t, t,
       CASE WHEN g % 4 = 0 THEN (t + (g % 60) * interval '1 day')::date END
FROM generate_series(:lo::bigint, :hi::bigint) g,
     LATERAL (SELECT now() - interval '365 days' + g * (interval '365 days' / (20 * (:users - 1)))) c(t);
\endif

\if :is_heavy
INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at, due_date)
SELECT md5('scale-user-1')::uuid::text, 'heavy task ' || g, 'seeded at production size', g % 3 = 0, t, t,
       CASE WHEN g % 4 = 0 THEN (t + (g % 60) * interval '1 day')::date END
FROM generate_series(1, :heavy) g,
     LATERAL (SELECT now() - interval '365 days' + g * (interval '365 days' / :heavy)) c(t);
\endif

\if :is_sessions
INSERT INTO sessions (id, user_id, token_hash, expires_at, created_at, updated_at, ip_address, user_agent,
                      revoked_at)
SELECT md5('scale-session-' || n)::uuid::text, md5('scale-user-' || ((n - 1) / 2 % :users + 1))::uuid::text,
       sha256(convert_to(translate(rtrim(encode(sha256(convert_to('scale-session-' || n, 'UTF8')), 'base64'),
                                         '='), '+/', '-_'), 'UTF8')),
       c + interval '7 days', c, c, '10.0.' || n % 250 || '.' || n % 199, 'Mozilla/5.0 (seeded)',
       CASE WHEN n % 4 = 0 THEN c + interval '1 hour' END
FROM generate_series(1, :sessions) n,
     LATERAL (SELECT CASE WHEN n % 2 = 1 THEN now() - (n % 518400) * interval '1 second'
                          ELSE now() - interval '8 days' - (n % 90) * interval '1 day'
                               - (n % 86400) * interval '1 second' END) t(c);
\endif

\if :is_audit
INSERT INTO audit_events (event, user_id, client_address, occurred_at)
SELECT (ARRAY['SIGN_IN', 'SIGN_IN', 'SIGN_IN', 'SIGN_OUT', 'SIGN_IN_FAILED', 'SIGN_UP', 'PASSWORD_CHANGED',
              'SESSION_REVOKED'])[1 + g % 8],
       md5('scale-user-' || (1 + (g * :mult) % :users))::uuid::text, '10.1.' || g % 250 || '.' || g % 199,
       now() - interval '548 days' + g * (interval '548 days' / :audit)
FROM generate_series(1::bigint, :audit) g;
\endif
