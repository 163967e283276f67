package io.taskguard.adapter.rest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.user.IdentityFailure;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hexagon's rules, checked on the compiled classes of every module. No rule is ever vacuous:
 * each fails when the classes it checks are missing ({@code allowEmptyShould(false)}, shown by
 * {@link #failsRatherThanPassesOnClassesWithoutItsPackages}), and {@link #hasClassesIn} fails when
 * a package that a rule names as a dependency target is empty.
 */
class HexagonArchitectureTest {

  private static final String DOMAIN = "io.taskguard.domain..";
  private static final String APPLICATION = "io.taskguard.application..";
  private static final String REST = "io.taskguard.adapter.rest..";
  private static final String PERSISTENCE = "io.taskguard.adapter.persistence..";
  private static final String TOKEN = "io.taskguard.adapter.token..";
  private static final String MAIL = "io.taskguard.adapter.mail..";
  private static final String JOBS = "io.taskguard.adapter.jobs..";
  private static final String ENTITIES_HOME = "io.taskguard.adapter.persistence";
  private static final String OPERATOR = "io.taskguard.adapter.rest.operator";
  private static final String OPERATOR_ONLY = OPERATOR + ".OperatorOnly";
  private static final String TASK_API = "io.taskguard.adapter.rest.task..";
  private static final String ACCOUNTS_API = "io.taskguard.adapter.rest.auth..";
  private static final String[] SHARED_HTTP = {
    "io.taskguard.adapter.rest.http..",
    "io.taskguard.adapter.rest.json..",
    "io.taskguard.adapter.rest.observability.."
  };
  private static final String[] FRAMEWORKS = {
    "jakarta.persistence..",
    "jakarta.ws.rs..",
    "jakarta.json..",
    "org.eclipse.microprofile..",
    "org.jose4j..",
    "org.eclipse.persistence..",
    "org.flywaydb.."
  };

  /** Classes from none of taskguard's packages, on which every rule must fail. */
  private static final JavaClasses NONE_OF_OURS =
      new ClassFileImporter().importClasses(Object.class, String.class);

  static Stream<Named<ArchRule>> rules() {
    return Stream.of(
            classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(DOMAIN, "java.."),
            classes()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                    APPLICATION,
                    DOMAIN,
                    "java..",
                    "jakarta.inject..",
                    "jakarta.enterprise..",
                    "jakarta.transaction.."),
            noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS),
            noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS),
            noClasses()
                .that()
                .resideInAPackage(REST)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, TOKEN, MAIL, JOBS),
            // the outbound mail adapter and the scheduled jobs see the application only: mailed
            // links come through its AccountLinks port, never from the accounts API's classes
            noClasses()
                .that()
                .resideInAPackage(MAIL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(REST, PERSISTENCE, TOKEN, JOBS),
            noClasses()
                .that()
                .resideInAPackage(JOBS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(REST, PERSISTENCE, TOKEN, MAIL),
            // each API answers the failures of its own bounded context only
            noClasses()
                .that()
                .resideInAPackage(TASK_API)
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(IdentityFailure.class),
            noClasses()
                .that()
                .resideInAnyPackage(ACCOUNTS_API, OPERATOR + "..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(TaskFailure.class),
            noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TOKEN, REST),
            noClasses()
                .that()
                .resideInAPackage(TOKEN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, REST),
            // one inbound adapter per wire contract: neither API module sees the other, and what
            // they share sees neither
            noClasses()
                .that()
                .resideInAPackage(TASK_API)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ACCOUNTS_API, OPERATOR + ".."),
            noClasses()
                .that()
                .resideInAnyPackage(ACCOUNTS_API, OPERATOR + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(TASK_API),
            noClasses()
                .that()
                .resideInAnyPackage(SHARED_HTTP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TASK_API, ACCOUNTS_API, OPERATOR + ".."),
            classes()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .haveSimpleNameEndingWith("Entity")
                .andShould()
                .resideInAPackage(ENTITIES_HOME),
            classes()
                .that()
                .haveSimpleNameEndingWith("Entity")
                .should()
                .bePackagePrivate()
                .andShould()
                .resideInAPackage(ENTITIES_HOME)
                .andShould()
                .onlyHaveDependentClassesThat()
                .resideInAPackage(ENTITIES_HOME),
            noClasses()
                .that()
                .resideInAPackage("io.taskguard..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lombok.."),
            // no operator endpoint without the gate that checks the operator credential
            classes()
                .that()
                .resideInAPackage(OPERATOR)
                .and()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .should()
                .beAnnotatedWith(OPERATOR_ONLY),
            classes().that().areAnnotatedWith(OPERATOR_ONLY).should().resideInAPackage(OPERATOR))
        .map(rule -> rule.allowEmptyShould(false))
        .map(rule -> Named.of(rule.getDescription(), rule));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(TaskguardClasses.production());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failsRatherThanPassesOnClassesWithoutItsPackages(ArchRule rule) {
    AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(NONE_OF_OURS));
    assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
  }

  @Test
  void archUnitFailsOnAnEmptyShouldByDefaultToo() {
    ArchRule withDefaults =
        noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(REST);

    AssertionError failure =
        assertThrows(AssertionError.class, () -> withDefaults.check(NONE_OF_OURS));
    assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
  }

  /**
   * Every package the rules name has classes, so that "does not depend on X" never holds merely
   * because X is empty.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "io.taskguard.domain",
        "io.taskguard.domain.user",
        "io.taskguard.domain.task",
        "io.taskguard.domain.policy",
        "io.taskguard.domain.session",
        "io.taskguard.application.config",
        "io.taskguard.application.port.in",
        "io.taskguard.application.port.out",
        "io.taskguard.application.service",
        "io.taskguard.adapter.persistence",
        "io.taskguard.adapter.token",
        "io.taskguard.adapter.mail",
        "io.taskguard.adapter.jobs",
        "io.taskguard.adapter.rest",
        "io.taskguard.adapter.rest.auth",
        "io.taskguard.adapter.rest.operator",
        "io.taskguard.adapter.rest.task",
        "io.taskguard.adapter.rest.http",
        "io.taskguard.adapter.rest.json",
        "io.taskguard.adapter.rest.observability"
      })
  void hasClassesIn(String packageName) {
    assertTrue(
        TaskguardClasses.production().stream()
            .map(JavaClass::getPackageName)
            .anyMatch(packageName::equals),
        "no classes imported in " + packageName);
  }

  @Test
  void importsTheRuntimeScopedAdaptersAndLeavesOutTests() {
    JavaClasses imported = TaskguardClasses.production();

    assertTrue(imported.contain("io.taskguard.adapter.persistence.JpaUserRepository"));
    assertTrue(imported.contain("io.taskguard.adapter.persistence.UserEntity"));
    assertTrue(imported.contain("io.taskguard.domain.policy.OwnershipPolicy"));
    assertFalse(imported.contain("io.taskguard.application.fake.InMemoryTaskRepository"));
    assertFalse(imported.contain(HexagonArchitectureTest.class.getName()));
  }

  @Test
  void theTokenAdapterIsOnTheClassPathSoItsClassesWillBeChecked() throws IOException {
    List<URL> beansXmls =
        Collections.list(getClass().getClassLoader().getResources("META-INF/beans.xml"));

    assertTrue(
        beansXmls.stream().anyMatch(url -> url.toString().contains("auth-token")),
        beansXmls.toString());
  }
}
