package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.DeleteAccountUseCase;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.in.UpdateProfileUseCase;
import io.taskguard.application.port.out.AuditLog.Event;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountServiceTest extends IdentityFixture {

  private void update(SignedIn in, Optional<String> name, FieldPatch<String> image) {
    accounts.updateProfile(
        new UpdateProfileUseCase.Command(in.sessionToken(), name, image, from("x")));
  }

  private void delete(SignedIn in, Optional<String> password) {
    accounts.delete(
        new DeleteAccountUseCase.Command(in.sessionToken(), password, from("192.0.2.4")));
  }

  @Test
  void theProfileTakesANewNameAndImageAndKeepsWhatIsNotMentioned() {
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");

    update(in, Optional.of("  Ada Lovelace "), FieldPatch.keep());
    assertEquals("Ada Lovelace", users.findById(ada.id()).orElseThrow().name());
    assertEquals(null, users.findById(ada.id()).orElseThrow().image());

    update(in, Optional.empty(), FieldPatch.replaceWith("https://img.example/ada.png"));
    User updated = users.findById(ada.id()).orElseThrow();
    assertEquals("Ada Lovelace", updated.name());
    assertEquals("https://img.example/ada.png", updated.image());

    update(in, Optional.empty(), FieldPatch.replaceWith(null));
    assertEquals(null, users.findById(ada.id()).orElseThrow().image());
    assertTrue(audit.events().contains(Event.PROFILE_UPDATED));
  }

  @Test
  void aNameThatBreaksTheSignUpRulesIsRefused() {
    SignedIn in = sessionOf(account("ada@example.com"), "192.0.2.1");

    assertThrows(
        IdentityFailure.InvalidInput.class,
        () -> update(in, Optional.of("x".repeat(201)), FieldPatch.keep()));
    assertThrows(
        IdentityFailure.InvalidInput.class,
        () -> update(in, Optional.of("evil\u202Eeman"), FieldPatch.keep()));
    assertThrows(
        IdentityFailure.NotAuthenticated.class,
        () ->
            accounts.updateProfile(
                new UpdateProfileUseCase.Command(
                    "not a session", Optional.of("x"), FieldPatch.keep(), from("x"))));
  }

  @Test
  void aDeletionWithThePasswordRemovesTheAccountAndEverySession() {
    User ada = account("ada@example.com");
    SignedIn in = sessionOf(ada, "192.0.2.1");
    SignedIn other = sessionOf(ada, "192.0.2.2");
    clock.advance(Duration.ofDays(2));

    assertThrows(IdentityFailure.WrongPassword.class, () -> delete(in, Optional.of("wrong")));
    assertTrue(users.findById(ada.id()).isPresent());

    delete(in, Optional.of(PASSWORD));

    assertTrue(users.findById(ada.id()).isEmpty());
    assertFalse(sessionService.current(other.sessionToken()).isPresent());
    assertFalse(check.isLive(in.session().id().value(), ada.id().value()));
    assertEquals(Event.USER_DELETED, audit.last().event());
    assertEquals(ada.id(), audit.last().userId());
  }

  @Test
  void withoutThePasswordOnlyAFreshSessionMayDelete() {
    User ada = account("ada@example.com");
    SignedIn stale = sessionOf(ada, "192.0.2.1");
    clock.advance(Duration.ofMinutes(15));

    assertThrows(IdentityFailure.SessionNotFresh.class, () -> delete(stale, Optional.empty()));
    assertTrue(users.findById(ada.id()).isPresent());

    SignedIn fresh = sessionOf(ada, "192.0.2.1");
    clock.advance(Duration.ofMinutes(14));
    delete(fresh, Optional.empty());
    assertTrue(users.findById(ada.id()).isEmpty());
  }
}
