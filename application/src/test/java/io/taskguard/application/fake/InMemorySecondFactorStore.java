package io.taskguard.application.fake;

import io.taskguard.application.port.out.SecondFactorStore;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SecondFactorStore} in memory; marks two-factor on and off in the users fake. */
public class InMemorySecondFactorStore implements SecondFactorStore {

  private record Key(UserId userId, boolean confirmed) {}

  private record Code(long id, UserId userId, boolean confirmed, byte[] hash, Instant usedAt) {}

  private final InMemoryUserRepository users;
  private final Map<Key, StoredSecret> secrets = new HashMap<>();
  private final List<Code> codes = new ArrayList<>();
  private long nextId = 1;

  public InMemorySecondFactorStore(InMemoryUserRepository users) {
    this.users = users;
  }

  @Override
  public synchronized Optional<StoredSecret> secret(UserId userId, boolean confirmed) {
    return Optional.ofNullable(secrets.get(new Key(userId, confirmed)));
  }

  @Override
  public synchronized void savePending(
      UserId userId, byte[] sealedSecret, List<byte[]> backupCodeHashes, Instant now) {
    secrets.put(new Key(userId, false), new StoredSecret(sealedSecret, null));
    codes.removeIf(code -> code.userId().equals(userId) && !code.confirmed());
    backupCodeHashes.forEach(hash -> codes.add(new Code(nextId++, userId, false, hash, null)));
  }

  @Override
  public synchronized boolean confirmPending(UserId userId, byte[] sealed, long step) {
    StoredSecret pending = secrets.get(new Key(userId, false));
    if (pending == null || !java.util.Arrays.equals(pending.sealed(), sealed)) {
      return false;
    }
    secrets.remove(new Key(userId, false));
    secrets.put(new Key(userId, true), new StoredSecret(pending.sealed(), step));
    codes.removeIf(code -> code.userId().equals(userId) && code.confirmed());
    codes.replaceAll(
        code ->
            code.userId().equals(userId)
                ? new Code(code.id(), userId, true, code.hash(), code.usedAt())
                : code);
    users.setTwoFactor(userId, true);
    return true;
  }

  @Override
  public synchronized boolean useStep(UserId userId, boolean confirmed, long step) {
    Key key = new Key(userId, confirmed);
    StoredSecret stored = secrets.get(key);
    if (stored == null || (stored.lastUsedStep() != null && stored.lastUsedStep() >= step)) {
      return false;
    }
    secrets.put(key, new StoredSecret(stored.sealed(), step));
    return true;
  }

  @Override
  public synchronized List<StoredBackupCode> unusedBackupCodes(UserId userId) {
    return codes.stream()
        .filter(code -> code.userId().equals(userId) && code.confirmed() && code.usedAt() == null)
        .map(code -> new StoredBackupCode(code.id(), code.hash()))
        .toList();
  }

  @Override
  public synchronized boolean useBackupCode(long id, Instant now) {
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      if (code.id() == id && code.usedAt() == null) {
        codes.set(i, new Code(id, code.userId(), code.confirmed(), code.hash(), now));
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void replaceBackupCodes(UserId userId, List<byte[]> backupCodeHashes) {
    codes.removeIf(code -> code.userId().equals(userId) && code.confirmed());
    backupCodeHashes.forEach(hash -> codes.add(new Code(nextId++, userId, true, hash, null)));
  }

  @Override
  public synchronized void removeAll(UserId userId) {
    secrets.keySet().removeIf(key -> key.userId().equals(userId));
    codes.removeIf(code -> code.userId().equals(userId));
    users.setTwoFactor(userId, false);
  }

  @Override
  public synchronized List<SealedSecret> allSecrets() {
    return secrets.entrySet().stream()
        .map(
            e ->
                new SealedSecret(
                    e.getKey().userId(), e.getKey().confirmed(), e.getValue().sealed()))
        .toList();
  }

  @Override
  public synchronized boolean reseal(
      UserId userId, boolean confirmed, byte[] before, byte[] sealed) {
    Key key = new Key(userId, confirmed);
    StoredSecret stored = secrets.get(key);
    if (stored == null || !java.util.Arrays.equals(stored.sealed(), before)) {
      return false;
    }
    secrets.put(key, new StoredSecret(sealed, stored.lastUsedStep()));
    return true;
  }
}
