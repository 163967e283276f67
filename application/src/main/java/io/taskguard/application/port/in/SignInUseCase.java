package io.taskguard.application.port.in;

import io.taskguard.domain.user.IdentityFailure;
import java.util.Objects;

/** Sign-in with email and password. Unknown email and wrong password fail alike. */
public interface SignInUseCase {

  SignedIn signIn(Command command);

  /** A sign-in attempt. */
  record Command(String email, String password, ClientInfo client) {

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
