package io.taskguard.application.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperatorCredentialTest {

  private final OperatorCredential credential = new OperatorCredential("ops", "s3cret-pass");

  @Test
  void admitsExactlyTheConfiguredUserAndPassword() {
    assertTrue(credential.matches("ops", "s3cret-pass"));
    assertFalse(credential.matches("ops", "s3cret-pasS"));
    assertFalse(credential.matches("ops", "s3cret-pass "));
    assertFalse(credential.matches("Ops", "s3cret-pass"));
    assertFalse(credential.matches("ops", ""));
    assertFalse(credential.matches(null, null));
  }

  @Test
  void isDisabledUnlessBothPartsAreSet() {
    assertFalse(OperatorCredential.none().configured());
    assertFalse(OperatorCredential.none().matches("", ""));
    assertFalse(new OperatorCredential("ops", " ").configured());
    assertFalse(new OperatorCredential(" ", "pass").matches("", "pass"));
    assertFalse(new OperatorCredential(null, "pass").configured());
    assertTrue(credential.configured());
  }

  @Test
  void neverShowsThePassword() {
    assertFalse(credential.toString().contains("s3cret"));
    assertTrue(credential.toString().contains("ops"));
  }
}
