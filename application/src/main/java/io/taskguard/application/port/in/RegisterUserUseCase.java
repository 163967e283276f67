package io.taskguard.application.port.in;

import io.taskguard.domain.policy.TextPolicy;
import io.taskguard.domain.user.IdentityFailure;
import java.util.Objects;

/** Sign-up: a new account with email and password, signed in at once. */
public interface RegisterUserUseCase {

  SignedIn register(Command command);

  /** What a sign-up asks for; the name is required (it may be empty), the image optional. */
  record Command(String email, String password, String name, String image, ClientInfo client) {

    public static final int MAX_NAME = ProfileRules.MAX_NAME;
    public static final int MAX_IMAGE = ProfileRules.MAX_IMAGE;

    public Command {
      Objects.requireNonNull(client, "client");
      if (email == null || password == null || name == null) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.SIGN_UP_INCOMPLETE);
      }
      name = name.strip();
      if (name.length() > MAX_NAME) {
        throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.NAME_TOO_LONG);
      }
      if (!TextPolicy.isStorable(name) || (image != null && !TextPolicy.isStorable(image))) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.NAME_OR_IMAGE_NOT_STORABLE);
      }
      if (!TextPolicy.isPlainLabel(name)) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.NAME_HAS_BIDI_CONTROLS);
      }
      if (!TextPolicy.isStorable(password)) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.PASSWORD_NOT_STORABLE);
      }
      if (image != null && image.length() > MAX_IMAGE) {
        throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.IMAGE_TOO_LONG);
      }
    }

    @Override
    public String toString() {
      return "RegisterUserUseCase.Command[client=" + client + "]";
    }
  }
}
