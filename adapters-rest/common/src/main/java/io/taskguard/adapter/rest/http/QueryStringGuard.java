package io.taskguard.adapter.rest.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Refuses, before any resource runs, a query string that is not well-formed percent-encoded UTF-8
 * ({@code %zz}, a lone {@code %}, overlong or truncated UTF-8 sequences). The JAX-RS runtime would
 * otherwise fail on the first read of the query (a 500) or decode it leniently into U+FFFD, so a
 * client would never learn that its query was not what it meant. 400 in the API's dialect.
 */
@PreMatching
public class QueryStringGuard implements ContainerRequestFilter {

  static final String MALFORMED = "Malformed query string: expected percent-encoded UTF-8";

  private final ErrorDialect dialect;

  @Context HttpServletRequest servletRequest;

  public QueryStringGuard(ErrorDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String query = servletRequest == null ? null : servletRequest.getQueryString();
    if (query != null && !isWellFormed(query)) {
      request.abortWith(dialect.answer(400, MALFORMED, "INVALID_QUERY").build());
    }
  }

  /** Whether every {@code %} starts an escape of two hex digits and the bytes are UTF-8. */
  static boolean isWellFormed(String query) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length()
            || Character.digit(query.charAt(i + 1), 16) < 0
            || Character.digit(query.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }
}
