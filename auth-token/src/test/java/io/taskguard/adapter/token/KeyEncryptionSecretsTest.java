package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class KeyEncryptionSecretsTest {

  @Test
  void outsideDevelopmentNoSecretRefusesToStartNamingTheSetting() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new KeyEncryptionSecrets(Optional.empty(), "production"));

    assertTrue(e.getMessage().contains("TASKGUARD_SECRET"), e.getMessage());
    assertTrue(e.getMessage().contains("taskguard.secret"), e.getMessage());
  }

  @Test
  void blankEntriesAreNoSecretAtAll() {
    assertThrows(
        IllegalStateException.class, () -> new KeyEncryptionSecrets(List.of(" ", ""), "staging"));
  }

  @Test
  void secretsAreKeptNewestFirstTrimmedAndNeverShown() {
    KeyEncryptionSecrets secrets =
        new KeyEncryptionSecrets(
            Optional.of(List.of(" newest-secret-0123456789abcdef0123 ", "older-secret")),
            "production");

    assertEquals(
        List.of("newest-secret-0123456789abcdef0123", "older-secret"), secrets.newestFirst());
    assertEquals(2, secrets.count());
    assertFalse(secrets.toString().contains("secret-"), secrets.toString());
  }

  @Test
  void developmentWithoutASecretUsesTheLabelledDevelopmentSecretAndSaysSo() {
    List<LogRecord> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(KeyEncryptionSecrets.class.getName());
    logger.addHandler(capture);
    try {
      KeyEncryptionSecrets secrets = new KeyEncryptionSecrets(List.of(), " Development ");

      assertEquals(List.of(KeyEncryptionSecrets.DEVELOPMENT_SECRET), secrets.newestFirst());
      assertTrue(KeyEncryptionSecrets.DEVELOPMENT_SECRET.contains("DEVELOPMENT-ONLY"));
      assertEquals(1, logged.size());
      assertEquals(Level.INFO, logged.get(0).getLevel());
      assertTrue(logged.get(0).getMessage().contains("public"));
    } finally {
      logger.removeHandler(capture);
    }
  }

  @Test
  void developmentWithASecretUsesIt() {
    KeyEncryptionSecrets secrets =
        new KeyEncryptionSecrets(List.of("a-real-secret-0123456789abcdef0123"), "development");

    assertEquals(List.of("a-real-secret-0123456789abcdef0123"), secrets.newestFirst());
  }
}
