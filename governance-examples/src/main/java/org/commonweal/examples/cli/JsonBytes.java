package org.commonweal.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing buffer of UTF-8 bytes that the {@code count} command's JSON is written into, encoded as it
 * is written. A run over a thousand wards writes a few megabytes of JSON; building it as text and then
 * encoding it was a twentieth of that run's time.
 *
 * <p>The one JSON string escaper of the commands ({@link JsonOut} uses it too): the quote, the
 * backslash and every control character escaped, and DEL, the C1 controls, the line and paragraph
 * separators and the bidirectional overrides as {@code \\uXXXX}, so that nothing a file holds can act
 * on a terminal. Not thread-safe: one buffer per file.
 */
final class JsonBytes {
  private byte[] buffer;
  private int size;

  JsonBytes(int capacity) {
    this.buffer = new byte[Math.max(16, capacity)];
  }

  /** Appends text known to be ASCII, and to need no escape: JSON's punctuation, keys, numbers, decimals. */
  JsonBytes ascii(String text) {
    int n = text.length();
    room(n);
    for (int i = 0; i < n; i++) {
      buffer[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** Appends one ASCII character that needs no escape. */
  JsonBytes ascii(char c) {
    room(1);
    buffer[size++] = (byte) c;
    return this;
  }

  /** Appends a whole number. */
  JsonBytes number(long n) {
    return ascii(Long.toString(n));
  }

  /** Appends bytes written before, such as a name escaped once per file. */
  JsonBytes bytes(byte[] written) {
    room(written.length);
    System.arraycopy(written, 0, buffer, size, written.length);
    size += written.length;
    return this;
  }

  /** Appends the text as a JSON string: quoted, escaped, in UTF-8. */
  JsonBytes string(String text) {
    return ascii('"').part(text).ascii('"');
  }

  /**
   * Appends the text escaped, without quotes: a piece of a string written in pieces. Escaping a piece at
   * a time gives what escaping the whole gives, character by character.
   */
  JsonBytes part(String text) {
    int n = text.length();
    room(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x7F && c != '"' && c != '\\') {
        if (size == buffer.length) {
          room(n - i);
        }
        buffer[size++] = (byte) c;
        i++;
      } else {
        i = special(text, i);
      }
    }
    return this;
  }

  /** Writes the character at {@code i} that is not plain ASCII; the index after it. */
  private int special(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '"' -> ascii("\\\"");
      case '\\' -> ascii("\\\\");
      case '\n' -> ascii("\\n");
      case '\r' -> ascii("\\r");
      case '\t' -> ascii("\\t");
      case '\b' -> ascii("\\b");
      case '\f' -> ascii("\\f");
      default -> {
        if (Terminal.isUnsafe(c)) {
          ascii(String.format("\\u%04X", (int) c));
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          // A pair stands for one character of four UTF-8 bytes.
          bytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
          return i + 2;
        } else {
          // Encoded as the text's own encoding would encode it (a lone surrogate as '?').
          bytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return i + 1;
  }

  private void room(int more) {
    if (buffer.length - size < more) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }

  /** The bytes written. */
  byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }
}
