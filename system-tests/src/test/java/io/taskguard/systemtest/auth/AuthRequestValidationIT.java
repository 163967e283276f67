package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that are not what the accounts API reads (malformed JSON, another content type, missing
 * or mistyped fields; oversized bodies are {@link AuthBodyLimitIT}'s): each answered with a 4xx and
 * the {@code {message, code}} JSON body, never a 500 or an HTML page, and nothing stored.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthRequestValidationIT {

  static final String EMAIL = "validation-fixed@example.test";
  static final String PASSWORD = "correct horse battery staple 42";

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  static Stream<Arguments> badRequests() {
    String ok = "\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"";
    return Stream.of(
        Arguments.of("malformed JSON", TaskApi.JSON, "{\"email\":", 400, "INVALID_JSON"),
        Arguments.of(
            "trailing garbage", TaskApi.JSON, "{" + ok + ",\"name\":\"x\"} x", 400, "INVALID_JSON"),
        Arguments.of(
            "a duplicate key",
            TaskApi.JSON,
            "{" + ok + ",\"email\":\"other@example.test\",\"name\":\"x\"}",
            400,
            "INVALID_JSON"),
        Arguments.of(
            "deep nesting",
            TaskApi.JSON,
            "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            400,
            "INVALID_JSON"),
        Arguments.of("an array", TaskApi.JSON, "[]", 400, "INVALID_JSON"),
        Arguments.of("a string", TaskApi.JSON, "\"hello\"", 400, "INVALID_JSON"),
        Arguments.of("null", TaskApi.JSON, "null", 400, "INVALID_JSON"),
        Arguments.of("empty body", TaskApi.JSON, "", 400, "INVALID_JSON"),
        Arguments.of(
            "no email",
            TaskApi.JSON,
            "{\"password\":\"" + PASSWORD + "\",\"name\":\"n\"}",
            400,
            "VALIDATION_ERROR"),
        Arguments.of(
            "no password",
            TaskApi.JSON,
            "{\"email\":\"" + EMAIL + "\",\"name\":\"n\"}",
            400,
            "VALIDATION_ERROR"),
        Arguments.of(
            "email a number",
            TaskApi.JSON,
            "{\"email\":42,\"password\":\"" + PASSWORD + "\",\"name\":\"n\"}",
            400,
            "VALIDATION_ERROR"),
        Arguments.of(
            "password an object",
            TaskApi.JSON,
            "{\"email\":\"" + EMAIL + "\",\"password\":{},\"name\":\"n\"}",
            400,
            "VALIDATION_ERROR"),
        Arguments.of(
            "password a boolean",
            TaskApi.JSON,
            "{\"email\":\"" + EMAIL + "\",\"password\":true,\"name\":\"n\"}",
            400,
            "VALIDATION_ERROR"),
        Arguments.of(
            "text/plain",
            "text/plain",
            "{" + ok + ",\"name\":\"n\"}",
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        Arguments.of(
            "a form",
            "application/x-www-form-urlencoded",
            "email=a&password=b",
            415,
            "UNSUPPORTED_MEDIA_TYPE"),
        Arguments.of(
            "no content type", null, "{" + ok + ",\"name\":\"n\"}", 415, "UNSUPPORTED_MEDIA_TYPE"));
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("cases")
  void aBadRequestIsAnsweredWithJsonAndChangesNothing(
      String endpoint, String what, String contentType, String body, int status, String code) {
    HttpResult answer =
        auth.http()
            .send(
                "POST",
                "/api/auth/" + endpoint,
                null,
                contentType,
                body,
                Map.of("X-Forwarded-For", AuthApi.newAddress()));

    assertAuthError(answer, status, code);
    assertEquals(0, db.usersWithEmail(EMAIL));
  }

  static Stream<Arguments> cases() {
    return Stream.of("sign-up/email", "sign-in/email")
        .flatMap(
            endpoint ->
                badRequests()
                    .map(
                        arguments -> {
                          Object[] values = arguments.get();
                          return Arguments.of(
                              endpoint, values[0], values[1], values[2], values[3], values[4]);
                        }));
  }

  @ParameterizedTest(name = "name {0}")
  @ValueSource(strings = {"missing", "number", "too long"})
  void signUpNeedsANameOfAtMost200Characters(String how) {
    String email = AuthApi.newEmail("names");
    String name =
        switch (how) {
          case "missing" -> "";
          case "number" -> ",\"name\":7";
          default -> ",\"name\":\"" + "n".repeat(201) + "\"";
        };
    String body =
        "{\"email\":\"" + email + "\",\"password\":\"" + AuthApi.newPassword() + "\"" + name + "}";

    HttpResult answer = auth.post("/api/auth/sign-up/email", null, body, AuthApi.newAddress());

    assertAuthError(answer, 400, "VALIDATION_ERROR");
    assertEquals(0, db.usersWithEmail(email));
  }
}
