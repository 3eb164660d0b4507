package org.commonweal.governance.election;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonweal.governance.base.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON reader (RFC 8259) over a UTF-8 byte array, for {@link CdfJson}: it reads values one at a
 * time, so that its caller can take a document's large arrays element by element and keep only what it
 * needs of each, and it builds a plain tree ({@link Map}, {@link List}, {@link String}, {@link Num},
 * {@link Boolean}, {@link #NULL}) only for the values its caller asks for whole.
 *
 * <p>Bounded: nesting deeper than the depth limit, and a string or number longer than the token limit,
 * are refused before they are read further, so that no input can exhaust the stack or build a value
 * larger than the caller allows. Every refusal is a {@link MalformedInputException} naming the line
 * and the JSON path ({@code $.CVR[3].CVRSnapshot[0]}) where the reader stopped.
 *
 * <p>Numbers are kept as their text ({@link Num}): the caller converts only the whole numbers it needs,
 * and no floating point is involved. A key given twice in one object is refused: the two readings of
 * such a document (first or last wins) differ between JSON libraries.
 *
 * <p>Cost: O(n) for n bytes; O(d) stack for nesting depth d. Not thread-safe: one parser reads one
 * document, once.
 */
final class CdfJsonParser {
  /** JSON's {@code null}: a value of its own, since the tree holds no Java null. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  /** A JSON number, as written: converted by the caller, never through floating point. */
  record Num(String text) {
    /** The number as a whole number, or null where it is not one or is beyond {@code long}. */
    @Nullable Long whole() {
      if (text.length() > 19 || text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        return null;
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  private final String format;
  private final byte[] in;
  private final int end;
  private final int maxDepth;
  private final long maxToken;
  private int at;
  private int line = 1;

  /** The path to the value being read: keys (String) and indices (Integer), outermost first. */
  private final List<Object> path = new ArrayList<>();

  CdfJsonParser(String format, byte[] in, int maxDepth, long maxToken) {
    this.format = format;
    this.in = in;
    this.end = in.length;
    this.maxDepth = maxDepth;
    this.maxToken = maxToken;
    // RFC 8259 section 8.1: a parser may ignore a byte order mark.
    if (end >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
      at = 3;
    }
  }

  /** The line the reader is on, counted from 1. */
  int line() {
    return line;
  }

  /** The JSON path of the value being read, for example {@code $.CVR[3].CVRSnapshot}. */
  String path() {
    return render(path);
  }

  /** Renders a path: keys as {@code .key} (or {@code ["key"]} where not a plain name), indices as [i]. */
  static String render(List<?> segments) {
    StringBuilder s = new StringBuilder("$");
    for (Object seg : segments) {
      if (seg instanceof Integer i) {
        s.append('[').append(i).append(']');
      } else {
        String k = (String) seg;
        if (!k.isEmpty() && k.chars().allMatch(c -> c == '@' || c == '_' || Character.isLetterOrDigit(c))) {
          s.append('.').append(k);
        } else {
          s.append("[\"").append(TextBytes.escape(k.length() > 40 ? k.substring(0, 37) + "..." : k)).append("\"]");
        }
      }
    }
    return s.toString();
  }

  /** Enters a key or index of the path. */
  void push(Object segment) {
    path.add(segment);
  }

  /** Leaves the innermost key or index. */
  void pop() {
    path.remove(path.size() - 1);
  }

  /** The error at the reader's place: what was expected at the current path, and what was found. */
  MalformedInputException error(String expected) {
    return new MalformedInputException(format, line, expected + " at " + path(), found());
  }

  private String found() {
    if (at >= end) {
      return "the end of the input";
    }
    int to = at;
    while (to < end && to - at < 200 && in[to] != '\n' && in[to] != '\r') {
      to++;
    }
    return TextBytes.shown(in, at, to);
  }

  /** Skips white space; the next byte, or -1 at the end. */
  int peek() {
    while (at < end) {
      byte b = in[at];
      if (b == '\n') {
        line++;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        return b & 0xFF;
      }
      at++;
    }
    return -1;
  }

  /** Reads the start of an object, {@code {}. */
  void beginObject(String expected) {
    if (peek() != '{') {
      throw error(expected);
    }
    at++;
    first = true;
  }

  /** Reads the start of an array, {@code [}. */
  void beginArray(String expected) {
    if (peek() != '[') {
      throw error(expected);
    }
    at++;
    first = true;
  }

  /** Whether the member or element about to be read is the first of its object or array. */
  private boolean first;

  /**
   * Reads the next key of the object being read, and the colon after it; null at the object's end.
   * Call {@link #beginObject} first, and read each key's value before asking for the next key.
   */
  @Nullable String nextKey() {
    int c = peek();
    if (c == '}') {
      at++;
      first = false; // the object just closed is a member of the one around it
      return null;
    }
    if (!first) {
      if (c != ',') {
        throw error("',' or '}' after a member");
      }
      at++;
      c = peek();
    }
    first = false;
    if (c != '"') {
      throw error("a key in double quotes");
    }
    String key = string();
    if (peek() != ':') {
      throw error("':' after the key \"" + TextBytes.escape(key) + "\"");
    }
    at++;
    return key;
  }

  /**
   * Whether another element of the array being read follows (reading the comma before it); false at
   * the array's end. Call {@link #beginArray} first, and read each element before asking again.
   */
  boolean nextElement() {
    int c = peek();
    if (c == ']') {
      at++;
      first = false; // the array just closed is a member of the one around it
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw error("',' or ']' after an element");
      }
      at++;
    }
    first = false;
    return true;
  }

  /** Checks that nothing but white space follows the document. */
  void finish() {
    if (peek() != -1) {
      throw error("the end of the document");
    }
  }

  /**
   * Reads one value whole, as a tree.
   *
   * @param depth the depth at which the value sits (the document itself is at depth 0)
   */
  Object value(int depth) {
    Object v = Objects.requireNonNull(read(depth, true), "a value read whole");
    first = false; // the enclosing object or array now has a member: the next one needs a comma
    return v;
  }

  /** Reads one value and keeps nothing of it, checking it all the same. */
  void skip(int depth) {
    read(depth, false);
    first = false;
  }

  private @Nullable Object read(int depth, boolean keep) {
    int c = peek();
    switch (c) {
      case '{':
        return object(depth, keep);
      case '[':
        return array(depth, keep);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("a JSON value");
    }
  }

  private @Nullable Object object(int depth, boolean keep) {
    enter(depth);
    at++;
    first = true;
    // Kept or not, the members are held by key, to refuse a key given twice; a skipped object holds
    // NULL for each value.
    Map<String, Object> members = new LinkedHashMap<>();
    for (String key; (key = nextKey()) != null; ) {
      if (members.containsKey(key)) {
        throw error("each key once in an object, not \"" + TextBytes.escape(key) + "\" again");
      }
      push(key);
      Object v = read(depth + 1, keep);
      pop();
      members.put(key, v == null ? NULL : v);
      first = false;
    }
    return keep ? members : null;
  }

  private @Nullable Object array(int depth, boolean keep) {
    enter(depth);
    at++;
    first = true;
    List<Object> elements = keep ? new ArrayList<>() : null;
    for (int i = 0; nextElement(); i++) {
      push(i);
      Object v = read(depth + 1, keep);
      pop();
      if (elements != null) {
        elements.add(Objects.requireNonNull(v, "a value read whole"));
      }
      first = false;
    }
    return elements;
  }

  private void enter(int depth) {
    if (depth >= maxDepth) {
      throw error("nesting at most " + maxDepth + " deep");
    }
  }

  private Object literal(String word, Object value) {
    for (int i = 0; i < word.length(); i++) {
      if (at + i >= end || in[at + i] != word.charAt(i)) {
        throw error("a JSON value");
      }
    }
    at += word.length();
    return value;
  }

  private Num number() {
    int start = at;
    if (in[at] == '-') {
      at++;
    }
    if (at < end && in[at] == '0') {
      at++;
    } else if (digits() == 0) {
      throw error("a digit in a number");
    }
    if (at < end && in[at] == '.') {
      at++;
      if (digits() == 0) {
        throw error("a digit after the decimal point");
      }
    }
    if (at < end && (in[at] == 'e' || in[at] == 'E')) {
      at++;
      if (at < end && (in[at] == '+' || in[at] == '-')) {
        at++;
      }
      if (digits() == 0) {
        throw error("a digit in the exponent");
      }
    }
    if (at - start > maxToken) {
      at = start;
      throw error("a number of at most " + Counting.number(maxToken) + " characters");
    }
    return new Num(new String(in, start, at - start, StandardCharsets.US_ASCII));
  }

  private int digits() {
    int n = 0;
    while (at < end && in[at] >= '0' && in[at] <= '9') {
      at++;
      n++;
    }
    return n;
  }

  /** Reads a string, at its opening quote. */
  private String string() {
    int open = at;
    at++;
    StringBuilder s = null;
    int run = at;
    while (true) {
      if (at >= end) {
        at = open;
        throw error("a closing double quote for the string");
      }
      // The bytes between the quotes read so far, escapes as written: a string of exactly the limit
      // is read, as a number of exactly the limit is.
      if (at - open - 1 > maxToken) {
        at = open;
        throw error("a string of at most " + Counting.number(maxToken) + " bytes");
      }
      int b = in[at] & 0xFF;
      if (b == '"') {
        String tail = decode(run, at);
        at++;
        return s == null ? tail : s.append(tail).toString();
      }
      if (b < 0x20) {
        throw error("a string without raw control characters (line breaks and tabs are written \\n and \\t)");
      }
      if (b == '\\') {
        if (s == null) {
          s = new StringBuilder();
        }
        s.append(decode(run, at));
        at++;
        escape(s);
        run = at;
      } else {
        at++;
      }
    }
  }

  private void escape(StringBuilder s) {
    if (at >= end) {
      throw error("an escape after '\\'");
    }
    byte e = in[at++];
    switch (e) {
      case '"' -> s.append('"');
      case '\\' -> s.append('\\');
      case '/' -> s.append('/');
      case 'b' -> s.append('\b');
      case 'f' -> s.append('\f');
      case 'n' -> s.append('\n');
      case 'r' -> s.append('\r');
      case 't' -> s.append('\t');
      case 'u' -> {
        int v = 0;
        for (int i = 0; i < 4; i++) {
          int d = at < end ? Character.digit(in[at], 16) : -1;
          if (d < 0) {
            throw error("four hexadecimal digits after \\u");
          }
          v = v * 16 + d;
          at++;
        }
        s.append((char) v);
      }
      default -> {
        at--;
        throw error("an escape: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
      }
    }
  }

  /** The bytes from..to of a string, decoded: ASCII at once, other text as strict UTF-8. */
  private String decode(int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = in[i] >= 0;
    }
    if (ascii) {
      return new String(in, from, to - from, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      at = from;
      throw error("text in UTF-8 (JSON is UTF-8, RFC 8259 section 8.1)");
    }
  }
}
