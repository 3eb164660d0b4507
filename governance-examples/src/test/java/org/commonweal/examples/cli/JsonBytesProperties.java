package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The JSON strings written as bytes, and as {@link JsonOut} text, are those a character-by-character
 * escaper written here from the documented rules gives, encoded in UTF-8, whatever the text holds:
 * quotes, backslashes, control characters, the characters a terminal would act on, accented letters,
 * characters outside the Basic Multilingual Plane, and surrogates without their pair.
 */
class JsonBytesProperties {
  /** The slow oracle: each character by the rules, the whole then encoded as the output stream would. */
  private static byte[] expected(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '\b' -> s.append("\\b");
        case '\f' -> s.append("\\f");
        default -> {
          boolean terminal =
              c < 0x20
                  || (c >= 0x7F && c <= 0x9F)
                  || c == 0x2028
                  || c == 0x2029
                  || (c >= 0x202A && c <= 0x202E)
                  || (c >= 0x2066 && c <= 0x2069);
          if (terminal) {
            s.append(String.format("\\u%04X", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString().getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> awkward =
        Arbitraries.of(
            '"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001B', '\u007F', '\u0085', '\u009F',
            '\u2028', '\u2029', '\u202A', '\u202E', '\u2066', '\u2069', '\u00E9', '\u20AC', '\uD83D',
            '\uDE00', '\uFFFD', ' ', '~');
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, ascii), net.jqwik.api.Tuple.of(2, awkward), net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(40)
        .map(
            cs -> {
              StringBuilder s = new StringBuilder();
              cs.forEach(s::append);
              return s.toString();
            });
  }

  @Property(tries = 2000)
  void string_isJsonOutsTextInUtf8(@ForAll("texts") String text) {
    assertArrayEquals(expected(text), new JsonBytes(4).string(text).toByteArray(), () -> escapedForMessage(text));
    assertArrayEquals(expected(text), JsonOut.string(text).getBytes(StandardCharsets.UTF_8), () -> escapedForMessage(text));
  }

  @Property(tries = 1000)
  void string_writtenInPieces_isTheWhole(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 40) int cut) {
    // The JSON's stage action is written as its description, then the names elected: two pieces of one
    // string. A cut between the two halves of a surrogate pair would not occur there (the description
    // ends in ASCII), so the cut is moved off one.
    int at = Math.min(cut, text.length());
    if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at))) {
      at--;
    }
    byte[] pieces =
        new JsonBytes(1).ascii('"').part(text.substring(0, at)).part(text.substring(at)).ascii('"').toByteArray();
    assertArrayEquals(expected(text), pieces, () -> escapedForMessage(text) + " cut at " + cut);
  }

  @Test
  void buffer_growsFromTheSmallestSize() {
    JsonBytes b = new JsonBytes(0);
    for (int i = 0; i < 1000; i++) {
      b.ascii(',').number(i).string("é\"");
    }
    String s = new String(b.toByteArray(), StandardCharsets.UTF_8);
    assertEquals(1000, s.chars().filter(c -> c == ',').count());
    assertEquals(",0\"é\\\"\",1\"é\\\"\"", s.substring(0, 14));
    assertEquals(",999\"é\\\"\"", s.substring(s.length() - 9));
  }

  private static String escapedForMessage(String text) {
    StringBuilder s = new StringBuilder();
    text.chars().forEach(c -> s.append(String.format("\\u%04X", c)));
    return s.toString();
  }
}
