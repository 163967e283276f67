package io.taskguard.systemtest.attack;

import static io.taskguard.systemtest.attack.Forgery.signed;

import io.taskguard.testsupport.Jwts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Tokens signed with a key the server trusts, each with one claim or header wrong: these test the
 * claim checks themselves, which a bad signature would otherwise hide. Built from a real token of
 * {@code holder} so that everything else is exactly what the server issues.
 */
final class ClaimAttacks {

  private final RsaJsonWebKey trusted;
  private final String holderJwt;
  private final String otherJwt;

  ClaimAttacks(RsaJsonWebKey trusted, String holderJwt, String otherJwt) {
    this.trusted = trusted;
    this.holderJwt = holderJwt;
    this.otherJwt = otherJwt;
  }

  /**
   * The holder's claims, freshly dated, changed by {@code change}, signed RS256 by the trusted key.
   */
  String token(UnaryOperator<JsonObjectBuilder> change, Object... extraHeaders) {
    return tokenWith("RS256", change, extraHeaders);
  }

  String tokenWith(String alg, UnaryOperator<JsonObjectBuilder> change, Object... extraHeaders) {
    long now = System.currentTimeMillis() / 1000;
    JsonObjectBuilder claims =
        Json.createObjectBuilder(Jwts.payload(holderJwt)).add("iat", now).add("exp", now + 600);
    Object[] headers = new Object[4 + extraHeaders.length];
    headers[0] = "kid";
    headers[1] = trusted.getKeyId();
    headers[2] = "typ";
    headers[3] = "JWT";
    System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
    return signed(change.apply(claims).build().toString(), trusted.getPrivateKey(), alg, headers);
  }

  Stream<Attack> all(String user) {
    String family = "claims under a trusted signature";
    long now = System.currentTimeMillis() / 1000;
    JsonObject other = Jwts.payload(otherJwt);
    return Stream.of(
        attack(
            family,
            user,
            "TCK InvalidTokenTest.callEchoExpiredToken: exp 60 s ago (skew 30 s)",
            c -> c.add("exp", now - 60)),
        attack(family, user, "exp 45 s ago (beyond the 30 s skew)", c -> c.add("exp", now - 45)),
        attack(family, user, "nbf 2 minutes ahead", c -> c.add("nbf", now + 120)),
        attack(
            family,
            user,
            "TCK iat case: iat 2 minutes ahead",
            c -> c.add("iat", now + 120).add("exp", now + 720)),
        attack(
            family,
            user,
            "TCK InvalidTokenTest.callEchoBadIssuer: iss of another issuer",
            c -> c.add("iss", "https://evil.example")),
        attack(
            family,
            user,
            "iss with a trailing slash",
            c -> c.add("iss", Jwts.payload(holderJwt).getString("iss") + "/")),
        attack(family, user, "aud of another service", c -> c.add("aud", "another-service")),
        attack(family, user, "aud missing", c -> c.remove("aud")),
        attack(family, user, "sub missing", c -> c.remove("sub")),
        attack(family, user, "exp missing", c -> c.remove("exp")),
        attack(family, user, "iat missing", c -> c.remove("iat")),
        attack(family, user, "sub that is no user id", c -> c.add("sub", "../" + user)),
        attack(family, user, "sid of no session", c -> c.add("sid", UUID.randomUUID().toString())),
        attack(family, user, "sid missing", c -> c.remove("sid")),
        attack(
            family,
            user,
            "sid of another user's live session",
            c -> c.add("sid", other.getString("sid"))),
        new Attack(
            family,
            "unknown crit header",
            () ->
                Delivery.bearer(
                    user,
                    token(
                        c -> c,
                        "crit",
                        List.of("x-taskguard-unknown"),
                        "x-taskguard-unknown",
                        "1"))),
        new Attack(
            family,
            "typ of another kind of token (secevent+jwt)",
            () -> Delivery.bearer(user, tokenWithTyp("secevent+jwt"))),
        new Attack(
            family,
            "alg RS384 with the trusted key (only RS256 is accepted)",
            () -> Delivery.bearer(user, tokenWith("RS384", c -> c))));
  }

  private String tokenWithTyp(String typ) {
    long now = System.currentTimeMillis() / 1000;
    String claims =
        Json.createObjectBuilder(Jwts.payload(holderJwt))
            .add("iat", now)
            .add("exp", now + 600)
            .build()
            .toString();
    return signed(claims, trusted.getPrivateKey(), "RS256", "kid", trusted.getKeyId(), "typ", typ);
  }

  private Attack attack(
      String family, String user, String name, UnaryOperator<JsonObjectBuilder> change) {
    return new Attack(family, name, () -> Delivery.bearer(user, token(change)));
  }
}
