package io.taskguard.application.port.in;

import io.taskguard.domain.policy.TextPolicy;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.ProfileRules;
import java.util.Objects;

/** Sign-up: a new account with email and password, signed in at once. */
public interface RegisterUserUseCase {

  SignedIn register(Command command);

  /** What a sign-up asks for; the name is required (it may be empty), the image optional. */
  record Command(String email, String password, String name, String image, ClientInfo client) {

    public Command {
      Objects.requireNonNull(client, "client");
      if (email == null || password == null || name == null) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.SIGN_UP_INCOMPLETE);
      }
      name = ProfileRules.name(name);
      if (!TextPolicy.isStorable(password)) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.PASSWORD_NOT_STORABLE);
      }
      image = ProfileRules.image(image);
    }

    @Override
    public String toString() {
      return "RegisterUserUseCase.Command[client=" + client + "]";
    }
  }
}
