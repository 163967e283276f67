package io.taskguard.application.port.in;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.domain.user.IdentityFailure;

/** Trading a live session for an access JWT. */
public interface IssueAccessTokenUseCase {

  /**
   * A fresh access JWT for the token's live session.
   *
   * @throws IdentityFailure.NotAuthenticated when the token proves no live session
   */
  AccessToken token(String sessionToken);

  /** A fresh access JWT for a session already found live by {@link GetSessionUseCase}. */
  AccessToken token(GetSessionUseCase.CurrentSession current);
}
