package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.application.port.out.AccountLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Better Auth's mailed links, on the public base URL: the reset link opens {@code
 * /api/auth/reset-password/{token}} and the verification link {@code /api/auth/verify-email}, both
 * served by this module, which then sends the browser to the callback.
 */
@ApplicationScoped
public class MailedLinks implements AccountLinks {

  private final PublicSite site;

  /** For CDI's client proxy only. */
  protected MailedLinks() {
    this(null);
  }

  @Inject
  public MailedLinks(PublicSite site) {
    this.site = site;
  }

  @Override
  public String passwordReset(String token, String callback) {
    return site.at(
        "/api/auth/reset-password/"
            + token
            + "?callbackURL="
            + encoded(callback == null ? MailLinks.RESET_PAGE : callback));
  }

  @Override
  public String verification(String token, String callback) {
    return site.at(
        "/api/auth/verify-email?token="
            + token
            + "&callbackURL="
            + encoded(callback == null ? MailLinks.VERIFIED_PAGE : callback));
  }

  @Override
  public String signInPage() {
    return site.at("/");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
