package org.commonweal.governance.base;

/**
 * Text in a known format (a BLT ballot file, a tally sheet, a CSV of ranked ballots) could not be read.
 * The exception names the line (counted from 1) and what was expected there. A reader that throws it
 * has produced nothing: there are no half-read files.
 *
 * <p>Immutable (its fields) and thread-safe.
 *
 * @since 0.1.0
 */
public final class MalformedInputException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final int line;
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param format the name of the format, for example {@code "BLT"}
   * @param line the line number, counted from 1 (0 where the problem is the input as a whole)
   * @param expected what the reader expected there, for example {@code "the number of candidates and
   *     seats"}
   * @param found the text found there (shortened if long)
   */
  public MalformedInputException(String format, int line, String expected, String found) {
    super(message(format, line, expected, found));
    this.format = format;
    this.line = line;
    this.expected = expected;
  }

  private static String message(String format, int line, String expected, String found) {
    String shown = found.length() > 80 ? found.substring(0, 77) + "..." : found;
    String where = line > 0 ? format + " line " + line : format + " input";
    return where + ": expected " + expected + ", found \"" + shown + "\"";
  }

  /**
   * Returns the format that could not be read.
   *
   * @return the format's name, for example {@code "BLT"}
   */
  public String format() {
    return format;
  }

  /**
   * Returns the line at fault, counted from 1, or 0 where the input as a whole is at fault.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * Returns what the reader expected at that line.
   *
   * @return the expectation, in words
   */
  public String expected() {
    return expected;
  }
}
