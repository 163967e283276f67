package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.user.UserId;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallersTest {

  private static VerifiedCaller caller(UserId user) {
    return new VerifiedCaller(user, "session-1", Set.of(TaskApiGate.ROLE));
  }

  @Test
  void theCallerOwnsTheirOwnCollectionOnly() {
    UserId alice = UserId.random();
    UserId bob = UserId.random();

    assertEquals(alice, Callers.owning(security(caller(alice)), alice.value()).owner());
    assertThrows(
        TaskFailure.NotOwner.class, () -> Callers.owning(security(caller(alice)), bob.value()));
  }

  @Test
  void aRequestThatDidNotPassTheGateHasNoCaller() {
    UserId alice = UserId.random();
    Principal basic = () -> alice.value();

    assertThrows(
        TaskFailure.NotAuthenticated.class, () -> Callers.owning(security(basic), alice.value()));
    assertThrows(TaskFailure.NotAuthenticated.class, () -> Callers.owning(security(null), "x"));
  }

  @Test
  void anotherCollectionIsRefusedWhateverShapeThePathHas() {
    UserId alice = UserId.random();

    for (String path :
        new String[] {
          UserId.random().value(),
          alice.value().toUpperCase(java.util.Locale.ROOT),
          alice.value() + " ",
          "",
          "../" + alice.value()
        }) {
      assertThrows(
          TaskFailure.NotOwner.class, () -> Callers.owning(security(caller(alice)), path), path);
    }
  }

  private static SecurityContext security(Principal principal) {
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return null;
      }
    };
  }
}
