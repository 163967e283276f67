package io.taskguard.systemtest.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.systemtest.secrets.SecretSweep.Finding;
import io.taskguard.systemtest.secrets.SecretSweep.Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sweep can fail: planted secrets are found, handed-out tokens only where the contract allows.
 */
class SecretSweepTest {

  static final String PASSWORD = "correct horse battery 5f1c0e7a-9d2b";
  static final String SESSION = "Q2hhbmdlIHRoaXMgdG9rZW4gaWYgeW91IGNhbiEhISE";
  static final String JWT =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbi0xMjM0NTY3ODkw";
  static final String HASH =
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo";

  final SecretSweep sweep =
      new SecretSweep(
          List.of(
              new Secret("password", PASSWORD),
              new Secret("session token", SESSION),
              new Secret("JWT", JWT),
              new Secret("password hash", HASH),
              new Secret("too short to look for", "abc")));

  @Test
  void findsEachPlantedSecretAndNamesOnlyItsKind() {
    assertEquals(
        List.of(new Finding("log", "password")), sweep.scanText("log", "login " + PASSWORD + "!"));
    assertEquals(List.of(new Finding("log", "session token")), sweep.scanText("log", SESSION));
    assertEquals(List.of(new Finding("log", "password hash")), sweep.scanText("log", "h=" + HASH));
    assertEquals(1, sweep.needles() - 3);
  }

  @Test
  void findsAJwtByItsSignatureAlone() {
    String signature = JWT.substring(JWT.lastIndexOf('.') + 1);
    assertEquals(List.of(new Finding("log", "JWT")), sweep.scanText("log", "sig " + signature));
  }

  @Test
  void scansBinaryBytesAndFindsNothingWhereNothingIs() {
    byte[] bytes = ("\u0000\u00ff" + SESSION + "\n").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(List.of(new Finding("ffdc", "session token")), sweep.scanBytes("ffdc", bytes));
    assertEquals(List.of(), sweep.scanText("log", "nothing secret here, " + "x".repeat(100)));
    assertEquals(List.of(), sweep.scanText("log", ""));
  }

  @Test
  void aTokenIsAllowedOnlyInTheFieldThatHandsItOut() {
    String signIn = "{\"redirect\":false,\"token\":\"" + SESSION + "\",\"user\":{\"name\":\"n\"}}";
    assertEquals(List.of(), scanAnswer("/api/auth/sign-in/email", 200, signIn));
    String leaky = "{\"token\":\"" + SESSION + "\",\"user\":{\"name\":\"" + SESSION + "\"}}";
    assertEquals(1, scanAnswer("/api/auth/sign-up/email", 200, leaky).size());
    assertEquals(
        1, scanAnswer("/api/auth/list-sessions", 200, "[{\"token\":\"" + SESSION + "\"}]").size());
    assertEquals(
        1, scanAnswer("/api/auth/sign-in/email", 401, "{\"token\":\"" + SESSION + "\"}").size());
    assertEquals(
        List.of(),
        scanAnswer("/api/auth/get-session", 200, "{\"session\":{\"token\":\"" + SESSION + "\"}}"));
    assertEquals(List.of(), scanAnswer("/api/auth/token", 200, "{\"token\":\"" + JWT + "\"}"));
    assertEquals(
        1, scanAnswer("/api/auth/sign-up/email", 200, "{\"p\":\"" + PASSWORD + "\"}").size());
  }

  @Test
  void handedOutHeadersAreAllowedOnlyWhereTheContractHasThem() {
    String signIn =
        "{\"method\":\"POST\",\"path\":\"/api/auth/sign-in/email\",\"status\":200,"
            + "\"headers\":{\"set-auth-jwt\":\""
            + JWT
            + "\",\"set-auth-token\":\""
            + SESSION
            + "\"},\"body\":\"{}\"}";
    String elsewhere = signIn.replace("/api/auth/sign-in/email", "/api/auth/list-sessions");
    List<RecordedAnswers.Answer> answers =
        RecordedAnswers.parse("answers", List.of(signIn, elsewhere));
    assertEquals(List.of(), sweep.scanText(answers.get(0).where(), answers.get(0).text()));
    assertEquals(2, sweep.scanText(answers.get(1).where(), answers.get(1).text()).size());
  }

  private List<Finding> scanAnswer(String path, int status, String body) {
    return sweep.scanText(path, RecordedAnswers.withoutHandedOut(path, status, body));
  }
}
