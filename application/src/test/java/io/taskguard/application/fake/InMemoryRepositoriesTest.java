package io.taskguard.application.fake;

import io.taskguard.application.contract.AccountTokenStoreContract;
import io.taskguard.application.contract.TaskRepositoryContract;
import io.taskguard.application.contract.UserRepositoryContract;
import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.application.port.out.UserRepository;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;

/** The repository contracts, run against the in-memory fakes the use-case tests rely on. */
class InMemoryRepositoriesTest {

  private final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
  private final InMemoryAccountTokenStore accountTokens = new InMemoryAccountTokenStore();
  private final InMemoryUserRepository users = new InMemoryUserRepository(tasks::removeAllOf);

  @Nested
  class Users extends UserRepositoryContract {
    @Override
    protected UserRepository repository() {
      return users;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
      return work.get();
    }
  }

  @Nested
  class Tasks extends TaskRepositoryContract {
    @Override
    protected TaskRepository tasks() {
      return tasks;
    }

    @Override
    protected UserRepository users() {
      return users;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
      return work.get();
    }
  }

  @Nested
  class AccountTokens extends AccountTokenStoreContract {
    @Override
    protected AccountTokenStore tokens() {
      return accountTokens;
    }

    @Override
    protected UserRepository users() {
      return users;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
      return work.get();
    }
  }
}
