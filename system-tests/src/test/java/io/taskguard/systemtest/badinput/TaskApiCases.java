package io.taskguard.systemtest.badinput;

import static io.taskguard.systemtest.badinput.BadRequest.TASK;
import static io.taskguard.systemtest.badinput.BadRequest.TASKS;
import static io.taskguard.systemtest.badinput.BadRequest.bytes;
import static io.taskguard.systemtest.badinput.BadRequest.of;
import static io.taskguard.systemtest.badinput.BadRequest.withRawBytes;

import java.util.stream.Stream;

/**
 * The bad-input table of the six task endpoints, each request with a valid JWT of the path's user.
 */
final class TaskApiCases {

  static final String MALFORMED = "Malformed JSON";
  static final String NOT_OBJECT = "Request body must be a JSON object";
  static final String TOO_LARGE = "Request body too large";
  static final String CONTENT_TYPE = "Content-Type must be application/json";
  static final String BAD_TEXT = " must not contain U+0000 or unpaired surrogates";
  static final String BIDI = "Field 'title' must not contain bidirectional control characters";
  static final String TASK_ID = "Invalid task id: expected an integer";
  static final String LIMIT = "Invalid value for 'limit': expected an integer from 1 to 100";
  static final String QUERY = "Malformed query string: expected percent-encoded UTF-8";
  static final String MEGABYTE = "x".repeat(1 << 20);

  private TaskApiCases() {}

  static Stream<BadRequest> all() {
    return Stream.of(bodies(), types(), pathsAndHeaders(), queries())
        .flatMap(cases -> cases)
        .map(BadRequest::withJwt);
  }

