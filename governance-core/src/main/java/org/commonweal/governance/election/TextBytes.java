package org.commonweal.governance.election;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.commonweal.governance.base.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * What the readers share about text as bytes: checking UTF-8, choosing the encoding, the size limits,
 * and showing a piece of a hostile line in an error message without its control characters.
 *
 * <p>Package-private and stateless.
 */
final class TextBytes {
  private TextBytes() {}

  /** How much of a line an error message shows, before escaping (the exception shortens it further). */
  private static final int SHOWN = 120;

  /**
   * The index of the first byte in {@code a[from, to)} that does not belong to a well-formed UTF-8
   * sequence (overlong forms, surrogates and code points past U+10FFFF included), or -1 if there is none.
   * O(to - from).
   */
  static int invalidUtf8(byte[] a, int from, int to) {
    int i = from;
    while (i < to) {
      int b = a[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int need;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= to) {
        return i; // fewer continuation bytes left than the lead byte needs
      }
      int cp = b & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int c = a[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }

  /** Decodes bytes in the chosen encoding; UTF-8 only once they are known to be valid. */
  static String decode(byte[] a, int from, int to, Charset charset) {
    return new String(a, from, to - from, charset);
  }

  /**
   * A piece of a line as an error message may show it: at most {@value #SHOWN} bytes, read as UTF-8 where
   * they are valid and as ISO-8859-1 otherwise, with every control character escaped.
   */
  static String shown(byte[] a, int from, int to) {
    int end = Math.min(to, from + SHOWN);
    // Cut before a partial UTF-8 sequence rather than call the whole piece Latin-1.
    while (end > from && end < to && (a[end] & 0xC0) == 0x80) {
      end--;
    }
    Charset cs = invalidUtf8(a, from, end) < 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    String s = escape(new String(a, from, end - from, cs));
    return end < to ? s + "..." : s;
  }

  /**
   * Text with every character that a terminal might act on escaped: C0 and C1 controls, DEL, the line
   * and paragraph separators and the bidirectional overrides, each as {@code \\uXXXX} (a tab as {@code
   * \\t}). Other text is unchanged. A file's bytes are echoed in messages only through this.
   */
  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        if (c == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format("\\u%04X", (int) c));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** The error for a line longer than the limit. */
  static MalformedInputException lineTooLong(String format, int line, long limit, byte[] a, int from, int to) {
    return new MalformedInputException(
        format, line, "a line of at most " + Counting.number(limit) + " bytes", shown(a, from, to));
  }

  /** A refusal naming the line, with what was found escaped: a file's text is never echoed raw. */
  static MalformedInputException malformed(String format, int line, String expected, String found) {
    return new MalformedInputException(format, line, expected, escape(found));
  }

  /** The error for input larger than the limit. */
  static MalformedInputException fileTooLarge(String format, long limit) {
    return new MalformedInputException(
        format, 0, "at most " + Counting.number(limit) + " bytes", "more than " + Counting.number(limit) + " bytes");
  }

  /**
   * Decodes a whole small file for the line-by-line readers: checks the size and line limits, then
   * chooses the encoding as {@link ReadOptions} says.
   *
   * @throws MalformedInputException for a file or line over its limit, or text not valid in a given
   *     encoding
   */
  static Text decodeWhole(String format, byte[] bytes, ReadOptions options) {
    if (bytes.length > options.maxFileSize()) {
      throw fileTooLarge(format, options.maxFileSize());
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i - start > options.maxLineLength()) {
          throw lineTooLong(format, line, options.maxLineLength(), bytes, start, i);
        }
        line++;
        start = i + 1;
      }
    }
    Choice choice = choose(format, bytes, 0, bytes.length, options, new int[] {1});
    return new Text(new String(bytes, choice.charset), choice);
  }

  /** A decoded file: its text and the encoding chosen. */
  record Text(String text, Choice choice) {}

  /** An encoding and why it was chosen. */
  record Choice(Charset charset, String reason) {}

  /**
   * Chooses the encoding of text lines: the one given, or UTF-8 where every byte is valid UTF-8, or
   * ISO-8859-1, naming the first line and byte that are not UTF-8. {@code lineOfFrom} gives the line
   * number of {@code a[from]}.
   */
  static Choice choose(String format, byte[] a, int from, int to, ReadOptions options, int[] lineOfFrom) {
    int bad = invalidUtf8(a, from, to);
    @Nullable Charset given = options.encoding().orElse(null);
    if (given != null) {
      if (given.equals(StandardCharsets.UTF_8) && bad >= 0) {
        int line = lineOf(a, from, bad, lineOfFrom[0]);
        throw new MalformedInputException(
            format, line, "text in UTF-8, as asked", shown(a, lineStart(a, from, bad), lineEnd(a, bad, to)));
      }
      return new Choice(given, "given");
    }
    if (bad < 0) {
      return new Choice(StandardCharsets.UTF_8, "valid UTF-8");
    }
    return new Choice(StandardCharsets.ISO_8859_1, latin1Reason(lineOf(a, from, bad, lineOfFrom[0]), a[bad]));
  }

  /** Why a file was read as ISO-8859-1. */
  static String latin1Reason(int line, byte bad) {
    return String.format(
        "line %d is not valid UTF-8 (byte 0x%02X), so the file was read as ISO-8859-1", line, bad & 0xFF);
  }

  private static int lineOf(byte[] a, int from, int at, int first) {
    int line = first;
    for (int i = from; i < at; i++) {
      if (a[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineStart(byte[] a, int from, int at) {
    int i = at;
    while (i > from && a[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private static int lineEnd(byte[] a, int at, int to) {
    int i = at;
    while (i < to && a[i] != '\n') {
      i++;
    }
    return i;
  }
}
