package io.taskguard.application.fake;

import io.taskguard.application.contract.ThrottleStoreContract;
import io.taskguard.application.port.out.ThrottleStore;
import java.util.function.Supplier;

/** The throttle store contract, run against the in-memory fake the use-case tests rely on. */
class InMemoryThrottleStoreTest extends ThrottleStoreContract {

  private final InMemoryThrottleStore store = new InMemoryThrottleStore();

  @Override
  protected ThrottleStore store() {
    return store;
  }

  @Override
  protected <T> T inUnitOfWork(Supplier<T> work) {
    return work.get();
  }
}
