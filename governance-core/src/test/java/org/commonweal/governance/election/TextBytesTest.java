package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers' handling of bytes at each limit: a line and a file of exactly the limit are read and one
 * byte more is refused; UTF-8 is checked to the last byte of the range asked; a piece of a line shown in
 * a message is cut at 120 bytes, before a partial character; and what could move a terminal's cursor or
 * turn text around is escaped, while the characters either side of each unsafe range are kept.
 */
class TextBytesTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void decodeWhole_fileOfExactlyTheLimit_isRead_oneByteMoreIsRefused() {
    ReadOptions ten = ReadOptions.builder().maxFileSize(10).build();
    assertEquals("abc\ndefghi", TextBytes.decodeWhole("BLT", ascii("abc\ndefghi"), ten).text());
    MalformedInputException e =
        assertThrows(MalformedInputException.class, () -> TextBytes.decodeWhole("BLT", ascii("abc\ndefghij"), ten));
    assertEquals(0, e.line());
    assertEquals("at most 10 bytes", e.expected());
    assertEquals("BLT input: expected at most 10 bytes, found \"more than 10 bytes\"", e.getMessage());
  }

  @Test
  void decodeWhole_lineOfExactlyTheLimit_isRead_oneByteMoreIsRefusedNamingTheLine() {
    ReadOptions four = ReadOptions.builder().maxLineLength(4).build();
    assertEquals("abcd\nefgh", TextBytes.decodeWhole("CSV", ascii("abcd\nefgh"), four).text());
    MalformedInputException second =
        assertThrows(MalformedInputException.class, () -> TextBytes.decodeWhole("CSV", ascii("abcd\nefghi\nj"), four));
    assertEquals(2, second.line());
    assertEquals("a line of at most 4 bytes", second.expected());
    assertEquals("CSV line 2: expected a line of at most 4 bytes, found \"efghi\"", second.getMessage());
    // The last line has no line end after it, and is measured all the same.
    MalformedInputException last =
        assertThrows(MalformedInputException.class, () -> TextBytes.decodeWhole("CSV", ascii("ab\ncdefg"), four));
    assertEquals(2, last.line());
  }

  @Test
  void decodeWhole_validUtf8_saysSo_invalidIsReadAsLatin1NamingTheLine() {
    TextBytes.Text utf8 = TextBytes.decodeWhole("BLT", "Zoë\n".getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    assertEquals("Zoë\n", utf8.text());
    assertEquals(StandardCharsets.UTF_8, utf8.choice().charset());
    assertEquals("valid UTF-8", utf8.choice().reason());
    byte[] latin = "a\nb\nZoë\n".getBytes(StandardCharsets.ISO_8859_1);
    TextBytes.Text read = TextBytes.decodeWhole("BLT", latin, ReadOptions.defaults());
    assertEquals("a\nb\nZoë\n", read.text());
    assertEquals(StandardCharsets.ISO_8859_1, read.choice().charset());
    assertEquals("line 3 is not valid UTF-8 (byte 0xEB), so the file was read as ISO-8859-1", read.choice().reason());
  }

  @Test
  void choose_utf8Asked_invalidByteIsRefusedWithItsLine() {
    byte[] bytes = "one\ntwo\nZoë said\nfour".getBytes(StandardCharsets.ISO_8859_1);
    ReadOptions utf8 = ReadOptions.builder().encoding(StandardCharsets.UTF_8).build();
    MalformedInputException e =
        assertThrows(MalformedInputException.class, () -> TextBytes.choose("BLT", bytes, 0, bytes.length, utf8, new int[] {5}));
    // Line 3 of the range, which starts at line 5 of the file.
    assertEquals(7, e.line());
    assertEquals("text in UTF-8, as asked", e.expected());
    assertEquals("BLT line 7: expected text in UTF-8, as asked, found \"Zo\u00eb said\"", e.getMessage());
  }

  @Test
  void choose_encodingGiven_isUsedAsGiven() {
    byte[] bytes = "Zoë".getBytes(StandardCharsets.ISO_8859_1);
    ReadOptions latin = ReadOptions.builder().encoding(StandardCharsets.ISO_8859_1).build();
    TextBytes.Choice c = TextBytes.choose("BLT", bytes, 0, bytes.length, latin, new int[] {1});
    assertEquals(StandardCharsets.ISO_8859_1, c.charset());
    assertEquals("given", c.reason());
    ReadOptions utf8 = ReadOptions.builder().encoding(StandardCharsets.UTF_8).build();
    byte[] valid = "Zoë".getBytes(StandardCharsets.UTF_8);
    assertEquals("given", TextBytes.choose("BLT", valid, 0, valid.length, utf8, new int[] {1}).reason());
  }

  @Test
  void invalidUtf8_sequenceCutByTheEndOfTheRange_isInvalidThere() {
    byte[] e = "aé".getBytes(StandardCharsets.UTF_8); // 61 C3 A9
    assertEquals(-1, TextBytes.invalidUtf8(e, 0, 3));
    assertEquals(1, TextBytes.invalidUtf8(e, 0, 2));
    assertEquals(-1, TextBytes.invalidUtf8(e, 2, 2));
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // E2 82 AC
    assertEquals(-1, TextBytes.invalidUtf8(euro, 0, 3));
    assertEquals(0, TextBytes.invalidUtf8(euro, 0, 2));
    byte[] emoji = "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8); // F0 9F 98 80
    assertEquals(-1, TextBytes.invalidUtf8(emoji, 0, 4));
    assertEquals(0, TextBytes.invalidUtf8(emoji, 0, 3));
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void invalidUtf8_leadBytesAtTheEdgesOfEachRange() {
    // C2..DF lead two bytes; C0, C1 could only make overlong forms.
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xC2, 0x80), 0, 2));
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xDF, 0xBF), 0, 2));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xC1, 0xBF), 0, 2));
    // E0..EF lead three; E0 needs at least U+0800, ED may not make a surrogate.
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xE0, 0xA0, 0x80), 0, 3));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xE0, 0x9F, 0xBF), 0, 3));
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xED, 0x9F, 0xBF), 0, 3));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xED, 0xA0, 0x80), 0, 3));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xED, 0xBF, 0xBF), 0, 3));
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xEE, 0x80, 0x80), 0, 3));
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xEF, 0xBF, 0xBF), 0, 3));
    // F0..F4 lead four; F0 needs at least U+10000, F4 at most U+10FFFF; F5 and above lead nothing.
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xF0, 0x90, 0x80, 0x80), 0, 4));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xF0, 0x8F, 0xBF, 0xBF), 0, 4));
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0xF4, 0x8F, 0xBF, 0xBF), 0, 4));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xF5, 0x80, 0x80, 0x80), 0, 4));
    // A continuation byte where a lead is due, and a lead followed by no continuation.
    assertEquals(1, TextBytes.invalidUtf8(bytes(0x41, 0x80), 0, 2));
    assertEquals(1, TextBytes.invalidUtf8(bytes(0x41, 0xC3, 0x41), 0, 3));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xE2, 0x82, 0x41), 0, 3));
    assertEquals(0, TextBytes.invalidUtf8(bytes(0xE2, 0xC2, 0xAC), 0, 3));
    assertEquals(2, TextBytes.invalidUtf8(bytes(0xC3, 0xA9, 0xFF), 0, 3));
    assertEquals(-1, TextBytes.invalidUtf8(bytes(0x7F, 0x00, 0x41), 0, 3));
  }

  @Test
  void shown_upTo120Bytes_isWhole_moreIsCutWithAnEllipsis() {
    byte[] a120 = ascii("a".repeat(120));
    assertEquals("a".repeat(120), TextBytes.shown(a120, 0, 120));
    byte[] a121 = ascii("a".repeat(121));
    assertEquals("a".repeat(120) + "...", TextBytes.shown(a121, 0, 121));
    // The range asked, not the whole array.
    assertEquals("a".repeat(5), TextBytes.shown(a121, 10, 15));
    assertEquals("a".repeat(120), TextBytes.shown(a121, 1, 121));
  }

  @Test
  void shown_cutInsideACharacter_cutsBeforeIt() {
    byte[] b = ("a".repeat(119) + "é" + "b").getBytes(StandardCharsets.UTF_8); // é at 119 and 120
    assertEquals("a".repeat(119) + "...", TextBytes.shown(b, 0, b.length));
    byte[] c = ("a".repeat(118) + "é" + "b").getBytes(StandardCharsets.UTF_8); // é at 118 and 119
    assertEquals("a".repeat(118) + "é...", TextBytes.shown(c, 0, c.length));
  }

  @Test
  void shown_invalidUtf8_isShownAsLatin1_andControlsEscaped() {
    byte[] b = "Zoë\u0007".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Zoë\\u0007", TextBytes.shown(b, 0, b.length));
    byte[] u = "Zoë\t".getBytes(StandardCharsets.UTF_8);
    assertEquals("Zoë\\t", TextBytes.shown(u, 0, u.length));
  }

  @ParameterizedTest
  @ValueSource(
      chars = {
        '\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'
      })
  void escape_unsafeCharacter_isEscapedAsItsCodePoint(char c) {
    assertEquals(String.format("x\\u%04Xy", (int) c), TextBytes.escape("x" + c + "y"));
    assertEquals(String.format("\\u%04X", (int) c), TextBytes.escape(String.valueOf(c)));
  }

  @ParameterizedTest
  @ValueSource(chars = {' ', '~', '\u00a0', '\u2027', '\u202f', '\u2065', '\u206a', 'é'})
  void escape_charactersBesideTheUnsafeRanges_areKept(char c) {
    String s = "x" + c + "y";
    assertSame(s, TextBytes.escape(s));
  }

  @Test
  void escape_tab_isBackslashT_andTheRestIsKept() {
    assertEquals("a\\tb\\u000Ac", TextBytes.escape("a\tb\nc"));
    assertEquals("\\tab", TextBytes.escape("\tab"));
  }

  @Test
  void invalidUtf8_formRefusedForItsValueAfterValidText_givesItsIndex() {
    // An overlong form, a surrogate and a code point past U+10FFFF, each after valid bytes.
    assertEquals(2, TextBytes.invalidUtf8(bytes(0x61, 0x62, 0xE0, 0x80, 0x80), 0, 5));
    assertEquals(1, TextBytes.invalidUtf8(bytes(0x61, 0xED, 0xA0, 0x80), 0, 4));
    assertEquals(3, TextBytes.invalidUtf8(bytes(0xC3, 0xA9, 0x61, 0xF4, 0x90, 0x80, 0x80), 0, 7));
  }

  @Test
  void decode_readsTheRangeAskedInTheCharsetGiven() {
    byte[] b = "ab\u00e9!".getBytes(StandardCharsets.UTF_8); // é is bytes 2 and 3
    assertEquals("b\u00e9", TextBytes.decode(b, 1, 4, StandardCharsets.UTF_8));
    assertEquals("b\u00c3\u00a9", TextBytes.decode(b, 1, 4, StandardCharsets.ISO_8859_1));
    assertEquals("", TextBytes.decode(b, 2, 2, StandardCharsets.UTF_8));
  }

  @Test
  void shown_rangeOfContinuationBytesOnly_isCutToNothing() {
    byte[] b = new byte[130];
    java.util.Arrays.fill(b, (byte) 0x80);
    assertEquals("...", TextBytes.shown(b, 0, 130));
  }

  @Test
  void shown_rangeEndingBeforeAContinuationByte_isShownWhole() {
    // The byte after the range does not belong to it, whatever it is.
    assertEquals("ab", TextBytes.shown(bytes(0x61, 0x62, 0x80), 0, 2));
  }

  @Test
  void shown_firstByteNotUtf8_isShownAsLatin1() {
    assertEquals("\u00ffa", TextBytes.shown(bytes(0xFF, 0x61), 0, 2));
    assertEquals("\u00e9t\u00e9", TextBytes.shown(bytes(0xE9, 0x74, 0xE9), 0, 3));
  }

  @Test
  void choose_firstByteNotUtf8_isLatin1OrRefusedWhereUtf8IsGiven() {
    TextBytes.Choice c = TextBytes.choose("BLT", bytes(0xE9, 0x61), 0, 2, ReadOptions.defaults(), new int[] {7});
    assertEquals(StandardCharsets.ISO_8859_1, c.charset());
    assertEquals("line 7 is not valid UTF-8 (byte 0xE9), so the file was read as ISO-8859-1", c.reason());
    ReadOptions utf8 = ReadOptions.builder().encoding(StandardCharsets.UTF_8).build();
    MalformedInputException e =
        assertThrows(MalformedInputException.class, () -> TextBytes.choose("BLT", bytes(0xE9, 0x61), 0, 2, utf8, new int[] {7}));
    assertEquals(7, e.line());
    assertEquals("text in UTF-8, as asked", e.expected());
  }
}
