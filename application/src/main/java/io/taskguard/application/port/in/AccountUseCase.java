package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.Optional;

/** What the holder of a session may do to the account itself: its profile, and its deletion. */
public interface AccountUseCase {

  /** New values for the name and the image; {@code keep} leaves a field as it is. */
  record ProfileUpdate(
      String sessionToken, Optional<String> name, FieldPatch<String> image, ClientInfo client) {}

  /**
   * @throws IdentityFailure.NotAuthenticated without a live session
   * @throws IdentityFailure.InvalidInput when a value breaks the sign-up rules for it
   */
  void updateProfile(ProfileUpdate update);

  /** A deletion, confirmed by the password or by a session signed in a moment ago. */
  record Deletion(String sessionToken, Optional<String> password, ClientInfo client) {}

  /**
   * Removes the account with its tasks and sessions, in one transaction; its JWTs are refused on
   * every server within a second.
   *
   * @throws IdentityFailure.WrongPassword when a password is given and is wrong
   * @throws IdentityFailure.SessionNotFresh without a password on a session that is not fresh
   */
  void delete(Deletion deletion);
}
