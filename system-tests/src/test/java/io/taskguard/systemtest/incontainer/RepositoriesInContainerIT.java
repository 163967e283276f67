package io.taskguard.systemtest.incontainer;

import io.taskguard.application.contract.TaskRepositoryContract;
import io.taskguard.application.contract.UserRepositoryContract;
import io.taskguard.application.fake.InMemoryTaskRepository;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.application.port.out.UserRepository;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task repository contract run inside the real Liberty server (Arquillian, managed container):
 * the JPA adapters on EclipseLink, the JTA data source and PostgreSQL, exactly as in production.
 */
@ExtendWith(ArquillianExtension.class)
class RepositoriesInContainerIT extends TaskRepositoryContract {

  @Deployment
  static WebArchive deployment() throws IOException {
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "taskguard-incontainer.war")
            .importFrom(new File("target/taskguard.war"))
            .as(WebArchive.class)
            .addClasses(
                RepositoriesInContainerIT.class,
                TaskRepositoryContract.class,
                UserRepositoryContract.class,
                InMemoryTaskRepository.class)
            // the reference's title order; package-private beside it, so named rather than
            // referenced
            .addClass("io.taskguard.application.fake.TitleOrder");
    withoutSessionCustomizer(war);
    return war;
  }

  /**
   * Arquillian deploys through dropins, where an application cannot be given the third-party API
   * visibility that taskguard's own deployment has (server.xml), so EclipseLink could not load the
   * session customizer ({@code FailFastQueries}, which only shortens failures while the database is
   * away): the test deployment's persistence unit goes without it.
   */
  private static void withoutSessionCustomizer(WebArchive war) throws IOException {
    ArchivePath jarPath =
        war.getContent(path -> path.get().startsWith("/WEB-INF/lib/adapters-persistence"))
            .keySet()
            .iterator()
            .next();
    JavaArchive jar;
    try (InputStream in = war.get(jarPath).getAsset().openStream()) {
      jar =
          ShrinkWrap.create(ZipImporter.class, "adapters-persistence.jar")
              .importFrom(in)
              .as(JavaArchive.class);
    }
    String unit;
    try (InputStream in = jar.get("META-INF/persistence.xml").getAsset().openStream()) {
      unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    jar.delete("META-INF/persistence.xml");
    jar.addAsManifestResource(
        new StringAsset(unit.replaceAll("(?m)^.*eclipselink\\.session\\.customizer.*$", "")),
        "persistence.xml");
    war.delete(jarPath);
    war.addAsLibrary(jar);
  }

  @Inject TaskRepository taskRepository;
  @Inject UserRepository userRepository;
  @Inject UserTransaction transaction;

  @Override
  protected TaskRepository tasks() {
    return taskRepository;
  }

  @Override
  protected UserRepository users() {
    return userRepository;
  }

  @Override
  protected <T> T inUnitOfWork(Supplier<T> work) {
    try {
      transaction.begin();
      T result;
      try {
        result = work.get();
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
      transaction.commit();
      return result;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
