package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.SigningKeysUseCase;
import io.taskguard.application.port.out.AccessTokenClaims;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MpJwtScreenTest {

  /** {"alg":"RS256","kid":"k1"}, {"sub":"u"} */
  static final String GOOD = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1In0.Z29vZA";

  static final String SHOWN = "Bearer " + GOOD;

  static final String TRUSTED = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\"}]}";

  final List<String> verified = new ArrayList<>();
  boolean keyTrusted = true;
  RuntimeException keysUnreadable;
  final MpJwtScreen screen = new MpJwtScreen();
  final ScreenedTokenSource source = new ScreenedTokenSource();

  MpJwtScreenTest() {
    screen.keys =
        new SigningKeysUseCase() {
          @Override
          public String publicKeySet() {
            return "{\"keys\":[]}";
          }

          @Override
          public String trustedKeySet() {
            if (keysUnreadable != null) {
              throw keysUnreadable;
            }
            return TRUSTED;
          }

          @Override
          public boolean isTrusted(String kid) {
            if (keysUnreadable != null) {
              throw keysUnreadable;
            }
            return "k1".equals(kid) && keyTrusted;
          }

          @Override
          public Optional<AccessTokenClaims> verify(String token) {
            if (keysUnreadable != null) {
              throw keysUnreadable;
            }
            verified.add(token);
            return GOOD.equals(token) && keyTrusted
                ? Optional.of(new AccessTokenClaims("u", "s", Set.of("user")))
                : Optional.empty();
          }
        };
  }

  @AfterEach
  void endOfRequest() {
    screen.requestDestroyed(null);
  }

  private void arrives(String authorization) {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    "getHeader".equals(method.getName()) && "Authorization".equals(args[0])
                        ? authorization
                        : null);
    ServletContext context =
        (ServletContext)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> null);
    screen.requestInitialized(new ServletRequestEvent(context, request));
  }

  @Test
  void aTokenThatVerifiesGoesOnToMpJwtWhichReadsTheAuthorizationHeader() {
    arrives(SHOWN);
    assertNull(source.getValue(ScreenedTokenSource.TOKEN_HEADER));
    assertNull(source.getValue(ScreenedTokenSource.TOKEN_COOKIE));
    assertFalse(ScreenedTokenSource.screenedOut());
    assertEquals(List.of(GOOD), verified);
  }

  @Test
  void mpJwtVerifiesAScreenedTokenWithTheKeySetItVerifiedWithAndFetchesNone() {
    arrives(SHOWN);
    assertEquals(TRUSTED, source.getValue(ScreenedTokenSource.PUBLIC_KEY));
    assertNull(source.getValue("mp.jwt.verify.publickey.location"));
    screen.requestDestroyed(null);
    assertNull(source.getValue(ScreenedTokenSource.PUBLIC_KEY), "only for that request");

    arrives(SHOWN + "x");
    assertNull(source.getValue(ScreenedTokenSource.PUBLIC_KEY), "no key for a refused token");
  }

  @Test
  void aTokenThatDoesNotVerifyIsKeptFromMpJwt() {
    for (String bad :
        List.of(
            SHOWN + "AAAA",
            SHOWN + "!",
            SHOWN + ".x",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ2In0.Z29vZA",
            "Token Bearer " + GOOD)) {
      arrives(bad);
      assertEquals("Cookie", source.getValue(ScreenedTokenSource.TOKEN_HEADER), bad);
      String cookie = source.getValue(ScreenedTokenSource.TOKEN_COOKIE);
      assertTrue(cookie.contains(";"), "a cookie no request can send");
      assertNull(source.getValue("mp.jwt.verify.issuer"));
      screen.requestDestroyed(null);
      assertNull(source.getValue(ScreenedTokenSource.TOKEN_HEADER), "only for that request");
    }
  }

  @Test
  void headersMpJwtIsNotShownAreLeftAlone() {
    for (String other : new String[] {null, "bearer " + GOOD + "x", "Basic dTpw", "Bearer  x"}) {
      arrives(other);
      assertNull(source.getValue(ScreenedTokenSource.TOKEN_HEADER), other);
      assertNull(source.getValue(ScreenedTokenSource.PUBLIC_KEY), other);
    }
    assertEquals(List.of(), verified, "nothing verified");
  }

  @Test
  void aTokenThatVerifiedOnceIsNotVerifiedAgain() {
    arrives(SHOWN);
    arrives(SHOWN);
    assertEquals(List.of(GOOD), verified);
  }

  @Test
  void aRememberedTokenWhoseKeyWasWithdrawnIsVerifiedAgain() {
    arrives(SHOWN);
    keyTrusted = false;
    arrives(SHOWN);
    assertEquals("Cookie", source.getValue(ScreenedTokenSource.TOKEN_HEADER));
    assertEquals(List.of(GOOD, GOOD), verified);
  }

  @Test
  void aNewRequestStartsUnscreened() {
    arrives(SHOWN + "x");
    arrives(SHOWN);
    assertNull(source.getValue(ScreenedTokenSource.TOKEN_HEADER));
    assertFalse(ScreenedTokenSource.screenedOut());
  }

  @Test
  void aTokenThatCannotBeCheckedIsKeptFromMpJwtAndItsFailureKeptForTheGate() {
    keysUnreadable = new IllegalStateException("the database is away");
    arrives(SHOWN);
    assertEquals("Cookie", source.getValue(ScreenedTokenSource.TOKEN_HEADER));
    assertEquals(keysUnreadable, ScreenedTokenSource.verificationFailure());

    keysUnreadable = null;
    arrives(SHOWN);
    assertNull(ScreenedTokenSource.verificationFailure(), "only for that request");
    assertNull(source.getValue(ScreenedTokenSource.TOKEN_HEADER));
  }

  @Test
  void aRememberedTokenWhoseKeysCannotBeReadIsNotCountedAsVerified() {
    arrives(SHOWN);
    keysUnreadable = new IllegalStateException("the database is away");
    arrives(SHOWN);
    assertEquals(keysUnreadable, ScreenedTokenSource.verificationFailure());
  }
}
