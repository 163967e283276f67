package io.taskguard.adapter.rest.http;

/**
 * A request an API refuses itself, before any use case runs (a body too large, malformed JSON, a
 * bad header or id): what to answer, in which dialect. {@link RefusalMapper} turns it into the
 * answer; its message is the one the client reads.
 */
public class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorDialect dialect;
  private final int status;
  private final String code;

  public Refusal(ErrorDialect dialect, int status, String message, String code) {
    super(message, null, false, false);
    this.dialect = dialect;
    this.status = status;
    this.code = code;
  }

  public ErrorDialect dialect() {
    return dialect;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
