package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonweal.governance.base.MalformedInputException;

/**
 * Reads a Debian vote's tally sheet, as the Debian project secretary publishes it: header lines naming
 * the options ({@code Option 1--->: Jonathan Carter}), then one line per ballot, {@code V: 1-32 hash},
 * whose n-th character is the rank the voter gave option n (1 = first choice; {@code -} = not ranked).
 * Ranks may repeat (equal preferences) and skip numbers.
 *
 * <pre>{@code
 * Election dpl = DebianTally.read(text, "Debian Project Leader 2020");
 * ElectionResult r = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES).count(dpl);
 * }</pre>
 *
 * <p>Pure: text in, an {@link Election} out (one seat, options in their numbered order, one paper per
 * {@code V:} line, with rules that read several options at one rank as an equal preference). The caller
 * decodes the file (the 2007 sheet is ISO-8859-1, the others ASCII). Other lines are commentary and are
 * passed over; the hashes are not kept. Malformed text throws {@link MalformedInputException} naming the
 * line; nothing is half-read. O(length of text).
 *
 * @since 0.1.0
 */
public final class DebianTally {
  /** The format's name, as {@link MalformedInputException#format()} gives it. */
  public static final String FORMAT = "Debian tally sheet";

  private static final Pattern OPTION = Pattern.compile("Option\\s+(\\d+)\\s*-*>:\\s*(.*?)\\s*$");
  private static final Pattern VOTE = Pattern.compile("^\\s*V:\\s*(\\S*)(\\s.*)?$");

  private DebianTally() {}

  /**
   * Reads a file from its bytes: UTF-8, or ISO-8859-1 where the bytes are not valid UTF-8 (the reason is
   * given), or the encoding that {@code options} gives; within the limits of {@code options}.
   *
   * @param bytes the whole file
   * @param options the limits and encoding
   * @return the file: its election (with no title) and the encoding used and why
   * @throws MalformedInputException if the bytes are over a limit or are not in the format
   */
  public static BallotFile read(byte[] bytes, ReadOptions options) {
    TextBytes.Text text = TextBytes.decodeWhole(FORMAT, bytes, options);
    return new BallotFile(
        read(text.text()), text.choice().charset().name(), text.choice().reason(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Reads an election with no title.
   *
   * @param text the whole sheet, decoded
   * @return the election
   * @throws MalformedInputException if the text is not a tally sheet
   */
  public static Election read(String text) {
    return read(text, "");
  }

  /**
   * Reads an election.
   *
   * @param text the whole sheet, decoded
   * @param title the election's title, for reports
   * @return the election
   * @throws MalformedInputException if the text is not a tally sheet
   */
  public static Election read(String text, String title) {
    List<Candidate> options = new ArrayList<>();
    BallotMerger ballots = new BallotMerger();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      String s = lines[i];
      Matcher vote = VOTE.matcher(s);
      if (vote.matches()) {
        ballots.add(ballot(vote.group(1), options, line));
        continue;
      }
      Matcher option = OPTION.matcher(s);
      if (option.find()) {
        if (!ballots.isEmpty()) {
          throw TextBytes.malformed(FORMAT, line, "ballots only, after the first V: line", s.trim());
        }
        int number;
        try {
          number = Integer.parseInt(option.group(1));
        } catch (NumberFormatException e) {
          throw TextBytes.malformed(FORMAT, line, "an option number", option.group(1));
        }
        if (number != options.size() + 1) {
          throw TextBytes.malformed(FORMAT, line, "option " + (options.size() + 1), s.trim());
        }
        if (option.group(2).isEmpty()) {
          throw TextBytes.malformed(FORMAT, line, "the name of option " + number, s.trim());
        }
        if (option.group(2).length() > Candidate.MAX_NAME_LENGTH) {
          throw TextBytes.malformed(FORMAT, 
              line,
              "the name of option " + number + ", of at most " + Counting.number(Candidate.MAX_NAME_LENGTH) + " characters",
              option.group(2));
        }
        options.add(Candidate.verbatim(option.group(2)));
      }
    }
    if (options.isEmpty()) {
      throw TextBytes.malformed(FORMAT, 0, "option lines such as \"Option 1--->: name\"", "none");
    }
    return Election.builder()
        .title(title)
        .candidates(options)
        .seats(1)
        .ballots(ballots.ballots())
        .rules(BallotRules.builder().equalPreferences(true).build())
        .build();
  }

  private static RankedBallot ballot(String marks, List<Candidate> options, int line) {
    if (options.isEmpty()) {
      throw TextBytes.malformed(FORMAT, line, "the option lines before the first ballot", marks);
    }
    if (marks.length() != options.size()) {
      throw new MalformedInputException(
          FORMAT, line, "one rank or '-' for each of the " + options.size() + " options", marks);
    }
    int[] rank = new int[marks.length()];
    int max = 0;
    for (int i = 0; i < marks.length(); i++) {
      char c = marks.charAt(i);
      if (c == '-') {
        continue;
      }
      if (c < '1' || c > '9') {
        throw TextBytes.malformed(FORMAT, line, "a rank from 1 to 9 or '-' for option " + (i + 1), marks);
      }
      rank[i] = c - '0';
      max = Math.max(max, rank[i]);
    }
    RankedBallot.Builder b = RankedBallot.builder();
    for (int r = 1; r <= max; r++) {
      List<Candidate> at = new ArrayList<>();
      for (int i = 0; i < rank.length; i++) {
        if (rank[i] == r) {
          at.add(options.get(i));
        }
      }
      b.rank(at);
    }
    return b.build();
  }
}
