package io.taskguard.application.port.out;

/**
 * What the accounts use cases tell the operators' dashboards: how sign-ins end, how many accounts
 * are made and how many JWTs are issued. Counts only: never an email, address, password or token
 * (those go to the {@link AuditLog}, without the secrets). Implementations must not fail the use
 * case.
 */
public interface AuthEvents {

  /** How a sign-in ended. */
  enum SignInOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    THROTTLED,
    /** The right password, refused while the address waits to be verified. */
    REFUSED
  }

  /** How a sign-up ended, when it got as far as the per-address limit. */
  enum SignUpOutcome {
    CREATED,
    THROTTLED
  }

  void signIn(SignInOutcome outcome);

  void signUp(SignUpOutcome outcome);

  /** One access JWT was signed. */
  void jwtIssued();
}
