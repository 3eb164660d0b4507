package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.MalformedInputException;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The BLT ballot file format of the Electoral Reform Society, OpenSTV and Droop, read into an {@link
 * Election} and written from one. A pure codec: text in, values out, and back; no files.
 *
 * <pre>
 * 4 2                  the number of candidates, the number of seats
 * -3                   optional: withdrawn candidates, as negative numbers
 * 370 1 2 0            a weight (identical papers), preferences by candidate number, 0
 * 12 4 - 2=3 0         "-" a skipped rank, "2=3" candidates ranked equally
 * 0                    a line holding only 0 ends the ballots
 * "Alice Smith"        one line per candidate, in candidate-number order
 * Bob JONES (Ind)
 * "Carol" "Lab"
 * "Dan"
 * "Board election 2026"   the title
 * </pre>
 *
 * <h2>Reading</h2>
 * Numbers are separated by spaces or tabs; a ballot line may start with an identifier in parentheses,
 * which is ignored. Each candidate line and the title line is read whole, verbatim, one per line:
 * the classic format's quoted string ({@code "Alice Smith"}, a line that starts and ends with a
 * double quote and has none inside) gives the text between the quotes, and any other line is the name
 * exactly as written, quotes, party labels and all ({@code Bob JONES (Ind)}, {@code "Carol" "Lab"},
 * {@code "Brian ALLAN ""Alba"""}). This is how the published Scottish council files must be read:
 * their name lines are free text, and a reader that splits them into quoted tokens takes party names
 * for candidates. Line ends may be LF or CRLF; a byte-order mark is ignored; blank lines are skipped
 * before the names; the title may be missing. The election has the {@linkplain
 * BallotRules#standard() standard ballot rules}, with {@linkplain BallotRules#equalPreferences() equal
 * preferences} allowed exactly when the file marks one with {@code =}.
 *
 * <p>A file that breaks these rules is refused with a {@link MalformedInputException} naming the line
 * and what was expected there; nothing is half-read.
 *
 * <h2>Writing</h2>
 * {@link #format(Election)} writes the classic form: header, withdrawn line, one line per ballot as
 * held (a skipped rank as {@code -}, several candidates at a rank joined by {@code =}), {@code 0},
 * then each name and the title as a quoted string. A name that itself contains a double quote cannot
 * be quoted in the classic format (it has no escape) and is written verbatim, which reads back the
 * same. Ballot rules other than equal preferences are not part of the format and are not written.
 *
 * <p>Cost: O(size of the text) both ways. Stateless, thread-safe.
 *
 * @since 0.1.0
 */
public final class Blt {
  private static final String FORMAT = "BLT";

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
    return new Reader(text.toString()).read();
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
  private static boolean isClassicQuoted(String line) {
    return line.length() >= 2
        && line.charAt(0) == '"'
        && line.charAt(line.length() - 1) == '"'
        && line.indexOf('"', 1) == line.length() - 1;
  }

  /** Reads one file; holds the position. Not thread-safe. */
  private static final class Reader {
    private final String text;
    private int pos;
    private int lineNo;
    private int lineStart;
    private int lineEnd;

    Reader(String text) {
      this.text = text;
      this.pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /** Advances to the next line; false at the end of the text (a final line feed ends the last line). */
    private boolean nextLine() {
      if (pos >= text.length()) {
        return false;
      }
      lineNo++;
      lineStart = pos;
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      pos = nl < 0 ? text.length() : nl + 1;
      if (end > lineStart && text.charAt(end - 1) == '\r') {
        end--;
      }
      lineEnd = end;
      return true;
    }

    private String line() {
      return text.substring(lineStart, lineEnd);
    }

    private boolean blank() {
      for (int i = lineStart; i < lineEnd; i++) {
        char ch = text.charAt(i);
        if (ch != ' ' && ch != '\t') {
          return false;
        }
      }
      return true;
    }

    private MalformedInputException error(String expected) {
      return new MalformedInputException(FORMAT, lineNo, expected, line());
    }

    private MalformedInputException endOfText(String expected) {
      return new MalformedInputException(FORMAT, lineNo + 1, expected, "the end of the file");
    }

    /** Moves to the next line that is not blank. */
    private boolean nextContentLine() {
      while (nextLine()) {
        if (!blank()) {
          return true;
        }
      }
      return false;
    }

    /** Token boundaries of the current line: token t is text[tokStart[t], tokEnd[t]). */
    private int[] tokStart = new int[32];

    private int[] tokEnd = new int[32];
    private int tokCount;

    /** Splits the current line into tokens at spaces and tabs. */
    private void tokens() {
      tokCount = 0;
      int i = lineStart;
      while (i < lineEnd) {
        char ch = text.charAt(i);
        if (ch == ' ' || ch == '\t') {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < lineEnd && text.charAt(j) != ' ' && text.charAt(j) != '\t') {
          j++;
        }
        if (tokCount == tokStart.length) {
          tokStart = Arrays.copyOf(tokStart, tokCount * 2);
          tokEnd = Arrays.copyOf(tokEnd, tokCount * 2);
        }
        tokStart[tokCount] = i;
        tokEnd[tokCount++] = j;
        i = j;
      }
    }

    private String token(int t) {
      return text.substring(tokStart[t], tokEnd[t]);
    }

    private boolean tokenIs(int t, char only) {
      return tokEnd[t] - tokStart[t] == 1 && text.charAt(tokStart[t]) == only;
    }

    /** A whole number of ASCII digits in text[from, to), or -1 (not one, or more than 18 digits). */
    private long whole(int from, int to) {
      if (from >= to || to - from > 18) {
        return -1;
      }
      long v = 0;
      for (int i = from; i < to; i++) {
        char ch = text.charAt(i);
        if (ch < '0' || ch > '9') {
          return -1;
        }
        v = v * 10 + (ch - '0');
      }
      return v;
    }

    Election read() {
      String header = "the number of candidates and the number of seats (two whole numbers, at least 1)";
      if (!nextContentLine()) {
        throw endOfText(header);
      }
      tokens();
      long nc = tokCount == 2 ? whole(tokStart[0], tokEnd[0]) : -1;
      long ns = tokCount == 2 ? whole(tokStart[1], tokEnd[1]) : -1;
      if (nc < 1 || ns < 1 || nc > 1_000_000 || ns > 1_000_000) {
        throw error(header);
      }
      int n = (int) nc;
      int seats = (int) ns;
      Papers papers = readBallots(n);
      List<Candidate> names = readNames(n);
      String title = readTitle();
      Election.Builder e =
          Election.builder()
              .title(title)
              .candidates(names)
              .seats(seats)
              .ballots(papers.ballots(names))
              .rules(papers.equal ? BallotRules.builder().equalPreferences(true).build() : BallotRules.standard());
      for (int w : papers.withdrawn) {
        e.addWithdrawn(names.get(w));
      }
      return e.build();
    }

    /**
     * The lines after the header up to the 0 that ends the ballots: withdrawn candidates (only before
     * the first ballot), then one ballot a line.
     */
    private Papers readBallots(int n) {
      Papers papers = new Papers();
      boolean withdrawnAllowed = true;
      String ballotExpected =
          "a ballot (a whole-number weight, candidate numbers from 1 to "
              + n
              + ", then 0) or the 0 that ends the ballots";
      while (true) {
        if (!nextContentLine()) {
          throw endOfText(ballotExpected);
        }
        tokens();
        if (withdrawnAllowed && tokEnd[0] - tokStart[0] > 1 && text.charAt(tokStart[0]) == '-') {
          readWithdrawn(n, papers.withdrawn);
          continue;
        }
        withdrawnAllowed = false;
        if (tokCount == 1 && tokenIs(0, '0')) {
          return papers;
        }
        readBallot(n, ballotExpected, papers);
      }
    }

    /** A line of withdrawn candidates, as negative candidate numbers. */
    private void readWithdrawn(int n, Set<Integer> withdrawn) {
      for (int t = 0; t < tokCount; t++) {
        long k = text.charAt(tokStart[t]) == '-' ? whole(tokStart[t] + 1, tokEnd[t]) : -1;
        if (k < 1 || k > n) {
          throw error("withdrawn candidates as negative candidate numbers from -1 to -" + n);
        }
        withdrawn.add((int) k - 1);
      }
    }

    /**
     * A ballot line: an optional identifier in parentheses, the weight, the ranks, then 0. A line of one
     * candidate at every rank is kept as a plain order; one with a skipped rank or equal preferences as
     * ranks, from the first such rank on.
     */
    private void readBallot(int n, String ballotExpected, Papers papers) {
      int at = 0;
      if (text.charAt(tokStart[0]) == '(') {
        if (text.charAt(tokEnd[0] - 1) != ')') {
          throw error("a ballot identifier in parentheses, without spaces");
        }
        at = 1;
      }
      long weight = at < tokCount ? whole(tokStart[at], tokEnd[at]) : -1;
      if (weight < 1) {
        throw error(ballotExpected);
      }
      if (tokCount - at < 2 || !tokenIs(tokCount - 1, '0')) {
        throw error("a ballot line ending with 0");
      }
      int ranks = tokCount - at - 2;
      int[] order = new int[ranks];
      int[][] complex = null;
      for (int r = 0; r < ranks; r++) {
        int t = at + 1 + r;
        long single = whole(tokStart[t], tokEnd[t]);
        if (single >= 1 && single <= n && complex == null) {
          order[r] = (int) single - 1;
          continue;
        }
        int[] marks = marks(t, n);
        if (complex == null) {
          if (marks.length == 1) {
            order[r] = marks[0];
            continue;
          }
          complex = new int[ranks][];
          for (int q = 0; q < r; q++) {
            complex[q] = new int[] {order[q]};
          }
        }
        complex[r] = marks;
        papers.equal |= marks.length > 1;
      }
      papers.add(weight, order, complex);
    }

    /** One name line per candidate, in candidate-number order: not empty, no two the same. */
    private List<Candidate> readNames(int n) {
      List<Candidate> names = new ArrayList<>(n);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String expected = "the name of candidate " + (i + 1) + " of " + n;
        if (!nextLine()) {
          throw endOfText(expected);
        }
        String name = unquote(line());
        if (name.isEmpty()) {
          throw error(expected + " (not empty)");
        }
        if (!seen.add(name)) {
          throw error(expected + ", different from the names before it");
        }
        names.add(Candidate.of(name));
      }
      return names;
    }

    /** The title line, if any (empty if missing); only blank lines may follow it. */
    private String readTitle() {
      if (!nextLine()) {
        return "";
      }
      String title = unquote(line());
      while (nextLine()) {
        if (!blank()) {
          throw error("the end of the file after the title");
        }
      }
      return title;
    }

    /** The candidates (from 0) at the rank of token t: a number, numbers joined by =, or - for none. */
    private int[] marks(int t, int n) {
      if (tokenIs(t, '-')) {
        return new int[0];
      }
      int from = tokStart[t];
      int to = tokEnd[t];
      int parts = 1;
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '=') {
          parts++;
        }
      }
      int[] out = new int[parts];
      int start = from;
      for (int p = 0; p < parts; p++) {
        int end = start;
        while (end < to && text.charAt(end) != '=') {
          end++;
        }
        long k = whole(start, end);
        if (k < 1 || k > n) {
          throw error(
              "a ballot of candidate numbers from 1 to "
                  + n
                  + " (- for a skipped rank, = between equal preferences), where \""
                  + token(t)
                  + "\" is not one");
        }
        out[p] = (int) k - 1;
        start = end + 1;
      }
      return out;
    }

    private static String unquote(String line) {
      return isClassicQuoted(line) ? line.substring(1, line.length() - 1) : line;
    }
  }

  /**
   * The ballots of a file as read, before the names are known: per ballot its weight and either the
   * candidate numbers (from 0) of a plain order or its ranks (skips and equal preferences); the
   * withdrawn candidates; and whether any rank holds several candidates. Not thread-safe.
   */
  private static final class Papers {
    final Set<Integer> withdrawn = new TreeSet<>();
    boolean equal;
    private long[] weights = new long[64];
    private final List<int[]> simple = new ArrayList<>();
    private final List<int @Nullable [][]> ranked = new ArrayList<>();
    private int count;

    /** Adds a ballot: a plain order, or ranks where {@code complex} is not null. */
    void add(long weight, int[] order, int @Nullable [][] complex) {
      if (count == weights.length) {
        weights = Arrays.copyOf(weights, count * 2);
      }
      weights[count++] = weight;
      simple.add(complex == null ? order : new int[0]);
      ranked.add(complex);
    }

    /** The ballots, their candidate numbers turned into the candidates of those numbers. */
    List<RankedBallot> ballots(List<Candidate> names) {
      Candidate[] byNumber = names.toArray(new Candidate[0]);
      List<RankedBallot> ballots = new ArrayList<>(count);
      for (int b = 0; b < count; b++) {
        int[][] complex = ranked.get(b);
        if (complex == null) {
          int[] order = simple.get(b);
          Candidate[] prefs = new Candidate[order.length];
          for (int r = 0; r < order.length; r++) {
            prefs[r] = byNumber[order[r]];
          }
          ballots.add(RankedBallot.of(weights[b], prefs));
        } else {
          RankedBallot.Builder rb = RankedBallot.builder().count(weights[b]);
          for (int[] rank : complex) {
            List<Candidate> atRank = new ArrayList<>(rank.length);
            for (int k : rank) {
              atRank.add(byNumber[k]);
            }
            rb.rank(atRank);
          }
          ballots.add(rb.build());
        }
      }
      return ballots;
    }
  }
}
