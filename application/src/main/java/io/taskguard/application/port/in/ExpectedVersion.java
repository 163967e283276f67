package io.taskguard.application.port.in;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The versions of a task that a change may be applied to: any (the caller states nothing, or
 * accepts whatever version exists) or one of a given set (the versions the caller has seen). A
 * change to a version the condition does not admit fails with {@code TaskFailure.StaleVersion}, so
 * no caller silently overwrites a change it has not seen.
 */
public sealed interface ExpectedVersion {

  /** Whether a change may be applied to a task at {@code version}. */
  boolean admits(long version);

  /** No expectation: the change applies to whatever version exists. */
  static ExpectedVersion any() {
    return AnyVersion.INSTANCE;
  }

  /** The change applies only to {@code version}. */
  static ExpectedVersion of(long version) {
    return new OneOf(Set.of(version));
  }

  /** The change applies only to one of {@code versions}; an empty set admits nothing. */
  static ExpectedVersion oneOf(Collection<Long> versions) {
    return new OneOf(Set.copyOf(versions));
  }

  /** Admits every version. */
  enum AnyVersion implements ExpectedVersion {
    INSTANCE;

    @Override
    public boolean admits(long version) {
      return true;
    }
  }

  /** Admits exactly the listed versions. */
  record OneOf(Set<Long> versions) implements ExpectedVersion {

    public OneOf {
      versions = Set.copyOf(Objects.requireNonNull(versions, "versions"));
    }

    @Override
    public boolean admits(long version) {
      return versions.contains(version);
    }
  }
}
