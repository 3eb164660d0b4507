package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader under the CDF reader, value by value: what RFC 8259 allows is read as written, what it
 * does not is refused with the line, the path and the text found there, and the limits hold exactly at
 * their numbers.
 */
class CdfJsonParserTest {
  private static final int DEPTH = 64;
  private static final long TOKEN = 1_000;

  private static CdfJsonParser parser(byte[] bytes, int maxDepth, long maxToken) {
    return new CdfJsonParser(CdfJson.FORMAT, bytes, maxDepth, maxToken);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The one value of a whole document. */
  private static Object value(String json, int maxDepth, long maxToken) {
    CdfJsonParser p = parser(utf8(json), maxDepth, maxToken);
    Object v = p.value(0);
    p.finish();
    return v;
  }

  private static Object value(String json) {
    return value(json, DEPTH, TOKEN);
  }

  private static MalformedInputException refused(String json, int maxDepth, long maxToken) {
    return assertThrows(MalformedInputException.class, () -> value(json, maxDepth, maxToken));
  }

  private static MalformedInputException refused(String json) {
    return refused(json, DEPTH, TOKEN);
  }

  /** The text a refusal says it found, as its message quotes it last. */
  private static String found(MalformedInputException x) {
    String m = x.getMessage();
    String mark = ", found \"";
    int from = m.lastIndexOf(mark);
    assertTrue(from >= 0 && m.endsWith("\""), m);
    return m.substring(from + mark.length(), m.length() - 1);
  }

  private static CdfJsonParser.Num num(String text) {
    return new CdfJsonParser.Num(text);
  }

  // ---- Literals ----

  @Test
  void value_literals_areTheirValues() {
    assertEquals(Boolean.TRUE, value("true"));
    assertEquals(Boolean.FALSE, value("false"));
    assertEquals(CdfJsonParser.NULL, value("null"));
    assertEquals(List.of(Boolean.TRUE, Boolean.FALSE, CdfJsonParser.NULL), value("[true, false, null]"));
    assertEquals(Map.of("a", CdfJsonParser.NULL), value("{\"a\": null}"));
  }

  @Test
  void nullValue_readsAsJsonWritesIt() {
    assertEquals("null", CdfJsonParser.NULL.toString());
  }

  @Test
  void value_literalCutShortOrMisspelt_isRefused() {
    for (String bad : List.of("tru", "t", "fals", "nul", "trux", "nulL", "[tru]", "[fals")) {
      MalformedInputException x = refused(bad);
      assertEquals("a JSON value at $" + (bad.startsWith("[") ? "[0]" : ""), x.expected(), bad);
      assertEquals(bad.startsWith("[") ? bad.substring(1) : bad, found(x), bad);
    }
  }

  @Test
  void value_otherFirstCharacters_areRefused() {
    for (String bad : List.of("/", ":", "+1", ".5", "x", "'a'")) {
      assertEquals("a JSON value at $", refused(bad).expected(), bad);
    }
  }

  // ---- Numbers ----

  @Test
  void value_numbers_areKeptAsWritten() {
    List<String> numbers =
        List.of("0", "9", "-1", "-0", "10", "19", "90", "1.5", "-12.25", "0.0", "1e5", "1E5", "1e+5", "1E-5", "2.5e-3", "-0.5E+12");
    for (String n : numbers) {
      // alone (the number ends the input) and inside an array (a byte follows it)
      assertEquals(num(n), value(n), n);
      assertEquals(List.of(num(n)), value("[" + n + "]"), n);
      assertEquals(List.of(num(n), num(n)), value("[" + n + "," + n + "]"), n);
    }
  }

  @Test
  void value_leadingZero_endsTheNumber() {
    CdfJsonParser p = parser(utf8("01"), DEPTH, TOKEN);
    assertEquals(num("0"), p.value(0));
    MalformedInputException x = assertThrows(MalformedInputException.class, p::finish);
    assertEquals("the end of the document at $", x.expected());
    assertEquals("1", found(x));
    MalformedInputException inArray = refused("[-01]");
    assertEquals("',' or ']' after an element at $", inArray.expected());
    assertEquals("1]", found(inArray));
  }

  @Test
  void value_numbersWithoutTheirDigits_areRefused() {
    assertEquals("a digit in a number at $", refused("-").expected());
    assertEquals("a digit in a number at $[0]", refused("[-]").expected());
    assertEquals("a digit in a number at $", refused("-x").expected());
    assertEquals("a digit after the decimal point at $", refused("1.").expected());
    assertEquals("a digit after the decimal point at $[0]", refused("[1.]").expected());
    assertEquals("a digit in the exponent at $", refused("1e").expected());
    assertEquals("a digit in the exponent at $", refused("1E+").expected());
    assertEquals("a digit in the exponent at $", refused("1e-").expected());
    assertEquals("a digit in the exponent at $[0]", refused("[1e]").expected());
    assertEquals("a digit in the exponent at $[0]", refused("[1e+x]").expected());
  }

  @Test
  void value_numberOfExactlyTheLimit_isRead_oneLonger_isRefused() {
    assertEquals(num("123"), value("123", DEPTH, 3));
    assertEquals(num("-1.5"), value("-1.5", DEPTH, 4));
    // Further into the document, the limit is the number's own length, not its place.
    assertEquals(List.of(num("1"), num("123")), value("[1, 123]", DEPTH, 3));
    MalformedInputException x = refused("1234", DEPTH, 3);
    assertEquals("a number of at most 3 characters at $", x.expected());
    assertEquals("1234", found(x));
    MalformedInputException later = refused("[1, -1.5]", DEPTH, 3);
    assertEquals("a number of at most 3 characters at $[1]", later.expected());
    assertEquals("-1.5]", found(later));
  }

  @Test
  void whole_wholeNumbersWithinLong_only() {
    assertEquals(0L, num("0").whole());
    assertEquals(-1L, num("-1").whole());
    assertEquals(1_000_000_000_000_000_000L, num("1000000000000000000").whole()); // 19 digits
    assertEquals(Long.MAX_VALUE, num("9223372036854775807").whole());
    assertNull(num("9223372036854775808").whole()); // 19 digits, one past the largest long
    assertNull(num("12345678901234567890").whole()); // 20 digits
    assertNull(num("1.5").whole());
    assertNull(num("1.0").whole());
    assertNull(num("1e3").whole());
    assertNull(num("1E3").whole());
  }

  // ---- Strings ----

  @Test
  void value_strings_decodeAsciiAndUtf8() {
    assertEquals("", value("\"\""));
    assertEquals("plain", value("\"plain\""));
    // Text with no ASCII at all, and text mixing both, each way round.
    assertEquals("\u00e9", value("\"\u00e9\""));
    assertEquals("\u00eb\u00e9\u4e2d", value("\"\u00eb\u00e9\u4e2d\""));
    assertEquals("Zo\u00eb", value("\"Zo\u00eb\""));
    assertEquals("\u00e9a", value("\"\u00e9a\""));
    assertEquals("\u00e9\n\u00e9", value("\"\u00e9\\n\u00e9\""));
  }

  @Test
  void value_escapes_areDecoded() {
    assertEquals("\"\\/\b\f\n\r\tA\u00e9\u4e2d", value("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u4E2D\""));
  }

  @Test
  void value_escapeCutShort_isRefused() {
    MalformedInputException atEnd = refused("\"ab\\");
    assertEquals("an escape after '\\' at $", atEnd.expected());
    assertEquals("a closing double quote for the string at $", refused("\"ab\\n").expected());
    assertEquals("four hexadecimal digits after \\u at $", refused("\"\\u12").expected());
    assertEquals("four hexadecimal digits after \\u at $", refused("\"\\u").expected());
    assertEquals("four hexadecimal digits after \\u at $", refused("\"\\u12x4\"").expected());
  }

  @Test
  void value_unknownEscape_isRefusedShowingIt() {
    MalformedInputException x = refused("[\"ab\\xy\"]");
    assertEquals("an escape: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX at $[0]", x.expected());
    assertEquals("xy\"]", found(x));
  }

  @Test
  void value_rawControlCharacter_isRefused() {
    assertTrue(refused("\"a\tb\"").expected().startsWith("a string without raw control characters"));
  }

  @Test
  void value_stringOfExactlyTheLimit_isRead_oneLonger_isRefused() {
    assertEquals("abc", value("\"abc\"", DEPTH, 3));
    assertEquals(List.of("abc", "de"), value("[\"abc\", \"de\"]", DEPTH, 3));
    // An escape counts as written: \n is two bytes.
    assertEquals("a\n", value("\"a\\n\"", DEPTH, 3));
    MalformedInputException x = refused("\"abcd\"", DEPTH, 3);
    assertEquals("a string of at most 3 bytes at $", x.expected());
    assertEquals("\"abcd\"", found(x));
    assertEquals("a string of at most 3 bytes at $[1]", refused("[\"a\", \"abcd\"]", DEPTH, 3).expected());
    assertEquals("a string of at most 3 bytes at $", refused("\"ab\\n\"", DEPTH, 3).expected());
  }

  // ---- Nesting ----

  @Test
  void value_nestingOfExactlyTheLimit_isRead_oneDeeper_isRefused() {
    assertEquals(List.of(List.of()), value("[[]]", 2, TOKEN));
    assertEquals(Map.of("a", Map.of()), value("{\"a\": {}}", 2, TOKEN));
    assertEquals(List.of(Map.of()), value("[{}]", 2, TOKEN));
    assertEquals("nesting at most 2 deep at $[0][0]", refused("[[[]]]", 2, TOKEN).expected());
    assertEquals("nesting at most 2 deep at $.a.b", refused("{\"a\": {\"b\": {}}}", 2, TOKEN).expected());
    assertEquals("nesting at most 2 deep at $.a[0]", refused("{\"a\": [{}]}", 2, TOKEN).expected());
    assertEquals("nesting at most 1 deep at $.a", refused("{\"a\": {}}", 1, TOKEN).expected());
  }

  @Test
  void value_deepObjects_areRefusedBeforeTheStackRunsOut() {
    String deep = "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000);
    assertTrue(refused(deep).expected().startsWith("nesting at most " + DEPTH + " deep at $.a.a.a"));
  }

  // ---- Where a refusal points ----

  @Test
  void error_namesThePathOfTheValueBeingRead() {
    assertEquals("a JSON value at $[2]", refused("[1, 2, x]").expected());
    assertEquals("a JSON value at $.a[1][\"b c\"]", refused("{\"a\": [0, {\"b c\": x}]}").expected());
    assertEquals("a JSON value at $.a[1]", refused("{\"a\": [[0, 1], x]}").expected());
  }

  @Test
  void error_showsTheTextFound_toTheEndOfItsLine() {
    MalformedInputException x = refused("[1 x, 2]");
    assertEquals("',' or ']' after an element at $", x.expected());
    assertEquals("x, 2]", found(x));
    assertEquals("x", found(refused("[1 x\n, 2]")));
    assertEquals("x", found(refused("[1 x\r\n, 2]")));
    assertEquals("x", found(refused("[1 x\r, 2]")));
    // Far into the input, the text found is still the text at the reader's place.
    assertEquals("x]", found(refused(" ".repeat(250) + "[1 x]")));
    assertEquals("the end of the input", found(refused("[1,")));
    assertEquals("the end of the input", found(refused("")));
  }

  @Test
  void error_longTextFound_isCut() {
    String shown = found(refused("[1 " + "x".repeat(300) + "]"));
    assertEquals("x".repeat(77) + "...", shown);
  }

  @Test
  void error_namesTheLine() {
    assertEquals(3, refused("[\n1,\n x]").line());
    assertEquals(1, refused("[1, x]").line());
  }

  // ---- Byte order mark ----

  @Test
  void peek_byteOrderMark_isPassedOver() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(-1, parser(bom, DEPTH, TOKEN).peek());
    byte[] doc = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
    CdfJsonParser p = parser(doc, DEPTH, TOKEN);
    assertEquals(List.of(num("1")), p.value(0));
    p.finish();
  }

