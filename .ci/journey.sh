#!/usr/bin/env bash
# One person's whole journey over HTTP against a running taskguard, as the README's quick start walks it:
# sign up, a JWT from /api/auth/token, create, list, get, PUT, PATCH and DELETE a task, 403 on another
# user's path, 404 on another user's task, sign out, 401 for the old JWT; then two-factor: enrol with the
# password, confirm with a code, a challenged sign-in answered with the next code, and turn it off. Every
# step checks the status and the body; the first mismatch ends the journey with exit code 1.
#
#   .ci/journey.sh [base-url]        (default http://localhost:9080)
#
# Needs curl, python3 (for reading JSON) and oathtool (for the codes an authenticator app would show).
set -euo pipefail
base="${1:-http://localhost:9080}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step=0
jar=""  # a cookie jar, once the two-factor challenge needs one (as `curl -c jar` in the README)
# call NAME EXPECTED_STATUS METHOD PATH [BEARER] [JSON-BODY]: the body lands in $work/body
call() {
  local name="$1" expected="$2" method="$3" path="$4" bearer="${5:-}" body="${6:-}"
  local args=(-s -o "$work/body" -D "$work/headers" -w '%{http_code}' -X "$method" "$base$path")
  [ -n "$jar" ] && args+=(-b "$jar" -c "$jar")
  [ -n "$bearer" ] && args+=(-H "Authorization: Bearer $bearer")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
  local status
  status="$(curl "${args[@]}")"
  step=$((step + 1))
  if [ "$status" != "$expected" ]; then
    printf 'FAIL %2d %-44s %s %s: expected %s, got %s: %s\n' "$step" "$name" "$method" "$path" "$expected" "$status" "$(head -c 300 "$work/body")"
    exit 1
  fi
  printf 'ok   %2d %-44s %s %s -> %s\n' "$step" "$name" "$method" "$path" "$status"
}
# json EXPRESSION: evaluates a Python expression over the last body (as `b`) and prints it
json() { python3 -c "import json,sys; b=json.load(open('$work/body')); print($1)"; }
# expect EXPRESSION: the Python expression over the last body must be true
expect() {
  if [ "$(json "bool($1)")" != "True" ]; then
    echo "FAIL     body check: $1 on $(head -c 300 "$work/body")"
    exit 1
  fi
}

stamp="$(date +%s)-$$"
password="correct horse battery staple"

call "sign up Ada" 200 POST /api/auth/sign-up/email "" \
  "{\"email\":\"ada-$stamp@example.com\",\"password\":\"$password\",\"name\":\"Ada\"}"
ada_session="$(json 'b["token"]')"; ada="$(json 'b["user"]["id"]')"
expect "b['user']['email'] == 'ada-$stamp@example.com' and b['user']['name'] == 'Ada'"

call "Ada's JWT from /api/auth/token" 200 GET /api/auth/token "$ada_session"
ada_jwt="$(json 'b["token"]')"
expect "b['token'].count('.') == 2"

call "create a task" 201 POST "/api/users/$ada/tasks" "$ada_jwt" \
  '{"title":"Buy milk","description":"two litres"}'
task="$(json 'b["id"]')"
expect "b['title'] == 'Buy milk' and b['description'] == 'two litres' and b['completed'] is False and b['user_id'] == '$ada'"
grep -qi '^location: .*/api/users/'"$ada"'/tasks/'"$task" "$work/headers" || { echo "FAIL     no Location header"; exit 1; }

call "list the tasks" 200 GET "/api/users/$ada/tasks" "$ada_jwt"
expect "[t['id'] for t in b] == [$task]"

call "get the task" 200 GET "/api/users/$ada/tasks/$task" "$ada_jwt"
expect "b['id'] == $task and b['title'] == 'Buy milk'"

call "replace it (PUT)" 200 PUT "/api/users/$ada/tasks/$task" "$ada_jwt" \
  '{"title":"Buy oat milk","description":null,"completed":false}'
expect "b['title'] == 'Buy oat milk' and b['description'] is None"

call "complete it (PATCH)" 200 PATCH "/api/users/$ada/tasks/$task" "$ada_jwt" '{"completed":true}'
expect "b['completed'] is True and b['title'] == 'Buy oat milk'"

call "sign up Bob" 200 POST /api/auth/sign-up/email "" \
  "{\"email\":\"bob-$stamp@example.com\",\"password\":\"$password\",\"name\":\"Bob\"}"
bob="$(json 'b["user"]["id"]')"
call "Bob's JWT" 200 GET /api/auth/token "$(json 'b["token"]')"
bob_jwt="$(json 'b["token"]')"

call "Bob on Ada's path: 403" 403 GET "/api/users/$ada/tasks" "$bob_jwt"
expect "b == {'detail': 'Not authorized'} or set(b) == {'detail'}"
call "Bob asks for Ada's task in his own list: 404" 404 GET "/api/users/$bob/tasks/$task" "$bob_jwt"
expect "set(b) == {'detail'}"

call "delete the task" 204 DELETE "/api/users/$ada/tasks/$task" "$ada_jwt"
call "it is gone" 404 GET "/api/users/$ada/tasks/$task" "$ada_jwt"

call "sign out" 200 POST /api/auth/sign-out "$ada_session" '{}'
expect "b == {'success': True}"
sleep 1.2  # sign-out reaches every server's session cache within one second
call "the old JWT after sign-out: 401" 401 GET "/api/users/$ada/tasks" "$ada_jwt"
expect "set(b) == {'detail'}"

call "sign in again" 200 POST /api/auth/sign-in/email "" \
  "{\"email\":\"ada-$stamp@example.com\",\"password\":\"$password\"}"
ada_session="$(json 'b["token"]')"
call "turn on two-factor (password)" 200 POST /api/auth/two-factor/enable "$ada_session" \
  "{\"password\":\"$password\"}"
expect "len(b['backupCodes']) == 10 and b['totpURI'].startswith('otpauth://totp/taskguard:')"
secret="$(json 'b["totpURI"].split("secret=")[1].split("&")[0]')"
call "confirm with a code" 200 POST /api/auth/two-factor/verify-totp "$ada_session" \
  "{\"code\":\"$(oathtool --totp -b "$secret")\"}"
expect "b['user']['twoFactorEnabled'] is True and b['token'] != '$ada_session'"
jar="$work/cookies"
call "sign in: a challenge, no session" 200 POST /api/auth/sign-in/email "" \
  "{\"email\":\"ada-$stamp@example.com\",\"password\":\"$password\"}"
expect "b == {'twoFactorRedirect': True, 'twoFactorMethods': ['totp', 'otp']}"
call "answer it with the next code" 200 POST /api/auth/two-factor/verify-totp "" \
  "{\"code\":\"$(oathtool --totp --now 'now + 30 seconds' -b "$secret")\"}"
ada_session="$(json 'b["token"]')"
expect "b['user']['twoFactorEnabled'] is True"
call "turn two-factor off (password)" 200 POST /api/auth/two-factor/disable "$ada_session" \
  "{\"password\":\"$password\"}"
expect "b == {'status': True}"

echo "journey complete: $step requests against $base"
