package org.commonweal.governance.election;

import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A person (or option) standing in an election, known by the name on the ballot paper.
 *
 * <p>The name is kept verbatim, exactly as the ballot file or the nomination gives it: party labels,
 * quotes and even mis-encoded letters are part of it, so that a result names candidates the way the
 * official declaration does. Two candidates are equal when their names are equal; within one {@link
 * Election} names are distinct.
 *
 * <p>A name given through {@link #of} must show something and fit on one line of a report: it must not
 * be empty or only white space and invisible characters (zero-width and other format characters), must not hold a control
 * character of the C0 set (U+0000 to U+001F, tabs and line breaks among them), DEL (U+007F) or a line
 * or paragraph separator (U+2028, U+2029), and must be at most {@value #MAX_NAME_LENGTH} characters
 * (UTF-16 code units) long. The C1 controls (U+0080 to U+009F) are allowed: published results carry
 * them as mis-decoded letters (a party label of East Dunbartonshire's 2022 ballots holds U+0089), and
 * the name is the official one. Reports repeat names in their sentences;
 * the bound on length keeps every such sentence bounded too.
 *
 * <p>A name read from a ballot file is kept as the file gives it: the readers refuse only an empty name
 * or one over the length limit, so that every file that could be read before still reads and a result
 * names candidates as the published file does. The readers and the {@code count} command escape control
 * characters wherever they print a name.
 *
 * <pre>{@code
 * Candidate jo = Candidate.of("Jo MOWAT (Con)");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
@GovernanceStyle
public abstract class Candidate implements Comparable<Candidate> {
  /** The longest name accepted, in characters (UTF-16 code units): far above any ballot paper's. */
  public static final int MAX_NAME_LENGTH = 1_000;

  Candidate() {}

  /**
   * Returns the candidate's name, verbatim.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the candidate with this name.
   *
   * @param name the name as on the ballot paper: not blank, without control characters, at most
   *     {@value #MAX_NAME_LENGTH} characters
   * @return the candidate
   * @throws org.commonweal.governance.base.InvalidValueException if the name is empty, blank (only white
   *     space and invisible characters), longer than {@value #MAX_NAME_LENGTH} characters, or holds a C0
   *     control character, DEL or a line or paragraph separator; the message shows such characters as Java escapes, never raw
   */
  public static Candidate of(String name) {
    checkShown(name);
    return ImmutableCandidate.of(name);
  }

  /**
   * Returns the candidate a ballot file names, verbatim: only the invariants of every name (not empty,
   * within the length limit) are checked, since a published file's name is the official one.
   */
  static Candidate verbatim(String name) {
    return ImmutableCandidate.of(name);
  }

  @Value.Check
  void check() {
    String name = name();
    Checks.check(!name.isEmpty(), "name", name, "candidate name must not be empty");
    if (name.length() > MAX_NAME_LENGTH) {
      throw Checks.invalid(
          "name",
          name,
          "candidate name of %s characters is longer than the limit of %s (it begins \"%s\")",
          name.length(),
          MAX_NAME_LENGTH,
          shown(name.substring(0, 40)));
    }
  }

  /** The rules for a name a caller gives: it shows something and holds no control character. */
  private static void checkShown(String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      return; // the invariant refuses it, by its length, without quoting it whole
    }
    if (!name.isEmpty() && name.chars().allMatch(Candidate::invisible)) {
      throw Checks.invalid(
          "name", name, "candidate name \"%s\" must not be blank (only white space or invisible characters)", shown(name));
    }
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (refused(ch)) {
        throw Checks.invalid(
            "name",
            name,
            "candidate name \"%s\" must not hold control characters (U+%s at position %s)",
            shown(name),
            String.format(java.util.Locale.ROOT, "%04X", (int) ch),
            i + 1);
      }
    }
  }

  /** Characters that show nothing: white space, space separators and format characters. */
  private static boolean invisible(int ch) {
    return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.getType(ch) == Character.FORMAT;
  }

  /** The characters a name must not hold: C0 controls, DEL, and the line and paragraph separators. */
  private static boolean refused(char ch) {
    return ch < 0x20 || ch == 0x7F || ch == '\u2028' || ch == '\u2029';
  }

  /** The name for a message, every refused character escaped so that none reaches a terminal raw. */
  private static String shown(String name) {
    StringBuilder s = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (refused(ch)) {
        s.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  /** Orders candidates by name, for stable listings; counts use the election's own order. */
  @Override
  public int compareTo(Candidate other) {
    return name().compareTo(other.name());
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name();
  }
}
