package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.Tls;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with an operator's keystore: a server of its own started with {@code
 * TASKGUARD_TLS_KEYSTORE} pointing at a self-signed certificate made here with keytool serves that
 * very certificate, and a client trusting only it gets through.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class HttpsIT {

  @TempDir Path dir;

  @Test
  void theOperatorsCertificateIsServed() throws Exception {
    Path keystore = dir.resolve("operator.p12");
    String password = "it-" + UUID.randomUUID();
    keytool(keystore, password);
    Map<String, String> env = ExtraServer.buildServerEnv();
    env.put("TASKGUARD_TLS_KEYSTORE", keystore.toString());
    env.put("TASKGUARD_TLS_KEYSTORE_PASSWORD", password);
    try (ExtraServer server = ExtraServer.start("taskguard-https", env)) {
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
      String url = "https://localhost:" + server.httpsPort() + "/api/auth/ok";

      HttpResponse<String> answer = awaitHttps(Tls.trusting(keystore, password), url);
      assertEquals(200, answer.statusCode());
      assertEquals("{\"ok\":true}", answer.body());
      Certificate served = answer.sslSession().orElseThrow().getPeerCertificates()[0];
      assertEquals(certificate(keystore, password), served);

      HttpClient defaultTrust =
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Exception refused =
          assertThrows(
              Exception.class,
              () ->
                  defaultTrust.send(
                      HttpRequest.newBuilder(URI.create(url)).build(),
                      HttpResponse.BodyHandlers.ofString()));
      assertTrue(
          refused instanceof javax.net.ssl.SSLException
              || refused.getCause() instanceof javax.net.ssl.SSLException,
          refused::toString);
    }
  }

  /** The HTTPS listener may open a moment after readiness; retry for up to 30 s. */
  private static HttpResponse<String> awaitHttps(Tls tls, String url) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        return tls.get(url, null, null);
      } catch (IllegalStateException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        ExtraServer.sleep(500);
      }
    }
  }

  private static void keytool(Path keystore, String password) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "taskguard",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost, O=taskguard test",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                password,
                "-keypass",
                password)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool hangs");
    assertEquals(0, process.exitValue(), output);
  }

  private static Certificate certificate(Path keystore, String password) throws Exception {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      return store.getCertificate("taskguard");
    }
  }
}
