package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.internal.Checks;

/**
 * The BLT ballot file format of the Electoral Reform Society, OpenSTV and Droop, read into an {@link
 * Election} and written from one. A pure codec: text or bytes in, values out, and back; no files.
 *
 * <pre>
 * 4 2                  the number of candidates, the number of seats
 * [nick al bo ca da]   optional: options in square brackets (see below)
 * -3                   optional: withdrawn candidates, as negative numbers
 * 370 1 2 0            a weight (identical papers), preferences by candidate number, 0
 * 12 da - bo=ca 0      "-" a skipped rank, "=" between candidates ranked equally, nicknames
 * 0                    a line holding only 0 ends the ballots
 * "Alice Smith"        one line per candidate, in candidate-number order
 * Bob JONES (Ind)
 * "Carol" "Lab"
 * "Dan"
 * "Board election 2026"   the title
 * "Source: the returning officer"   optional: free text after the title, kept as notes
 * </pre>
 *
 * <h2>Reading</h2>
 * Numbers are separated by spaces or tabs; a ballot line may start with an identifier in parentheses,
 * which is ignored; a {@code #} starts a comment that runs to the end of the line, on the header, option,
 * withdrawn and ballot lines. Each candidate line and the title line is read whole, verbatim, one per
 * line: the classic format's quoted string ({@code "Alice Smith"}, a line that starts and ends with a
 * double quote and has none inside) gives the text between the quotes, and any other line is the name
 * exactly as written, quotes, party labels and all ({@code Bob JONES (Ind)}, {@code "Carol" "Lab"},
 * {@code "Brian ALLAN ""Alba"""}). This is how the published Scottish council files must be read:
 * their name lines are free text, and a reader that splits them into quoted tokens takes party names
 * for candidates. Line ends may be LF or CRLF; a byte-order mark is ignored; blank lines are skipped
 * before the names; the title may be missing. The election has the {@linkplain
 * BallotRules#standard() standard ballot rules}, with {@linkplain BallotRules#equalPreferences() equal
 * preferences} allowed exactly when the file marks one with {@code =}.
 *
 * <p>What files written for Droop and OpenSTV add, as those counters document it, is read too:
 *
 * <table>
 *   <caption>Extensions read</caption>
 *   <tr><th>form</th><th>meaning here</th></tr>
 *   <tr><td>{@code [nick a b c]}</td><td>one nickname per candidate, in candidate order; ballot lines and
 *       the other options may then name candidates by nickname as well as by number. A nickname may not
 *       be a number, {@code -}, hold {@code =} or start with {@code (}.</td></tr>
 *   <tr><td>{@code [tie 3 2 1]}</td><td>the order in which ties are broken, the favoured candidate first
 *       (numbers or nicknames, each at most once; candidates left out follow in file order): {@link
 *       BallotFile#tieOrder()}, which replaces the lot's default order for that file</td></tr>
 *   <tr><td>{@code [withdrawn 4]}</td><td>withdrawn candidates, as the negative-number line gives
 *       them</td></tr>
 *   <tr><td>{@code [droop ...]}</td><td>settings for Droop itself: not applied, kept as a note</td></tr>
 *   <tr><td>{@code 1=2}</td><td>candidates ranked equally, at one rank</td></tr>
 *   <tr><td>lines after the title</td><td>free text (Wichmann's source and comment fields, a printed
 *       table): {@link BallotFile#notes()}, unquoted as names are</td></tr>
 * </table>
 *
 * <p>Options come after the header and before the first ballot, each on one line; any other option in
 * square brackets is an error naming its line. Droop's C-style comments and names split over several
 * lines are not read.
 *
 * <p>A file that breaks these rules is refused with a {@link MalformedInputException} naming the line
 * and what was expected there, with any control characters of the line escaped; nothing is half-read.
 * Ballot weights must add up to at most {@link Long#MAX_VALUE} papers: the line whose weight takes the
 * total past that is named.
 *
 * <h2>Text and bytes</h2>
 * {@link #parse(CharSequence)} reads text already decoded and keeps one ballot per ballot line, as
 * written. {@link #read(byte[], ReadOptions)} and {@link #reader(ReadOptions)} read a file's bytes under
 * the limits of {@link ReadOptions}, choose the encoding of the names, title and notes (UTF-8, or
 * ISO-8859-1 where they are not valid UTF-8, and say why; or the encoding given), and merge identical
 * ballots as they read them; the counts are the same either way.
 *
 * <h2>Writing</h2>
 * {@link #format(Election)} writes the classic form: header, withdrawn line, one line per ballot as
 * held (a skipped rank as {@code -}, several candidates at a rank joined by {@code =}), {@code 0},
 * then each name and the title as a quoted string. A name that itself contains a double quote cannot
 * be quoted in the classic format (it has no escape) and is written verbatim, which reads back the
 * same. Ballot rules other than equal preferences are not part of the format and are not written.
 *
 * <p>Cost: O(size of the text) both ways; reading a ballot of k preferences costs O(k) whatever the
 * number of candidates, and holds O(d) memory for d distinct ballots. Stateless, thread-safe.
 *
 * @since 0.1.0
 */
