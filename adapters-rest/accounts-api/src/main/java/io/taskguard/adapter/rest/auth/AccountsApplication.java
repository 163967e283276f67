package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.EmptyRefusals;
import io.taskguard.adapter.rest.http.OptionsAnswers;
import io.taskguard.adapter.rest.http.QueryStringGuard;
import io.taskguard.adapter.rest.http.RefusalMapper;
import io.taskguard.adapter.rest.http.UnexpectedFailures;
import io.taskguard.adapter.rest.http.WebFailures;
import io.taskguard.adapter.rest.operator.MetricsResource;
import io.taskguard.adapter.rest.operator.OperatorGate;
import io.taskguard.adapter.rest.operator.OperatorResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The accounts API, in Better Auth's dialect: everything under {@code /api} that is not the task
 * API ({@code /api/users}, a JAX-RS application of its own, which the servlet container routes by
 * the longer path). It lists its resources and providers, so no provider of the task API ever
 * handles one of its requests, and each of its error answers is in {@link AuthErrors}' dialect.
 */
@ApplicationPath("/api")
public class AccountsApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        CredentialsResource.class,
        TwoFactorResource.class,
        ChallengeResource.class,
        PasskeyResource.class,
        SessionResource.class,
        AccountResource.class,
        EmailChangeResource.class,
        PasswordCheckResource.class,
        KeysResource.class,
        OkResource.class,
        OperatorResource.class,
        MetricsResource.class,
        OperatorGate.class,
        AuthFailureMapper.class,
        SessionCookieFilter.class);
  }

  @Override
  public Set<Object> getSingletons() {
    return Set.of(
        new RefusalMapper(),
        new WebFailures(AuthErrors.DIALECT),
        new UnexpectedFailures(AuthErrors.DIALECT),
        new EmptyRefusals(AuthErrors.DIALECT, "Unauthorized"),
        new QueryStringGuard(AuthErrors.DIALECT),
        new OptionsAnswers());
  }
}
