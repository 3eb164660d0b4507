package org.commonweal.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code count} command's JSON objects: maps, lists, strings, whole numbers, booleans and
 * null, compact, in one line, as a general JSON library writes them by default. Written here rather
 * than through one so that the command starts without loading a JSON library's few hundred classes.
 *
 * <p>Strings escape the quote, the backslash and every control character, and also DEL, the C1
 * controls, the line and paragraph separators and the bidirectional overrides (as {@code \\uXXXX}), so
 * that nothing a ballot file holds can act on a terminal the output is shown on; {@link JsonBytes} does
 * the escaping, for these objects and for the count's own. Stateless.
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

  /** The text as a JSON string, quoted and escaped: as {@link JsonBytes} writes it, the one escaper. */
  static String string(String text) {
    return new String(new JsonBytes(text.length() + 8).string(text).toByteArray(), StandardCharsets.UTF_8);
  }

  /** Appends the text as a JSON string, quoted and escaped. */
  static void string(StringBuilder s, String text) {
    s.append(string(text));
  }
}
