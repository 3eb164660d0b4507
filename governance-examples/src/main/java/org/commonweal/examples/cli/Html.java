package org.commonweal.examples.cli;

/**
 * Text made safe for an HTML page: the five characters HTML gives a meaning to are written as character
 * references, so that a candidate named {@code <script>} is shown as those letters and never read as
 * markup; and the characters a terminal would act on ({@link Terminal#isUnsafe}: controls, bidirectional
 * overrides) are shown escaped, as the text report shows them, since a page may hold them no more
 * safely than a terminal. Stateless.
 */
final class Html {
  private Html() {}

  /** The text for an element's content or a quoted attribute value. */
  static String text(String text) {
    String safe = Terminal.safe(text);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
