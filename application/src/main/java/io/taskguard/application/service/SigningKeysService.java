package io.taskguard.application.service;

import io.taskguard.application.port.in.SigningKeysUseCase;
import io.taskguard.application.port.out.AccessTokenClaims;
import io.taskguard.application.port.out.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Publishes the verification keys and says whether a key is still trusted. */
@ApplicationScoped
@Transactional
public class SigningKeysService implements SigningKeysUseCase {

  private final TokenIssuer tokens;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SigningKeysService() {
    this(null, null);
  }

  @Inject
  public SigningKeysService(TokenIssuer tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public String publicKeySet() {
    return tokens.publicKeySet(clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public String trustedKeySet() {
    return tokens.trustedKeySet(clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isTrusted(String kid) {
    return kid != null && tokens.isPublished(kid, clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AccessTokenClaims> verify(String token) {
    return token == null || token.isEmpty()
        ? Optional.empty()
        : tokens.verify(token, clock.instant());
  }
}