  private static Stream<BadRequest> bodies() {
    return Stream.of(
        of("broken JSON", "POST", TASKS).json("{\"title\":").expect(400, MALFORMED),
        of("trailing garbage", "POST", TASKS).json("{\"title\":\"a\"} x").expect(400, MALFORMED),
        of("duplicate key", "POST", TASKS)
            .json("{\"title\":\"a\",\"title\":\"b\"}")
            .expect(400, MALFORMED),
        of("10,000 levels of [", "POST", TASKS)
            .json("[".repeat(10_000) + "]".repeat(10_000))
            .expect(400, MALFORMED),
        of("10,000 levels of {", "POST", TASKS)
            .json("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))
            .expect(400, MALFORMED),
        of("array body", "POST", TASKS).json("[{\"title\":\"a\"}]").expect(400, NOT_OBJECT),
        of("null body", "POST", TASKS).json("null").expect(400, NOT_OBJECT),
        of("string body", "POST", TASKS).json("\"title\"").expect(400, NOT_OBJECT),
        of("huge number body", "POST", TASKS).json("99999999999999999999").expect(400, NOT_OBJECT),
        of("empty body", "POST", TASKS).json("").expect(400, NOT_OBJECT),
        of("1 MB title", "POST", TASKS)
            .json("{\"title\":\"" + MEGABYTE + "\"}")
            .expect(400, TOO_LARGE),
        of("1 MB description", "POST", TASKS)
            .json("{\"title\":\"a\",\"description\":\"" + MEGABYTE + "\"}")
            .expect(400, TOO_LARGE),
        of("1 MB title", "PATCH", TASK)
            .json("{\"title\":\"" + MEGABYTE + "\"}")
            .expect(400, TOO_LARGE),
        of("zero-width characters only as title", "POST", TASKS)
            .json("{\"title\":\"\\u200b\\u200d\\ufeff\"}")
            .expect(400, "Title cannot be empty or whitespace"),
        of("Hangul filler only as title", "PATCH", TASK)
            .json("{\"title\":\" \\u3164 \"}")
            .expect(400, "Title cannot be empty or whitespace"),
        of("NUL in title", "POST", TASKS)
            .json("{\"title\":\"a\\u0000b\"}")
            .expect(400, "Field 'title'" + BAD_TEXT),
        of("raw NUL byte in a string", "POST", TASKS)
            .json("{\"title\":\"a\u0000b\"}")
            .expect(400, MALFORMED),
        of("NUL in description", "PUT", TASK)
            .json("{\"title\":\"a\",\"completed\":true,\"description\":\"\\u0000\"}")
            .expect(400, "Field 'description'" + BAD_TEXT),
        of("lone high surrogate in title", "POST", TASKS)
            .json("{\"title\":\"a\\ud800\"}")
            .expect(400, "Field 'title'" + BAD_TEXT),
        of("lone low surrogate in description", "POST", TASKS)
            .json("{\"title\":\"a\",\"description\":\"\\udc00b\"}")
            .expect(400, "Field 'description'" + BAD_TEXT),
        of("right-to-left override in title", "POST", TASKS)
            .json("{\"title\":\"gnp.\\u202Eexe\"}")
            .expect(400, BIDI),
        of("right-to-left override in title", "PATCH", TASK)
            .json("{\"title\":\"\u202Eabc\"}")
            .expect(400, BIDI),
        of("bidi isolate in title", "PUT", TASK)
            .json("{\"title\":\"\u2067x\u2069\",\"completed\":false}")
            .expect(400, BIDI),
        of("invalid UTF-8 byte 0xFF", "POST", TASKS)
            .body("application/json", withRawBytes("{\"title\":\"#\"}", 0xff))
            .expect(400, MALFORMED),
        of("overlong UTF-8 for '/'", "POST", TASKS)
            .body("application/json", withRawBytes("{\"title\":\"#\"}", 0xc0, 0xaf))
            .expect(400, MALFORMED),
        of("UTF-8-encoded surrogate", "PATCH", TASK)
            .body("application/json", withRawBytes("{\"title\":\"#\"}", 0xed, 0xa0, 0x80))
            .expect(400, MALFORMED),
        of("truncated UTF-8 sequence", "POST", TASKS)
            .body("application/json", withRawBytes("{\"title\":\"#\"}", 0xe2, 0x82))
            .expect(400, MALFORMED),
        of("UTF-16 body", "POST", TASKS)
            .body(
                "application/json",
                "{\"title\":\"a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16))
            .expect(400, MALFORMED),
        of("Content-Length shorter than the body", "POST", TASKS)
            .json("{\"title\":\"cut short\"}")
            .declaredLength(5)
            .expect(400, MALFORMED));
  }

  private static Stream<BadRequest> types() {
    return Stream.of(
        of("title a number", "POST", TASKS)
            .json("{\"title\":5}")
            .expect(400, "Field 'title' must be a string"),
        of("title an array", "POST", TASKS)
            .json("{\"title\":[\"a\"]}")
            .expect(400, "Field 'title' must be a string"),
        of("title an object", "PUT", TASK)
            .json("{\"title\":{},\"completed\":true}")
            .expect(400, "Field 'title' must be a string"),
        of("title a boolean", "PATCH", TASK)
            .json("{\"title\":true}")
            .expect(400, "Field 'title' must be a string"),
        of("title null", "POST", TASKS)
            .json("{\"title\":null}")
            .expect(400, "Field 'title' cannot be null"),
        of("title null", "PATCH", TASK)
            .json("{\"title\":null}")
            .expect(400, "Field 'title' cannot be null"),
        of("description a number", "POST", TASKS)
            .json("{\"title\":\"a\",\"description\":1e400}")
            .expect(400, "Field 'description' must be a string or null"),
        of("completed a string", "PUT", TASK)
            .json("{\"title\":\"a\",\"completed\":\"yes\"}")
            .expect(400, "Field 'completed' must be a boolean"),
        of("completed 1e400", "PUT", TASK)
            .json("{\"title\":\"a\",\"completed\":1e400}")
            .expect(400, "Field 'completed' must be a boolean"),
        of("completed 99999999999999999999", "PATCH", TASK)
            .json("{\"completed\":99999999999999999999}")
            .expect(400, "Field 'completed' must be a boolean"),
        of("completed null", "PUT", TASK)
            .json("{\"title\":\"a\",\"completed\":null}")
            .expect(400, "Field 'completed' cannot be null"),
        of("completed missing", "PUT", TASK)
            .json("{\"title\":\"a\"}")
            .expect(400, "Field 'completed' is required"),
        of("body an array", "PATCH", TASK).json("[]").expect(400, NOT_OBJECT),
        of("text/plain", "POST", TASKS)
            .body("text/plain", bytes("{\"title\":\"a\"}"))
            .expect(400, CONTENT_TYPE),
        of("form", "POST", TASKS)
            .body("application/x-www-form-urlencoded", bytes("title=a"))
            .expect(400, CONTENT_TYPE),
        of("no content type", "POST", TASKS)
            .body(null, bytes("{\"title\":\"a\"}"))
            .expect(400, CONTENT_TYPE),
        of("multipart", "PUT", TASK)
            .body(
                "multipart/form-data; boundary=b",
                bytes(
                    "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\na\r\n--b--\r\n"))
            .expect(400, CONTENT_TYPE),
        of("charset=latin1", "POST", TASKS)
            .body("application/json; charset=latin1", bytes("{\"title\":\"a\"}"))
            .expect(400, "Content-Type charset must be utf-8"),
        of("charset=ISO-8859-1", "PATCH", TASK)
            .body("application/json;charset=ISO-8859-1", new byte[] {'{', '}'})
            .expect(400, "Content-Type charset must be utf-8"),
        of("XML body", "POST", TASKS)
            .body("application/xml", bytes("<task><title>a</title></task>"))
            .expect(400, CONTENT_TYPE),
        of("Accept: application/xml on a bad body", "POST", TASKS)
            .json("{")
            .header("Accept", "application/xml")
            .expect(400, MALFORMED));
  }

  private static Stream<BadRequest> pathsAndHeaders() {
    String others = "/api/users/%s/tasks";
    return Stream.of(
        of("task id not a number", "GET", TASKS + "/abc").expect(400, TASK_ID),
        of("task id 99999999999999999999", "GET", TASKS + "/99999999999999999999")
            .expect(400, TASK_ID),
        of("task id 1e3", "DELETE", TASKS + "/1e3").expect(400, TASK_ID),
        of("task id 1.5", "PATCH", TASKS + "/1.5").json("{}").expect(400, TASK_ID),
        of("task id 99999999999999999999", "PUT", TASKS + "/99999999999999999999")
            .json("{\"title\":\"a\",\"completed\":true}")
            .expect(400, TASK_ID),
        of("task id zero", "GET", TASKS + "/0").expect(404, "Task not found"),
        of("task id negative", "DELETE", TASKS + "/-1").expect(404, "Task not found"),
        of("task id Long.MIN_VALUE", "PATCH", TASKS + "/-9223372036854775808")
            .json("{}")
            .expect(404, "Task not found"),
        of("trailing segment", "GET", TASK + "/extra").expect(404, "Not found"),
        of("double slash before tasks", "GET", "/api/users/{me}//tasks").expect(404, "Not found"),
        of("double slash before the id", "DELETE", TASKS + "//{task}").expect(404, "Not found"),
        of("encoded slash in the task id", "GET", TASKS + "/1%2F2").expect(400, "Bad request"),
        of("encoded slash in the user id", "GET", String.format(others, "{me}%2Fx"))
            .expect(400, "Bad request"),
        of("encoded dot segment", "GET", TASKS + "/%2e%2e/{task}").expect(400, "Bad request"),
        of("%00 in the task id", "GET", TASKS + "/1%00").refusedByWebContainer(),
        of("%00 in the user id", "GET", String.format(others, "%00")).refusedByWebContainer(),
        of("%0a in the task id", "GET", TASKS + "/1%0a").refusedByWebContainer(),
        of("%7f in the task id", "DELETE", TASKS + "/1%7f").refusedByWebContainer(),
        of("%zz in the task id", "GET", TASKS + "/%zz").refusedByWebContainer(),
        of("task id ending in a lone %", "PATCH", TASKS + "/1%").json("{}").refusedByWebContainer(),
        of("%4 in the user id", "GET", String.format(others, "%4")).refusedByWebContainer(),
        of("empty segment with a parameter", "GET", TASKS + "/;x/{task}").refusedByWebContainer(),
        of("dot segment with a parameter", "GET", TASKS + "/.;x").refusedByWebContainer(),
        of(".. above the root", "GET", "/api/users/{me}/../../../../x")
            .raw()
            .refusedByWebContainer(),
        of("%C0%AF (overlong /) in the task id", "GET", TASKS + "/%C0%AF")
            .expect(400, "Bad request"),
        of("%FF in the task id", "GET", TASKS + "/1%FF").expect(400, "Bad request"),
        of("%ED%A0%80 (a surrogate) in the user id", "GET", String.format(others, "%ED%A0%80"))
            .expect(400, "Bad request"),
        of("user id non-numeric", "GET", String.format(others, "abc")).expect(403, "Access denied"),
        of("user id 99999999999999999999", "POST", String.format(others, "99999999999999999999"))
            .json("{\"title\":\"a\"}")
            .expect(403, "Access denied"),
        of("user id 5000 characters", "GET", String.format(others, "9".repeat(5000)))
            .expect(403, "Access denied"),
        of("PUT on the collection", "PUT", TASKS)
            .json("{\"title\":\"a\",\"completed\":true}")
            .expect(405, "Method not allowed"),
        of("DELETE on the collection", "DELETE", TASKS).expect(405, "Method not allowed"),
        of("PATCH on the collection", "PATCH", TASKS).json("{}").expect(405, "Method not allowed"),
        of("TRACE on the collection", "TRACE", TASKS).expect(405, "Method not allowed"),
        of("unknown method FOO on the collection", "FOO", TASKS).expect(405, "Method not allowed"),
        of("PROPFIND on a task", "PROPFIND", TASK).expect(405, "Method not allowed"),
        of("CONNECT on a task", "CONNECT", TASK).raw().expect(405, "Method not allowed"),
        of("TRACE on a task", "TRACE", TASK).expect(405, "Method not allowed"),
        of("POST on a task", "POST", TASK)
            .json("{\"title\":\"a\"}")
            .expect(405, "Method not allowed"),
        of("If-Match garbage", "PUT", TASK)
            .json("{\"title\":\"a\",\"completed\":true}")
            .header("If-Match", "garbage")
            .expect(400, "Invalid If-Match header"),
        of("If-Match unterminated", "PATCH", TASK)
            .json("{}")
            .header("If-Match", "\"{task}-0")
            .expect(400, "Invalid If-Match header"),
        of("If-Match garbage", "DELETE", TASK)
            .header("If-Match", "W/")
            .expect(400, "Invalid If-Match header"));
  }

  private static Stream<BadRequest> queries() {
    return Stream.of(
        of("limit=-1", "GET", TASKS + "?limit=-1").expect(400, LIMIT),
        of("limit=0", "GET", TASKS + "?limit=0").expect(400, LIMIT),
        of("limit=abc", "GET", TASKS + "?limit=abc").expect(400, LIMIT),
        of("limit=1e9", "GET", TASKS + "?limit=1e9").expect(400, LIMIT),
        of("limit=99999999999999999999", "GET", TASKS + "?limit=99999999999999999999")
            .expect(400, LIMIT),
        of("limit=101", "GET", TASKS + "?limit=101").expect(400, LIMIT),
        of("limit empty", "GET", TASKS + "?limit=").expect(400, LIMIT),
        of("limit repeated", "GET", TASKS + "?limit=1&limit=2")
            .expect(400, "Query parameter 'limit' must be given at most once"),
        of("sort=unknown", "GET", TASKS + "?sort=unknown")
            .expect(
                400,
                "Invalid value for 'sort': expected created, -created, updated, -updated, title or due"),
        of("cursor=garbage", "GET", TASKS + "?cursor=garbage").expect(400, "Invalid cursor"),
        of("cursor=%00", "GET", TASKS + "?limit=5&cursor=%00").expect(400, "Invalid cursor"),
        of("completed=maybe", "GET", TASKS + "?completed=maybe")
            .expect(400, "Invalid value for 'completed': expected true or false"),
        of("completed repeated", "GET", TASKS + "?completed=true&completed=true")
            .expect(400, "Query parameter 'completed' must be given at most once"),
        of("status=done", "GET", TASKS + "?status=done")
            .expect(400, "Invalid value for 'status': expected all, pending or completed"),
        of("q with NUL", "GET", TASKS + "?q=a%00b")
            .expect(400, "Invalid value for 'q':" + BAD_TEXT),
        of("q of 201 characters", "GET", TASKS + "?q=" + "q".repeat(201))
            .expect(400, "Invalid value for 'q': at most 200 characters"),
        of("q=%zz", "GET", TASKS + "?q=%zz").expect(400, QUERY),
        of("q ending in a lone %", "GET", TASKS + "?q=50%").expect(400, QUERY),
        of("q overlong UTF-8", "GET", TASKS + "?q=%C0%AF").expect(400, QUERY),
        of("q UTF-8-encoded surrogate", "GET", TASKS + "?q=%ED%A0%80").expect(400, QUERY));
  }
}
