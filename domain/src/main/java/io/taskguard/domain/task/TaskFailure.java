package io.taskguard.domain.task;

import java.util.Locale;

/**
 * Everything that can go wrong in the task context (a user's own collection of tasks), in its own
 * words. It is sealed apart from the identity context's {@code IdentityFailure}, so that the task
 * API's one mapper answers exactly these cases and a case added here cannot go unanswered; the
 * codes and texts clients see live there, not here. The message is a short description for the
 * server's own logs.
 */
public abstract sealed class TaskFailure extends RuntimeException {

  private TaskFailure(String message) {
    super(message, null, false, false);
  }

  /** Input that breaks a rule of tasks or of reading them; {@link #rule()} says which. */
  public static final class InvalidInput extends TaskFailure {

    /** The rules task input can break. */
    public enum Rule {
      /** A task title that is empty or only whitespace. */
      TITLE_EMPTY,
      /** A task title longer than {@code Title.MAX_LENGTH} code points. */
      TITLE_TOO_LONG,
      /** A task description longer than {@code Description.MAX_LENGTH} code points. */
      DESCRIPTION_TOO_LONG,
      /** A due date outside {@code DueDate.FIRST} to {@code DueDate.LAST}. */
      DUE_DATE_OUT_OF_RANGE,
      /** A page size outside 1 to {@code TaskQuery.MAX_PAGE}. */
      PAGE_SIZE_OUT_OF_RANGE,
      /** A title search too long, or with U+0000. */
      SEARCH_INVALID
    }

    private final Rule rule;

    public InvalidInput(Rule rule) {
      super(rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      this.rule = rule;
    }

    public Rule rule() {
      return rule;
    }
  }

  /**
   * The request names no caller: it did not pass the task API's gate. The task context's own case,
   * apart from the identity context's missing session, because the task API answers it.
   */
  public static final class NotAuthenticated extends TaskFailure {
    public NotAuthenticated() {
      super("not authenticated");
    }
  }

  /** The caller acts on a collection that is not their own. */
  public static final class NotOwner extends TaskFailure {
    public NotOwner() {
      super("not the owner");
    }
  }

  /** No such task in the caller's own collection (whether or not it exists elsewhere). */
  public static final class TaskNotFound extends TaskFailure {
    public TaskNotFound() {
      super("task not found");
    }
  }

  /** The client's copy of a task is older than the stored one (a stale {@code If-Match}). */
  public static final class StaleVersion extends TaskFailure {
    public StaleVersion() {
      super("stale version");
    }
  }
}
