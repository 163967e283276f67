package io.taskguard.adapter.rest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsKeystoreCheckTest {

  @TempDir Path dir;

  @Test
  void noPasswordMeansNoHttpsAndSaysWhichSetting() {
    Optional<String> problem = HttpsKeystoreCheck.problem(Optional.empty(), "", "PKCS12");
    assertTrue(problem.orElseThrow().startsWith("HTTPS is off: no keystore password is set"));
    assertTrue(problem.get().contains("TASKGUARD_TLS_KEYSTORE_PASSWORD"));
  }

  @Test
  void aMissingFileInAWritablePlaceIsGeneratedByLibertyAndIsNoProblem() {
    assertEquals(
        Optional.empty(),
        HttpsKeystoreCheck.problem(Optional.of(dir.resolve("key.p12")), "secret-1", "PKCS12"));
  }

  @Test
  void aKeystoreThatOpensWithThePasswordIsNoProblem() throws Exception {
    Path file = keystore("right-password");
    assertEquals(
        Optional.empty(),
        HttpsKeystoreCheck.problem(Optional.of(file), "right-password", "PKCS12"));
  }

  @Test
  void aWrongPasswordIsReportedWithoutThePassword() throws Exception {
    Path file = keystore("right-password");
    String problem =
        HttpsKeystoreCheck.problem(Optional.of(file), "wrong-password", "PKCS12").orElseThrow();
    assertTrue(problem.startsWith("HTTPS is off: the keystore " + file), problem);
    assertFalse(problem.contains("wrong-password"), problem);
    assertFalse(problem.contains("right-password"), problem);
  }

  @Test
  void aFileThatIsNoKeystoreIsReported() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-keystore.p12"), "hello");
    assertTrue(HttpsKeystoreCheck.problem(Optional.of(file), "pw", "PKCS12").isPresent());
  }

  @Test
  void anEncodedPasswordIsLeftToLiberty() throws Exception {
    Path file = keystore("right-password");
    assertEquals(
        Optional.empty(),
        HttpsKeystoreCheck.problem(Optional.of(file), "{aes}AAAAEXAMPLE", "PKCS12"));
  }

  private Path keystore(String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    Path file = dir.resolve("key.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
    return file;
  }
}
