package io.taskguard.adapter.token;

import static io.taskguard.adapter.token.KeyRotationTest.kid;
import static io.taskguard.adapter.token.KeyRotationTest.kids;
import static io.taskguard.adapter.token.TokenFixtures.ADA;
import static io.taskguard.adapter.token.TokenFixtures.AUDIENCE;
import static io.taskguard.adapter.token.TokenFixtures.ISSUER;
import static io.taskguard.adapter.token.TokenFixtures.OPERATOR;
import static io.taskguard.adapter.token.TokenFixtures.SESSION;
import static io.taskguard.adapter.token.TokenFixtures.T0;
import static io.taskguard.adapter.token.TokenFixtures.TIMELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operator's key commands as the token adapter carries them out: rotate now, withdraw. */
class OperatorKeyCommandsTest {

  private static final Instant T1 = T0.plusSeconds(3600);

  private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  private final SigningKeys keys =
      new SigningKeys(store, SigningKeyCipherTest.oldCipher(), new RecordingAudit(), TIMELINE);
  private final JoseTokenIssuer issuer = new JoseTokenIssuer(keys, ISSUER, AUDIENCE);
  private final OperatorKeyCommands commands =
      new OperatorKeyCommands(keys, new SecretRotation(store, SigningKeyCipherTest.oldCipher()));

  @Test
  void rotateNowAnswersTheKidThatSignsFromThen() {
    String first = kid(issuer.issue(ADA, SESSION, T0));

    String rotated = commands.rotateNow(T1, OPERATOR);

    assertNotEquals(first, rotated);
    assertEquals(rotated, kid(issuer.issue(ADA, SESSION, T1)));
    assertEquals(Set.of(first, rotated), kids(issuer.publicKeySet(T1)));
  }

  @Test
  void aWithdrawnKeyIsNeitherTrustedNorPublishedAndTheNextTokenComesFromANewKey() {
    String first = kid(issuer.issue(ADA, SESSION, T0));

    assertTrue(commands.withdraw(first, T1, OPERATOR));

    assertFalse(keys.verificationKey(first, T1).isPresent());
    assertFalse(kids(issuer.publicKeySet(T1)).contains(first));
    assertNotEquals(first, kid(issuer.issue(ADA, SESSION, T1)));
  }

  @Test
  void reencryptionCountsEveryPublishedKey() {
    issuer.issue(ADA, SESSION, T0);
    commands.rotateNow(T1, OPERATOR);

    assertEquals(2, commands.reencryptAll(T1));
  }

  @Test
  void withdrawingAnUnknownOrAlreadyWithdrawnKeyChangesNothing() {
    String first = kid(issuer.issue(ADA, SESSION, T0));

    assertFalse(commands.withdraw("no-such-kid", T1, OPERATOR));
    assertEquals(first, kid(issuer.issue(ADA, SESSION, T1)));
    assertTrue(commands.withdraw(first, T1, OPERATOR));
    assertFalse(commands.withdraw(first, T1.plusSeconds(1), OPERATOR));
  }
}
