package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.user.UserId;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallersTest {

  /** A verified token as MP-JWT hands it over: only its claims matter here. */
  private record Token(Map<String, Object> claims) implements JsonWebToken {
    static Token withSubject(String subject, String upn) {
      Map<String, Object> claims = new HashMap<>();
      if (subject != null) {
        claims.put("sub", subject);
      }
      claims.put("upn", upn);
      return new Token(claims);
    }

    @Override
    public String getName() {
      return (String) claims.get("upn");
    }

    @Override
    public Set<String> getClaimNames() {
      return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
      return (T) claims.get(name);
    }
  }

  @Test
  void theCallerIsTheSubjectNotThePrincipalName() {
    UserId alice = UserId.random();
    UserId bob = UserId.random();
    Token token = Token.withSubject(alice.value(), bob.value());

    assertEquals(alice, Callers.owning(token, alice.value()).owner());
    assertThrows(TaskFailure.NotOwner.class, () -> Callers.owning(token, bob.value()));
  }

  @Test
  void withoutAUsableSubjectTheCallerIsNotAuthenticated() {
    for (Token token :
        new Token[] {
          Token.withSubject(null, "someone"),
          Token.withSubject("", "someone"),
          Token.withSubject("not/a user id", "someone")
        }) {
      assertThrows(TaskFailure.NotAuthenticated.class, () -> Callers.owning(token, "someone"));
    }
    assertThrows(
        TaskFailure.NotAuthenticated.class, () -> Callers.owning((JsonWebToken) null, "x"));
  }

  @Test
  void aRequestsCallerIsItsPrincipalOnlyWhenThatIsAVerifiedToken() {
    UserId alice = UserId.random();
    Token token = Token.withSubject(alice.value(), alice.value());

    assertEquals(alice, Callers.owning(security(token), alice.value()).owner());
    Principal basic = () -> alice.value();
    assertThrows(
        TaskFailure.NotAuthenticated.class, () -> Callers.owning(security(basic), alice.value()));
    assertThrows(TaskFailure.NotAuthenticated.class, () -> Callers.owning(security(null), "x"));
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

  @Test
  void anotherCollectionIsRefusedWhateverShapeThePathHas() {
    Token token = Token.withSubject("user-1", "user-1");

    for (String path : new String[] {"user-2", "USER-1", "user-1 ", "", "../user-1"}) {
      assertThrows(TaskFailure.NotOwner.class, () -> Callers.owning(token, path), path);
    }
  }
}
