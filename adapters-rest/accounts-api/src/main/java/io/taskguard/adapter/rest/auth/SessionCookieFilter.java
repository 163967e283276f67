package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.PublicSite;
import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.port.out.CookieSigner;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Better Auth's cookie mode beside its bearer mode. A request without an {@code Authorization}
 * header but with a validly signed {@code better-auth.session_token} cookie is answered as if it
 * carried {@code Bearer <token>}; every answer that opens or replaces a session ({@code
 * set-auth-token}) also sets the cookie (for the session's lifetime, or until the browser closes
 * after {@code rememberMe: false}); sign-out and deletion clear it. Cross-site requests are refused
 * as Better Auth refuses them: a state-changing call that the session cookie authenticates needs a
 * trusted {@code Origin} (403 {@code INVALID_ORIGIN}, or {@code MISSING_OR_NULL_ORIGIN} without
 * one), and so does a sign-in or sign-up that names an {@code Origin}. Bearer calls are not
 * checked: browsers do not send bearer tokens by themselves.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class SessionCookieFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** Set when the session cookie authenticated the request: a 401 then clears it. */
  private static final String COOKIE_SESSION = "taskguard.cookieSession";

  /** Set by a sign-in with {@code rememberMe: false}; read when its answer sets the cookie. */
  static final String DONT_REMEMBER = "taskguard.dontRemember";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> CREDENTIAL_ANSWERS =
      Set.of("auth/sign-in/email", "auth/sign-up/email");
  private static final Set<String> SIGNING_OUT = Set.of("auth/sign-out", "auth/delete-user");

  private final CookieSigner signer;
  private final PublicSite site;
  private final IdentitySettings settings;

  /** For CDI's client proxy, and for JAX-RS. */
  public SessionCookieFilter() {
    this(null, null, null);
  }

  @Inject
  public SessionCookieFilter(CookieSigner signer, PublicSite site, IdentitySettings settings) {
    this.signer = signer;
    this.site = site;
    this.settings = settings;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    boolean stateChanging = !SAFE.contains(request.getMethod());
    String origin = request.getHeaderString("Origin");
    boolean noOrigin = origin == null || origin.isBlank() || "null".equals(origin);
    boolean foreign = !noOrigin && !site.trustsOrigin(origin);
    Optional<String> token =
        request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
            ? cookie(request, SignInCookies.SESSION).flatMap(signer::verified)
            : Optional.empty();
    String path = path(request);
    if (stateChanging && foreign && (token.isPresent() || CREDENTIAL_ANSWERS.contains(path))) {
      request.abortWith(refusal("Invalid origin", "INVALID_ORIGIN"));
      return;
    }
    if (token.isPresent()) {
      if (stateChanging && noOrigin) {
        request.abortWith(refusal("Missing or null Origin", "MISSING_OR_NULL_ORIGIN"));
        return;
      }
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.get());
      request.setProperty(COOKIE_SESSION, Boolean.TRUE);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    SignInCookies cookies = SignInCookies.of(secure(request), site);
    if (response.getStatus() == 401
        && Boolean.TRUE.equals(request.getProperty(COOKIE_SESSION))
        && response.getEntity() instanceof Map<?, ?> body
        && "UNAUTHORIZED".equals(body.get("code"))) {
      // the cookie names a session that has ended: the browser need not send it again
      response.getHeaders().add("Set-Cookie", cookies.clear(SignInCookies.SESSION));
      return;
    }
    if (response.getStatus() != 200) {
      return;
    }
    String path = path(request);
    boolean signIn = CREDENTIAL_ANSWERS.contains(path);
    boolean rememberedNot =
        cookie(request, SignInCookies.DONT_REMEMBER).flatMap(signer::verified).isPresent();
    boolean forgetOnClose =
        Boolean.TRUE.equals(request.getProperty(DONT_REMEMBER)) || (!signIn && rememberedNot);
    Object token = response.getHeaders().getFirst("set-auth-token");
    if (token != null) {
      String value = URLEncoder.encode(signer.sign(token.toString()), StandardCharsets.UTF_8);
      response
          .getHeaders()
          .add(
              "Set-Cookie",
              forgetOnClose
                  ? cookies.setForBrowserSession(SignInCookies.SESSION, value)
                  : cookies.set(SignInCookies.SESSION, value, settings.sessionTtl()));
    } else if (SIGNING_OUT.contains(path)) {
      for (String name :
          new String[] {
            SignInCookies.SESSION, SignInCookies.SESSION_DATA, SignInCookies.DONT_REMEMBER
          }) {
        response.getHeaders().add("Set-Cookie", cookies.clear(name));
      }
      return;
    }
    if (forgetOnClose && (signIn || token != null)) {
      // the sign-in's choice, kept for the session it opens now or after its second factor
      String remember = URLEncoder.encode(signer.sign("true"), StandardCharsets.UTF_8);
      response
          .getHeaders()
          .add("Set-Cookie", cookies.setForBrowserSession(SignInCookies.DONT_REMEMBER, remember));
    } else if (signIn && rememberedNot) {
      response.getHeaders().add("Set-Cookie", cookies.clear(SignInCookies.DONT_REMEMBER));
    }
  }

  private static String path(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private boolean secure(ContainerRequestContext request) {
    return request.getSecurityContext().isSecure() || "https".equals(site.base().getScheme());
  }

  /**
   * The URL-decoded value of cookie {@code name}; on an HTTPS site only the {@code __Secure-} one,
   * which a plain-HTTP page or a sibling domain cannot set in its place.
   */
  private Optional<String> cookie(ContainerRequestContext request, String name) {
    Cookie cookie = request.getCookies().get((secure(request) ? "__Secure-" : "") + name);
    if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 1024) {
      return Optional.empty();
    }
    try {
      return Optional.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Response refusal(String message, String code) {
    return AuthErrors.DIALECT.answer(403, message, code).build();
  }
}