  @Test
  void peek_partOfAByteOrderMark_isNotPassedOver() {
    assertEquals(0xEF, parser(new byte[] {(byte) 0xEF, (byte) 0xBB, 'A'}, DEPTH, TOKEN).peek());
    assertEquals(0xEF, parser(new byte[] {(byte) 0xEF, 'A', (byte) 0xBF}, DEPTH, TOKEN).peek());
    assertEquals((int) 'A', parser(new byte[] {'A', (byte) 0xBB, (byte) 0xBF}, DEPTH, TOKEN).peek());
    assertEquals(0xEF, parser(new byte[] {(byte) 0xEF, (byte) 0xBB}, DEPTH, TOKEN).peek());
  }

  // ---- Paths ----

  @Test
  void render_plainKeysAsNames_othersQuoted() {
    assertEquals("$", CdfJsonParser.render(List.of()));
    assertEquals("$.CVR[3].@id", CdfJsonParser.render(List.of("CVR", 3, "@id")));
    assertEquals("$.a_b.x1.Zo\u00eb", CdfJsonParser.render(List.of("a_b", "x1", "Zo\u00eb")));
    assertEquals("$[\"a b\"]", CdfJsonParser.render(List.of("a b")));
    assertEquals("$[\"a.b\"]", CdfJsonParser.render(List.of("a.b")));
    assertEquals("$[\"\"]", CdfJsonParser.render(List.of("")));
    assertEquals("$[\"a\\u000Ab\"]", CdfJsonParser.render(List.of("a\nb")));
  }

  @Test
  void render_quotedKeyOfMoreThan40Characters_isCut() {
    String forty = "a " + "b".repeat(38);
    assertEquals("$[\"" + forty + "\"]", CdfJsonParser.render(List.of(forty)));
    String fortyOne = forty + "c";
    assertEquals("$[\"" + fortyOne.substring(0, 37) + "...\"]", CdfJsonParser.render(List.of(fortyOne)));
    String plain = "k".repeat(50);
    assertEquals("$." + plain, CdfJsonParser.render(List.of(plain)));
  }
}
