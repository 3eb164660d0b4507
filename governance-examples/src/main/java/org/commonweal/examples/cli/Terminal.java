package org.commonweal.examples.cli;

/**
 * Keeps what a ballot file holds from acting on the terminal the command's output is shown on: control
 * characters in a name, a title or a line quoted in an error message are shown escaped, never raw.
 * Stateless.
 */
final class Terminal {
  private Terminal() {}

  /**
   * Whether a terminal might act on the character: the C0 and C1 controls, DEL, the line and paragraph
   * separators, and the bidirectional embeddings, overrides and isolates (which reorder what follows).
   */
  static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Text with each unsafe character but the line feed escaped: a tab as {@code \t}, others {@code \\uXXXX}. */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c != '\n' && isUnsafe(c);
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (!unsafe) {
          out.append(c);
        } else if (c == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format("\\u%04X", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
