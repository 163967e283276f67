package io.taskguard.application.fake;

import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The account mails asked for, in order, with the token each carries (null when none). */
public class RecordingAccountMailer implements AccountMailer {

  /** One mail: its kind, recipient, token and callback. */
  public record Mail(String kind, Email to, String token, String callback) {}

  public final List<Mail> mails = new CopyOnWriteArrayList<>();

  @Override
  public void passwordReset(User user, String token, String callback, Instant now) {
    mails.add(new Mail("reset", user.email(), token, callback));
  }

  @Override
  public void verification(User user, Email to, String token, String callback, Instant now) {
    mails.add(new Mail("verification", to, token, callback));
  }

  @Override
  public void emailChangeRequested(User user, Email newEmail, Instant now) {
    mails.add(new Mail("change-notice", user.email(), null, newEmail.value()));
  }

  @Override
  public void passwordChanged(User user, Instant now) {
    mails.add(new Mail("password-changed", user.email(), null, null));
  }

  @Override
  public void securityChange(User user, SecurityChange change, Instant now) {
    mails.add(new Mail("security:" + change.name(), user.email(), null, null));
  }

  @Override
  public void signInCode(User user, String code, Instant now) {
    mails.add(new Mail("sign-in-code", user.email(), code, null));
  }

  /** The mails of {@code kind}. */
  public List<Mail> of(String kind) {
    return mails.stream().filter(mail -> mail.kind().equals(kind)).toList();
  }
}
