package io.taskguard.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every case of a sealed failure hierarchy, made reflectively, so that a mapper's test covers a
 * case nobody remembered to list: each concrete class reached through {@link
 * Class#getPermittedSubclasses()} (through sealed intermediate types too), made once per value of
 * each enum its constructor takes (a rule, a token's purpose). A class it cannot make fails the
 * test that asks, rather than being skipped.
 */
public final class FailureCases {

  /** One case: the class's simple name with the constructor's arguments, and the failure itself. */
  public record Case<T>(String name, T failure) {
    @Override
    public String toString() {
      return name;
    }
  }

  private FailureCases() {}

  public static <T> List<Case<T>> of(Class<T> root) {
    List<Case<T>> cases = new ArrayList<>();
    collect(root, root, cases);
    return cases;
  }

  private static <T> void collect(Class<T> root, Class<?> type, List<Case<T>> cases) {
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        collect(root, permitted, cases);
      }
    } else if (!Modifier.isFinal(type.getModifiers())) {
      throw new AssertionError(type.getName() + " is not sealed: its cases cannot be listed");
    }
    if (!Modifier.isAbstract(type.getModifiers())) {
      made(root, type, cases);
    }
  }

  private static <T> void made(Class<T> root, Class<?> type, List<Case<T>> cases) {
    Constructor<?>[] constructors = type.getConstructors();
    if (constructors.length != 1) {
      throw new AssertionError(type.getName() + " needs exactly one public constructor");
    }
    for (List<Object> arguments : arguments(type, constructors[0].getParameterTypes())) {
      String name =
          arguments.isEmpty()
              ? type.getSimpleName()
              : arguments.stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(", ", type.getSimpleName() + "(", ")"));
      try {
        cases.add(new Case<>(name, root.cast(constructors[0].newInstance(arguments.toArray()))));
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("cannot make " + name, e);
      }
    }
  }

  /** Every combination of example values for {@code parameters}. */
  private static List<List<Object>> arguments(Class<?> type, Class<?>[] parameters) {
    List<List<Object>> combinations = new ArrayList<>(List.of(List.of()));
    for (Class<?> parameter : parameters) {
      List<List<Object>> longer = new ArrayList<>();
      for (List<Object> prefix : combinations) {
        for (Object value : examples(type, parameter)) {
          List<Object> combination = new ArrayList<>(prefix);
          combination.add(value);
          longer.add(combination);
        }
      }
      combinations = longer;
    }
    return combinations;
  }

  private static List<?> examples(Class<?> type, Class<?> parameter) {
    if (parameter.isEnum()) {
      return Arrays.asList(parameter.getEnumConstants());
    }
    if (parameter == Duration.class) {
      return List.of(Duration.ofSeconds(30));
    }
    if (parameter == boolean.class) {
      return List.of(true, false);
    }
    throw new AssertionError(
        "no example of " + parameter.getName() + " to make " + type.getName() + ": add one here");
  }
}
