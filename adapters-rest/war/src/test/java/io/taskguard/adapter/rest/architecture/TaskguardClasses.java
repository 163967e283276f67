package io.taskguard.adapter.rest.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * taskguard's production classes as ArchUnit sees them, from every module on this module's test
 * class path: domain and application (compile scope), auth-token and adapters-persistence (runtime
 * scope, assembled into the WAR), and the modules of adapters-rest.
 */
final class TaskguardClasses {

  static final String ROOT = "io.taskguard";

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter().withImportOption(new ProductionOnly()).importPackages(ROOT);

  private TaskguardClasses() {}

  static JavaClasses production() {
    return PRODUCTION;
  }

  /**
   * Leaves out test classes: test-classes directories, and test-jars such as application's (its
   * fakes and contracts use JUnit, which no production layer may).
   */
  static final class ProductionOnly implements ImportOption {
    private static final Pattern TEST_CLASSES = Pattern.compile(".*/target/test-classes/.*");
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_CLASSES) && !location.matches(TEST_JAR);
    }
  }
}
