package io.taskguard.testsupport;

import java.util.List;

/**
 * Titles whose order tells code points from the order people read: numbers by value, case and
 * accents only breaking ties (specs/tasks.md, {@code sort=title}).
 */
public final class TitleOrderSample {

  /** The titles in the order a test creates them. */
  public static final List<String> CREATED =
      List.of(
          "10 things",
          "9 lives",
          "Apple pie",
          "Zebra",
          "apple juice",
          "banana split",
          "cherry",
          "\u00c4pfel kaufen");

  /** The same titles sorted by title. */
  public static final List<String> SORTED =
      List.of(
          "9 lives",
          "10 things",
          "\u00c4pfel kaufen",
          "apple juice",
          "Apple pie",
          "banana split",
          "cherry",
          "Zebra");

  private TitleOrderSample() {}
}
