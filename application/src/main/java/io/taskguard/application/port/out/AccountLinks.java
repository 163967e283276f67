package io.taskguard.application.port.out;

/**
 * The absolute links that account mails carry. The inbound adapter that serves them builds them, so
 * the mail adapter never needs to know another adapter's paths; a token appears only in the link.
 */
public interface AccountLinks {

  /**
   * The link that opens a password reset; {@code callback} is where it leads afterwards (null: the
   * web UI's reset page).
   */
  String passwordReset(String token, String callback);

  /**
   * The link that confirms an address; {@code callback} is where it leads afterwards (null: the web
   * UI's confirmation page).
   */
  String verification(String token, String callback);

  /** The web UI's sign-in page, where a person who did not ask for a change can act. */
  String signInPage();
}
