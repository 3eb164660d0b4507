package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names as a person reads them. */
class ReadableNamesTest {
  @Test
  void readable_quotedAsASpreadsheetCell_readsWithoutTheQuoting() {
    assertEquals("Smith, \"Jo\"", ReadableNames.readable("\"Smith, \"\"Jo\"\"\""));
    assertEquals("Jo \"Red\" Smith (Lab)", ReadableNames.readable("\"Jo \"\"Red\"\" Smith (Lab)\""));
    assertEquals("\"", ReadableNames.readable("\"\"\"\""));
    assertEquals("Ann", ReadableNames.readable("\"Ann\""));
  }

  @Test
  void readable_otherLines_areShownAsGiven() {
    for (String verbatim :
        new String[] {
          "\"Ben\" \"Lab\"", "Cara Ó (Grn)", "\"Dee", "Eve\"", "\"", "\"\"", "\"  \"", "\"Jo \"Red\" Smith\"", "\"a\"\"\"b\""
        }) {
      assertEquals(verbatim, ReadableNames.readable(verbatim), verbatim);
    }
  }
}
