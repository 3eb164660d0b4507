package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonweal.governance.base.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * The BLT reader as it was before the streaming one: a simple line-by-line reader over decoded text,
 * one ballot object per line, kept as the oracle that the streaming reader must agree with on the
 * classic format. It knows nothing of options, comments or notes.
 */
final class ReferenceBlt {
  private static final String FORMAT = "BLT";

  private ReferenceBlt() {}

  static Election parse(String text) {
    return new Reader(text).read();
  }

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
        names.add(Candidate.verbatim(name));
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
