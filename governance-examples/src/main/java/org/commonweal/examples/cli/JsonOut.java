package org.commonweal.examples.cli;

import java.util.List;
import java.util.Map;

/**
 * Writes the {@code count} command's JSON objects: maps, lists, strings, whole numbers, booleans and
 * null, compact, in one line, as a general JSON library writes them by default. Written here rather
 * than through one so that the command starts without loading a JSON library's few hundred classes.
 *
 * <p>Strings escape the quote, the backslash and every control character, and also DEL, the C1
 * controls, the line and paragraph separators and the bidirectional overrides (as {@code \\uXXXX}), so
 * that nothing a ballot file holds can act on a terminal the output is shown on. Stateless.
 */
final class JsonOut {
  private JsonOut() {}

  static String write(Object value) {
    StringBuilder s = new StringBuilder(256);
    value(s, value);
    return s.toString();
  }

  private static void value(StringBuilder s, Object value) {
    if (value == null) {
      s.append("null");
    } else if (value instanceof String text) {
      string(s, text);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      s.append(value);
    } else if (value instanceof Map<?, ?> map) {
      s.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        s.append(first ? "" : ",");
        first = false;
        string(s, String.valueOf(e.getKey()));
        s.append(':');
        value(s, e.getValue());
      }
      s.append('}');
    } else if (value instanceof List<?> list) {
      s.append('[');
      for (int i = 0; i < list.size(); i++) {
        s.append(i == 0 ? "" : ",");
        value(s, list.get(i));
      }
      s.append(']');
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
  }

  /** The text as a JSON string, quoted and escaped. */
  static String string(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2);
    string(s, text);
    return s.toString();
  }

  /** Appends the text as a JSON string, quoted and escaped. */
  static void string(StringBuilder s, String text) {
    s.append('"');
    int plain = 0;
    while (plain < text.length() && isPlain(text.charAt(plain))) {
      plain++;
    }
    // Most strings (names, numbers) need no escape: appended whole, as one copy (appending a range of
    // a CharSequence is a far longer path, and took a third more compiling in a run of a thousand files).
    if (plain == text.length()) {
      s.append(text);
    } else {
      s.append(text, 0, plain);
      escaped(s, text, plain);
    }
    s.append('"');
  }

  /**
   * Appends the rest of the text from {@code from}, escaping as it goes. Apart from the plain run before
   * it, so that the common case (a string with nothing to escape) stays a short loop.
   */
  private static void escaped(StringBuilder s, String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          s.append("\\\"");
          break;
        case '\\':
          s.append("\\\\");
          break;
        case '\n':
          s.append("\\n");
          break;
        case '\r':
          s.append("\\r");
          break;
        case '\t':
          s.append("\\t");
          break;
        case '\b':
          s.append("\\b");
          break;
        case '\f':
          s.append("\\f");
          break;
        default:
          if (Terminal.isUnsafe(c)) {
            s.append(String.format("\\u%04X", (int) c));
          } else {
            s.append(c);
          }
      }
    }
  }

  /** Whether the character is written as it is: printable, and neither a quote nor a backslash. */
  private static boolean isPlain(char c) {
    return c >= ' ' && c != '"' && c != '\\' && !Terminal.isUnsafe(c);
  }
}
