package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;

/** Withdrawing a move to a new address before its link is opened. */
public interface CancelEmailChangeUseCase {

  /** A withdrawal by the holder of a live session. */
  record Command(String sessionToken, ClientInfo client) {}

  /**
   * Retires every unused email-change link of the account, so none of them moves it any more.
   *
   * @return whether a move was pending
   * @throws IdentityFailure.NotAuthenticated without a live session
   */
  boolean cancel(Command command);
}
