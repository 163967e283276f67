package io.taskguard.systemtest.auth;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;

/** One device's sign-in to an account: its session token, its JWT and the session's id. */
record Device(String token, String jwt, String sid) {

  static Device of(HttpResult signedIn) {
    String jwt = signedIn.header("set-auth-jwt").orElseThrow(() -> new AssertionError(signedIn));
    return new Device(
        signedIn.object().getString("token"), jwt, Jwts.payload(jwt).getString("sid"));
  }

  /** The session the account's sign-up started. */
  static Device first(AuthApi.Account account) {
    return new Device(
        account.sessionToken(), account.jwt(), Jwts.payload(account.jwt()).getString("sid"));
  }

  /** A new sign-in of {@code account} from an address of its own. */
  static Device signIn(AuthApi auth, AuthApi.Account account) {
    return of(auth.signIn(account.email(), account.password(), AuthApi.newAddress()));
  }
}
