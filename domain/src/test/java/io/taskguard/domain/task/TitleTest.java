package io.taskguard.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleTest {

  private static final String EMOJI = "\uD83D\uDCDD"; // 📝, one code point, two chars

  @Test
  void trimsSurroundingWhitespace() {
    assertEquals("Buy milk", new Title("  Buy milk \t\n").value());
    assertEquals("Buy milk", new Title("\u2003Buy milk\u3000").value());
  }

  @Test
  void keepsInnerWhitespaceAndCase() {
    assertEquals("Buy  MILK\tnow", new Title("Buy  MILK\tnow").value());
  }

  @Test
  void showsItsValue() {
    assertEquals("Buy milk", new Title(" Buy milk ").toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\t", "\n\r", " \t \n ", "\u2003", "\u3000"})
  void refusesEmptyOrWhitespaceOnly(String value) {
    TaskFailure.InvalidInput error =
        assertThrows(TaskFailure.InvalidInput.class, () -> new Title(value));
    assertEquals(TaskFailure.InvalidInput.Rule.TITLE_EMPTY, error.rule());
    assertEquals(
        TaskFailure.InvalidInput.Rule.TITLE_EMPTY,
        assertThrows(TaskFailure.InvalidInput.class, () -> Title.given(value)).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200B\u200D\uFEFF", "\u3164", " \u2800 ", "\u0301"})
  void aGivenTitleMustHaveAVisibleCharacterButAStoredOneIsStillRead(String value) {
    TaskFailure.InvalidInput error =
        assertThrows(TaskFailure.InvalidInput.class, () -> Title.given(value));
    assertEquals(TaskFailure.InvalidInput.Rule.TITLE_EMPTY, error.rule());
    assertEquals(value.strip(), new Title(value).value());
  }

  @Test
  void aGivenTitleWithSomethingToSeeIsTheTitle() {
    assertEquals(new Title("Buy milk"), Title.given(" Buy milk "));
    assertEquals("\u200BA", Title.given("\u200BA").value());
  }

  @Test
  void accepts500CharactersAndRefuses501() {
    assertEquals(500, new Title("t".repeat(500)).value().length());

    assertTooLong("t".repeat(501));
  }

  @Test
  void countsTheLengthAfterTrimming() {
    assertEquals("t".repeat(500), new Title("   " + "t".repeat(500) + "   ").value());
  }

  @Test
  void countsASurrogatePairAsOneCharacter() {
    String longest = EMOJI.repeat(500);
    assertEquals(1000, longest.length());

    assertEquals(longest, new Title(longest).value());
    assertEquals(999, new Title(EMOJI.repeat(499) + "t").value().length());
    assertTooLong(EMOJI.repeat(501));
    assertTooLong(EMOJI.repeat(500) + "t");
  }

  private static void assertTooLong(String value) {
    TaskFailure.InvalidInput error =
        assertThrows(TaskFailure.InvalidInput.class, () -> new Title(value));
    assertEquals(TaskFailure.InvalidInput.Rule.TITLE_TOO_LONG, error.rule());
  }
}
