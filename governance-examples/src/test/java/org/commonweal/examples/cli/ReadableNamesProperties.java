package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** Reading a quoted name undoes the quoting, and leaves alone what is not quoted that way. */
class ReadableNamesProperties {
  /** A name quoted as a spreadsheet quotes a cell reads back as the name. */
  @Property
  void readable_undoesSpreadsheetQuoting(
      @ForAll @StringLength(min = 1, max = 30) @CharRange(from = ' ', to = '~') String name) {
    Assume.that(!name.isBlank());
    assertEquals(name, ReadableNames.readable("\"" + name.replace("\"", "\"\"") + "\""));
  }

  /** A line that does not start and end with a quote is never changed. */
  @Property
  void readable_leavesAnUnquotedLineAlone(
      @ForAll @StringLength(max = 30) @CharRange(from = ' ', to = '~') String line) {
    Assume.that(!(line.startsWith("\"") && line.endsWith("\"")));
    assertEquals(line, ReadableNames.readable(line));
  }
}