public final class Blt {
  /** Text already decoded: no limits, and its UTF-8 form is valid by construction. */
  private static final ReadOptions TEXT =
      ReadOptions.builder()
          .maxLineLength(Long.MAX_VALUE)
          .maxFileSize(Long.MAX_VALUE)
          .encoding(StandardCharsets.UTF_8)
          .build();

  private Blt() {}

  /**
   * Reads a BLT file.
   *
   * @param text the whole file
   * @return the election it describes
   * @throws MalformedInputException if the text is not a BLT file; the message names the line
   */
  public static Election parse(CharSequence text) {
    checkNotNull(text, "text");
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    BltReader reader = new BltReader(TEXT, false);
    reader.feed(bytes, 0, bytes.length);
    return reader.finish().election();
  }

  /**
   * Reads a BLT file from its bytes, with the default {@link ReadOptions}. Identical ballots are merged.
   *
   * @param bytes the whole file
   * @return the file: its election, the encoding used and why, its notes and tie order
   * @throws MalformedInputException if the bytes are not a BLT file or are over a limit; the message
   *     names the line
   */
  public static BallotFile read(byte[] bytes) {
    return read(bytes, ReadOptions.defaults());
  }

  /**
   * Reads a BLT file from its bytes. Identical ballots are merged.
   *
   * @param bytes the whole file
   * @param options the limits and encoding
   * @return the file: its election, the encoding used and why, its notes and tie order
   * @throws MalformedInputException if the bytes are not a BLT file or are over a limit; the message
   *     names the line
   */
  public static BallotFile read(byte[] bytes, ReadOptions options) {
    checkNotNull(bytes, "bytes");
    BltReader reader = reader(options);
    reader.feed(bytes, 0, bytes.length);
    return reader.finish();
  }

  /**
   * Returns a reader that takes a BLT file's bytes in pieces, for files too large to hold whole.
   * Identical ballots are merged.
   *
   * @param options the limits and encoding
   * @return a new reader, for one file
   */
  public static BltReader reader(ReadOptions options) {
    return new BltReader(options, true);
  }

  /**
   * Writes an election as a BLT file, in the classic quoted form.
   *
   * @param election the election; its ballots must be ranked
   * @return the text, each line ended by a line feed
   * @throws InvalidValueException if a ballot is not ranked, or a name or the title holds a line break
   *     or is itself a classic quoted string (which would read back without its quotes)
   */
  public static String format(Election election) {
    checkNotNull(election, "election");
    List<Candidate> cands = election.candidates();
    Map<Candidate, Integer> number = new HashMap<>();
    for (int i = 0; i < cands.size(); i++) {
      number.put(cands.get(i), i + 1);
    }
    StringBuilder out = new StringBuilder();
    out.append(cands.size()).append(' ').append(election.seats()).append('\n');
    if (!election.withdrawn().isEmpty()) {
      boolean first = true;
      for (int i = 0; i < cands.size(); i++) {
        if (election.withdrawn().contains(cands.get(i))) {
          out.append(first ? "" : " ").append('-').append(i + 1);
          first = false;
        }
      }
      out.append('\n');
    }
    int position = 0;
    for (Ballot b : election.ballots()) {
      position++;
      if (!(b instanceof RankedBallot r)) {
        throw Checks.invalid("ballots", b, "ballot %s is not a ranked ballot; BLT holds ranked ballots only", position);
      }
      out.append(r.count());
      for (int rank = 0; rank < r.rankCount(); rank++) {
        if (r.isUnidentifiedOvervote(rank)) {
          // BLT can write a blank rank or named equal marks, but not "several, unnamed": refuse rather
          // than turn the overvote into a blank.
          throw Checks.invalid(
              "ballots",
              r,
              "ballot %s has an overvote at rank %s that does not name its candidates, which BLT cannot write",
              position,
              rank + 1);
        }
        out.append(' ');
        int start = r.start(rank);
        int end = r.end(rank);
        if (start == end) {
          out.append('-');
        }
        for (int i = start; i < end; i++) {
          Integer k = number.get(r.marks()[i]);
          out.append(i > start ? "=" : "").append(k == null ? 0 : k);
        }
      }
      out.append(" 0\n");
    }
    out.append("0\n");
    for (Candidate c : cands) {
      out.append(quoted("candidate", c.name())).append('\n');
    }
    out.append(quoted("title", election.title())).append('\n');
    return out.toString();
  }

  private static String quoted(String field, String text) {
    Checks.check(
        text.indexOf('\n') < 0 && text.indexOf('\r') < 0,
        field,
        text,
        "%s \"%s\" holds a line break, which BLT cannot write",
        field,
        text);
    if (text.indexOf('"') < 0) {
      return '"' + text + '"';
    }
    Checks.check(
        !isClassicQuoted(text),
        field,
        text,
        "%s %s is itself a quoted string, which BLT would read back without its quotes",
        field,
        text);
    return text;
  }

  /** A line that is exactly one quoted string with no quote inside: the classic BLT form. */
  static boolean isClassicQuoted(String line) {
    return line.length() >= 2
        && line.charAt(0) == '"'
        && line.charAt(line.length() - 1) == '"'
        && line.indexOf('"', 1) == line.length() - 1;
  }

}
