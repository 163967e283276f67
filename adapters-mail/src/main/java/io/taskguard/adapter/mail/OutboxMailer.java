package io.taskguard.adapter.mail;

import io.taskguard.application.port.out.AccountLinks;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.MailOutbox;
import io.taskguard.application.port.out.MailOutbox.OutgoingMail;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The account lifecycle's mails, written to the outbox in the caller's transaction, each as plain
 * text and as HTML. Their links come from {@link AccountLinks}, which the API that serves them
 * builds; a token appears in the link and nowhere else. After the transaction commits, {@link
 * MailRelay} sends them.
 */
@ApplicationScoped
public class OutboxMailer implements AccountMailer {

  private final MailOutbox outbox;
  private final AccountLinks links;
  private final Event<MailQueued> queued;

  /** For CDI's client proxy only. */
  protected OutboxMailer() {
    this(null, null, null);
  }

  @Inject
  public OutboxMailer(MailOutbox outbox, AccountLinks links, Event<MailQueued> queued) {
    this.outbox = outbox;
    this.links = links;
    this.queued = queued;
  }

  @Override
  public void passwordReset(User user, String token, String callback, Instant now) {
    String link = links.passwordReset(token, callback);
    enqueue(
        user.email(),
        "Reset your taskguard password",
        MailText.of(
            greeting(user),
            "Someone asked to reset the password of your taskguard account. To choose a new one,"
                + " open this link within the hour:",
            link,
            "If it was not you, ignore this mail: your password stays as it is."),
        now);
  }

  @Override
  public void verification(User user, Email to, String token, String callback, Instant now) {
    String link = links.verification(token, callback);
    boolean change = !to.equals(user.email());
    enqueue(
        to,
        change ? "Confirm your new taskguard email" : "Verify your taskguard email",
        MailText.of(
            greeting(user),
            change
                ? "To move your taskguard account to this address, open this link:"
                : "To confirm that this address is yours, open this link:",
            link,
            "If you did not ask for this, ignore this mail."),
        now);
  }

  @Override
  public void emailChangeRequested(User user, Email newEmail, Instant now) {
    enqueue(
        user.email(),
        "Your taskguard email is about to change",
        MailText.of(
            greeting(user),
            "Someone signed in to your taskguard account asked to move it to "
                + newEmail.value()
                + ". It moves once that address confirms.",
            null,
            "If it was not you, change your password now: your account stays at this address"
                + " until the new one confirms."),
        now);
  }

  @Override
  public void passwordChanged(User user, Instant now) {
    enqueue(
        user.email(),
        "Your taskguard password was changed",
        MailText.of(
            greeting(user),
            "The password of your taskguard account was just changed.",
            null,
            "If it was not you, reset your password at once from the sign-in page: "
                + links.signInPage()),
        now);
  }

  @Override
  public void securityChange(User user, SecurityChange change, Instant now) {
    String what =
        switch (change) {
          case TWO_FACTOR_ENABLED ->
              "Two-factor sign-in was turned on for your taskguard account: signing in now also"
                  + " asks for a code from your authenticator app.";
          case TWO_FACTOR_DISABLED ->
              "Two-factor sign-in was turned off for your taskguard account: signing in now asks"
                  + " only for your password.";
          case BACKUP_CODES_GENERATED ->
              "New backup codes were made for your taskguard account; the earlier ones no longer"
                  + " work.";
          case BACKUP_CODE_USED ->
              "One of your taskguard backup codes was just used to sign in. It cannot be used"
                  + " again.";
          case PASSKEY_ADDED ->
              "A passkey was added to your taskguard account: it can now sign in without a"
                  + " password.";
          case PASSKEY_REMOVED -> "A passkey was removed from your taskguard account.";
        };
    enqueue(
        user.email(),
        "A change to how you sign in to taskguard",
        MailText.of(
            greeting(user),
            what,
            null,
            "If it was not you, reset your password at once from the sign-in page and sign out"
                + " everywhere: "
                + links.signInPage()),
        now);
  }

  @Override
  public void signInCode(User user, String code, Instant now) {
    enqueue(
        user.email(),
        "Your taskguard sign-in code",
        MailText.of(
            greeting(user),
            "Your sign-in code is " + code + ". It works once, for the next three minutes.",
            null,
            "If you are not signing in, someone knows your password: change it now."),
        now);
  }

  private void enqueue(Email to, String subject, MailText text, Instant now) {
    outbox.enqueue(new OutgoingMail(to.value(), subject, text.plain(), text.html()), now);
    queued.fire(new MailQueued());
  }

  private static String greeting(User user) {
    return user.name().isBlank() ? "Hello," : "Hello " + user.name() + ",";
  }
}
