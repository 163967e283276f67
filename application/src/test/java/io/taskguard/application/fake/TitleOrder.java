package io.taskguard.application.fake;

import java.math.BigInteger;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title order of the spec in memory, close to PostgreSQL's ICU {@code und-u-kn-true}: runs of
 * digits compare as numbers, the text between them by the JDK's root collator (letters before case,
 * lower case first), and code points break what is still tied. The JDK collator ignores spaces and
 * punctuation where ICU does not, so titles that differ only there may order otherwise.
 */
final class TitleOrder implements Comparator<String> {

  private static final Pattern RUN = Pattern.compile("\\d+|\\D+");

  private final Collator text;

  TitleOrder() {
    text = Collator.getInstance(Locale.ROOT);
    text.setStrength(Collator.TERTIARY);
    text.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
  }

  @Override
  public int compare(String a, String b) {
    Matcher left = RUN.matcher(a);
    Matcher right = RUN.matcher(b);
    while (left.find()) {
      if (!right.find()) {
        return 1;
      }
      int order = compareRuns(left.group(), right.group());
      if (order != 0) {
        return order;
      }
    }
    if (right.find()) {
      return -1;
    }
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  private int compareRuns(String a, String b) {
    if (isNumber(a) && isNumber(b)) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (isNumber(a) != isNumber(b)) {
      return isNumber(a) ? -1 : 1;
    }
    return text.compare(a, b);
  }

  private static boolean isNumber(String run) {
    char first = run.charAt(0);
    return first >= '0' && first <= '9';
  }
}
