package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.Objects;

/**
 * Sign-in with email and password. Unknown email and wrong password fail alike. An account with a
 * second factor gets a challenge instead of a session, unless the sign-in comes from a device it
 * trusts.
 */
public interface SignInUseCase {

  SignInOutcome signIn(Command command);

  /** A sign-in attempt; {@code trustedDevice} is the token of a trusted device, when it has one. */
  record Command(String email, String password, String trustedDevice, ClientInfo client) {

    public Command {
      Objects.requireNonNull(client, "client");
      if (email == null || password == null) {
        throw new IdentityFailure.InvalidInput(
            IdentityFailure.InvalidInput.Rule.SIGN_IN_INCOMPLETE);
      }
    }

    @Override
    public String toString() {
      return "SignInUseCase.Command[client=" + client + "]";
    }
  }
}
