package org.commonweal.examples.cli;

/**
 * Text made safe for an HTML page: the five characters HTML gives a meaning to are written as character
 * references, so that a candidate named {@code <script>} is shown as those letters and never read as
 * markup; and the characters a terminal would act on ({@link Terminal#isUnsafe}: controls, bidirectional
 * overrides) are shown escaped, as the text report shows them, since a page may hold them no more
 * safely than a terminal. Also the parts the command's pages and the flagship's power page share: the
 * page's opening with the shared style, and the summary list's items. Stateless.
 */
final class Html {
  private Html() {}

  /** The style both pages share: section headings, the summary list, and tables that scroll sideways. */
  private static final String SHARED_STYLE =
      """
      h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:1px solid #999;padding-bottom:.2em}
      .subtitle{font-size:1.1em;margin:0 0 .8em}
      dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:0}
      dl.summary dt{font-weight:600}
      dl.summary dd{margin:0}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin:.3em 0;font-size:14px}
      th,td{border:1px solid #888;padding:2px 6px}
      thead th{background:#e8e8e8;vertical-align:bottom}
      """;

  /**
   * Writes a self-contained page's opening: the document type, its title, the shared style and the
   * page's own, and the opening of its body.
   */
  static void head(StringBuilder s, String title, String style) {
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(text(title))
        .append("</title>\n<style>\n")
        .append(SHARED_STYLE)
        .append(style)
        .append("</style>\n</head>\n<body>\n");
  }

  /** Writes one term and its value of a summary list ({@code <dl class="summary">}). */
  static void item(StringBuilder s, String term, String value) {
    s.append("<dt>").append(text(term)).append("</dt><dd>").append(text(value)).append("</dd>\n");
  }

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
