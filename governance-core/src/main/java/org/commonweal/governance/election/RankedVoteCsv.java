package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.MalformedInputException;

/**
 * Reads ranked ballots in ranked.vote's normalised CSV format (Paul Butler's ranked.vote, which
 * publishes US cast-vote records in it): a header {@code ballot_id,rank,choice}, then one row per marked
 * rank of a ballot, the rows of a ballot consecutive with ranks 1, 2, 3 ... A choice is a candidate's
 * name, {@code $OVERVOTE} (several candidates marked at that rank, which the file does not name) or
 * {@code $UNDERVOTE} (nothing marked at that rank).
 *
 * <pre>{@code
 * Election burlington = RankedVoteCsv.read(text, "Burlington mayor 2009");
 * ElectionResult r = ElectionMethods.instantRunoff().count(burlington);
 * }</pre>
 *
 * <p>Pure: text in, an {@link Election} out (one seat, candidates in order of first appearance, one
 * paper per ballot, {@link BallotRules#standard()} rules, under which a ballot is exhausted at an
 * overvote; read it with other rules through {@code Election.builder().from(election).rules(...)}).
 * Fields follow RFC 4180 (quotes, doubled quotes, CRLF or LF line ends). Malformed text throws {@link
 * MalformedInputException} naming the line; nothing is half-read. O(length of text).
 *
 * @since 0.1.0
 */
public final class RankedVoteCsv {
  /** The format's name, as {@link MalformedInputException#format()} gives it. */
  public static final String FORMAT = "ranked.vote CSV";

  private static final String OVERVOTE = "$OVERVOTE";
  private static final String UNDERVOTE = "$UNDERVOTE";

  private RankedVoteCsv() {}

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
   * @param text the whole file
   * @return the election
   * @throws MalformedInputException if the text is not in the format
   */
  public static Election read(String text) {
    return read(text, "");
  }

  /**
   * Reads an election.
   *
   * @param text the whole file
   * @param title the election's title, for reports
   * @return the election
   * @throws MalformedInputException if the text is not in the format
   */
  public static Election read(String text, String title) {
    Parser parser = new Parser(text);
    List<String> header = parser.record();
    if (header == null || !header.equals(List.of("ballot_id", "rank", "choice"))) {
      throw TextBytes.malformed(FORMAT, 1, "the header ballot_id,rank,choice", header == null ? "" : String.join(",", header));
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    BallotMerger ballots = new BallotMerger();
    Set<String> done = new HashSet<>();
    String current = null;
    int lastRank = 0;
    RankedBallot.Builder ballot = RankedBallot.builder();
    while (true) {
      int line = parser.line();
      List<String> row = parser.record();
      if (row == null) {
        break;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue; // a blank line
      }
      if (row.size() != 3) {
        throw TextBytes.malformed(FORMAT, line, "three fields: ballot_id,rank,choice", String.join(",", row));
      }
      String id = row.get(0);
      if (id.isEmpty()) {
        throw TextBytes.malformed(FORMAT, line, "a ballot_id", String.join(",", row));
      }
      int rank;
      try {
        rank = Integer.parseInt(row.get(1));
      } catch (NumberFormatException e) {
        throw TextBytes.malformed(FORMAT, line, "a whole number as the rank", row.get(1));
      }
      if (!id.equals(current)) {
        if (current != null) {
          ballots.add(ballot.build());
          done.add(current);
        }
        if (done.contains(id)) {
          throw TextBytes.malformed(FORMAT, line, "the rows of ballot " + TextBytes.escape(id) + " together, not split", String.join(",", row));
        }
        current = id;
        lastRank = 0;
        ballot = RankedBallot.builder();
      }
      if (rank != lastRank + 1) {
        throw TextBytes.malformed(FORMAT, line, "rank " + (lastRank + 1) + " of ballot " + TextBytes.escape(id), row.get(1));
      }
      lastRank = rank;
      String choice = row.get(2);
      if (choice.equals(OVERVOTE)) {
        ballot.overvote();
      } else if (choice.equals(UNDERVOTE)) {
        ballot.skip();
      } else if (choice.isEmpty()) {
        throw TextBytes.malformed(FORMAT, line, "a candidate's name, $OVERVOTE or $UNDERVOTE", String.join(",", row));
      } else if (choice.length() > Candidate.MAX_NAME_LENGTH) {
        throw TextBytes.malformed(FORMAT, line, "a candidate's name of at most " + Counting.number(Candidate.MAX_NAME_LENGTH) + " characters", choice);
      } else {
        ballot.rank(candidates.computeIfAbsent(choice, Candidate::verbatim));
      }
    }
    if (current != null) {
      ballots.add(ballot.build());
    }
    if (candidates.isEmpty()) {
      throw TextBytes.malformed(FORMAT, 0, "at least one ballot marking a candidate", "no candidate");
    }
    return Election.builder().title(title).candidates(candidates.values()).seats(1).ballots(ballots.ballots()).build();
  }

  /** Splits RFC 4180 text into records; tracks the line on which each record starts. */
  private static final class Parser {
    private final String text;
    private int at;
    private int line = 1;

    Parser(String text) {
      this.text = text;
      this.at = text.startsWith("\uFEFF") ? 1 : 0;
    }

    int line() {
      return line;
    }

    /** The next record's fields, or null at the end of the text. */
    @org.jspecify.annotations.Nullable List<String> record() {
      if (at >= text.length()) {
        return null;
      }
      int start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (quoted) {
          if (c == '"') {
            if (at < text.length() && text.charAt(at) == '"') {
              field.append('"');
              at++;
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
            at++;
          }
          line++;
          fields.add(field.toString());
          return fields;
        } else {
          field.append(c);
        }
      }
      if (quoted) {
        throw TextBytes.malformed(FORMAT, start, "a closing quote", field.toString());
      }
      fields.add(field.toString());
      return fields;
    }
  }
}
