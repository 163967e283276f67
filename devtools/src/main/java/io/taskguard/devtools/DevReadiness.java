package io.taskguard.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for the development server's readiness check to say UP, for as long as it runs. */
final class DevReadiness {

  private DevReadiness() {}

  /** True once {@code /health/ready} answers 200; false if the server exits first. */
  static boolean await(Process server, int httpPort) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (server.isAlive()) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    return false;
  }
}
