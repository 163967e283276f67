package io.taskguard.adapter.rest.operator;

/** What each operator command answers: what it did, in the words of the operator's guide. */
public final class OperatorAnswers {

  private OperatorAnswers() {}

  /** {@code POST /api/operator/keys/rotate}: the key that signs from now on. */
  public record KeyRotated(String newKid) {}

  /** {@code POST /api/operator/keys/{kid}/withdraw}: the key no longer signs nor is trusted. */
  public record KeyWithdrawn(String withdrawnKid) {}

  /** {@code POST /api/operator/keys/reencrypt}: how many stored keys are now under the newest. */
  public record KeysReencrypted(int keysReencrypted) {}

  /** {@code POST /api/operator/users/{user}/sessions/revoke}: whose sessions, how many ended. */
  public record SessionsRevoked(String userId, int sessionsEnded) {}
}
