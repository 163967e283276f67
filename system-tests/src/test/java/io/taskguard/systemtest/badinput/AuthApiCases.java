package io.taskguard.systemtest.badinput;

import static io.taskguard.systemtest.badinput.BadRequest.bytes;
import static io.taskguard.systemtest.badinput.BadRequest.of;
import static io.taskguard.systemtest.badinput.BadRequest.withRawBytes;

import java.util.stream.Stream;

/**
 * The bad-input table of the accounts API ({@code /api/auth/*}) and the discovery document. The
 * expected value is the {@code code} of the {@code {message, code}} body.
 */
final class AuthApiCases {

  static final String SIGN_UP = "/api/auth/sign-up/email";
  static final String SIGN_IN = "/api/auth/sign-in/email";
  static final String REVOKE = "/api/auth/revoke-session";
  static final String DISCOVERY = "/.well-known/openid-configuration";
  static final String PASSWORD = "\"password\":\"correct horse battery bad input\"";
  static final String MEGABYTE = TaskApiCases.MEGABYTE;

  private AuthApiCases() {}

  static Stream<BadRequest> all() {
    return Stream.of(
            signUp(),
            signIn(),
            sessions(),
            lifecycle(),
            secondFactors(),
            publicEndpoints(),
            webUi())
        .flatMap(cases -> cases);
  }

  /** A sign-up body with {@code email} and {@code name} as raw JSON text. */
  private static String signUp(String email, String name) {
    return "{\"email\":" + email + "," + PASSWORD + ",\"name\":" + name + "}";
  }

