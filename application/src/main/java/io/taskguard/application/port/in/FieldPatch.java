package io.taskguard.application.port.in;

import java.util.function.Function;

/**
 * One field of a partial update, telling "leave it as it is" apart from "set it to this value",
 * where the value may be {@code null} (so a nullable field can be cleared without being confused
 * with a field that was not mentioned).
 *
 * @param <T> the field's type
 */
public sealed interface FieldPatch<T> {

  /** The field is not part of the update. */
  static <T> FieldPatch<T> keep() {
    return new Keep<>();
  }

  /** The field becomes {@code value}, which may be {@code null}. */
  static <T> FieldPatch<T> replaceWith(T value) {
    return new ReplaceWith<>(value);
  }

  /** Whether the update changes this field. */
  boolean isPresent();

  /** The new value when present, else {@code current}. */
  T applyTo(T current);

  /** The same patch of a field of another type: a present value is converted, even {@code null}. */
  <R> FieldPatch<R> map(Function<? super T, ? extends R> conversion);

  /** The field is not part of the update. */
  record Keep<T>() implements FieldPatch<T> {
    @Override
    public boolean isPresent() {
      return false;
    }

    @Override
    public T applyTo(T current) {
      return current;
    }

    @Override
    public <R> FieldPatch<R> map(Function<? super T, ? extends R> conversion) {
      return new Keep<>();
    }
  }

  /** The field becomes {@code value} (possibly {@code null}). */
  record ReplaceWith<T>(T value) implements FieldPatch<T> {
    @Override
    public boolean isPresent() {
      return true;
    }

    @Override
    public T applyTo(T current) {
      return value;
    }

    @Override
    public <R> FieldPatch<R> map(Function<? super T, ? extends R> conversion) {
      return new ReplaceWith<>(conversion.apply(value));
    }
  }
}
