package io.taskguard.adapter.rest.auth;

/** Where the web UI takes people from mailed links when the request named no page of its own. */
public final class MailLinks {

  /** The web UI's page that asks for a new password (the link adds {@code token=...}). */
  public static final String RESET_PAGE = "/?view=reset-password";

  /** The web UI's page that says how a verification went (the link adds {@code error=...}). */
  public static final String VERIFIED_PAGE = "/?view=email-verified";

  private MailLinks() {}
}