  private static Stream<BadRequest> signUp() {
    String ok = "\"bad-input@example.test\"";
    return Stream.of(
        of("broken JSON", "POST", SIGN_UP).json("{\"email\":").expect(400, "INVALID_JSON"),
        of("duplicate key", "POST", SIGN_UP)
            .json(
                "{\"email\":\"a@example.test\","
                    + PASSWORD
                    + ",\"name\":\"a\",\"email\":\"b@example.test\"}")
            .expect(400, "INVALID_JSON"),
        of("5,000 levels of [", "POST", SIGN_UP)
            .json("[".repeat(5_000) + "]".repeat(5_000))
            .expect(400, "INVALID_JSON"),
        of("10,000 levels of {", "POST", SIGN_UP)
            .json("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("name of zero-width characters only", "POST", SIGN_UP)
            .json(signUp(ok, "\"\\u200b\\u2060\""))
            .expect(400, "VALIDATION_ERROR"),
        of("email a number", "POST", SIGN_UP)
            .json(signUp("42", "\"a\""))
            .expect(400, "VALIDATION_ERROR"),
        of("email an array", "POST", SIGN_UP)
            .json(signUp("[" + ok + "]", "\"a\""))
            .expect(400, "VALIDATION_ERROR"),
        of("email null", "POST", SIGN_UP)
            .json(signUp("null", "\"a\""))
            .expect(400, "VALIDATION_ERROR"),
        of("name a boolean", "POST", SIGN_UP)
            .json(signUp(ok, "false"))
            .expect(400, "VALIDATION_ERROR"),
        of("name an object", "POST", SIGN_UP)
            .json(signUp(ok, "{}"))
            .expect(400, "VALIDATION_ERROR"),
        of("password an object", "POST", SIGN_UP)
            .json("{\"email\":" + ok + ",\"password\":{},\"name\":\"a\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("image 1e400", "POST", SIGN_UP)
            .json("{\"email\":" + ok + "," + PASSWORD + ",\"name\":\"a\",\"image\":1e400}")
            .expect(400, "VALIDATION_ERROR"),
        of("1 MB password", "POST", SIGN_UP)
            .json("{\"email\":" + ok + ",\"password\":\"" + MEGABYTE + "\",\"name\":\"a\"}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("1 MB email", "POST", SIGN_UP)
            .json(signUp("\"" + MEGABYTE + "@example.test\"", "\"a\""))
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("1 MB name", "POST", SIGN_UP)
            .json(signUp(ok, "\"" + MEGABYTE + "\""))
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("NUL in email", "POST", SIGN_UP)
            .json(signUp("\"bad\\u0000input@example.test\"", "\"a\""))
            .expect(400, "INVALID_EMAIL"),
        of("right-to-left override in email", "POST", SIGN_UP)
            .json(signUp("\"moc.elpmaxe\\u202E@bad-input.test\"", "\"a\""))
            .expect(400, "INVALID_EMAIL"),
        of("NUL in name", "POST", SIGN_UP)
            .json(signUp(ok, "\"a\\u0000b\""))
            .expect(400, "VALIDATION_ERROR"),
        of("right-to-left override in name", "POST", SIGN_UP)
            .json(signUp(ok, "\"Ann \\u202Enimda\""))
            .expect(400, "VALIDATION_ERROR"),
        of("lone surrogate in name", "POST", SIGN_UP)
            .json(signUp(ok, "\"a\\udc00\""))
            .expect(400, "VALIDATION_ERROR"),
        of("lone surrogate in password", "POST", SIGN_UP)
            .json(
                "{\"email\":"
                    + ok
                    + ",\"password\":\"correct horse \\ud800 battery\",\"name\":\"a\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("NUL in image", "POST", SIGN_UP)
            .json("{\"email\":" + ok + "," + PASSWORD + ",\"name\":\"a\",\"image\":\"x\\u0000\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("invalid UTF-8 in name", "POST", SIGN_UP)
            .body("application/json", withRawBytes(signUp(ok, "\"#\""), 0xff, 0xfe))
            .expect(400, "INVALID_JSON"),
        of("UTF-8-encoded surrogate in name", "POST", SIGN_UP)
            .body("application/json", withRawBytes(signUp(ok, "\"#\""), 0xed, 0xb0, 0x80))
            .expect(400, "INVALID_JSON"),
        of("text/plain", "POST", SIGN_UP)
            .body("text/plain", bytes(signUp(ok, "\"a\"")))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("form", "POST", SIGN_UP)
            .body("application/x-www-form-urlencoded", bytes("email=a%40example.test&name=a"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("no content type", "POST", SIGN_UP)
            .body(null, bytes(signUp(ok, "\"a\"")))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("multipart", "POST", SIGN_UP)
            .body("multipart/form-data; boundary=b", bytes("--b\r\n\r\na\r\n--b--\r\n"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("charset=latin1", "POST", SIGN_UP)
            .body("application/json; charset=latin1", bytes(signUp(ok, "\"a\"")))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("empty body", "POST", SIGN_UP).json("").expect(400, "INVALID_JSON"),
        of("array body", "POST", SIGN_UP)
            .json("[" + signUp(ok, "\"a\"") + "]")
            .expect(400, "INVALID_JSON"),
        of("GET", "GET", SIGN_UP).expect(405, "METHOD_NOT_ALLOWED"),
        of("Accept: application/xml", "POST", SIGN_UP)
            .json(signUp(ok, "\"a\""))
            .header("Accept", "application/xml")
            .expect(406, "NOT_ACCEPTABLE"),
        of("trailing segment", "POST", SIGN_UP + "/x")
            .json(signUp(ok, "\"a\""))
            .expect(404, "NOT_FOUND"),
        of("Content-Length shorter than the body", "POST", SIGN_UP)
            .json(signUp(ok, "\"a\""))
            .declaredLength(12)
            .expect(400, "INVALID_JSON"));
  }

  private static Stream<BadRequest> signIn() {
    return Stream.of(
        of("broken JSON", "POST", SIGN_IN)
            .json("{\"email\":\"a@example.test\",")
            .expect(400, "INVALID_JSON"),
        of("duplicate key", "POST", SIGN_IN)
            .json("{\"email\":\"a@example.test\",\"email\":\"b@example.test\"," + PASSWORD + "}")
            .expect(400, "INVALID_JSON"),
        of("10,000 levels of [", "POST", SIGN_IN)
            .json("[".repeat(10_000) + "]".repeat(10_000))
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("password 99999999999999999999", "POST", SIGN_IN)
            .json("{\"email\":\"a@example.test\",\"password\":99999999999999999999}")
            .expect(400, "VALIDATION_ERROR"),
        of("email 1e400", "POST", SIGN_IN)
            .json("{\"email\":1e400," + PASSWORD + "}")
            .expect(400, "VALIDATION_ERROR"),
        of("password true", "POST", SIGN_IN)
            .json("{\"email\":\"a@example.test\",\"password\":true}")
            .expect(400, "VALIDATION_ERROR"),
        of("password missing", "POST", SIGN_IN)
            .json("{\"email\":\"a@example.test\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("1 MB email", "POST", SIGN_IN)
            .json("{\"email\":\"" + MEGABYTE + "\"," + PASSWORD + "}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("1 MB password", "POST", SIGN_IN)
            .json("{\"email\":\"a@example.test\",\"password\":\"" + MEGABYTE + "\"}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("NUL in email", "POST", SIGN_IN)
            .json("{\"email\":\"a\\u0000@example.test\"," + PASSWORD + "}")
            .expect(400, "INVALID_EMAIL"),
        of("invalid UTF-8 in password", "POST", SIGN_IN)
            .body(
                "application/json",
                withRawBytes("{\"email\":\"a@example.test\",\"password\":\"#\"}", 0xc3, 0x28))
            .expect(400, "INVALID_JSON"),
        of("no content type", "POST", SIGN_IN)
            .body(null, bytes("{}"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("charset=latin1", "POST", SIGN_IN)
            .body("application/json; charset=ISO-8859-1", bytes("{}"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("null body", "POST", SIGN_IN).json("null").expect(400, "INVALID_JSON"),
        of("PUT", "PUT", SIGN_IN).json("{}").expect(405, "METHOD_NOT_ALLOWED"));
  }

  private static Stream<BadRequest> sessions() {
    return Stream.of(
        of("no Authorization", "POST", "/api/auth/sign-out").expect(400, "FAILED_TO_GET_SESSION"),
        of("Basic credentials", "POST", "/api/auth/sign-out")
            .header("Authorization", "Basic Zm9vOmJhcg==")
            .expect(400, "FAILED_TO_GET_SESSION"),
        of("GET", "GET", "/api/auth/sign-out").withSession().expect(405, "METHOD_NOT_ALLOWED"),
        of("POST", "POST", "/api/auth/get-session")
            .withSession()
            .json("{}")
            .expect(405, "METHOD_NOT_ALLOWED"),
        of("Accept: application/xml", "GET", "/api/auth/get-session")
            .withSession()
            .header("Accept", "application/xml")
            .expect(406, "NOT_ACCEPTABLE"),
        of("query x=%zz", "GET", "/api/auth/get-session?x=%zz")
            .withSession()
            .expect(400, "INVALID_QUERY"),
        of("100 KB Authorization header", "GET", "/api/auth/get-session")
            .header("Authorization", "Bearer " + "a".repeat(100_000))
            .expect(400, "TOKEN_TOO_LONG"),
        of("no Authorization", "GET", "/api/auth/token").expect(401, "UNAUTHORIZED"),
        of("garbage session token", "GET", "/api/auth/token")
            .header("Authorization", "Bearer garbage")
            .expect(401, "UNAUTHORIZED"),
        of("a JWT for a session token", "GET", "/api/auth/token")
            .withJwt()
            .expect(401, "UNAUTHORIZED"),
        of("DELETE", "DELETE", "/api/auth/token").withSession().expect(405, "METHOD_NOT_ALLOWED"),
        of("no Authorization", "GET", "/api/auth/list-sessions").expect(401, "UNAUTHORIZED"),
        of("garbage session token", "GET", "/api/auth/list-sessions")
            .header("Authorization", "Bearer garbage%00")
            .expect(401, "UNAUTHORIZED"),
        of("POST", "POST", "/api/auth/list-sessions")
            .withSession()
            .json("{}")
            .expect(405, "METHOD_NOT_ALLOWED"),
        of("broken JSON", "POST", REVOKE)
            .withSession()
            .json("{\"id\":")
            .expect(400, "INVALID_JSON"),
        of("id 99999999999999999999", "POST", REVOKE)
            .withSession()
            .json("{\"id\":99999999999999999999}")
            .expect(400, "VALIDATION_ERROR"),
        of("id 1e400", "POST", REVOKE)
            .withSession()
            .json("{\"id\":1e400}")
            .expect(400, "VALIDATION_ERROR"),
        of("token an array", "POST", REVOKE)
            .withSession()
            .json("{\"token\":[]}")
            .expect(400, "VALIDATION_ERROR"),
        of("id and token", "POST", REVOKE)
            .withSession()
            .json("{\"id\":\"a\",\"token\":\"b\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("neither id nor token", "POST", REVOKE)
            .withSession()
            .json("{}")
            .expect(400, "VALIDATION_ERROR"),
        of("array body", "POST", REVOKE).withSession().json("[]").expect(400, "INVALID_JSON"),
        of("id garbage", "POST", REVOKE)
            .withSession()
            .json("{\"id\":\"garbage\"}")
            .expect(404, "SESSION_NOT_FOUND"),
        of("id with NUL", "POST", REVOKE)
            .withSession()
            .json("{\"id\":\"\\u0000\"}")
            .expect(404, "SESSION_NOT_FOUND"),
        of("1 MB id", "POST", REVOKE)
            .withSession()
            .json("{\"id\":\"" + MEGABYTE + "\"}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("form", "POST", REVOKE)
            .withSession()
            .body("application/x-www-form-urlencoded", bytes("id=x"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("charset=latin1", "POST", REVOKE)
            .withSession()
            .body("application/json; charset=latin1", bytes("{\"id\":\"x\"}"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("no Authorization", "POST", REVOKE).json("{\"id\":\"x\"}").expect(401, "UNAUTHORIZED"),
        of("GET", "GET", REVOKE).withSession().expect(405, "METHOD_NOT_ALLOWED"),
        of("no Authorization", "POST", "/api/auth/revoke-other-sessions")
            .expect(401, "UNAUTHORIZED"),
        of("garbage session token", "POST", "/api/auth/revoke-other-sessions")
            .header("Authorization", "Bearer x.y.z")
            .expect(401, "UNAUTHORIZED"),
        of("GET", "GET", "/api/auth/revoke-other-sessions")
            .withSession()
            .expect(405, "METHOD_NOT_ALLOWED"),
        of("no Authorization", "GET", "/api/auth/email-change").expect(401, "UNAUTHORIZED"),
        of("garbage session token", "POST", "/api/auth/email-change/cancel")
            .header("Authorization", "Bearer garbage")
            .expect(401, "UNAUTHORIZED"),
        of("PUT", "PUT", "/api/auth/email-change").withSession().expect(405, "METHOD_NOT_ALLOWED"));
  }

  /**
   * The account-lifecycle calls: malformed bodies, wrong types, untrusted redirect targets. No case
   * gives a wrong password (that would back off the shared session's account for the cases after).
   */
  /**
   * Two-factor and passkey bodies: every field of the wrong type, broken JSON, too big, no session.
   */
  private static Stream<BadRequest> secondFactors() {
    String enable = "/api/auth/two-factor/enable";
    String verify = "/api/auth/two-factor/verify-totp";
    String backup = "/api/auth/two-factor/verify-backup-code";
    String otp = "/api/auth/two-factor/verify-otp";
    String codes = "/api/auth/two-factor/generate-backup-codes";
    String revoke = "/api/auth/two-factor/revoke-trusted-device";
    String register = "/api/auth/passkey/verify-registration";
    String authenticate = "/api/auth/passkey/verify-authentication";
    String rename = "/api/auth/passkey/update-passkey";
    String delete = "/api/auth/passkey/delete-passkey";
    return Stream.of(
        of("broken JSON", "POST", enable).withSession().json("{\"a\":").expect(400, "INVALID_JSON"),
        of("password a number", "POST", enable)
            .withSession()
            .json("{\"password\":1}")
            .expect(400, "VALIDATION_ERROR"),
        of("issuer with a colon", "POST", enable)
            .withSession()
            .json("{" + PASSWORD + ",\"issuer\":\"a:b\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("1 MB issuer", "POST", enable)
            .withSession()
            .json("{" + PASSWORD + ",\"issuer\":\"" + MEGABYTE + "\"}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("no Authorization", "POST", enable).json("{}").expect(401, "UNAUTHORIZED"),
        of("form", "POST", verify)
            .withSession()
            .body("application/x-www-form-urlencoded", bytes("code=123456"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("code a number", "POST", verify)
            .withSession()
            .json("{\"code\":123456}")
            .expect(400, "VALIDATION_ERROR"),
        of("no code", "POST", verify).withSession().json("{}").expect(400, "VALIDATION_ERROR"),
        of("no challenge", "POST", verify)
            .json("{\"code\":\"123456\"}")
            .expect(401, "INVALID_TWO_FACTOR_COOKIE"),
        of("trustDevice a string", "POST", backup)
            .json("{\"code\":\"x\",\"trustDevice\":\"yes\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("code an array", "POST", otp).json("{\"code\":[]}").expect(400, "VALIDATION_ERROR"),
        of("GET", "GET", codes).withSession().expect(405, "METHOD_NOT_ALLOWED"),
        of("id a number", "POST", revoke)
            .withSession()
            .json("{\"id\":1}")
            .expect(400, "VALIDATION_ERROR"),
        of("no response", "POST", register)
            .withSession()
            .json("{}")
            .expect(400, "VALIDATION_ERROR"),
        of("response a string", "POST", register)
            .withSession()
            .json("{\"response\":\"x\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("response of nonsense", "POST", register)
            .withSession()
            .json("{\"response\":{\"id\":7,\"response\":[]}}")
            .expect(400, "FAILED_TO_VERIFY_REGISTRATION"),
        of("response of nonsense", "POST", authenticate)
            .json("{\"response\":{\"type\":\"public-key\",\"response\":{}}}")
            .expect(401, "AUTHENTICATION_FAILED"),
        of("1 MB response", "POST", authenticate)
            .json("{\"response\":{\"id\":\"" + MEGABYTE + "\"}}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("name a number", "POST", rename)
            .withSession()
            .json("{\"id\":\"x\",\"name\":1}")
            .expect(400, "VALIDATION_ERROR"),
        of("name of control characters", "POST", rename)
            .withSession()
            .json("{\"id\":\"x\",\"name\":\"\\u0007\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("unknown id", "POST", delete)
            .withSession()
            .json("{\"id\":\"no-such-passkey\"}")
            .expect(404, "PASSKEY_NOT_FOUND"));
  }

  private static Stream<BadRequest> lifecycle() {
    String change = "/api/auth/change-password";
    String request = "/api/auth/request-password-reset";
    String reset = "/api/auth/reset-password";
    String send = "/api/auth/send-verification-email";
    String verify = "/api/auth/verify-email";
    String update = "/api/auth/update-user";
    String email = "/api/auth/change-email";
    String delete = "/api/auth/delete-user";
    return Stream.of(
        of("broken JSON", "POST", change).withSession().json("{\"a\":").expect(400, "INVALID_JSON"),
        of("new name of a Hangul filler only", "POST", update)
            .withSession()
            .json("{\"name\":\"\\u3164\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("array body", "POST", change).withSession().json("[]").expect(400, "INVALID_JSON"),
        of("currentPassword a number", "POST", change)
            .withSession()
            .json("{\"currentPassword\":1,\"newPassword\":\"a long new password\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("revokeOtherSessions a string", "POST", change)
            .withSession()
            .json(
                "{\"currentPassword\":\"x\",\"newPassword\":\"a long new password\","
                    + "\"revokeOtherSessions\":\"yes\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("1 MB newPassword", "POST", change)
            .withSession()
            .json("{\"currentPassword\":\"x\",\"newPassword\":\"" + MEGABYTE + "\"}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of("form", "POST", change)
            .withSession()
            .body("application/x-www-form-urlencoded", bytes("currentPassword=x"))
            .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
        of("no Authorization", "POST", change).json("{}").expect(401, "UNAUTHORIZED"),
        of("GET", "GET", change).withSession().expect(405, "METHOD_NOT_ALLOWED"),
        of("no email", "POST", request).json("{}").expect(400, "VALIDATION_ERROR"),
        of("email a number", "POST", request).json("{\"email\":7}").expect(400, "VALIDATION_ERROR"),
        of("email malformed", "POST", request)
            .json("{\"email\":\"not an email\"}")
            .expect(400, "INVALID_EMAIL"),
        of("redirectTo another site", "POST", request)
            .json("{\"email\":\"a@example.test\",\"redirectTo\":\"//evil.example/\"}")
            .expect(403, "INVALID_REDIRECT_URL"),
        of("redirectTo javascript:", "POST", request)
            .json("{\"email\":\"a@example.test\",\"redirectTo\":\"javascript:alert(1)\"}")
            .expect(403, "INVALID_REDIRECT_URL"),
        of("broken JSON", "POST", request).json("{").expect(400, "INVALID_JSON"),
        of("GET", "GET", request).expect(405, "METHOD_NOT_ALLOWED"),
        of("no newPassword", "POST", reset)
            .json("{\"token\":\"x\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("token a number", "POST", reset)
            .json("{\"token\":5,\"newPassword\":\"a long new password\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("garbage token", "POST", reset)
            .json("{\"token\":\"x\",\"newPassword\":\"a long new password\"}")
            .expect(400, "INVALID_TOKEN"),
        of("1 MB token", "POST", reset)
            .json("{\"token\":\"" + MEGABYTE + "\",\"newPassword\":\"a long new password\"}")
            .expect(413, "PAYLOAD_TOO_LARGE"),
        of(
                "link with an untrusted callbackURL",
                "GET",
                reset + "/x?callbackURL=https://evil.example/")
            .expect(403, "INVALID_CALLBACK_URL"),
        of("no email", "POST", send).json("{}").expect(400, "VALIDATION_ERROR"),
        of("callbackURL a number", "POST", send)
            .json("{\"email\":\"a@example.test\",\"callbackURL\":3}")
            .expect(400, "VALIDATION_ERROR"),
        of("no token", "GET", verify).expect(400, "VALIDATION_ERROR"),
        of("garbage token", "GET", verify + "?token=x").expect(401, "INVALID_TOKEN"),
        of("callbackURL javascript:", "GET", verify + "?token=x&callbackURL=javascript:alert(1)")
            .expect(403, "INVALID_CALLBACK_URL"),
        of("POST", "POST", verify).json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("name a number", "POST", update)
            .withSession()
            .json("{\"name\":123}")
            .expect(400, "VALIDATION_ERROR"),
        of("name null", "POST", update)
            .withSession()
            .json("{\"name\":null}")
            .expect(400, "VALIDATION_ERROR"),
        of("nothing to update", "POST", update)
            .withSession()
            .json("{\"id\":\"x\"}")
            .expect(400, "NO_FIELDS_TO_UPDATE"),
        of("image of 3,000 characters", "POST", update)
            .withSession()
            .json("{\"image\":\"" + "i".repeat(3000) + "\"}")
            .expect(400, "VALIDATION_ERROR"),
        of("an email", "POST", update)
            .withSession()
            .json("{\"email\":\"x@example.test\"}")
            .expect(400, "EMAIL_CAN_NOT_BE_UPDATED"),
        of("no newEmail", "POST", email).withSession().json("{}").expect(400, "VALIDATION_ERROR"),
        of("newEmail an array", "POST", email)
            .withSession()
            .json("{\"newEmail\":[]}")
            .expect(400, "VALIDATION_ERROR"),
        of("no Authorization", "POST", delete).json("{}").expect(401, "UNAUTHORIZED"),
        of("broken JSON", "POST", delete).withSession().json("{").expect(400, "INVALID_JSON"),
        of("password a number", "POST", delete)
            .withSession()
            .json("{\"password\":1}")
            .expect(400, "VALIDATION_ERROR"),
        of("a mailed token", "POST", delete)
            .withSession()
            .json("{\"token\":\"x\"}")
            .expect(404, "INVALID_TOKEN"),
        of("GET", "GET", delete).withSession().expect(405, "METHOD_NOT_ALLOWED"));
  }

  private static Stream<BadRequest> publicEndpoints() {
    return Stream.of(
        of("POST", "POST", "/api/auth/jwks").json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("TRACE", "TRACE", "/api/auth/jwks").expect(405, "METHOD_NOT_ALLOWED"),
        of("Accept: application/xml", "GET", "/api/auth/jwks")
            .header("Accept", "application/xml")
            .expect(406, "NOT_ACCEPTABLE"),
        of("trailing segment", "GET", "/api/auth/jwks/x").expect(404, "NOT_FOUND"),
        of("POST", "POST", "/api/auth/ok").json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("DELETE", "DELETE", "/api/auth/ok").expect(405, "METHOD_NOT_ALLOWED"),
        of("Accept: application/xml", "GET", "/api/auth/ok")
            .header("Accept", "application/xml")
            .expect(406, "NOT_ACCEPTABLE"),
        of("unknown endpoint", "GET", "/api/auth/nope").expect(404, "NOT_FOUND"),
        of("double slash", "GET", "/api/auth//ok").expect(404, "NOT_FOUND"),
        of("encoded slash", "GET", "/api/auth/sign-up%2Femail").expect(400, "VALIDATION_ERROR"),
        of("POST", "POST", DISCOVERY).json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("PUT", "PUT", DISCOVERY).json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("DELETE", "DELETE", DISCOVERY).expect(405, "METHOD_NOT_ALLOWED"),
        of("TRACE", "TRACE", DISCOVERY).expect(405, "METHOD_NOT_ALLOWED"),
        of("trailing segment", "GET", DISCOVERY + "/x").expect(404, "NOT_FOUND"),
        of("unknown method FOO", "FOO", DISCOVERY).expect(405, "METHOD_NOT_ALLOWED"),
        of("PROPFIND", "PROPFIND", DISCOVERY).expect(405, "METHOD_NOT_ALLOWED"),
        of("MKCOL", "MKCOL", DISCOVERY).expect(405, "METHOD_NOT_ALLOWED"),
        of("CONNECT", "CONNECT", DISCOVERY).raw().expect(405, "METHOD_NOT_ALLOWED"),
        of("%C0%AF (overlong /) after it", "GET", DISCOVERY + "/%C0%AF").expect(404, "NOT_FOUND"),
        of("%zz after it", "GET", DISCOVERY + "/%zz").refusedByWebContainer(),
        of("%00 in it", "GET", "/.well-known/%00").refusedByWebContainer(),
        of("unknown method FOO", "FOO", "/api/auth/ok").expect(405, "METHOD_NOT_ALLOWED"),
        of("PROPFIND", "PROPFIND", "/api/auth/get-session")
            .withSession()
            .expect(405, "METHOD_NOT_ALLOWED"),
        of("CONNECT", "CONNECT", "/api/auth/ok").raw().expect(405, "METHOD_NOT_ALLOWED"),
        of("%C0%AF (overlong /) in the path", "GET", "/api/auth/get-session/%C0%AF")
            .withSession()
            .expect(400, "VALIDATION_ERROR"),
        of("%FF in the path", "POST", "/api/auth/sign-in/%FF")
            .json("{}")
            .expect(400, "VALIDATION_ERROR"),
        of("%zz in the path", "GET", "/api/auth/get-session/%zz")
            .withSession()
            .refusedByWebContainer(),
        of("a lone % in the path", "POST", SIGN_IN + "%").json("{}").refusedByWebContainer(),
        of("%00 in the path", "POST", SIGN_UP + "%00").json("{}").refusedByWebContainer(),
        of("%1b in the path", "GET", "/api/auth/ok%1b").refusedByWebContainer(),
        of("empty segment with a parameter", "GET", "/api/auth/;x/ok").refusedByWebContainer(),
        of(".. above the root", "GET", "/api/auth/../../../ok").raw().refusedByWebContainer());
  }

  /**
   * The web UI's paths take GET and HEAD (OPTIONS: 204 with {@code Allow}); any other method is a
   * 405 with the JSON the error page gives every path outside the task API. TRACE is refused by
   * Liberty first, as on every path no servlet of taskguard's answers.
   */
  private static Stream<BadRequest> webUi() {
    return Stream.of(
        of("POST on the page", "POST", "/").json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("PUT on the page", "PUT", "/index.html").json("{}").expect(405, "METHOD_NOT_ALLOWED"),
        of("DELETE on the page", "DELETE", "/").expect(405, "METHOD_NOT_ALLOWED"),
        of("unknown method FOO on the page", "FOO", "/").expect(405, "METHOD_NOT_ALLOWED"),
        of("PROPFIND on the icon", "PROPFIND", "/favicon.svg").expect(405, "METHOD_NOT_ALLOWED"),
        of("CONNECT on the page", "CONNECT", "/").raw().expect(405, "METHOD_NOT_ALLOWED"),
        of("PATCH on a path that is not there", "PATCH", "/nope")
            .json("{}")
            .expect(404, "NOT_FOUND"),
        of("%zz in a web UI path", "GET", "/js/%zz.js").refusedByWebContainer(),
        of("%00 in the page's path", "GET", "/index.html%00").refusedByWebContainer(),
        of("TRACE on the page", "TRACE", "/").refusedByLiberty(403, ""),
        of("TRACE on a path that is not there", "TRACE", "/nope").refusedByLiberty(403, ""));
  }
}
