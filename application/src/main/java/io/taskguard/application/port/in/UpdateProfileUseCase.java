package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.Optional;

/** The holder of a session changes the account's name or image. */
public interface UpdateProfileUseCase {

  /** New values for the name and the image; {@code keep} leaves a field as it is. */
  record Command(
      String sessionToken, Optional<String> name, FieldPatch<String> image, ClientInfo client) {}

  /**
   * @throws IdentityFailure.NotAuthenticated without a live session
   * @throws IdentityFailure.InvalidInput when a value breaks the sign-up rules for it
   */
  void updateProfile(Command command);
}
