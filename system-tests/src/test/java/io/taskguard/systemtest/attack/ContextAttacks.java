package io.taskguard.systemtest.attack;

import io.taskguard.systemtest.twofactor.TwoFactorClient;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * Genuine tokens used where they no longer count (a signed-out session, a deleted user, a session
 * that turning two-factor on replaced, the challenge of a sign-in still waiting for its second
 * factor) or carried where taskguard must not look for them (query string, cookies, a scheme other
 * than Bearer).
 */
final class ContextAttacks {

  private ContextAttacks() {}

  static Stream<Attack> all(Target t, AuthApi auth, AuthTables tables) {
    return Stream.of(ended(auth, tables), misplaced(t)).flatMap(s -> s);
  }

  private static Stream<Attack> ended(AuthApi auth, AuthTables tables) {
    String family = "genuine tokens that no longer count";
    return Stream.of(
        new Attack(
            family,
            "token of a session that a two-factor enrolment replaced",
            () -> {
              AuthApi.Account enrolled = auth.newAccount("enrolled");
              new TwoFactorClient(auth, enrolled.address()).enrol(enrolled);
              return Delivery.bearer(enrolled.id(), enrolled.jwt());
            }),
        new Attack(
            family,
            "challenge token of a sign-in waiting for its second factor",
            () -> {
              AuthApi.Account enrolled = auth.newAccount("challenged");
              new TwoFactorClient(auth, enrolled.address()).enrol(enrolled);
              TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());
              client.signIn(enrolled.email(), enrolled.password());
              String challenge =
                  client
                      .cookie("better-auth.two_factor")
                      .orElseThrow(() -> new AssertionError("no challenge"));
              return Delivery.header(enrolled.id(), "Bearer " + challenge);
            }),
        new Attack(
            family,
            "token of a signed-out session",
            () -> {
              AuthApi.Account gone = auth.newAccount("signed-out");
              if (auth.signOut(gone.sessionToken(), gone.address()).status() != 200) {
                throw new AssertionError("sign-out failed");
              }
              return Delivery.bearer(gone.id(), gone.jwt());
            }),
        new Attack(
            family,
            "token of a deleted user",
            () -> {
              AuthApi.Account gone = auth.newAccount("deleted");
              if (tables.update("DELETE FROM users WHERE id = ?", gone.id()) != 1) {
                throw new AssertionError("user not deleted");
              }
              return Delivery.bearer(gone.id(), gone.jwt());
            }));
  }

  private static Stream<Attack> misplaced(Target t) {
    String family = "token outside the Authorization Bearer header";
    String jwt = t.victim().jwt();
    String user = t.victim().id();
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + jwt).getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        new Attack(
            family,
            "query string ?access_token=",
            () -> Delivery.query(user, "?access_token=" + jwt)),
        new Attack(family, "cookie Bearer=", () -> Delivery.cookie(user, "Bearer=" + jwt)),
        new Attack(
            family, "cookie access_token=", () -> Delivery.cookie(user, "access_token=" + jwt)),
        new Attack(family, "scheme misspelt Baerer", () -> Delivery.header(user, "Baerer " + jwt)),
        new Attack(family, "scheme Token", () -> Delivery.header(user, "Token " + jwt)),
        new Attack(family, "no scheme", () -> Delivery.header(user, jwt)),
        new Attack(family, "Basic scheme", () -> Delivery.header(user, "Basic " + basic)));
  }
}
