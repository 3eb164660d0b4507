package org.commonweal.governance.election;

import java.nio.charset.Charset;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * How a ballot file's bytes are read: the limits that keep a hostile or mistaken file (a 2 GB line, a
 * device that never ends) from taking all the memory, and the text encoding.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>64 MiB</td><td>a ballot ranking 1,000,000 candidates is a
 *       6.9 MB line; the longest line of a real file here is under 1 kB</td></tr>
 *   <tr><td>{@link #maxFileSize()}</td><td>512 MiB</td><td>5,000,000 ballot lines take 70 MB; the largest
 *       real file here is 2 MB</td></tr>
 *   <tr><td>{@link #encoding()}</td><td>none: UTF-8, or ISO-8859-1 where the text is not valid UTF-8</td>
 *       <td>older published tally sheets are ISO-8859-1; every byte sequence is valid ISO-8859-1, so no
 *       name is ever lost, and the reader says which it used and why</td></tr>
 * </table>
 *
 * <p>A reader that meets a longer line or more bytes stops at once with a {@link
 * org.commonweal.governance.base.MalformedInputException} naming the line (or the input as a whole) and
 * the limit, before it has buffered more than the limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ReadOptions {
  /** The default {@link #maxLineLength()}: 64 MiB. */
  public static final long DEFAULT_MAX_LINE_LENGTH = 64L << 20;

  /** The default {@link #maxFileSize()}: 512 MiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 512L << 20;

  ReadOptions() {}

  /**
   * Returns the longest line accepted, in bytes, line end excluded.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public long maxLineLength() {
    return DEFAULT_MAX_LINE_LENGTH;
  }

  /**
   * Returns the most bytes a file may hold.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public long maxFileSize() {
    return DEFAULT_MAX_FILE_SIZE;
  }

  /**
   * Returns the encoding to read the text in, where the caller knows it; empty to read UTF-8, or
   * ISO-8859-1 where the text is not valid UTF-8.
   *
   * @return the encoding, or empty
   */
  public abstract Optional<Charset> encoding();

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadOptions}; unset settings take their defaults. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast("maxLineLength", maxLineLength(), 1);
    Checks.atLeast("maxFileSize", maxFileSize(), 1);
  }
}
