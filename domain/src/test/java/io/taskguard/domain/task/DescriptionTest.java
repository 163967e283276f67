package io.taskguard.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DescriptionTest {

  private static final String EMOJI = "\uD83D\uDCDD"; // 📝, one code point, two chars

  @Test
  void keepsTheTextExactlyAsWritten() {
    String text = "  two spaces first,\n\ta tab, and trailing space  ";

    assertEquals(text, new Description(text).value());
  }

  @Test
  void mayBeEmptyText() {
    assertEquals("", new Description("").value());
    assertEquals("   ", Description.of("   ").value());
  }

  @Test
  void accepts5000CharactersAndRefuses5001() {
    assertEquals(5000, new Description("d".repeat(5000)).value().length());

    assertTooLong("d".repeat(5001));
  }

  @Test
  void countsASurrogatePairAsOneCharacter() {
    String longest = EMOJI.repeat(5000);
    assertEquals(10_000, longest.length());

    assertEquals(longest, new Description(longest).value());
    assertTooLong(EMOJI.repeat(5001));
    assertTooLong(longest + "d");
  }

  @Test
  void noDescriptionIsNullThroughOf() {
    assertNull(Description.of(null));
    assertNull(Description.text(null));
    assertEquals(new Description("milk"), Description.of("milk"));
    assertEquals("milk", Description.text(Description.of("milk")));
  }

  @Test
  void theConstructorRefusesNullAndPointsToOf() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new Description(null));
    assertEquals("use Description.of(null) for no description", error.getMessage());
  }

  @Test
  void ofAppliesTheSameLimit() {
    assertThrows(TaskFailure.InvalidInput.class, () -> Description.of("d".repeat(5001)));
  }

  private static void assertTooLong(String value) {
    TaskFailure.InvalidInput error =
        assertThrows(TaskFailure.InvalidInput.class, () -> new Description(value));
    assertEquals(TaskFailure.InvalidInput.Rule.DESCRIPTION_TOO_LONG, error.rule());
  }
}
